"""Questions at one key: each question's key (Ctrl+Shift+n) answers it from the transcript,
the panel shows the keys as remapped, "same answers as the previous clip" and "accept the
automatic transcript and submit" are one key each, and Tab goes transcript, questions,
flags, critical data, then the actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from reviewer.core.annotation import ClipStatus
from reviewer.core.package import Question, QuestionKind
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from tests.ui.conftest import remap, settle
from tests.ui.fakes import FakeBackend

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
QUESTIONS = (Question("intent", "Was it a request?", QuestionKind.BOOL, required=True),
             Question("room", "Which room?", QuestionKind.CHOICE, ("kitchen", "hall")),
             Question("note", "Note", QuestionKind.TEXT))
PRED = "turn on the kitchen lights number {}"


@pytest.fixture
def asked(qtbot: QtBot, settings: UiSettings) -> tuple[MainWindow, FakeBackend]:
    backend = FakeBackend(clips=0)
    backend.service.add_package(3, questions=QUESTIONS)
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, win)
    return win, backend


def press(qtbot: QtBot, key: Qt.Key,
          mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, mods)


def test_each_question_shows_its_key_as_remapped(qtbot: QtBot,
                                                 asked: tuple[MainWindow, FakeBackend]) -> None:
    win, _backend = asked
    labels = {qid: label.text() for qid, label in win.questions.labels.items()}
    assert labels == {"intent": "Was it a request? * (Ctrl+Shift+1)",
                      "room": "Which room? (Ctrl+Shift+2)", "note": "Note (Ctrl+Shift+3)"}
    assert win.questions.fields["room"].accessibleName() == "Which room? (Ctrl+Shift+2)"
    remap(win, {"question_2": "F6", "question_3": ""})
    assert win.questions.labels["room"].text() == "Which room? (F6)"
    assert win.questions.labels["note"].text() == "Note"


def test_a_questions_key_answers_it_without_leaving_the_transcript(
        qtbot: QtBot, asked: tuple[MainWindow, FakeBackend]) -> None:
    win, _backend = asked
    edit = win.editor.editor
    assert QApplication.focusWidget() is edit
    intent = win.questions.fields["intent"]
    assert isinstance(intent, QComboBox)
    answers = []
    for _ in range(3):
        press(qtbot, Qt.Key.Key_1, CTRL_SHIFT)
        answers.append((win.model.annotation.answers.get("intent"), intent.currentText(),
                        win.statusBar().currentMessage()))
    assert answers == [(True, "Yes", "Was it a request?: Yes"),
                       (False, "No", "Was it a request?: No"),
                       (None, "—", "Was it a request?: unanswered")]
    press(qtbot, Qt.Key.Key_2, CTRL_SHIFT)
    press(qtbot, Qt.Key.Key_2, CTRL_SHIFT)
    assert win.model.annotation.answers == {"room": "hall"}
    assert QApplication.focusWidget() is edit  # typing goes on where it was
    qtbot.keyClicks(edit, "lights")
    assert win.model.annotation.transcript == "lights"
    press(qtbot, Qt.Key.Key_3, CTRL_SHIFT)  # a text question takes the keyboard
    assert QApplication.focusWidget() is win.questions.fields["note"]
    qtbot.keyClicks(win.questions.fields["note"], "radio on")
    assert win.model.annotation.answers == {"room": "hall", "note": "radio on"}
    press(qtbot, Qt.Key.Key_5, CTRL_SHIFT)
    assert win.statusBar().currentMessage() == "This clip has no question 5."


def test_accept_and_submit_is_refused_until_the_required_answer(
        qtbot: QtBot, asked: tuple[MainWindow, FakeBackend]) -> None:
    win, backend = asked
    press(qtbot, Qt.Key.Key_Return, CTRL_SHIFT)
    settle(qtbot, win)
    assert win.model.current_id == 1
    assert win.problems.text() == ("Not submitted: Answer the required question: Was it a "
                                   "request?")
    assert win.statusBar().currentMessage() == win.problems.text()
    assert win.editor.editor.toPlainText() == PRED.format(1)  # put in all the same
    press(qtbot, Qt.Key.Key_1, CTRL_SHIFT)
    press(qtbot, Qt.Key.Key_Return, CTRL_SHIFT)
    settle(qtbot, win)
    clip = backend.service.clips[1]
    assert clip.status is ClipStatus.DONE
    assert clip.annotation.transcript == PRED.format(1)
    assert clip.annotation.answers == {"intent": True}
    assert win.model.current_id == 2


def test_same_answers_as_the_previous_clip_in_one_key(
        qtbot: QtBot, asked: tuple[MainWindow, FakeBackend]) -> None:
    win, backend = asked
    press(qtbot, Qt.Key.Key_D, CTRL_SHIFT)
    assert win.statusBar().currentMessage().startswith("Nothing to copy:")
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2):  # No, kitchen
        press(qtbot, key, CTRL_SHIFT)
    press(qtbot, Qt.Key.Key_Return, CTRL_SHIFT)
    settle(qtbot, win)
    assert win.model.current_id == 2
    assert win.model.annotation.answers == {}
    press(qtbot, Qt.Key.Key_D, CTRL_SHIFT)
    assert win.model.annotation.answers == {"intent": False, "room": "kitchen"}
    assert win.questions.fields["room"].property("currentText") == "kitchen"
    assert win.statusBar().currentMessage() == "Answers copied from the previous clip: 2"
    press(qtbot, Qt.Key.Key_Return, CTRL_SHIFT)
    settle(qtbot, win)
    assert backend.service.clips[2].annotation.answers == {"intent": False, "room": "kitchen"}


def test_tab_goes_transcript_questions_flags_critical_then_the_actions(
        qtbot: QtBot, asked: tuple[MainWindow, FakeBackend]) -> None:
    win, _backend = asked
    win.activateWindow()
    win.editor.editor.setFocus()
    wanted: list[QWidget] = [
        win.editor.editor, *(win.questions.fields[q.id] for q in QUESTIONS),
        *win.flags.boxes.values(), win.critical.critical_box, win.skip_button,
        win.submit_button]
    seen: list[QWidget] = []
    for _ in range(len(wanted) + 6):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget in wanted and widget not in seen:
            seen.append(widget)
        if widget is win.submit_button:
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert seen == wanted
