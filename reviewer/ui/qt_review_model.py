"""The review loop as the views see it: a thin Qt adapter over workflows.review_loop.

The loop (plain Python, tested without Qt) holds the queue, the open clip, its annotation,
the drafts not yet stored and the time on the clip; this class forwards its events as Qt
signals, gives it QTimers and the window's Operations, and otherwise delegates. Views
subscribe to the signals and call the methods; they never call workflows themselves.

Signals:
    queue_changed(): the queue was re-read (clips came or went): read it again.
    status_changed(int, object): one clip's status changed (local id, ClipStatus).
    clip_opened(object): a ClipView became current (or None when nothing is open).
    annotation_changed(object): the current annotation changed (carries the new Annotation).
    save_state_changed(object): the autosave's SaveState (views word it: ui/wording.py).
    audio_ready(int): the current clip's audio is loaded into the player (local id).
    preloaded(int): the clip that comes next is prepared in the player (local id).
    submit_refused(object): the list of SubmitProblems that block submitting (views word
        them with the open clip's questions).
    message(str): a one-line note for the status bar (the loop's Notices, worded here;
        views post their own notes too).
    counts_changed(object): new StatusCounts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reviewer.core.annotation import Annotation, Answer, SkipReason
from reviewer.core.review import ClipSummary, ClipView, SaveState, StatusCounts
from reviewer.ui.backend import WorkspaceBackend
from reviewer.ui.qt_common import QtTimer
from reviewer.ui.qt_operations import Operations
from reviewer.ui.reason_wording import reason_text
from reviewer.ui.wording import notice_text
from reviewer.workflows.review_loop import ReviewLoop

__all__ = ["ReviewModel", "reason_text"]


class ReviewModel(QObject):
    queue_changed = Signal()
    status_changed = Signal(int, object)
    clip_opened = Signal(object)
    annotation_changed = Signal(object)
    save_state_changed = Signal(object)
    audio_ready = Signal(int)
    preloaded = Signal(int)
    submit_refused = Signal(object)
    message = Signal(str)
    counts_changed = Signal(object)

    def __init__(self, backend: WorkspaceBackend, ops: Operations,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.ops = ops
        self.loop = ReviewLoop(backend.review, backend.player, ops,
                               lambda ms, fn: QtTimer(self, ms, fn))
        self.loop.queue_changed.connect(lambda _none: self.queue_changed.emit())
        self.loop.status_changed.connect(lambda change: self.status_changed.emit(*change))
        self.loop.clip_opened.connect(self.clip_opened.emit)
        self.loop.annotation_changed.connect(self.annotation_changed.emit)
        self.loop.save_state_changed.connect(self.save_state_changed.emit)
        self.loop.audio_ready.connect(self.audio_ready.emit)
        self.loop.preloaded.connect(self.preloaded.emit)
        self.loop.submit_refused.connect(self.submit_refused.emit)
        self.loop.message.connect(lambda notice: self.message.emit(notice_text(notice)))
        self.loop.counts_changed.connect(self.counts_changed.emit)

    # ------------------------------------------------------------------ state
    @property
    def view(self) -> ClipView | None:
        return self.loop.view

    @property
    def annotation(self) -> Annotation:
        return self.loop.annotation

    @property
    def save_state(self) -> SaveState:
        return self.loop.save_state

    @property
    def current_id(self) -> int | None:
        return self.loop.current_id

    @property
    def has_unsaved(self) -> bool:
        return self.loop.has_unsaved

    def handled_ms(self) -> int:
        return self.loop.handled_ms()

    def counts(self) -> StatusCounts:
        return self.loop.counts()

    def queue_rows(self, start: int, count: int,
                   unfinished_only: bool = False) -> list[ClipSummary]:
        return self.loop.queue_rows(start, count, unfinished_only)

    def queue_row_of(self, local_id: int, unfinished_only: bool = False) -> int:
        return self.loop.queue_row_of(local_id, unfinished_only)

    # ------------------------------------------------------------------ actions
    def set_clock_running(self, running: bool) -> None:
        self.loop.set_clock_running(running)

    def refresh_queue(self) -> None:
        self.loop.refresh_queue()

    def open(self, local_id: int) -> None:
        self.loop.open(local_id)

    def open_first(self) -> None:
        self.loop.open_first()

    def step(self, delta: int) -> None:
        self.loop.step(delta)

    def close_clip(self) -> None:
        self.loop.close_clip()

    def update(self, annotation: Annotation) -> None:
        self.loop.update(annotation)

    def save_now(self) -> None:
        self.loop.save_now()

    def leave_clip(self, local_id: int) -> None:
        self.loop.leave_clip(local_id)

    def submit(self) -> None:
        self.loop.submit()

    def accept_and_submit(self) -> None:
        self.loop.accept_and_submit()

    def cycle_answer(self, question_id: str) -> Answer | None:
        return self.loop.cycle_answer(question_id)

    def copy_previous_answers(self) -> None:
        self.loop.copy_previous_answers()

    def skip(self, reason: SkipReason, note: str = "") -> None:
        self.loop.skip(reason, note)
