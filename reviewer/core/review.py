"""What the review loop shows and the port it is driven through.

These view models are all the window ever learns about a clip: no upstream clip id, file
name or package id. Clips are known by a local id; packages by a local number.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from reviewer.core.annotation import Annotation, ClipStatus, SkipReason, SubmitProblem
from reviewer.core.errors import RefusedInput
from reviewer.core.package import EncodedAudio, Policy, Question, TaskKind
from reviewer.core.reasons import Reason


@dataclass(frozen=True)
class ClipSummary:
    local_id: int
    package_number: int  # 1-based, local to this workspace
    ordinal: int  # 1-based position within its package ("12 / 40")
    package_total: int
    status: ClipStatus
    duration: float
    content_warning: bool = False
    locked: bool = False  # cannot be played (e.g. awaiting an escalation profile)


@dataclass(frozen=True)
class ClipView:
    summary: ClipSummary
    task: TaskKind
    locale: str
    policy: Policy
    questions: tuple[Question, ...]
    pred_text: str | None
    prior_text: str | None
    assistant_response: str | None
    annotation: Annotation  # the saved draft, or an empty one

    @property
    def starting_text(self) -> str:
        """Verify tasks start from the prior transcript; others from nothing."""
        if self.task is TaskKind.VERIFY and self.prior_text:
            return self.prior_text
        return ""

    @property
    def reference_is_prior(self) -> bool:
        """The reference is the prior transcript (a verify task that has one); otherwise the
        automatic one. The title, the diff and its summary all follow this."""
        return self.task is TaskKind.VERIFY and bool(self.prior_text)

    @property
    def reference_text(self) -> str:
        """What the live diff compares the transcript against."""
        if self.reference_is_prior:
            return self.prior_text or ""
        return self.pred_text or ""


@dataclass(frozen=True)
class StatusCounts:
    packages: int
    new: int
    draft: int
    done: int
    skipped: int
    escalated: int

    @property
    def total(self) -> int:
        return self.new + self.draft + self.done + self.skipped + self.escalated

    @property
    def finished(self) -> int:
        return self.done + self.skipped + self.escalated

    @property
    def unfinished(self) -> int:
        return self.new + self.draft

    def moved(self, old: ClipStatus, new: ClipStatus) -> StatusCounts:
        """The counts after one clip went from `old` to `new`."""
        by = {s: getattr(self, s.value) for s in ClipStatus}
        by[old] -= 1
        by[new] += 1
        return StatusCounts(self.packages, *(by[s] for s in (
            ClipStatus.NEW, ClipStatus.DRAFT, ClipStatus.DONE, ClipStatus.SKIPPED,
            ClipStatus.ESCALATED)))

    def size(self, unfinished_only: bool) -> int:
        """Rows in the queue, or in its unfinished part."""
        return self.unfinished if unfinished_only else self.total


def counts_of(queue: list[ClipSummary]) -> StatusCounts:
    """The counts of a queue (the one place they are computed from clips)."""
    by = {s: 0 for s in ClipStatus}
    for clip in queue:
        by[clip.status] += 1
    return StatusCounts(packages=len({c.package_number for c in queue}),
                        new=by[ClipStatus.NEW], draft=by[ClipStatus.DRAFT],
                        done=by[ClipStatus.DONE], skipped=by[ClipStatus.SKIPPED],
                        escalated=by[ClipStatus.ESCALATED])


class SubmitRefused(RefusedInput):
    """Submitting is blocked until the listed problems are fixed; nothing was lost. The
    problems are codes: the window words them (the exception's text is for logs)."""

    code = "submit_refused"

    def __init__(self, problems: Iterable[SubmitProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("not ready to submit: " + ", ".join(map(str, self.problems)))


# ---------------------------------------------------------------- what the loop reports
# Codes and values, never sentences: the window words them (ui/wording.py).

class SaveStatus(StrEnum):
    SAVED = "saved"  # the vault has acknowledged everything (also: nothing typed yet)
    SAVING = "saving"  # a write is on its way
    NOT_YET = "not_yet"  # changed, waiting for the pause before the autosave
    FAILED = "failed"  # a write failed; it is retried (SaveState.reason says why)


@dataclass(frozen=True)
class SaveState:
    status: SaveStatus
    # Why the last write failed (FAILED only), as codes the window words (core/reasons.py).
    reason: Reason | None = None


class NoticeCode(StrEnum):
    """A one-line note for the status bar."""

    CLIP_NOT_OPENED = "clip_not_opened"  # reason: why
    OPENING_NOT_RECORDED = "opening_not_recorded"  # the audit entry failed; reason: why
    AUDIO_NOT_OPENED = "audio_not_opened"  # reason: why
    NOT_FINISHED = "not_finished"  # a submit or skip was not stored; reason: why
    QUEUE_FINISHED = "queue_finished"  # every clip in the queue is finished
    NOTHING_TO_COPY = "nothing_to_copy"  # no earlier clip answered this clip's questions
    ANSWERS_COPIED = "answers_copied"  # count: how many answers were copied


@dataclass(frozen=True)
class Notice:
    code: NoticeCode
    # Why an operation failed, where the code has one, as codes the window words.
    reason: Reason | None = None
    count: int = 0  # ANSWERS_COPIED: how many answers were copied


class ReviewService(Protocol):
    """The review loop's use cases, as the window calls them (implemented in workflows)."""

    # The queue is read a page at a time (a workspace may hold 100,000 clips). Queue order is
    # (package number, ordinal); "unfinished" means new or draft.
    def counts(self) -> StatusCounts: ...

    def queue_rows(self, start: int, count: int,
                   unfinished_only: bool = False) -> list[ClipSummary]:
        """Up to `count` rows from position `start` (0-based) of the queue or its unfinished
        part."""
        ...

    def queue_row_of(self, local_id: int, unfinished_only: bool = False) -> int:
        """The clip's position in the queue (or its unfinished part); -1 when absent."""
        ...

    def next_unfinished(self, after: int | None,
                        exclude: frozenset[int] = frozenset()) -> int | None:
        """The first unfinished clip that is not locked, after `after` in queue order,
        wrapping round; never `after` itself nor one in `exclude`. None when there is none."""
        ...

    def neighbour(self, local_id: int, delta: int) -> int | None:
        """The clip `delta` places away in the queue, stopping at either end; None when
        there is nothing that way."""
        ...

    def open_clip(self, local_id: int) -> ClipView: ...

    def clip_audio(self, local_id: int) -> EncodedAudio:
        """Decrypted audio of the clip, for playing or preloading (not audited: a preloaded
        clip was not seen by anyone)."""
        ...

    def record_opened(self, local_id: int) -> None:
        """Audits that the clip was shown to the reviewer (once per showing)."""
        ...

    def save_draft(self, local_id: int, annotation: Annotation) -> None: ...

    def submit(self, local_id: int, annotation: Annotation) -> None:
        """Finish the clip; raises SubmitRefused when the rules say it is not ready."""
        ...

    def skip(self, local_id: int, reason: SkipReason, annotation: Annotation) -> None: ...


# ---------------------------------------------------------------- how the loop runs work

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class Runner(Protocol):
    """Runs `fn` off the caller's thread (one ordered lane per name) and calls back on the
    caller's thread: Operations in the window, a synchronous runner in tests."""

    def run(self, fn: Callable[[], Any], *, on_success: Success | None = None,
            on_failure: Failure | None = None, lane: str = "edit") -> None: ...


class Timer(Protocol):
    """A single-shot timer: `start` (re)arms it, `stop` disarms it."""

    def start(self) -> None: ...

    def stop(self) -> None: ...


TimerFactory = Callable[[int, Callable[[], None]], Timer]  # (milliseconds, callback)
