"""The escalation dialog and the aftercare message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reviewer.core.escalation import EscalationCategory, EscalationPayload
from reviewer.core.playback import PlayerState
from reviewer.seal.kit import SealKit
from reviewer.ui.qt_escalate_dialog import (
    AftercareDialog,
    EscalateDialog,
    escalate_interactively,
)
from reviewer.workflows.escalate import EscalationReceipt, Escalator
from tests.lead.fakes import (
    PASSPHRASE,
    FakeSource,
    make_lead,
    material,
    profile_for,
)
from tests.ui.fakes import FakePlayer


def test_needs_a_category(qtbot: QtBot) -> None:
    dialog = EscalateDialog()
    qtbot.addWidget(dialog)
    assert {r.accessibleName() for r in dialog.radios.values()} == {
        c.label for c in EscalationCategory}
    assert dialog.note_edit.accessibleName() == "Note for the lead (optional)"
    assert not dialog.confirm.isEnabled()
    dialog.radios[EscalationCategory.CHILD_SAFETY].click()
    assert dialog.confirm.isEnabled()
    qtbot.keyClicks(dialog.note_edit, "  child crying for help at 0:12 ")
    with qtbot.waitSignal(dialog.accepted):
        dialog.confirm.click()
    assert dialog.category() is EscalationCategory.CHILD_SAFETY
    assert dialog.note() == "child crying for help at 0:12"


def test_aftercare_offers_and_suggests_a_break(qtbot: QtBot) -> None:
    first = AftercareDialog("Support line: 0800 000", suggest_break=False)
    qtbot.addWidget(first)
    assert first.support.text() == "Support line: 0800 000"
    assert first.suggestion.isHidden()
    assert first.continue_button.isDefault()
    third = AftercareDialog("Support line: 0800 000", suggest_break=True)
    qtbot.addWidget(third)
    assert not third.suggestion.isHidden()
    assert third.break_button.isDefault()
    with qtbot.waitSignal(third.break_requested):
        third.break_button.click()


def _auto(monkeypatch: pytest.MonkeyPatch, choose: EscalationCategory | None) -> list[str]:
    shown: list[str] = []

    def escalate_exec(self: EscalateDialog) -> int:
        if choose is None:
            return 0
        self.radios[choose].click()
        self.note_edit.setPlainText("heard a threat")
        self.confirm.click()
        return int(self.result())

    def after_exec(self: AftercareDialog) -> int:
        shown.append(self.support.text())
        self.break_button.click()
        return 1

    monkeypatch.setattr(EscalateDialog, "exec", escalate_exec)
    monkeypatch.setattr(AftercareDialog, "exec", after_exec)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    return shown


def test_escalate_interactively(qtbot: QtBot, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _auto(monkeypatch, EscalationCategory.VIOLENCE_OR_CRIME)
    lead = make_lead(tmp_path, "lead-a")
    source, player = FakeSource({9: material(9)}), FakePlayer()
    player.load("9", b"")
    player.play()
    esc = Escalator(source, profile_for([lead], tmp_path, "Care line 0800"),
                    tmp_path / "esc", SealKit())
    breaks: list[bool] = []
    receipt = escalate_interactively(None, player, lambda c, n: esc.escalate(9, c, n, player),
                                     on_break=lambda: breaks.append(True))
    assert receipt is not None
    assert player.state() is PlayerState.EMPTY
    assert source.erased == {9}
    assert shown == ["Care line 0800"]
    assert breaks == [True]


def test_escalate_interactively_refused_or_cancelled(qtbot: QtBot, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _auto(monkeypatch, EscalationCategory.SELF_HARM)
    source, player = FakeSource({9: material(9)}), FakePlayer()
    esc = Escalator(source, profile_for([], tmp_path), tmp_path / "esc", SealKit())
    assert escalate_interactively(None, player,
                                  lambda c, n: esc.escalate(9, c, n, player)) is None
    assert source.locked == {9}
    assert "names no leads" in shown[0]
    cancelled = _auto(monkeypatch, None)
    asked: list[EscalationCategory] = []

    def escalate(category: EscalationCategory, note: str) -> EscalationReceipt:
        asked.append(category)
        return esc.escalate(9, category, note)

    # Refused would return None too (this profile names no leads): check nothing was asked.
    assert escalate_interactively(None, player, escalate) is None
    assert asked == []
    assert cancelled == []  # no refusal shown either


def test_controller_runs_after_queued_saves(qtbot: QtBot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QWidget

    from reviewer.core.escalation import EscalationMaterial
    from reviewer.ui.qt_escalate_dialog import EscalationController
    from reviewer.ui.qt_operations import EDIT_LANE, Operations

    shown = _auto(monkeypatch, EscalationCategory.CHILD_SAFETY)
    lead = make_lead(tmp_path, "lead-a")
    source, player = FakeSource({4: material(4)}), FakePlayer()
    esc = Escalator(source, profile_for([lead], tmp_path, "Support: call 111"),
                    tmp_path / "esc", SealKit())
    parent = QWidget()
    qtbot.addWidget(parent)
    player.load("4", b"")
    player.play()
    ops = Operations()
    order: list[str] = []

    def save_latest_draft() -> None:  # an autosave already queued on the edit lane
        order.append("save")
        m = source.clips[4]
        source.clips[4] = EscalationMaterial(m.audio_flac, "latest draft", m.clip_id,
                                             m.package_id)

    ops.run(save_latest_draft, lane=EDIT_LANE)

    def escalate(local_id: int, category: EscalationCategory, note: str) -> EscalationReceipt:
        order.append("escalate")
        assert player.state() is PlayerState.EMPTY  # released on the GUI thread first
        return esc.escalate(local_id, category, note)

    ctl = EscalationController(parent, player, escalate, lambda: 4, ops,
                               before=lambda: order.append("flush"))
    with qtbot.waitSignal(ctl.escalated) as signal:
        assert ctl.trigger()
    assert order.index("save") < order.index("escalate")
    assert order.index("flush") < order.index("escalate")
    local_id, receipt = signal.args
    assert local_id == 4
    payload = EscalationPayload.from_bytes(SealKit().open_sealed(
        receipt.envelope.read_bytes(), [lead.ws.unlock(PASSPHRASE).age_secret]))
    assert payload.draft == "latest draft"
    assert shown == ["Support: call 111"]
    ops.shutdown()


def test_controller_reports_refusal_and_needs_a_clip(qtbot: QtBot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QWidget

    from reviewer.ui.qt_escalate_dialog import EscalationController

    shown = _auto(monkeypatch, EscalationCategory.SELF_HARM)
    source, player = FakeSource({4: material(4)}), FakePlayer()
    esc = Escalator(source, profile_for([], tmp_path), tmp_path / "esc", SealKit())
    parent = QWidget()
    qtbot.addWidget(parent)
    current: list[int | None] = [None]
    ctl = EscalationController(parent, player, lambda i, c, n: esc.escalate(i, c, n, player),
                               lambda: current[0])
    assert not ctl.trigger()
    current[0] = 4
    with qtbot.waitSignal(ctl.refused) as signal:
        assert ctl.trigger()
    assert signal.args[0] == 4
    assert "names no leads" in shown[0]
    assert source.locked == {4}
