"""An in-memory review service (the vault's use cases) for tests of the review loop and the
window: no Qt, no vault."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace

from reviewer.core.annotation import Annotation, ClipStatus, SkipReason, submit_problems
from reviewer.core.errors import ReviewerError
from reviewer.core.package import EncodedAudio, Policy, Question, TaskKind
from reviewer.core.review import ClipSummary, ClipView, StatusCounts, SubmitRefused

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
    annotation: Annotation = field(default_factory=Annotation)


@dataclass
class FakeReviewService:
    clips: dict[int, FakeClip] = field(default_factory=dict)
    fail_saves: int = 0  # the next N saves raise, as a full disk would
    saves: list[tuple[int, Annotation]] = field(default_factory=list)
    decryptions: list[int] = field(default_factory=list)  # clip_audio calls
    openings: list[int] = field(default_factory=list)  # record_opened calls (audited)
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
                           c.duration, c.content_warning)

    def queue(self) -> list[ClipSummary]:
        with self.lock:
            return [self._summary(i, c) for i, c in sorted(self.clips.items())]

    def open_clip(self, local_id: int) -> ClipView:
        with self.lock:
            c = self.clips[local_id]
            return ClipView(self._summary(local_id, c), c.task, "en-US", Policy(), c.questions,
                            c.pred_text, c.prior_text, c.assistant_response, c.annotation)

    def clip_audio(self, local_id: int) -> EncodedAudio:
        with self.lock:
            self.decryptions.append(local_id)
            c = self.clips[local_id]
        return EncodedAudio(b"fLaC-fake", 16000, int(c.duration * 16000))

    def record_opened(self, local_id: int) -> None:
        with self.lock:
            self.openings.append(local_id)

    def save_draft(self, local_id: int, annotation: Annotation) -> None:
        with self.lock:
            if self.fail_saves > 0:
                self.fail_saves -= 1
                raise ReviewerError("the disk is full")
            c = self.clips[local_id]
            c.annotation = annotation
            if c.status is ClipStatus.NEW:
                c.status = ClipStatus.DRAFT
            self.saves.append((local_id, annotation))

    def submit(self, local_id: int, annotation: Annotation) -> None:
        with self.lock:
            c = self.clips[local_id]
            problems = submit_problems(annotation, c.questions)
            if problems:
                raise SubmitRefused(problems)
            c.annotation, c.status = annotation, ClipStatus.DONE

    def skip(self, local_id: int, reason: SkipReason, annotation: Annotation) -> None:
        with self.lock:
            c = self.clips[local_id]
            c.annotation = replace(annotation, skip_reason=reason)
            c.status = ClipStatus.SKIPPED

    def counts(self) -> StatusCounts:
        with self.lock:
            statuses = [c.status for c in self.clips.values()]
            packages = len({c.package_number for c in self.clips.values()})
        return StatusCounts(packages, *(statuses.count(s) for s in (
            ClipStatus.NEW, ClipStatus.DRAFT, ClipStatus.DONE, ClipStatus.SKIPPED,
            ClipStatus.ESCALATED)))
