"""The review loop's use cases over the encrypted workspace (implements core.review.ReviewService).

The window learns clips only through ClipSummary/ClipView: local ids and package numbers, never
the upstream clip id, audio path or package id. Every call to `clip_audio` is an audited
opening. A draft that cannot be stored (disk full, read-only, damaged database) is kept in
memory, shown again by `open_clip`, retried on the next save, and reported as DraftNotSaved:
nothing typed is dropped silently.
"""

from __future__ import annotations

import threading
from dataclasses import replace

from reviewer.core.annotation import Annotation, ClipStatus, SkipReason, submit_problems
from reviewer.core.errors import ReviewerError
from reviewer.core.package import EncodedAudio
from reviewer.core.review import ClipSummary, ClipView, StatusCounts, SubmitRefused
from reviewer.core.workspace_errors import ClipUnavailable, DraftNotSaved
from reviewer.vault.clips import ClipStore


class ReviewSession:
    """Thread-safe: the GUI thread and one background operation may call it concurrently."""

    def __init__(self, clips: ClipStore) -> None:
        self._clips = clips
        self._unsaved: dict[int, Annotation] = {}
        self._guard = threading.Lock()

    # ------------------------------------------------------------------ reading
    def queue(self) -> list[ClipSummary]:
        return self._clips.summaries()

    def open_clip(self, local_id: int) -> ClipView:
        c = self._clips.clip(local_id)
        if c.status is ClipStatus.ESCALATED:
            raise ClipUnavailable("this clip was escalated and erased from this workspace")
        with self._guard:
            pending = self._unsaved.get(local_id)
        annotation = pending or c.annotation or Annotation()
        summary = ClipSummary(local_id=c.local_id, package_number=c.package_number,
                              ordinal=c.ordinal, package_total=c.package_total,
                              status=c.status, duration=c.duration,
                              content_warning=c.content_warning, locked=c.locked)
        h = c.header
        return ClipView(summary=summary, task=h.task, locale=h.locale, policy=h.policy,
                        questions=h.questions, pred_text=c.pred_text, prior_text=c.prior_text,
                        assistant_response=c.assistant_response, annotation=annotation)

    def clip_audio(self, local_id: int) -> EncodedAudio:
        """Decrypted audio (in memory only); each call appends a `clip.audio` audit entry."""
        return self._clips.open_audio(local_id)

    def counts(self) -> StatusCounts:
        return self._clips.counts()

    def unsaved_drafts(self) -> dict[int, Annotation]:
        """Drafts held in memory because storing them failed (shown so nothing is lost)."""
        with self._guard:
            return dict(self._unsaved)

    # ------------------------------------------------------------------ writing
    def save_draft(self, local_id: int, annotation: Annotation) -> None:
        """Stores the draft in one small transaction (WAL, synchronous=FULL).

        A finished clip whose annotation changed goes back to draft (it must be submitted
        again); saving an unchanged finished clip does nothing.
        """
        with self._guard:
            self._unsaved[local_id] = annotation
        try:
            current = self._clips.clip(local_id)
            if current.status is ClipStatus.ESCALATED:
                raise ClipUnavailable("this clip was escalated; its draft cannot be saved")
            if current.status.finished and current.annotation == annotation:
                self._forget(local_id, annotation)
                return
            self._clips.save_annotation(local_id, annotation, ClipStatus.DRAFT)
        except ClipUnavailable:
            self._forget(local_id, annotation)
            raise
        except ReviewerError as exc:
            raise DraftNotSaved(f"draft not saved: {exc}. It is kept in memory and saved "
                                "again on the next change") from None
        self._forget(local_id, annotation)

    def retry_unsaved(self) -> int:
        """Tries again to store every draft held in memory; returns how many remain."""
        for local_id, annotation in self.unsaved_drafts().items():
            try:
                self.save_draft(local_id, annotation)
            except ReviewerError:
                continue
        return len(self.unsaved_drafts())

    def submit(self, local_id: int, annotation: Annotation) -> None:
        try:
            c = self._clips.clip(local_id)
        except ClipUnavailable:
            raise
        except ReviewerError as exc:
            with self._guard:
                self._unsaved[local_id] = annotation
            raise DraftNotSaved(f"not saved: {exc}. Your work is kept in memory; try "
                                "again") from None
        problems = submit_problems(annotation, c.header.questions)
        if problems:
            raise SubmitRefused(problems)
        self._finish(local_id, annotation, ClipStatus.DONE, "submit", {})

    def skip(self, local_id: int, reason: SkipReason, annotation: Annotation) -> None:
        skipped = replace(annotation, skip_reason=reason)
        self._finish(local_id, skipped, ClipStatus.SKIPPED, "skip", {"reason": reason.value})

    def _finish(self, local_id: int, annotation: Annotation, status: ClipStatus, event: str,
                details: dict[str, str]) -> None:
        with self._guard:
            self._unsaved[local_id] = annotation
        try:
            self._clips.save_annotation(local_id, annotation, status, event, dict(details))
        except ClipUnavailable:
            self._forget(local_id, annotation)
            raise
        except ReviewerError as exc:
            raise DraftNotSaved(f"not saved: {exc}. Your work is kept in memory; try "
                                "again") from None
        self._forget(local_id, annotation)

    def _forget(self, local_id: int, annotation: Annotation) -> None:
        """Drops the in-memory copy unless a newer one arrived meanwhile."""
        with self._guard:
            if self._unsaved.get(local_id) is annotation:
                del self._unsaved[local_id]
