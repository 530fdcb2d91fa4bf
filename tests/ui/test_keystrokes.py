"""Keystrokes per clip, counted in the real window (MainWindow over the fake backend) driven
by key events only: every press goes to the widget that has the keyboard, as it would from a
keyboard, and a chord with modifiers counts as one keystroke. Budgets (DESIGN.md): accepting
the automatic transcript with one required question answered <= 2, flagging an accidental
activation <= 2. The figures are printed (run with -s) and recorded in docs/PERFORMANCE.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reviewer.core.annotation import ClipStatus, Flag
from reviewer.core.package import Question, QuestionKind
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from tests.ui.conftest import settle
from tests.ui.fakes import FakeBackend

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
REQUIRED = Question("intent", "Was it a request?", QuestionKind.BOOL, required=True)
AUTOMATIC = "turn on the kitchen lights number 1"  # the fake's automatic transcript, clip 1

BUDGET_ACCEPT = 2  # DESIGN.md: accept the automatic transcript, one required question
BUDGET_FLAG = 2  # DESIGN.md: flag an accidental activation


class Keyboard:
    """Presses keys into whatever has the keyboard, and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard"
        self.qtbot.keyClick(widget, key, modifiers)
        self.count += 1

    def type(self, text: str) -> None:
        for character in text:
            widget = QApplication.focusWidget()
            assert widget is not None
            self.qtbot.keyClicks(widget, character)
            self.count += 1


def open_window(qtbot: QtBot, tmp_path: Path,
                questions: tuple[Question, ...] = ()) -> tuple[MainWindow, FakeBackend]:
    backend = FakeBackend(clips=0)
    backend.service.add_package(3, questions=questions)
    window = MainWindow(backend, UiSettings(tmp_path / "keys.ini"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle(qtbot, window)
    assert QApplication.focusWidget() is window.editor.editor  # where a clip puts the keys
    return window, backend


def report(name: str, count: int) -> None:
    print(f"\nkeystrokes per clip, {name}: {count}")


def test_a_accept_the_automatic_transcript_with_one_required_question(
        qtbot: QtBot, tmp_path: Path) -> None:
    window, backend = open_window(qtbot, tmp_path, (REQUIRED,))
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_1, CTRL | SHIFT)  # question 1: Yes
    keys.press(Qt.Key.Key_Return, CTRL | SHIFT)  # accept the automatic transcript and submit
    settle(qtbot, window)
    clip = backend.service.clips[1]
    assert clip.status is ClipStatus.DONE
    assert clip.annotation.transcript == AUTOMATIC
    assert clip.annotation.answers == {"intent": True}
    assert window.model.current_id == 2
    report("(a) accept the automatic transcript, one required yes/no question", keys.count)
    assert keys.count <= BUDGET_ACCEPT


def test_b_fix_one_word(qtbot: QtBot, tmp_path: Path) -> None:
    window, backend = open_window(qtbot, tmp_path)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_I, CTRL)  # start from the automatic transcript (cursor at its end)
    for _ in range(4):  # back over "1", "number", "lights", "kitchen": words, not audio
        keys.press(Qt.Key.Key_Left, CTRL)
    keys.press(Qt.Key.Key_Delete, CTRL)  # delete the word "kitchen "
    keys.type("bedroom ")
    keys.press(Qt.Key.Key_Return, CTRL)  # submit and next
    settle(qtbot, window)
    clip = backend.service.clips[1]
    assert clip.status is ClipStatus.DONE
    assert clip.annotation.transcript == "turn on the bedroom lights number 1"
    report("(b) fix one word of the automatic transcript", keys.count)
    assert keys.count == 1 + 4 + 1 + len("bedroom ") + 1


@pytest.mark.parametrize("asked", [(), (REQUIRED,)], ids=["no question", "required question"])
def test_c_flag_an_accidental_activation_and_submit(qtbot: QtBot, tmp_path: Path,
                                                    asked: tuple[Question, ...]) -> None:
    window, backend = open_window(qtbot, tmp_path, asked)
    keys = Keyboard(qtbot)
    keys.press(Qt.Key.Key_1, CTRL)  # flag: accidental activation
    if asked:
        keys.press(Qt.Key.Key_1, CTRL | SHIFT)  # a required question stays required
    keys.press(Qt.Key.Key_Return, CTRL)  # submit and next
    settle(qtbot, window)
    clip = backend.service.clips[1]
    assert clip.status is ClipStatus.DONE
    assert clip.annotation.flags == {Flag.ACCIDENTAL_ACTIVATION}
    assert clip.annotation.transcript == ""
    if asked:
        report("(c) flag an accidental activation and submit, one required question",
               keys.count)
        assert keys.count == BUDGET_FLAG + 1
    else:
        report("(c) flag an accidental activation and submit", keys.count)
        assert keys.count <= BUDGET_FLAG
