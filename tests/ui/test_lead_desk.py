"""The lead desk by keyboard: playback keys, access keys, the gate's Return and Escape, one
decision per case with an explicit change, where each case stands, the clip's texts."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from reviewer.core.escalation import ClipTexts, DecisionKind, EscalationCategory, InboxEntry
from reviewer.core.playback import PlayerState
from reviewer.seal.kit import SealKit
from reviewer.ui.qt_lead_gate_dialog import LeadGateDialog
from reviewer.ui.qt_lead_window import LeadWindow
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_shortcuts import ACTIONS, key_for
from reviewer.workflows.escalate import Escalator
from reviewer.workflows.lead_desk import CaseView
from reviewer.workflows.lead_gate import AccessDenied
from tests.lead.fakes import PASSPHRASE, REASON, FakeSource, material
from tests.ui.test_lead_window import AutoGate, Setup

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PLAYBACK_IDS = [s.id for s in ACTIONS if s.group == "Playback"]


@pytest.fixture
def setup(tmp_path: Path) -> Setup:
    return Setup(tmp_path)


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot: QtBot, setup: Setup, settings: UiSettings) -> LeadWindow:
    def factory(entry: InboxEntry, parent: QWidget) -> LeadGateDialog:
        return AutoGate(entry, lambda p, c, r: setup.desk.open_case(entry.case_id, p, c, r),
                        parent)

    AutoGate.fill = (PASSPHRASE, setup.lead.code(setup.clock.now), REASON)
    win = LeadWindow(setup.desk, setup.player, factory, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.import_new()
    return win


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None
    return w


def press(qtbot: QtBot, key: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          ) -> None:
    qtbot.keyClick(focused(), key, mod)


def access_key(qtbot: QtBot, key: Qt.Key, done: Callable[[], bool]) -> None:
    """Alt+`key`: a button's access key clicks it (animated, so a moment later)."""
    press(qtbot, key, ALT)
    qtbot.waitUntil(done, timeout=2000)


def open_by_keyboard(qtbot: QtBot, win: LeadWindow, setup: Setup, case: int = 0) -> None:
    """From the inbox: arrows to the case (newest first), Return opens it through the gate."""
    setup.clock.now += 31
    AutoGate.fill = (PASSPHRASE, setup.lead.code(setup.clock.now), REASON)
    win.inbox.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    for _ in range(len(setup.cases) - 1 - case):
        press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(win.case_opened, timeout=2000):
        press(qtbot, Qt.Key.Key_Return)


def records(setup: Setup, case: str) -> list[dict[str, object]]:
    return [json.loads(p.read_text())
            for p in sorted(setup.outbox.glob(f"decision-{case}-*.json"))]


def labels(win: LeadWindow) -> list[str]:
    return [win.inbox.item(i).text() for i in range(win.inbox.count())]


# ---------------------------------------------------------------- playback keys


def test_the_reviewers_playback_actions_with_their_default_keys(window: LeadWindow,
                                                                settings: UiSettings) -> None:
    assert sorted(window.playback) == sorted(PLAYBACK_IDS)  # every one, none of its own
    for spec in ACTIONS:
        if spec.group == "Playback":
            assert window.playback[spec.id].shortcut() == key_for(spec, settings)
            assert not window.playback[spec.id].shortcut().isEmpty()
    (menu,) = window.menuBar().findChildren(QMenu)
    assert menu.title() == "&Playback"
    assert [a.objectName() for a in menu.actions()] == [f"action_{i}" for i in PLAYBACK_IDS]


def test_playback_keys_work_from_anywhere_in_an_open_case(qtbot: QtBot, window: LeadWindow,
                                                          setup: Setup) -> None:
    def chord(action_id: str) -> None:
        QTest.keySequence(focused(), window.playback[action_id].shortcut())

    open_by_keyboard(qtbot, window, setup)
    window.draft.setFocus()  # reading the draft, not on the player
    chord("play_pause")
    assert setup.player.state() is PlayerState.PLAYING
    chord("play_pause")
    assert setup.player.state() is PlayerState.PAUSED
    setup.player.seek(1.0)
    chord("jump_back")
    assert setup.player.position() < 1.0
    before = setup.player.position()
    chord("jump_forward")
    assert setup.player.position() > before
    speed = window.player_widget.speed
    chord("speed_up")
    assert window.player_widget.speed == round(speed + 0.05, 2)  # one step of the grid
    assert setup.player.speed() == window.player_widget.speed
    chord("speed_down")
    assert window.player_widget.speed == speed
    setup.player.seek(1.5)
    chord("replay")
    assert setup.player.position() == 0.0
    assert setup.player.state() is PlayerState.PLAYING
    assert "(" in window.play_button.toolTip()  # the tooltip names the key


