"""What the review loop shows and the port it is driven through.

These view models are all the window ever learns about a clip: no upstream clip id, file
name or package id. Clips are known by a local id; packages by a local number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from reviewer.core.annotation import Annotation, ClipStatus, SkipReason
from reviewer.core.errors import RefusedInput
from reviewer.core.package import EncodedAudio, Policy, Question, TaskKind


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
    def reference_text(self) -> str:
        """What the live diff compares the transcript against."""
        if self.task is TaskKind.VERIFY and self.prior_text:
            return self.prior_text
        return self.pred_text or ""


@dataclass(frozen=True)
class StatusCounts:
    packages: int
    new: int
    draft: int
    done: int
    skipped: int
    escalated: int


class SubmitRefused(RefusedInput):
    """Submitting is blocked until the listed problems are fixed; nothing was lost."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(problems))


class ReviewService(Protocol):
    """The review loop's use cases, as the window calls them (implemented in workflows)."""

    def queue(self) -> list[ClipSummary]: ...

    def open_clip(self, local_id: int) -> ClipView: ...

    def clip_audio(self, local_id: int) -> EncodedAudio:
        """Decrypted audio of the clip; each call is an audited opening."""
        ...

    def save_draft(self, local_id: int, annotation: Annotation) -> None: ...

    def submit(self, local_id: int, annotation: Annotation) -> None:
        """Finish the clip; raises SubmitRefused when the rules say it is not ready."""
        ...

    def skip(self, local_id: int, reason: SkipReason, annotation: Annotation) -> None: ...

    def counts(self) -> StatusCounts: ...
