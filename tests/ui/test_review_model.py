"""The review model's promises: nothing typed is lost when the store fails, writes stay in
order, and spans follow their words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer.core.annotation import (
    Annotation,
    ClipStatus,
    CriticalCategory,
    CriticalSpan,
    TimeRange,
)
from reviewer.core.errors import ReviewerError
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.text_model import DiffOp, shift_spans, word_diff
from tests.ui.conftest import settle
from tests.ui.fakes import FakeBackend, FakeReviewService


def status(backend: FakeBackend, local_id: int) -> ClipStatus:
    """The clip's status as it is now (mypy would keep what an earlier assert narrowed it to)."""
    return backend.service.clips[local_id].status


class FlakySubmit(FakeReviewService):
    failures = 1

    def submit(self, local_id: int, annotation: Annotation) -> None:
        if self.failures:
            self.failures -= 1
            raise ReviewerError("the disk is full", code="os_disk_full")
        super().submit(local_id, annotation)


def test_failed_submit_brings_the_clip_back_and_keeps_the_text(
        qtbot: QtBot, settings: UiSettings) -> None:
    backend = FakeBackend(clips=0)
    backend.service = FlakySubmit()
    backend.service.add_package(3)
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    qtbot.keyClicks(win.editor.editor, "precious words")
    qtbot.keyClick(win.editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)
    assert win.model.current_id == 1  # back on the clip that was not finished
    assert win.editor.editor.toPlainText() == "precious words"
    assert win.save_label.text().startswith("Not saved: the disk is full")
    qtbot.waitUntil(lambda: win.save_label.text() == "Saved", timeout=5000)  # retried
    assert backend.service.clips[1].annotation.transcript == "precious words"
    assert backend.service.clips[1].status is ClipStatus.DRAFT
    qtbot.keyClick(win.editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)
    assert status(backend, 1) is ClipStatus.DONE


def test_switching_saves_before_the_next_clip_opens(qtbot: QtBot, window: MainWindow,
                                                    backend: FakeBackend) -> None:
    for i in range(1, 4):
        qtbot.keyClicks(window.editor.editor, f"clip {i}")
        window.model.step(+1)  # no pause: the debounce never fired
    settle(qtbot, window)
    saved = [(i, a.transcript) for i, a in backend.service.saves]
    assert saved == [(1, "clip 1"), (2, "clip 2"), (3, "clip 3")]
    assert window.save_label.text() == "Saved"


def test_time_on_clip_is_recorded(qtbot: QtBot, window: MainWindow,
                                  backend: FakeBackend) -> None:
    qtbot.keyClicks(window.editor.editor, "x")
    qtbot.wait(120)
    window.model.save_now()
    settle(qtbot, window)
    assert backend.service.clips[1].annotation.handled_ms >= 100


def test_spans_follow_edits() -> None:
    span = CriticalSpan(5, 9, CriticalCategory.NAME)  # "call Anna now"
    assert shift_spans((span,), 0, 0, 7) == (CriticalSpan(12, 16, CriticalCategory.NAME),)
    assert shift_spans((span,), 9, 0, 3) == (span,)  # typing right after it
    assert shift_spans((span,), 7, 0, 2) == (CriticalSpan(5, 11, CriticalCategory.NAME),)
    assert shift_spans((span,), 4, 6, 0) == ()  # the whole name deleted
    assert shift_spans((span,), 3, 4, 1) == (CriticalSpan(4, 6, CriticalCategory.NAME),)
    assert shift_spans((span,), 7, 5, 0) == (CriticalSpan(5, 7, CriticalCategory.NAME),)


def test_spans_keep_their_time_when_the_text_moves_them() -> None:
    said = TimeRange(1.2, 2.4)
    span = CriticalSpan(5, 9, CriticalCategory.NAME, said)
    for position, removed, added in ((0, 0, 7), (9, 0, 3), (7, 0, 2), (3, 4, 1), (7, 5, 0)):
        (moved,) = shift_spans((span,), position, removed, added)
        assert moved.time == said


def test_word_diff() -> None:
    diff = word_diff("hey nova play jars", "hey Nova play jazz please")
    assert diff == [(DiffOp.SAME, "hey"), (DiffOp.SAME, "Nova"), (DiffOp.SAME, "play"),
                    (DiffOp.REMOVED, "jars"), (DiffOp.ADDED, "jazz"),
                    (DiffOp.ADDED, "please")]


def test_time_on_a_clip_stops_while_the_app_is_in_the_background(
        qtbot: QtBot, window: MainWindow) -> None:
    model = window.model
    window._application_state_changed(Qt.ApplicationState.ApplicationInactive)
    away = model.handled_ms()
    qtbot.wait(150)
    assert model.handled_ms() == away  # nothing counted while away
    model.step(+1)  # a clip opened while away does not start counting either
    opened = model.handled_ms()
    qtbot.wait(150)
    assert model.handled_ms() == opened
    window._application_state_changed(Qt.ApplicationState.ApplicationActive)
    qtbot.wait(150)
    assert model.handled_ms() >= opened + 100  # back in front: counting again
