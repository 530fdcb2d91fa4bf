"""The demo's lead side end to end: escalate in the demo window (real vault and seal), open
the demo lead desk from the Help menu, pass the gate with what the demo help shows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pyotp
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from reviewer.app import RealBackend, open_backend
from reviewer.core.escalation import EscalationCategory
from reviewer.core.playback import PlayerState
from reviewer.ui.qt_demo_lead import DemoCodeHint, DemoHelpDialog
from reviewer.ui.qt_escalate_dialog import EscalateDialog
from reviewer.ui.qt_lead_gate_dialog import LeadGateDialog
from reviewer.ui.qt_lead_window import LeadWindow
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from reviewer.workflows.lead_demo import DEMO_PASSPHRASE, DemoLead
from reviewer.workflows.lead_desk import CaseView
from tests.ui.conftest import remap, settle
from tests.ui.fakes import FakeBackend, FakePlayer
from tests.ui.real_backend import empty_backend

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
REASON = "Reviewer escalated a possible emergency; checking it now."
DRAFT = "please send someone"


@pytest.fixture
def demo() -> Iterator[RealBackend]:
    backend = open_backend(Path("unused"), demo=True, player=FakePlayer(),
                           lead_player=FakePlayer)
    yield backend
    backend.close()


@pytest.fixture
def demo_window(qtbot: QtBot, demo: RealBackend, settings: UiSettings) -> MainWindow:
    win = MainWindow(demo, settings)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    return win


def case_now(desk: LeadWindow) -> CaseView | None:
    """The desk's open case as it is now (mypy would keep an earlier assert's narrowing)."""
    return desk.view


def when_modal(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Runs `act` on the next modal dialog of `kind` once its exec() loop is running."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def escalate_current(qtbot: QtBot, win: MainWindow) -> None:
    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, EscalateDialog)
        dialog.radios[EscalationCategory.MEDICAL_EMERGENCY].setChecked(True)
        dialog.note_edit.setPlainText("at 0:01, someone collapses")
        dialog._accept()
        when_modal(QDialog, lambda after: after.accept())  # the aftercare message

    when_modal(EscalateDialog, answer)
    qtbot.keyClick(win.editor.editor, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, win)


def test_escalate_then_open_the_case_on_the_demo_lead_desk(
        qtbot: QtBot, demo: RealBackend, demo_window: MainWindow) -> None:
    win = demo_window
    lead = demo.demo_lead
    assert isinstance(lead, DemoLead)
    first = win.model.current_id
    qtbot.keyClicks(win.editor.editor, DRAFT)
    escalate_current(qtbot, win)
    qtbot.waitUntil(lambda: "Escalated 1" in win.counts_label.text())
    assert win.model.current_id != first
    escalations = lead.workspace.parent / "exchange" / "escalations"  # in the demo folder
    assert len(list(escalations.iterdir())) == 1  # a real envelope, sealed to the demo lead

    help_dialog = win.demo_lead.show_help() if win.demo_lead else None
    assert isinstance(help_dialog, DemoHelpDialog)
    assert win.demo_lead is not None
    assert win.demo_lead.desk_action is not None
    win.demo_lead.desk_action.trigger()
    desk = win.demo_lead.window if win.demo_lead else None
    assert isinstance(desk, LeadWindow)
    assert desk.isVisible()
    qtbot.addWidget(desk)
    assert desk.inbox.count() == 1  # imported from the demo escalations folder, locked
    assert "Medical emergency" in desk.inbox.item(0).text()
    assert desk.view is None

    def fill_gate(dialog: QDialog) -> None:
        assert isinstance(dialog, LeadGateDialog)
        hint = dialog.findChild(DemoCodeHint)
        assert isinstance(hint, DemoCodeHint)  # the gate itself reminds the demo credentials
        assert DEMO_PASSPHRASE in hint.text()
        dialog.passphrase.setText(help_dialog.passphrase.text())
        dialog.code.setText(help_dialog.code.text())  # as shown: "123 456"
        dialog.reason.setPlainText(REASON)
        dialog.open_button.click()

    when_modal(LeadGateDialog, fill_gate)
    with qtbot.waitSignal(desk.case_opened, timeout=10000):
        desk.open_selected()
    assert case_now(desk) is not None
    assert desk.draft.toPlainText() == DRAFT  # the reviewer's draft as it was escalated
    assert "Medical emergency" in desk.case_title.text()
    assert "demo-reviewer" in desk.case_title.text()
    assert desk.note.text() == "at 0:01, someone collapses"

    # One voice at a time: each window's playback stops the other's.
    reviewer_player, lead_player = demo.player, desk.player
    win.player_widget.play()
    qtbot.waitUntil(lambda: reviewer_player.state() is PlayerState.PLAYING)
    desk.player_widget.play()
    qtbot.waitUntil(lambda: lead_player.state() is PlayerState.PLAYING)
    assert reviewer_player.state() is not PlayerState.PLAYING
    win.player_widget.play()
    qtbot.waitUntil(lambda: reviewer_player.state() is PlayerState.PLAYING)
    assert lead_player.state() is not PlayerState.PLAYING
    desk.close()


def test_the_gate_refuses_a_short_reason_in_the_demo_too(
        qtbot: QtBot, demo: RealBackend, demo_window: MainWindow) -> None:
    escalate_current(qtbot, demo_window)
    lead = demo.demo_lead
    assert lead is not None
    desk = demo.demo_lead_desk()
    assert desk.import_new() == 1
    case = desk.inbox()[0].case_id
    from reviewer.workflows.lead_gate import AccessDenied

    with pytest.raises(AccessDenied):
        desk.open_case(case, DEMO_PASSPHRASE, pyotp.TOTP(lead.totp_secret).now(), "too short")


def test_help_shows_secret_passphrase_and_a_live_code(qtbot: QtBot, demo: RealBackend) -> None:
    lead = demo.demo_lead
    assert lead is not None
    now = [1_800_000_000.0]
    dialog = DemoHelpDialog(lead, None, clock=lambda: now[0])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.passphrase.text() == DEMO_PASSPHRASE
    assert dialog.secret.text() == lead.totp_secret
    first = pyotp.TOTP(lead.totp_secret).at(now[0])
    assert dialog.code.text() == f"{first[:3]} {first[3:]}"
    assert dialog.countdown.text() == "changes in 30 s"
    now[0] += 31  # the next time step: the shown code follows within a second
    second = pyotp.TOTP(lead.totp_secret).at(now[0])
    qtbot.waitUntil(lambda: dialog.code.text() == f"{second[:3]} {second[3:]}", timeout=2500)
    assert dialog.countdown.text() == "changes in 29 s"


def test_banner_link_opens_the_demo_help(qtbot: QtBot, demo_window: MainWindow) -> None:
    assert "passphrase" in demo_window.notice.text()
    demo_window.notice.linkActivated.emit("#demo-help")
    assert demo_window.demo_lead is not None
    assert demo_window.demo_lead.help is not None
    assert demo_window.demo_lead.help.isVisible()


def test_demo_help_names_the_escalate_key_as_mapped(qtbot: QtBot,
                                                    demo_window: MainWindow) -> None:
    assert demo_window.demo_lead is not None
    dialog = demo_window.demo_lead.show_help()
    assert "press <b>Ctrl+Shift+E</b> (Review &gt; Escalate…)" in dialog.intro.text()
    remap(demo_window, {"escalate": "Ctrl+Alt+E"})  # while the help is open
    assert "press <b>Ctrl+Alt+E</b> (Review &gt; Escalate…)" in dialog.intro.text()
    remap(demo_window, {"escalate": ""})
    assert "Ctrl+" not in dialog.intro.text()
    assert "Open a clip and choose <b>Review &gt; Escalate…</b>." in dialog.intro.text()


def _menu_texts(win: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for m in win.menus.values() for a in m.actions()]


def test_demo_lead_menu_items_only_in_demo_mode(qtbot: QtBot, demo_window: MainWindow,
                                                settings: UiSettings) -> None:
    assert "Demo lead desk…" in _menu_texts(demo_window)
    assert "About the demo…" in _menu_texts(demo_window)
    for backend in (FakeBackend(clips=2), empty_backend()):
        win = MainWindow(backend, settings)
        qtbot.addWidget(win)
        assert win.demo_lead is None
        assert not any("demo" in t.lower() for t in _menu_texts(win))
        assert "passphrase" not in win.notice.text()
        win.close()
        backend.close()


def render_demo_help(lead: DemoLead, out: Path = SCREENSHOTS) -> Path:
    """Renders the demo help dialog (offscreen); run as a script to refresh docs/."""
    dialog = DemoHelpDialog(lead)
    dialog.show()
    out.mkdir(parents=True, exist_ok=True)
    png = out / "demo_lead_help.png"
    dialog.grab().save(str(png))
    dialog.timer.stop()
    dialog.close()
    dialog.deleteLater()
    return png


def test_demo_help_screenshot_renders(qtbot: QtBot, demo: RealBackend, tmp_path: Path) -> None:
    assert demo.demo_lead is not None
    assert render_demo_help(demo.demo_lead, tmp_path).stat().st_size > 5000


def test_the_demo_lead_goes_with_the_demo_workspace() -> None:
    backend = open_backend(Path("unused"), demo=True, player=FakePlayer(),
                           lead_player=FakePlayer)
    assert backend.demo_lead is not None
    folder = backend.demo_lead.workspace
    assert (folder / "lead" / "keys.json").is_file()
    backend.close()
    assert not folder.exists()
    assert not folder.parent.exists()
