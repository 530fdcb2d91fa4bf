"""The review loop's use cases over the encrypted workspace (implements core.review.ReviewService).

The window learns clips only through ClipSummary/ClipView: local ids and package numbers, never
the upstream clip id, audio path or package id. Showing a clip is an audited opening
(`record_opened`); decrypting its audio ahead of time is not. These calls keep no state: a
write that fails raises (DraftNotSaved for a draft the vault could not store), and the review
loop (workflows/review_loop.py), which holds the one ledger of unacknowledged work, keeps the
annotation and retries it. Nothing typed is dropped silently.
"""

from __future__ import annotations

from dataclasses import replace

from reviewer.core.annotation import Annotation, ClipStatus, SkipReason, submit_problems
from reviewer.core.errors import ReviewerError
from reviewer.core.package import EncodedAudio
from reviewer.core.review import ClipSummary, ClipView, StatusCounts, SubmitRefused
from reviewer.core.workspace_errors import ClipUnavailable, DraftNotSaved
from reviewer.vault.clips import ClipStore


class ReviewSession:
    """Thread-safe through the vault: the GUI thread and the runner's lanes call it."""

    def __init__(self, clips: ClipStore) -> None:
        self._clips = clips

    # ------------------------------------------------------------------ reading
    def counts(self) -> StatusCounts:
        return self._clips.queue.counts()

    def queue_rows(self, start: int, count: int,
                   unfinished_only: bool = False) -> list[ClipSummary]:
        return self._clips.queue.rows(start, count, unfinished_only)

    def queue_row_of(self, local_id: int, unfinished_only: bool = False) -> int:
        return self._clips.queue.row_of(local_id, unfinished_only)

    def next_unfinished(self, after: int | None,
                        exclude: frozenset[int] = frozenset()) -> int | None:
        return self._clips.queue.next_unfinished(after, exclude)

    def neighbour(self, local_id: int, delta: int) -> int | None:
        return self._clips.queue.neighbour(local_id, delta)

    def open_clip(self, local_id: int) -> ClipView:
        c = self._clips.clip(local_id)
        if c.status is ClipStatus.ESCALATED:
            raise ClipUnavailable("this clip was escalated and erased from this workspace",
                                  code="clip_escalated")
        summary = ClipSummary(local_id=c.local_id, package_number=c.package_number,
                              ordinal=c.ordinal, package_total=c.package_total,
                              status=c.status, duration=c.duration,
                              content_warning=c.content_warning, locked=c.locked)
        h = c.header
        return ClipView(summary=summary, task=h.task, locale=h.locale, policy=h.policy,
                        questions=h.questions, pred_text=c.pred_text, prior_text=c.prior_text,
                        assistant_response=c.assistant_response,
                        annotation=c.annotation or Annotation())

    def clip_audio(self, local_id: int) -> EncodedAudio:
        """Decrypted audio (in memory only), to play or to preload; not audited."""
        return self._clips.open_audio(local_id)

    def record_opened(self, local_id: int) -> None:
        """The clip was shown to the reviewer: one `clip.open` audit entry."""
        self._clips.record_opened(local_id)

    # ------------------------------------------------------------------ writing
    def save_draft(self, local_id: int, annotation: Annotation) -> None:
        """Stores the draft in one small transaction (WAL, synchronous=FULL).

        A finished clip whose annotation changed goes back to draft (it must be submitted
        again); saving an unchanged finished clip does nothing.
        """
        try:
            current = self._clips.clip(local_id)
            if current.status is ClipStatus.ESCALATED:
                raise ClipUnavailable("this clip was escalated; its draft cannot be saved",
                                      code="draft_escalated")
            if current.status.finished and current.annotation == annotation:
                return
            self._clips.save_annotation(local_id, annotation, ClipStatus.DRAFT)
        except ClipUnavailable:
            raise
        except ReviewerError as exc:
            # the loop says "not saved", and keeps it; the window words the cause
            raise DraftNotSaved(str(exc), code=exc.code, **exc.params) from None

    def submit(self, local_id: int, annotation: Annotation) -> None:
        try:
            c = self._clips.clip(local_id)
        except ClipUnavailable:
            raise
        except ReviewerError as exc:
            raise DraftNotSaved(str(exc), code=exc.code, **exc.params) from None
        problems = submit_problems(annotation, c.header.questions)
        if problems:
            raise SubmitRefused(problems)
        self._finish(local_id, annotation, ClipStatus.DONE, "submit", {})

    def skip(self, local_id: int, reason: SkipReason, annotation: Annotation) -> None:
        skipped = replace(annotation, skip_reason=reason)
        self._finish(local_id, skipped, ClipStatus.SKIPPED, "skip", {"reason": reason.value})

    def _finish(self, local_id: int, annotation: Annotation, status: ClipStatus, event: str,
                details: dict[str, str]) -> None:
        try:
            self._clips.save_annotation(local_id, annotation, status, event, dict(details))
        except ClipUnavailable:
            raise
        except ReviewerError as exc:
            raise DraftNotSaved(str(exc), code=exc.code, **exc.params) from None