def test_playback_keys_follow_the_users_remapping(qtbot: QtBot, window: LeadWindow,
                                                  setup: Setup, settings: UiSettings) -> None:
    settings.update(shortcuts={"play_pause": "F9"})
    assert window.playback["play_pause"].shortcut().toString() == "F9"
    assert "F9" in window.play_button.toolTip()
    open_by_keyboard(qtbot, window, setup)
    window.comment.setFocus()
    press(qtbot, Qt.Key.Key_F9)
    assert setup.player.state() is PlayerState.PLAYING


def test_a_remapped_key_set_before_the_window_opens(qtbot: QtBot, setup: Setup,
                                                    settings: UiSettings) -> None:
    settings.update(shortcuts={"jump_back": "Ctrl+Alt+B", "replay": ""})
    win = LeadWindow(setup.desk, setup.player, settings=settings)
    qtbot.addWidget(win)
    assert win.playback["jump_back"].shortcut().toString() == "Ctrl+Alt+B"
    assert win.playback["replay"].shortcut().isEmpty()  # unbound, as the user chose


def test_playback_keys_do_nothing_without_an_open_case(qtbot: QtBot, window: LeadWindow,
                                                       setup: Setup) -> None:
    QTest.keySequence(window.inbox, window.playback["play_pause"].shortcut())
    assert setup.player.state() is PlayerState.EMPTY
    assert setup.audit.events("lead.access") == []


def test_a_playback_key_after_idle_expiry_closes_the_case(qtbot: QtBot, window: LeadWindow,
                                                          setup: Setup) -> None:
    open_by_keyboard(qtbot, window, setup)
    setup.clock.now += 601
    with qtbot.waitSignal(window.case_closed):
        window.playback["jump_forward"].trigger()
    assert setup.player.state() is PlayerState.EMPTY
    assert setup.audit.entries[-1] == ("lead.case_closed", {"case": setup.cases[0],
                                                            "why": "idle"})


# ---------------------------------------------------------------- focus and access keys


def test_focus_lands_where_the_work_is(qtbot: QtBot, window: LeadWindow,
                                       setup: Setup) -> None:
    assert focused() is window.inbox  # the window opens on the inbox
    open_by_keyboard(qtbot, window, setup)
    assert focused() is window.play_button  # no tabbing to Play
    press(qtbot, Qt.Key.Key_Space)
    assert setup.player.state() is PlayerState.PLAYING
    window.inbox.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.play_button  # two tabs from the inbox at most
    access_key(qtbot, Qt.Key.Key_E, lambda: window.view is None)  # Close case
    assert focused() is window.inbox  # back to choosing the next case


MNEMONIC = re.compile(r"&(?!&)(.)")


def access_keys(win: LeadWindow) -> list[tuple[str, str]]:
    """(letter, text) of every access key in the window: buttons, labels with a buddy and
    the menu bar's menus."""
    found: list[tuple[str, str]] = []
    texts = [b.text() for b in win.findChildren(QAbstractButton) if b.window() is win]
    texts += [lab.text() for lab in win.findChildren(QLabel)
              if lab.buddy() is not None and lab.window() is win]
    texts += [a.text() for a in win.menuBar().actions()]
    for text in texts:
        match = MNEMONIC.search(text)
        if match:
            found.append((match.group(1).lower(), text))
    return found


