"""The lead window driven by pytest-qt: locked inbox, gate, open case, decisions, idle end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reviewer.core.escalation import (
    ClipTexts,
    DecisionKind,
    EscalationCategory,
    InboxEntry,
)
from reviewer.core.playback import PlayerState
from reviewer.seal.kit import SealKit
from reviewer.ui.qt_lead_gate_dialog import LeadGateDialog
from reviewer.ui.qt_lead_window import LeadWindow
from reviewer.workflows.escalate import Escalator
from reviewer.workflows.lead_desk import LeadDesk
from reviewer.workflows.lead_gate import LeadGate
from tests.lead.fakes import (
    PASSPHRASE,
    REASON,
    Clock,
    FakeAudit,
    FakeSource,
    Lead,
    make_lead,
    material,
    profile_for,
)
from tests.ui.fakes import FakePlayer

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


class Setup:
    def __init__(self, root: Path) -> None:
        self.clock = Clock()
        self.leads = [make_lead(root / "leads", n) for n in ("lead-a", "lead-b")]
        self.profile = profile_for(self.leads, root)
        source = FakeSource({1: material(1), 2: material(2)})
        source.clips[1] = type(source.clips[1])(
            audio_flac=source.clips[1].audio_flac, draft="i can't do this any more",
            clip_id="clip00000001", package_id="pkg_00000001",
            texts=ClipTexts(pred_text="i can't do this anymore",
                            assistant_response="I'm sorry you're going through this. You can "
                                               "call [PHONE] at any time, day or night."))
        esc = Escalator(source, self.profile, root / "esc", SealKit(), self.clock)
        self.cases = [esc.escalate(1, EscalationCategory.SELF_HARM, "Said it twice.").case_id]
        self.clock.now += 60
        self.cases.append(esc.escalate(2, EscalationCategory.MEDICAL_EMERGENCY).case_id)
        self.lead: Lead = self.leads[0]
        self.audit = FakeAudit()
        self.gate = LeadGate(self.lead.ws, self.audit, self.clock)
        self.desk = LeadDesk(self.lead.ws, self.gate, self.audit, self.profile)
        self.player = FakePlayer()
        self.outbox = root / "out"


class AutoGate(LeadGateDialog):
    """Fills the dialog like a lead would, instead of blocking in exec()."""

    fill: tuple[str, str, str] = ("", "", "")

    def exec(self) -> int:
        self.passphrase.setText(self.fill[0])
        self.code.setText(self.fill[1])
        self.reason.setPlainText(self.fill[2])
        self.open_button.click()
        return int(self.result())


@pytest.fixture
def setup(tmp_path: Path) -> Setup:
    return Setup(tmp_path)


@pytest.fixture
def window(qtbot: QtBot, setup: Setup) -> LeadWindow:
    def factory(entry: InboxEntry, parent: QWidget) -> LeadGateDialog:
        return AutoGate(entry, lambda p, c, r: setup.desk.open_case(entry.case_id, p, c, r),
                        parent)

    win = LeadWindow(setup.desk, setup.player, factory)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_first(win: LeadWindow, setup: Setup, qtbot: QtBot, case: int = 0) -> None:
    AutoGate.fill = (PASSPHRASE, setup.lead.code(setup.clock.now), REASON)
    win.inbox.setCurrentRow(len(setup.cases) - 1 - case)  # newest first
    with qtbot.waitSignal(win.case_opened, timeout=2000):
        win.open_button.click()


def test_inbox_is_locked_and_shows_category_and_date_only(window: LeadWindow,
                                                         setup: Setup) -> None:
    assert window.inbox.count() == 0
    window.import_button.click()
    labels = [window.inbox.item(i).text() for i in range(window.inbox.count())]
    assert labels == ["Medical emergency — 2026-09-21 14:14 UTC · new",
                      "Self-harm — 2026-09-21 14:13 UTC · new"]
    assert window.inbox.item(0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("Locked")
    assert window.stack.currentIndex() == 0
    assert setup.audit.events("lead.import") == [{"envelopes": 2}]


def test_gate_denial_keeps_case_locked(window: LeadWindow, setup: Setup) -> None:
    window.import_new()
    AutoGate.fill = (PASSPHRASE, setup.lead.code(setup.clock.now), "too short")
    window.open_selected()
    assert window.view is None
    assert window.stack.currentIndex() == 0
    assert [d["why"] for d in setup.audit.events("lead.gate")] == ["reason_too_short"]


def test_open_case_play_decide_close(window: LeadWindow, setup: Setup, qtbot: QtBot) -> None:
    window.import_new()
    open_first(window, setup, qtbot)
    assert window.stack.currentIndex() == 1
    assert "Self-harm" in window.case_title.text()
    assert window.draft.toPlainText() == "i can't do this any more"
    assert window.note.text() == "Said it twice."
    assert window.automatic.toPlainText() == "i can't do this anymore"
    assert window.response.text().endswith("call [PHONE] at any time, day or night.")
    assert setup.player.loaded == [setup.cases[0]]
    window.play_button.click()
    assert setup.player.state() is PlayerState.PLAYING
    window.comment.setText("Referred to on-call safety team.")
    with qtbot.waitSignal(window.decided) as signal:
        window.decision_buttons[DecisionKind.REFER_SAFETY_TEAM].click()
    assert signal.args == [setup.cases[0], "refer_safety_team"]
    (path,) = setup.outbox.glob(f"decision-{setup.cases[0]}-refer_safety_team-*.json")
    record = json.loads(path.read_text())
    assert record["comment"] == "Referred to on-call safety team."
    with qtbot.waitSignal(window.case_closed):
        window.close_button.click()
    assert window.view is None
    assert window.draft.toPlainText() == ""
    assert setup.player.state() is PlayerState.EMPTY
    assert [e for e, _ in setup.audit.entries] == [
        "lead.import", "lead.gate", "lead.decision", "lead.case_closed"]


def test_idle_access_ends_and_drops_content(window: LeadWindow, setup: Setup,
                                            qtbot: QtBot) -> None:
    window.import_new()
    open_first(window, setup, qtbot)
    setup.clock.now += 601
    with qtbot.waitSignal(window.case_closed):
        window.check_idle()
    assert window.view is None
    assert window.stack.currentIndex() == 0
    assert "idle" in window.statusBar().currentMessage()
    assert setup.audit.entries[-1] == ("lead.case_closed", {"case": setup.cases[0],
                                                            "why": "idle"})


def test_expired_access_denies_a_decision(window: LeadWindow, setup: Setup,
                                          qtbot: QtBot) -> None:
    window.import_new()
    open_first(window, setup, qtbot)
    setup.clock.now += 601
    window.decision_buttons[DecisionKind.NO_ACTION].click()
    assert window.view is None
    assert not setup.outbox.exists()
    assert setup.audit.events("lead.access") == [{
        "case": setup.cases[0], "action": "decide_no_action", "outcome": "denied",
        "why": "access_expired"}]


def test_gate_dialog_accessible_and_counts(qtbot: QtBot, setup: Setup) -> None:
    setup.desk.import_new()
    entry = setup.desk.inbox()[0]
    dialog = LeadGateDialog(entry, lambda p, c, r: setup.desk.open_case(entry.case_id, p, c, r))
    qtbot.addWidget(dialog)
    names = {w.accessibleName() for w in (dialog.passphrase, dialog.code, dialog.reason,
                                          dialog.open_button)}
    assert names == {"Passphrase", "Current code", "Reason for opening", "Open case"}
    qtbot.keyClicks(dialog.reason, "short")
    assert "at least 20" in dialog.counter.text()
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase!")
    qtbot.keyClicks(dialog.code, "123456")
    dialog.reason.setPlainText(REASON)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Wrong passphrase."
    assert dialog.passphrase.text() == ""
    assert dialog.reason.toPlainText() == REASON  # the typed reason is kept


def render_screenshots(root: Path, out: Path = SCREENSHOTS) -> list[Path]:
    """Renders the gate and an open case to `out` (offscreen grab; no qtbot needed).

    `python resources/dev/lead_screenshots.py` calls this to refresh docs/screenshots.
    """
    setup = Setup(root)
    setup.desk.import_new()
    entry = setup.desk.inbox()[-1]
    gate = LeadGateDialog(entry, lambda p, c, r: setup.desk.open_case(entry.case_id, p, c, r))
    gate.passphrase.setText("correct horse")
    gate.reason.setPlainText("Reviewer reports a possible self-harm statement; checking "
                             "whether the safety team must act today.")
    gate.show()
    out.mkdir(parents=True, exist_ok=True)
    gate_png = out / "lead_gate.png"
    gate.grab().save(str(gate_png))
    gate.close()
    gate.deleteLater()
    win = LeadWindow(setup.desk, setup.player)
    win.show()
    win.import_new()
    win.show_case(setup.desk.open_case(setup.cases[0], PASSPHRASE,
                                       setup.lead.code(setup.clock.now), REASON))
    win.inbox.setCurrentRow(1)
    case_png = out / "lead_case.png"
    win.grab().save(str(case_png))
    win.idle_timer.stop()
    win.close()
    win.deleteLater()
    return [gate_png, case_png]


def test_screenshots_render(tmp_path: Path, qtbot: QtBot) -> None:
    shots = render_screenshots(tmp_path / "ws", tmp_path / "shots")
    assert all(p.stat().st_size > 5000 for p in shots)


def test_gate_runs_off_the_gui_thread(qtbot: QtBot, setup: Setup) -> None:
    from reviewer.ui.qt_operations import Operations

    setup.desk.import_new()
    entry = setup.desk.inbox()[0]
    ops = Operations()
    dialog = LeadGateDialog(entry, lambda p, c, r: setup.desk.open_case(entry.case_id, p, c, r),
                            None, ops)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("wrong passphrase")
    dialog.reason.setPlainText(REASON)
    dialog.open_button.click()
    assert not dialog.open_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.error.text() == "Wrong passphrase.")
    assert dialog.open_button.isEnabled()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.code.setText(setup.lead.code(setup.clock.now))
    with qtbot.waitSignal(dialog.accepted):
        dialog.open_button.click()
    assert dialog.view is not None
    assert dialog.view.case_id == entry.case_id
    ops.shutdown()


def test_second_lead_cosigns_in_the_window(qtbot: QtBot, setup: Setup,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.ui.qt_lead_cosign_dialog import CosignDialog
    from reviewer.workflows.disclosure import verify_file

    # lead-a requests disclosure from the case...
    setup.desk.import_new()
    setup.desk.open_case(setup.cases[0], PASSPHRASE, setup.lead.code(setup.clock.now), REASON)
    written = setup.desk.decide(setup.cases[0], DecisionKind.REQUEST_DISCLOSURE,
                                "Danger to life: emergency services need the address.")
    assert written.disclosure is not None
    # ...and lead-b co-signs it in their own lead window.
    b = setup.leads[1]
    b_audit = FakeAudit()
    b_desk = LeadDesk(b.ws, LeadGate(b.ws, b_audit, setup.clock), b_audit, setup.profile)
    fills = iter([("wrong passphrase", "123456"), (PASSPHRASE, b.code(setup.clock.now))])

    class AutoCosign(CosignDialog):
        def exec(self) -> int:
            while not self.result():
                p, c = next(fills)
                self.passphrase.setText(p)
                self.code.setText(c)
                self.sign_button.click()
            self.shown_error = self.error.text()
            return int(self.result())

    win = LeadWindow(b_desk, FakePlayer(), cosign_factory=AutoCosign)
    qtbot.addWidget(win)
    assert win.cosign_file(written.disclosure)
    assert "2 signatures." in win.statusBar().currentMessage()  # a plural form, not "(s)"
    request = verify_file(SealKit(), written.disclosure, setup.profile.lead_signing_keys)
    assert [s.lead for s in request.signatures] == ["lead-a", "lead-b"]
    assert [d["why"] for d in b_audit.events("lead.gate")] == ["wrong_passphrase", "granted"]
    assert b_audit.events("lead.cosign") == [{"case": setup.cases[0], "signatures": 2}]


def test_playing_after_expiry_drops_the_case(window: LeadWindow, setup: Setup,
                                             qtbot: QtBot) -> None:
    window.import_new()
    open_first(window, setup, qtbot)
    setup.clock.now += 601
    with qtbot.waitSignal(window.case_closed):
        window.play_button.click()
    assert setup.player.state() is PlayerState.EMPTY
    assert setup.audit.events("lead.access") == [{
        "case": setup.cases[0], "action": "play", "outcome": "denied", "why": "access_expired"}]
