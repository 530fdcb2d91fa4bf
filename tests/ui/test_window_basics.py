"""The window over fakes: opening, typing, autosave, submit/skip, content warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer.core.annotation import (
    Annotation,
    ClipStatus,
    Flag,
    SkipReason,
    SubmitProblem,
    SubmitProblemCode,
)
from reviewer.core.package import Question, QuestionKind
from reviewer.core.playback import PlayerState
from reviewer.core.review import SubmitRefused
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from tests.ui.conftest import settle
from tests.ui.fakes import FakeBackend


def test_opens_first_clip_and_autoplays(window: MainWindow, backend: FakeBackend) -> None:
    assert window.model.current_id == 1
    assert window.clip_title.text().startswith("Clip 1 / 5")
    assert backend.player.state() is PlayerState.PLAYING
    assert window.stack.currentWidget() is window.review


def test_typing_autosaves_after_a_pause(qtbot: QtBot, window: MainWindow,
                                        backend: FakeBackend) -> None:
    qtbot.keyClicks(window.editor.editor, "turn on the lights")
    assert window.save_label.text() in ("Not saved yet", "Saving…")
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=3000)
    assert backend.service.clips[1].annotation.transcript == "turn on the lights"
    assert backend.service.clips[1].status is ClipStatus.DRAFT


def test_failed_save_is_kept_and_retried(qtbot: QtBot, window: MainWindow,
                                         backend: FakeBackend) -> None:
    backend.service.fail_saves = 1
    qtbot.keyClicks(window.editor.editor, "hello")
    qtbot.waitUntil(lambda: window.save_label.text().startswith("Not saved: the disk is full"),
                    timeout=3000)
    assert "retrying" in window.save_label.text()
    qtbot.waitUntil(lambda: window.save_label.text() == "Saved", timeout=5000)
    assert backend.service.clips[1].annotation.transcript == "hello"


def test_submit_and_next_by_keyboard(qtbot: QtBot, window: MainWindow,
                                     backend: FakeBackend) -> None:
    qtbot.keyClicks(window.editor.editor, "lights on")
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert backend.service.clips[1].status is ClipStatus.DONE
    assert backend.service.clips[1].annotation.transcript == "lights on"
    assert window.model.current_id == 2
    assert window.editor.editor.toPlainText() == ""
    assert "2" in backend.player.loaded


def test_submit_refused_says_why_and_keeps_the_clip(qtbot: QtBot,
                                                    window: MainWindow) -> None:
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.model.current_id == 1
    assert window.problems.text() == ("Not submitted: Type the transcript, or flag the clip "
                                      "(no speech, unintelligible, ...)")
    assert window.statusBar().currentMessage() == window.problems.text()


def test_a_refusal_from_the_vault_is_worded_with_the_clip_s_question(
        qtbot: QtBot, settings: UiSettings) -> None:
    """The loop moves on at once; when the vault refuses, the clip comes back and the
    problems name its question by its prompt."""
    backend = FakeBackend(clips=0)
    backend.service.add_package(2, questions=(
        Question("intent", "Was it a request?", QuestionKind.BOOL),))

    def refuse(local_id: int, annotation: Annotation) -> None:
        raise SubmitRefused([SubmitProblem(SubmitProblemCode.UNANSWERED, "intent"),
                             SubmitProblem(SubmitProblemCode.NO_CATEGORY)])

    backend.service.submit = refuse  # type: ignore[method-assign]
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    qtbot.keyClicks(win.editor.editor, "lights on")
    win.submit()
    settle(qtbot, win)
    assert win.model.current_id == 1
    assert win.problems.text() == ("Not submitted: Answer the required question: Was it a "
                                   "request? · Choose at least one critical-data category")
    assert win.statusBar().currentMessage() == ("Not submitted: Answer the required "
                                                "question: Was it a request?")


def test_flag_shortcut_and_submit_without_text(qtbot: QtBot, window: MainWindow,
                                               backend: FakeBackend) -> None:
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.flags.boxes[Flag.NO_SPEECH].isChecked()
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert backend.service.clips[1].annotation.flags == {Flag.NO_SPEECH}


def test_skip_with_reason(qtbot: QtBot, window: MainWindow, backend: FakeBackend) -> None:
    window.choose_skip_reason = lambda preset: SkipReason.WRONG_LANGUAGE
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    assert backend.service.clips[1].status is ClipStatus.SKIPPED
    assert backend.service.clips[1].annotation.skip_reason is SkipReason.WRONG_LANGUAGE
    assert window.model.current_id == 2


def test_previous_next_without_submitting(qtbot: QtBot, window: MainWindow,
                                          backend: FakeBackend) -> None:
    qtbot.keyClicks(window.editor.editor, "draft one")
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_BracketRight,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.model.current_id == 2
    settle(qtbot, window)
    assert backend.service.clips[1].annotation.transcript == "draft one"  # saved on switch
    assert backend.service.clips[1].status is ClipStatus.DRAFT
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_BracketLeft,
                   Qt.KeyboardModifier.ControlModifier)
    assert window.model.current_id == 1
    assert window.editor.editor.toPlainText() == "draft one"


def test_start_from_automatic_transcript_and_diff(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.editor.toPlainText() == "turn on the kitchen lights number 1"
    qtbot.keyClicks(window.editor.editor, " please")
    qtbot.waitUntil(lambda: "1 added, 0 removed" in window.editor.diff_summary.text())
    assert "+please" in window.editor.diff_view.toPlainText()


def test_tag_insertion_keys(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.editor.editor, "hello")
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert window.editor.editor.toPlainText() == "hello [noise] [crosstalk] "


def test_mark_critical_span(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.editor.editor, "call Anna now")
    cursor = window.editor.editor.textCursor()
    cursor.setPosition(5)
    cursor.setPosition(9, cursor.MoveMode.KeepAnchor)
    window.editor.editor.setTextCursor(cursor)
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    a = window.model.annotation
    assert a.critical
    assert a.spans[0].start == 5
    assert a.spans[0].end == 9
    assert window.critical.critical_box.isChecked()
    assert len(window.editor.editor.extraSelections()) == 1
    # The span follows its word while the reviewer types before it.
    window.editor.editor.moveCursor(cursor.MoveOperation.Start)
    qtbot.keyClicks(window.editor.editor, "please ")
    span = window.model.annotation.spans[0]
    assert window.model.annotation.transcript[span.start:span.end] == "Anna"


def test_playback_keys(qtbot: QtBot, window: MainWindow, backend: FakeBackend) -> None:
    player = backend.player
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert player.state() is PlayerState.PAUSED
    assert window.player_widget.play_button.text() == "Play"
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert player.position() == 2.0  # clamped at the fake's 2 s duration (jump is 3 s)
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert player.position() == 0.0
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert player.speed() == 1.05  # one step of 0.05
    assert window.player_widget.speed_box.text() == "1.05×"
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert player.speed() == 0.95
    assert window.player_widget.speed_box.text() == "0.95×"


def test_content_warning_never_autoplays(qtbot: QtBot, settings: UiSettings) -> None:
    backend = FakeBackend(clips=0)
    backend.service.add_package(3, content_warning_at=1)
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: backend.player.loaded != [])
    settle(qtbot, win)
    assert win.warning_panel.isVisible()
    assert not win.editor.isVisible()
    assert backend.player.state() is not PlayerState.PLAYING
    qtbot.keyClick(win, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert backend.player.state() is not PlayerState.PLAYING
    win.warning_panel.read_button.click()
    assert win.editor.isVisible()
    assert backend.player.state() is not PlayerState.PLAYING
    win.warning_panel.skip_button.click()
    settle(qtbot, win)
    assert backend.service.clips[1].status is ClipStatus.SKIPPED
    assert backend.service.clips[1].annotation.skip_reason is SkipReason.DISTRESSING