def test_every_decision_button_has_an_access_key_unique_in_the_window(
        qtbot: QtBot, window: LeadWindow, setup: Setup) -> None:
    open_by_keyboard(qtbot, window, setup)
    keys = access_keys(window)
    letters = [k for k, _ in keys]
    assert len(letters) == len(set(letters)), sorted(keys)
    for button in [*window.decision_buttons.values(), window.change_button,
                   window.close_button, window.open_button, window.import_button,
                   window.cosign_button]:
        assert MNEMONIC.search(button.text()), button.text()
    window.comment.setText("Both statements heard clearly; urgent.")
    access_key(qtbot, Qt.Key.Key_R,  # Refer to the safety team, by its access key
               lambda: len(records(setup, setup.cases[0])) == 1)
    assert [r["decision"] for r in records(setup, setup.cases[0])] == ["refer_safety_team"]
    assert window.change_button.isEnabled()
    access_key(qtbot, Qt.Key.Key_H, lambda: window.changing)  # the change's own text
    letters = [k for k, _ in access_keys(window)]
    assert len(letters) == len(set(letters))


# ---------------------------------------------------------------- the gate dialog


class Recording:
    """An attempt that records what it was given and denies."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []

    def __call__(self, passphrase: str, code: str, reason: str) -> CaseView:
        self.calls.append((passphrase, code, reason))
        raise AccessDenied("wrong_passphrase", "Wrong passphrase.")


@pytest.fixture
def gate(qtbot: QtBot, setup: Setup) -> tuple[LeadGateDialog, Recording]:
    setup.desk.import_new()
    attempt = Recording()
    dialog = LeadGateDialog(setup.desk.inbox()[0], attempt)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, attempt


def test_open_is_the_default_and_return_submits_from_every_field(
        qtbot: QtBot, gate: tuple[LeadGateDialog, Recording]) -> None:
    dialog, attempt = gate
    assert dialog.open_button.isDefault()
    assert not dialog.cancel_button.isDefault()
    assert not dialog.cancel_button.autoDefault()
    qtbot.keyClicks(dialog.passphrase, "typed secret")
    qtbot.keyClicks(dialog.code, "123456")
    dialog.reason.setPlainText(REASON)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert attempt.calls == [("typed secret", "123456", REASON)]
    assert dialog.isVisible()  # denied: still there, the reason kept
    assert dialog.reason.toPlainText() == REASON
    qtbot.keyClicks(dialog.passphrase, "second try")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Enter)
    qtbot.keyClicks(dialog.passphrase, "third try")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert [c[0] for c in attempt.calls] == ["typed secret", "second try", "third try"]
    assert dialog.reason.toPlainText() == REASON  # Return in the reason is no line break


def test_shift_return_breaks_the_reasons_line(qtbot: QtBot,
                                              gate: tuple[LeadGateDialog, Recording]) -> None:
    dialog, attempt = gate
    qtbot.keyClicks(dialog.reason, "first line")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, SHIFT)
    qtbot.keyClicks(dialog.reason, "second")
    assert attempt.calls == []
    assert dialog.reason.toPlainText() == "first line\nsecond"


def test_escape_cancels(qtbot: QtBot, gate: tuple[LeadGateDialog, Recording]) -> None:
    dialog, attempt = gate
    qtbot.keyClicks(dialog.passphrase, "typed secret")
    dialog.reason.setPlainText(REASON)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
    assert attempt.calls == []
    assert dialog.passphrase.text() == ""  # the secret is not kept
    assert dialog.typed_reason() == REASON  # the reason is, for the window to keep


def test_escape_while_checking_waits_for_the_answer(qtbot: QtBot, setup: Setup) -> None:
    from reviewer.ui.qt_operations import Operations

    setup.desk.import_new()
    entry = setup.desk.inbox()[0]
    ops = Operations()
    dialog = LeadGateDialog(entry, lambda p, c, r: setup.desk.open_case(entry.case_id, p, c, r),
                            None, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.code.setText(setup.lead.code(setup.clock.now))
    dialog.reason.setPlainText(REASON)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.busy
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # while the gate is checking
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        pass
    assert dialog.view is not None  # the grant reached the dialog; nothing was lost
    ops.shutdown()


def test_the_reason_survives_a_cancelled_gate(qtbot: QtBot, window: LeadWindow,
                                              setup: Setup) -> None:
    seen: list[str] = []

    class CancelOnce(LeadGateDialog):
        def exec(self) -> int:
            seen.append(self.reason.toPlainText())
            if len(seen) == 1:
                self.reason.setPlainText("Reviewer reports a threat to a child at home")
                self.passphrase.setText("secret")
            self.reject()
            return 0

    def factory(entry: InboxEntry, parent: QWidget) -> LeadGateDialog:
        return CancelOnce(entry, lambda p, c, r: setup.desk.open_case(entry.case_id, p, c, r),
                          parent)

    window._gate_factory = factory
    window.open_selected()
    assert "kept for your next attempt" in window.statusBar().currentMessage()
    window.open_selected()
    assert seen == ["", "Reviewer reports a threat to a child at home"]
    window.inbox.setCurrentRow(1)  # another case starts blank
    window.open_selected()
    assert seen[-1] == ""


# ---------------------------------------------------------------- decisions and inbox


def test_inbox_shows_where_each_case_stands(qtbot: QtBot, window: LeadWindow,
                                            setup: Setup) -> None:
    assert labels(window) == ["Medical emergency — 2026-09-21 14:14 UTC · new",
                              "Self-harm — 2026-09-21 14:13 UTC · new"]
    assert window.inbox.item(0).font().weight() == QFont.Weight.Bold
    open_by_keyboard(qtbot, window, setup)
    assert labels(window)[1] == "Self-harm — 2026-09-21 14:13 UTC · opened"
    assert window.inbox.item(1).font().weight() != QFont.Weight.Bold
    window.decision_buttons[DecisionKind.REFER_SAFETY_TEAM].click()
    assert labels(window) == [
        "Medical emergency — 2026-09-21 14:14 UTC · new",
        "Self-harm — 2026-09-21 14:13 UTC · decided: Refer to the safety team"]
    assert window.inbox.item(1).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Locked: Self-harm — 2026-09-21 14:13 UTC · decided: Refer to the safety team")
    window.close_case()
    assert labels(window)[1].endswith("decided: Refer to the safety team")


def test_a_second_decision_needs_an_explicit_change(qtbot: QtBot, window: LeadWindow,
                                                    setup: Setup) -> None:
    case = setup.cases[0]
    open_by_keyboard(qtbot, window, setup)
    assert window.decision_state.text() == "No decision yet."
    assert not window.change_button.isEnabled()
    window.decision_buttons[DecisionKind.NO_ACTION].click()
    assert "Decided: “No action needed”" in window.decision_state.text()
    assert not any(b.isEnabled() for b in window.decision_buttons.values())
    window.decide(DecisionKind.REQUEST_DISCLOSURE)  # however it is asked for: refused
    assert "already decided" in window.decision_error.text()
    assert [r["decision"] for r in records(setup, case)] == ["no_action"]
    # the explicit change: Alt+H, why, then the new decision
    setup.clock.now += 20
    access_key(qtbot, Qt.Key.Key_H, lambda: window.changing)
    assert focused() is window.comment
    assert window.change_button.text() == "Cancel c&hange"
    assert not window.decision_buttons[DecisionKind.NO_ACTION].isEnabled()  # the same one
    assert window.decision_buttons[DecisionKind.REFER_SAFETY_TEAM].isEnabled()
    window.decision_buttons[DecisionKind.REFER_SAFETY_TEAM].click()  # no comment yet
    assert "why the decision changes" in window.decision_error.text()
    assert len(records(setup, case)) == 1
    qtbot.keyClicks(window.comment, "Listened again: it was said twice.")
    with qtbot.waitSignal(window.decided) as signal:
        press(qtbot, Qt.Key.Key_R, ALT)  # the click comes a moment later
    assert signal.args == [case, "refer_safety_team"]
    first, second = sorted(setup.outbox.glob(f"decision-{case}-*.json"))
    assert json.loads(first.read_text())["decision"] == "no_action"  # kept
    assert json.loads(second.read_text())["supersedes"] == [{
        "decision": "no_action", "record": first.name,
        "sha256": hashlib.sha256(first.read_bytes()).hexdigest()}]
    assert not window.changing
    assert "Decision changed" in window.statusBar().currentMessage()
    assert labels(window)[1].endswith("decided: Refer to the safety team (changed)")
    assert not any(b.isEnabled() for b in window.decision_buttons.values())
    changes = [d for d in setup.audit.events("lead.decision") if d.get("change")]
    assert [(d["decision"], d["replaces"]) for d in changes] == [
        ("refer_safety_team", "no_action")]


def test_cancelling_a_change_writes_nothing(qtbot: QtBot, window: LeadWindow,
                                            setup: Setup) -> None:
    open_by_keyboard(qtbot, window, setup)
    window.decision_buttons[DecisionKind.NO_ACTION].click()
    window.change_button.click()
    assert window.decision_buttons[DecisionKind.REFER_SAFETY_TEAM].isEnabled()
    window.change_button.click()  # Cancel change
    assert not window.changing
    assert not any(b.isEnabled() for b in window.decision_buttons.values())
    assert len(records(setup, setup.cases[0])) == 1


def test_a_decision_by_another_lead_meanwhile_is_not_overwritten(
        qtbot: QtBot, window: LeadWindow, setup: Setup) -> None:
    """lead-b decides the same case in the shared outbox while lead-a has it open."""
    from reviewer.workflows.lead_desk import LeadDesk
    from reviewer.workflows.lead_gate import LeadGate
    from tests.lead.fakes import FakeAudit

    open_by_keyboard(qtbot, window, setup)
    b = setup.leads[1]
    b.ws.import_envelopes(setup.outbox.parent / "esc")
    audit = FakeAudit()
    b_desk = LeadDesk(b.ws, LeadGate(b.ws, audit, setup.clock), audit, setup.profile)
    b_desk.open_case(setup.cases[0], PASSPHRASE, b.code(setup.clock.now), REASON)
    b_desk.decide(setup.cases[0], DecisionKind.REQUEST_DISCLOSURE, "Danger to life.")
    window.decision_buttons[DecisionKind.NO_ACTION].click()  # still enabled here
    assert "already decided: “Request disclosure”" in window.decision_error.text()
    assert "lead-b" in window.decision_error.text()
    assert [r["decision"] for r in records(setup, setup.cases[0])] == ["request_disclosure"]
    assert not window.decision_buttons[DecisionKind.NO_ACTION].isEnabled()
    assert window.change_button.isEnabled()


# ---------------------------------------------------------------- the clip's texts


def test_the_automatic_transcript_and_the_answer_are_shown(qtbot: QtBot, tmp_path: Path,
                                                           settings: UiSettings) -> None:
    setup = Setup(tmp_path / "s")
    source = FakeSource({3: material(3)})
    source.clips[3] = type(source.clips[3])(
        audio_flac=source.clips[3].audio_flac, draft="he has a knife", clip_id="clip00000003",
        package_id="pkg_00000001",
        texts=ClipTexts(pred_text="he has a knife", assistant_response=(
            "I can call [PHONE] for you.")))
    setup.clock.now += 120
    case = Escalator(source, setup.profile, tmp_path / "s" / "esc", SealKit(),
                     setup.clock).escalate(3, EscalationCategory.VIOLENCE_OR_CRIME).case_id
    setup.desk.import_new()
    win = LeadWindow(setup.desk, setup.player, settings=settings)
    qtbot.addWidget(win)
    win.show_case(setup.desk.open_case(case, PASSPHRASE, setup.lead.code(setup.clock.now),
                                       REASON))
    assert win.automatic.toPlainText() == "he has a knife"
    assert win.response.text() == "Assistant's answer: I can call [PHONE] for you."
    assert win.automatic.isReadOnly()
    win.close_case()
    assert win.automatic.toPlainText() == ""
    assert win.response.text() == ""
    # the older cases of this setup have no texts at all: "(none)"
    setup.clock.now += 31
    win.show_case(setup.desk.open_case(setup.cases[1], PASSPHRASE,
                                       setup.lead.code(setup.clock.now), REASON))
    assert win.automatic.toPlainText() == "(none)"
    assert win.response.text() == "Assistant's answer: (none)"


def test_an_envelope_without_texts_says_not_included(qtbot: QtBot, window: LeadWindow,
                                                     setup: Setup) -> None:
    open_by_keyboard(qtbot, window, setup)
    assert window.view is not None
    window.show_case(CaseView(**{**window.view.__dict__, "texts": None}))
    assert window.automatic.toPlainText().startswith("(not included")
    assert "not included" in window.response.text()


def test_the_documented_access_keys_are_the_windows(qtbot: QtBot, window: LeadWindow,
                                                    setup: Setup) -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "escalation.md").read_text()
    section = doc.split("#### Keys in the lead window", 1)[1].split("\n\n", 1)[0]
    documented = set(re.findall(r"Alt\+([A-Z])\b", section))
    open_by_keyboard(qtbot, window, setup)
    assert documented == {k.upper() for k, _ in access_keys(window)}
