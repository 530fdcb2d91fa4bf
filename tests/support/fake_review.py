"""An in-memory review service (the vault's use cases) for tests of the review loop and the
window: no Qt, no vault."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace

from reviewer.core.annotation import Annotation, ClipStatus, SkipReason, submit_problems
from reviewer.core.errors import ReviewerError
from reviewer.core.package import EncodedAudio, Policy, Question, TaskKind
from reviewer.core.review import ClipSummary, ClipView, StatusCounts, SubmitRefused
from reviewer.core.workspace_errors import ClipUnavailable

# Identity-like values the fake package carries upstream; the window must never show them.
SECRET_PACKAGE_ID = "pkgSECRET_a1b2c3d4"


def secret_clip_id(n: int) -> str:
    return f"upstreamCLIP_{n:05d}_zz"


@dataclass
class FakeClip:
    upstream_id: str
    audio_path: str
    package_number: int
    ordinal: int
    package_total: int
    duration: float
    pred_text: str
    task: TaskKind = TaskKind.TRANSCRIBE
    prior_text: str | None = None
    assistant_response: str | None = None
    content_warning: bool = False
    questions: tuple[Question, ...] = ()
    status: ClipStatus = ClipStatus.NEW
    locked: bool = False
    annotation: Annotation = field(default_factory=Annotation)


@dataclass
class FakeReviewService:
    clips: dict[int, FakeClip] = field(default_factory=dict)
    fail_saves: int = 0  # the next N saves raise, as a full disk would
    saves: list[tuple[int, Annotation]] = field(default_factory=list)
    decryptions: list[int] = field(default_factory=list)  # clip_audio calls
    openings: list[int] = field(default_factory=list)  # record_opened calls (audited)
    queue_reads: list[tuple[int, int, bool]] = field(default_factory=list)  # queue_rows calls
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add_package(self, n: int, *, seconds: float = 2.0, content_warning_at: int = 0,
                    questions: tuple[Question, ...] = ()) -> None:
        number = 1 + max((c.package_number for c in self.clips.values()), default=0)
        start = len(self.clips)
        for i in range(1, n + 1):
            self.clips[start + i] = FakeClip(
                upstream_id=secret_clip_id(start + i),
                audio_path=f"audio/{secret_clip_id(start + i)}.wav",
                package_number=number, ordinal=i, package_total=n, duration=seconds,
                pred_text=f"turn on the kitchen lights number {i}",
                assistant_response="Calling [PHONE] now",
                content_warning=(i == content_warning_at), questions=questions)

    def _summary(self, local_id: int, c: FakeClip) -> ClipSummary:
        return ClipSummary(local_id, c.package_number, c.ordinal, c.package_total, c.status,
                           c.duration, c.content_warning, c.locked)

    def _ordered(self, unfinished_only: bool = False) -> list[ClipSummary]:
        with self.lock:
            rows = [self._summary(i, c) for i, c in sorted(
                self.clips.items(), key=lambda ic: (ic[1].package_number, ic[1].ordinal))]
        return [r for r in rows if not (unfinished_only and r.status.finished)]

    def queue_rows(self, start: int, count: int,
                   unfinished_only: bool = False) -> list[ClipSummary]:
        self.queue_reads.append((start, count, unfinished_only))
        if start < 0 or count <= 0:
            return []
        return self._ordered(unfinished_only)[start:start + count]

    def queue_row_of(self, local_id: int, unfinished_only: bool = False) -> int:
        ids = [r.local_id for r in self._ordered(unfinished_only)]
        return ids.index(local_id) if local_id in ids else -1

    def next_unfinished(self, after: int | None,
                        exclude: frozenset[int] = frozenset()) -> int | None:
        rows = self._ordered()
        ids = [r.local_id for r in rows]
        i = ids.index(after) if after in ids else -1
        for r in rows[i + 1:] + rows[:max(i, 0)]:
            if not r.status.finished and not r.locked and r.local_id not in exclude \
                    and r.local_id != after:
                return r.local_id
        return None

    def neighbour(self, local_id: int, delta: int) -> int | None:
        ids = [r.local_id for r in self._ordered()]
        if local_id not in ids or delta == 0:
            return None
        i = ids.index(local_id)
        j = min(max(i + delta, 0), len(ids) - 1)
        return ids[j] if j != i else None

    def _usable(self, local_id: int, *, playing: bool = True) -> FakeClip:
        """The clip, refused as the vault refuses it: escalated (erased), or locked while
        its escalation waits (it can be shown, not played or changed)."""
        c = self.clips.get(local_id)
        if c is None or c.status is ClipStatus.ESCALATED:
            raise ClipUnavailable("this clip was escalated and erased from this workspace")
        if c.locked and playing:
            raise ClipUnavailable("this clip is locked until its escalation is sent")
        return c

    def open_clip(self, local_id: int) -> ClipView:
        with self.lock:
            c = self._usable(local_id, playing=False)
            return ClipView(self._summary(local_id, c), c.task, "en-US", Policy(), c.questions,
                            c.pred_text, c.prior_text, c.assistant_response, c.annotation)

    def clip_audio(self, local_id: int) -> EncodedAudio:
        with self.lock:
            self.decryptions.append(local_id)
            c = self._usable(local_id)
        return EncodedAudio(b"fLaC-fake", 16000, int(c.duration * 16000))

    def record_opened(self, local_id: int) -> None:
        with self.lock:
            self.openings.append(local_id)

    def save_draft(self, local_id: int, annotation: Annotation) -> None:
        with self.lock:
            if self.fail_saves > 0:
                self.fail_saves -= 1
                raise ReviewerError("the disk is full", code="os_disk_full")
            c = self._usable(local_id)
            if c.status.finished and c.annotation == annotation:
                return  # unchanged: a finished clip stays finished
            c.annotation, c.status = annotation, ClipStatus.DRAFT
            self.saves.append((local_id, annotation))

    def submit(self, local_id: int, annotation: Annotation) -> None:
        with self.lock:
            c = self._usable(local_id)
            problems = submit_problems(annotation, c.questions)
            if problems:
                raise SubmitRefused(problems)
            c.annotation, c.status = annotation, ClipStatus.DONE

    def skip(self, local_id: int, reason: SkipReason, annotation: Annotation) -> None:
        with self.lock:
            c = self._usable(local_id)
            c.annotation = replace(annotation, skip_reason=reason)
            c.status = ClipStatus.SKIPPED

    def counts(self) -> StatusCounts:
        with self.lock:
            statuses = [c.status for c in self.clips.values()]
            packages = len({c.package_number for c in self.clips.values()})
        return StatusCounts(packages, *(statuses.count(s) for s in (
            ClipStatus.NEW, ClipStatus.DRAFT, ClipStatus.DONE, ClipStatus.SKIPPED,
            ClipStatus.ESCALATED)))
