"""The window's escalation control: absent without the workflow; with it, Ctrl+Shift+E
stops playback, asks, escalates after the draft is saved, and moves on."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from reviewer.core.annotation import ClipStatus
from reviewer.core.escalation import EscalationCategory
from reviewer.core.playback import PlayerState
from reviewer.ui.backend import Capabilities
from reviewer.ui.qt_escalate_dialog import EscalateDialog
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from reviewer.workflows.escalate import EscalationReceipt
from tests.ui.conftest import settle
from tests.ui.fakes import FakeBackend


class EscalatingFake(FakeBackend):
    def __init__(self) -> None:
        super().__init__(clips=3)
        self.escalated: list[tuple[int, EscalationCategory, str, str]] = []

    def escalate(self, local_id: int, category: EscalationCategory,
                 note: str) -> EscalationReceipt:
        clip = self.service.clips[local_id]
        self.escalated.append((local_id, category, note, clip.annotation.transcript))
        clip.status = ClipStatus.ESCALATED
        from pathlib import Path

        return EscalationReceipt("case-1", Path("/dev/null"), "Support is available.", False, 1)

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(escalate=self.escalate)


def test_escalation_is_absent_without_the_workflow(window: MainWindow) -> None:
    assert not window.escalate_button.isVisibleTo(window)
    assert not window.shortcuts["escalate"].isEnabled()


def test_escalate_by_keyboard(qtbot: QtBot, settings: UiSettings) -> None:
    backend = EscalatingFake()
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    assert backend.player.state() is PlayerState.PLAYING
    qtbot.keyClicks(win.editor.editor, "someone is hurt")
    stopped: list[PlayerState] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EscalateDialog)
        stopped.append(backend.player.state())
        dialog.radios[EscalationCategory.MEDICAL_EMERGENCY].setChecked(True)
        dialog.note_edit.setPlainText("at 0:02")
        dialog._accept()
        QTimer.singleShot(50, close_aftercare)

    def close_aftercare() -> None:
        after = QApplication.activeModalWidget()
        assert isinstance(after, QDialog)
        after.accept()

    QTimer.singleShot(50, answer)
    qtbot.keyClick(win.editor.editor, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, win)
    assert stopped == [PlayerState.STOPPED]  # playback stopped before the dialog asked
    assert backend.escalated == [(1, EscalationCategory.MEDICAL_EMERGENCY, "at 0:02",
                                  "someone is hurt")]  # the latest draft was saved first
    qtbot.waitUntil(lambda: win.model.current_id == 2)
    assert "Escalated 1" in win.counts_label.text()
