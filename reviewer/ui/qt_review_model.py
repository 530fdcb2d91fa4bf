"""The review session as the views see it: queue, the open clip, its annotation, autosave.

Views subscribe to the signals and call the methods; they never call workflows themselves.
Every write goes through `Operations` on the edit lane, in order. Nothing typed is lost: the
latest annotation of every clip whose save has not been acknowledged stays in memory and is
retried until the store takes it.

Signals:
    queue_changed(): the queue (statuses, order) was re-read.
    clip_opened(object): a ClipView became current (or None when nothing is open).
    annotation_changed(object): the current annotation changed (carries the new Annotation).
    save_state_changed(str): "Saved", "Saving…", "Not saved: <reason> — retrying", "".
    audio_ready(int): the current clip's audio is loaded into the player (local id).
    submit_refused(object): the list of problems that block submitting.
    message(str): a one-line note for the status bar.
    counts_changed(object): new StatusCounts.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from reviewer.core.annotation import Annotation, ClipStatus, SkipReason, submit_problems
from reviewer.core.errors import ReviewerError
from reviewer.core.package import EncodedAudio
from reviewer.core.review import (
    ClipSummary,
    ClipView,
    ReviewService,
    StatusCounts,
    SubmitRefused,
)
from reviewer.ui.backend import WorkspaceBackend
from reviewer.ui.qt_operations import EDIT_LANE, Operations

log = logging.getLogger(__name__)

AUTOSAVE_MS = 500
RETRY_MS = 2000
AUDIO_LANE = "audio"
READ_LANE = "read"

SAVED = "Saved"
SAVING = "Saving…"


def reason_text(exc: BaseException) -> str:
    """A message fit to show: ReviewerError texts are written for users; others are not."""
    if isinstance(exc, ReviewerError):
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return f"internal error ({type(exc).__name__})"


class ReviewModel(QObject):
    queue_changed = Signal()
    clip_opened = Signal(object)
    annotation_changed = Signal(object)
    save_state_changed = Signal(str)
    audio_ready = Signal(int)
    submit_refused = Signal(object)
    message = Signal(str)
    counts_changed = Signal(object)

    def __init__(self, backend: WorkspaceBackend, ops: Operations,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.ops = ops
        self.queue: list[ClipSummary] = []
        self.view: ClipView | None = None
        self.annotation = Annotation()
        self.save_state = ""
        self._unsaved: dict[int, Annotation] = {}  # drafts not yet acknowledged by the store
        self._finishing: dict[int, Annotation] = {}  # submitted/skipped, not yet acknowledged
        self._in_flight = 0
        self._sending: dict[int, Annotation] = {}  # drafts handed to the worker, per clip
        self._base_ms = 0
        self._clock = QElapsedTimer()
        self._clock_allowed = True  # false while the reviewer is in another application
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.save_now)
        self._audio_serial = 0
        self._queue_serial = 0

    # ------------------------------------------------------------------ reading
    @property
    def current_id(self) -> int | None:
        return self.view.summary.local_id if self.view else None

    def handled_ms(self) -> int:
        return self._base_ms + (int(self._clock.elapsed()) if self._clock.isValid() else 0)

    def set_clock_running(self, running: bool) -> None:
        """Time on a clip (exported as handled_ms) counts only while the app is in front."""
        self._clock_allowed = running
        if running:
            if self.view is not None and not self._clock.isValid():
                self._clock.start()
        elif self._clock.isValid():
            self._base_ms += int(self._clock.elapsed())
            self._clock.invalidate()

    def refresh_queue(self) -> None:
        self._queue_serial += 1
        self.queue = self.backend.review.queue()
        self.queue_changed.emit()
        self.counts_changed.emit(self.counts())

    def refresh_queue_later(self) -> None:
        """Re-read the queue off the GUI thread (the store may be busy with an import)."""
        self._queue_serial += 1
        serial = self._queue_serial
        review = self.backend.review

        def apply(result: tuple[list[ClipSummary], StatusCounts]) -> None:
            if serial != self._queue_serial:
                return
            queue, counts = result
            if queue != self.queue:  # most re-reads change nothing: spare the view a reset
                self.queue = queue
                self.queue_changed.emit()
            self.counts_changed.emit(counts)

        self.ops.run(lambda: (review.queue(), review.counts()), on_success=apply,
                     on_failure=lambda exc: self.message.emit(
                         f"The queue could not be read: {reason_text(exc)}"), lane=READ_LANE)

    def counts(self) -> StatusCounts:
        return self.backend.review.counts()

    def index_of(self, local_id: int) -> int:
        for i, clip in enumerate(self.queue):
            if clip.local_id == local_id:
                return i
        return -1

    # ------------------------------------------------------------------ navigation
    def open(self, local_id: int) -> None:
        """Make a clip current; the previous clip's draft is saved first (in order)."""
        if local_id == self.current_id:
            return
        self._flush_current()
        try:
            view = self.backend.review.open_clip(local_id)
        except ReviewerError as exc:  # e.g. escalated meanwhile: say so, stay put
            self.message.emit(f"That clip cannot be opened: {reason_text(exc)}")
            return
        kept = self._unsaved.get(local_id)
        annotation = kept if kept is not None else view.annotation
        if not annotation.transcript and view.starting_text and kept is None:
            annotation = replace(annotation, transcript=view.starting_text)
        self.view = view
        self.annotation = annotation
        self._base_ms = annotation.handled_ms
        if self._clock_allowed:
            self._clock.start()
        else:
            self._clock.invalidate()
        self.clip_opened.emit(view)
        self.annotation_changed.emit(annotation)
        self._load_audio(local_id)

    def open_first(self) -> None:
        """Open the first unfinished clip, else the first clip, else nothing."""
        if not self.queue:
            self.close_clip()
            return
        target = next((c for c in self.queue if not c.status.finished and not c.locked),
                      self.queue[0])
        self.open(target.local_id)

    def step(self, delta: int) -> None:
        """Previous/next clip in the queue without submitting."""
        if not self.queue:
            return
        i = self.index_of(self.current_id) if self.current_id is not None else -1
        j = min(max(i + delta, 0), len(self.queue) - 1)
        if j != i:
            self.open(self.queue[j].local_id)

    def close_clip(self) -> None:
        self._flush_current()
        self.view = None
        self.annotation = Annotation()
        self._clock.invalidate()
        self.backend.player.unload()
        self.clip_opened.emit(None)

    def _next_unfinished_after(self, local_id: int) -> int | None:
        i = self.index_of(local_id)
        ordered = self.queue[i + 1:] + self.queue[: max(i, 0)]
        for clip in ordered:
            if not clip.status.finished and not clip.locked and clip.local_id != local_id:
                return clip.local_id
        return None

    # ------------------------------------------------------------------ audio
    def _load_audio(self, local_id: int) -> None:
        self._audio_serial += 1
        serial = self._audio_serial
        review = self.backend.review
        player = self.backend.player
        player.unload()

        def loaded(audio: EncodedAudio) -> None:
            if serial != self._audio_serial or self.current_id != local_id:
                return
            player.load(str(local_id), audio.flac)
            self.audio_ready.emit(local_id)
            self._preload_next(local_id)

        def failed(exc: BaseException) -> None:
            if serial == self._audio_serial:
                self.message.emit(f"The clip's audio could not be opened: {reason_text(exc)}")

        self.ops.run(lambda: review.clip_audio(local_id), on_success=loaded, on_failure=failed,
                     lane=AUDIO_LANE)

    def _preload_next(self, local_id: int) -> None:
        nxt = self._next_unfinished_after(local_id)
        if nxt is None:
            return
        review, player = self.backend.review, self.backend.player

        def work() -> None:
            player.preload(str(nxt), review.clip_audio(nxt).flac)

        self.ops.run(work, on_failure=lambda exc: None, lane=AUDIO_LANE)

    # ------------------------------------------------------------------ editing
    def update(self, annotation: Annotation) -> None:
        """A view changed the annotation: remember it and save after a short pause."""
        if self.view is None or annotation == self.annotation:
            return
        self.annotation = annotation
        self._unsaved[self.view.summary.local_id] = annotation
        self.annotation_changed.emit(annotation)
        self._set_state(SAVING if self._in_flight else "Not saved yet")
        self._autosave.start()

    def _stamped(self) -> Annotation:
        return replace(self.annotation, handled_ms=self.handled_ms())

    def _flush_current(self) -> None:
        if self.view is not None and self.view.summary.local_id in self._unsaved:
            self._unsaved[self.view.summary.local_id] = self._stamped()
            self.save_now()

    def save_now(self) -> None:
        """Write every unacknowledged draft (the current one stamped with time spent)."""
        self._autosave.stop()
        self._retry.stop()
        if self.view is not None and self.view.summary.local_id in self._unsaved:
            self._unsaved[self.view.summary.local_id] = self._stamped()
        if not self._unsaved:
            return
        review = self.backend.review
        for local_id, annotation in list(self._unsaved.items()):
            if self._sending.get(local_id) == annotation:
                continue  # this very draft is already on its way
            self._in_flight += 1
            self._sending[local_id] = annotation
            self._set_state(SAVING)
            self._save_one(review, local_id, annotation)

    def _save_one(self, review: ReviewService, local_id: int, annotation: Annotation) -> None:
        self.ops.run(lambda: review.save_draft(local_id, annotation),
                     on_success=lambda _r: self._saved(local_id, annotation),
                     on_failure=lambda exc: self._save_failed(local_id, annotation, exc),
                     lane=EDIT_LANE)

    def _saved(self, local_id: int, annotation: Annotation) -> None:
        self._in_flight -= 1
        if self._sending.get(local_id) == annotation:
            del self._sending[local_id]
        if self._unsaved.get(local_id) == annotation:
            del self._unsaved[local_id]
        self._settle()
        self._refresh_status(local_id)

    def _settle(self) -> None:
        if not self._unsaved and not self._finishing and not self._in_flight:
            self._set_state(SAVED)

    def _save_failed(self, local_id: int, annotation: Annotation, exc: BaseException) -> None:
        self._in_flight -= 1
        if self._sending.get(local_id) == annotation:
            del self._sending[local_id]
        self._set_state(f"Not saved: {reason_text(exc)} — retrying")
        log.warning("draft not saved (%s); retrying", type(exc).__name__)
        self._retry.start()

    @property
    def has_unsaved(self) -> bool:
        return bool(self._unsaved or self._finishing or self._in_flight)

    def _refresh_status(self, local_id: int) -> None:
        i = self.index_of(local_id)
        if i >= 0 and self.queue[i].status is ClipStatus.NEW:
            self.refresh_queue_later()

    def _set_state(self, state: str) -> None:
        if state != self.save_state:
            self.save_state = state
            self.save_state_changed.emit(state)

    def leave_clip(self, local_id: int) -> None:
        """The clip left this workspace (escalated) or was locked: move on without saving it."""
        self._unsaved.pop(local_id, None)
        nxt = self._next_unfinished_after(local_id)
        if self.current_id == local_id:
            self.view = None
            self._clock.invalidate()
        self.refresh_queue()
        if nxt is not None and self.index_of(nxt) >= 0:
            self.open(nxt)
        elif self.view is None:
            self.close_clip()

    # ------------------------------------------------------------------ finishing
    def submit(self) -> None:
        """Submit the current clip and move on to the next unfinished one."""
        if self.view is None:
            return
        problems = submit_problems(self.annotation, self.view.questions)
        if problems:
            self.submit_refused.emit(problems)
            return
        local_id = self.view.summary.local_id
        annotation = self._stamped()
        self._finish(local_id, annotation, lambda: self.backend.review.submit(local_id,
                                                                              annotation))

    def skip(self, reason: SkipReason) -> None:
        if self.view is None:
            return
        local_id = self.view.summary.local_id
        annotation = replace(self._stamped(), skip_reason=reason)
        self._finish(local_id, annotation,
                     lambda: self.backend.review.skip(local_id, reason, annotation))

    def _finish(self, local_id: int, annotation: Annotation, call: object) -> None:
        self._autosave.stop()
        self._unsaved.pop(local_id, None)  # the finishing write carries the latest text
        self._finishing[local_id] = annotation  # kept until the store acknowledges it
        self._set_state(SAVING)
        nxt = self._next_unfinished_after(local_id)
        if nxt is not None:
            # Move on at once: the next clip is ready before the write is acknowledged.
            self.view = None
            self.open(nxt)

        def done(_result: object) -> None:
            self._finishing.pop(local_id, None)
            self._settle()
            self.refresh_queue_later()
            if nxt is None:
                if self.current_id == local_id:
                    self.close_clip()
                self.message.emit("Every clip in the queue is finished. Export your results "
                                  "from the File menu.")

        def failed(exc: BaseException) -> None:
            # Keep the work as a draft (retried) and bring the clip back to the reviewer.
            self._finishing.pop(local_id, None)
            self._unsaved[local_id] = replace(annotation, skip_reason=None)
            if self.current_id != local_id:
                self.open(local_id)
            if isinstance(exc, SubmitRefused):
                self.save_now()
                self.submit_refused.emit(list(exc.problems))
                return
            self._set_state(f"Not saved: {reason_text(exc)} — retrying")
            self._retry.start()
            self.message.emit(f"The clip was not finished: {reason_text(exc)}")

        assert callable(call)
        self.ops.run(call, on_success=done, on_failure=failed, lane=EDIT_LANE)
