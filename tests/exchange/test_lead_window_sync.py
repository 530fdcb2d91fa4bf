"""The lead window with a profile naming an S3 exchange, against the real gateway: the window
starts `reviewer sync` (lead role) as its child; an escalation put into escalations/ws-a/
reaches the inbox with no button pressed; the decision made in the window reaches decisions/
in the store; the status line says so; closing the window leaves no sync behind. The lead's
keys and the store's credentials are in the real Secret Service, the vault is real."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import keyring.backend
import pyotp
import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reviewer.app import LeadSpool
from reviewer.commands.lead import lead_travel
from reviewer.commands.sync import CREDENTIALS_SERVICE
from reviewer.core.escalation import DecisionKind, EscalationCategory, InboxEntry
from reviewer.core.exchange import DECISIONS, Layout, object_name
from reviewer.core.exchange_frames import frame_envelope
from reviewer.core.exchange_settings import S3Exchange
from reviewer.core.lead import FAST_TEST_KDF
from reviewer.core.lead_cases import CaseStatus
from reviewer.core.profile import Exchange, Profile, Role
from reviewer.core.profile import Lead as ProfileLead
from reviewer.seal.kit import SealKit
from reviewer.ui.qt_lead_gate_dialog import LeadGateDialog
from reviewer.ui.qt_lead_window import LeadWindow
from reviewer.vault.keyring_store import KeyringSecretStore
from reviewer.vault.workspace import Workspace
from reviewer.workflows.escalate import Escalator
from reviewer.workflows.lead_desk import LeadDesk
from reviewer.workflows.lead_gate import LeadGate
from reviewer.workflows.lead_workspace import LeadEnrollment, LeadWorkspace
from tests.exchange.conftest import admin_client, s3_store
from tests.exchange.test_lead_round_trip import LEAD_PASSPHRASE, REASON, confine
from tests.exchange.test_window_sync import SYNC_WAIT_MS, alive
from tests.lead.fakes import FakeSource, material
from tests.support.ceph_gateway import Gateway
from tests.support.translations import ensure_compiled
from tests.support.trust import TestOrganisation
from tests.ui.conftest import HARMLESS_QT
from tests.ui.fakes import FakePlayer

pytestmark = [pytest.mark.slow, pytest.mark.qt_log_ignore(HARMLESS_QT)]

WS = Layout("ws-a")


@pytest.fixture(autouse=True)
def application(qapp: QApplication) -> QApplication:
    from reviewer.ui.i18n import install_language
    from reviewer.ui.qt_app import application as app_setup

    ensure_compiled()
    install_language("en")
    assert app_setup() is qapp
    return qapp


class AutoGate(LeadGateDialog):
    """Filled as the lead fills it (passphrase, the current code, a reason), not exec()'d."""

    secret = ""

    def exec(self) -> int:
        self.passphrase.setText(LEAD_PASSPHRASE)
        self.code.setText(pyotp.TOTP(self.secret).now())
        self.reason.setPlainText(REASON)
        self.open_button.click()
        return int(self.result())


def escalation(tmp_path: Path, lead: LeadEnrollment) -> tuple[str, bytes]:
    """A reviewer's escalation to lead-a as it travels (stage_envelope's framing): its case
    id and the object's bytes."""
    reviewer = Profile("rev-042", Role.REVIEWER,
                       leads=(ProfileLead("lead-a", lead.recipient, lead.signing_key),),
                       exchange=Exchange("", "", str(tmp_path / "esc")))
    escalator = Escalator(FakeSource({1: material(1)}), reviewer, tmp_path / "esc", SealKit())
    receipt = escalator.escalate(1, EscalationCategory.SELF_HARM, "said twice")
    return receipt.case_id, frame_envelope(receipt.envelope.name,
                                           receipt.envelope.read_bytes())


@pytest.fixture
def windows() -> Iterator[list[LeadWindow]]:
    opened: list[LeadWindow] = []
    yield opened
    for win in opened:
        win.close()


def test_the_lead_window_pulls_an_escalation_and_sends_its_decision(
        qtbot: QtBot, gateway: Gateway, bucket: str, tmp_path: Path,
        secret_service: keyring.backend.KeyringBackend, organisation: TestOrganisation,
        windows: list[LeadWindow]) -> None:
    confine(gateway, bucket)  # the lead may list and read escalations/, write decisions/
    access, secret = gateway.keys["lead"]
    KeyringSecretStore().set(CREDENTIALS_SERVICE, "lead-a",
                             json.dumps({"access_key": access, "secret_key": secret}))
    lead_dir = tmp_path / "lead-workspace"
    lead_ws = LeadWorkspace(lead_dir, KeyringSecretStore(), SealKit())
    enrolled = lead_ws.init("lead-a", LEAD_PASSPHRASE, FAST_TEST_KDF)
    AutoGate.secret = enrolled.totp_secret
    s3 = S3Exchange(endpoint=gateway.endpoint, bucket=bucket, workstation="lead-a",
                    poll_seconds=10)
    org_store = s3_store(gateway, bucket)

    with Workspace.open(lead_dir, KeyringSecretStore(), create=True) as ws:
        profile = organisation.enroll(ws, Profile(
            "lead-a", Role.LEAD,
            leads=(ProfileLead("lead-a", enrolled.recipient, enrolled.signing_key),),
            exchange=Exchange("", "", "", s3),
            export_recipients=(organisation.export_recipient,)))
        travel = lead_travel(lead_dir, profile, ws.signed_profile())
        assert travel is not None
        desk = LeadDesk(lead_ws, LeadGate(lead_ws, ws.audit), ws.audit, profile, travel)

        def gate(entry: InboxEntry, parent: QWidget) -> LeadGateDialog:
            return AutoGate(entry, lambda p, c, r: desk.open_case(entry.case_id, p, c, r),
                            parent)

        win = LeadWindow(desk, FakePlayer(), gate, exchange=LeadSpool(lead_dir, travel.spool))
        windows.append(win)
        qtbot.addWidget(win)
        win.show()
        sync = win.sync
        assert sync is not None
        qtbot.waitUntil(lambda: sync.running, timeout=10_000)
        pid = sync.process.processId() if sync.process is not None else 0
        assert win.inbox.count() == 0

        # A reviewer's escalation arrives in the store: the window's sync pulls it, the
        # window imports it into the inbox; nobody presses anything.
        case_id, framed = escalation(tmp_path, enrolled)
        put_at = time.monotonic()
        assert org_store.put_new(WS.escalations + object_name(framed, "age"), framed)
        qtbot.waitUntil(lambda: win.inbox.count() == 1, timeout=SYNC_WAIT_MS)
        in_inbox = time.monotonic() - put_at
        assert win.inbox.item(0).text().startswith("Self-harm — ")
        assert win.inbox.item(0).text().endswith(" · new")

        # Opened through the gate, decided in the window: the record reaches decisions/.
        win.inbox.setCurrentRow(0)
        with qtbot.waitSignal(win.case_opened, timeout=10_000):
            win.open_button.click()
        assert win.view is not None
        assert win.view.case_id == case_id
        win.comment.setText("Called the team.")
        with qtbot.waitSignal(win.decided, timeout=10_000):
            win.decision_buttons[DecisionKind.REFER_SAFETY_TEAM].click()
        assert desk.case_state(case_id).status is CaseStatus.DECIDED
        qtbot.waitUntil(lambda: len(org_store.list(DECISIONS)) == 1, timeout=SYNC_WAIT_MS)
        qtbot.waitUntil(lambda: sync.label.text().startswith("Synced ")
                        and "waiting" not in sync.label.text(), timeout=SYNC_WAIT_MS)
        assert len(admin_client(gateway).list_objects_v2(
            Bucket=bucket, Prefix=WS.escalations)["Contents"]) == 1  # never deleted by leads

        # Closing the window stops its sync: no process left on this spool.
        assert alive(pid)
        started = time.monotonic()
        windows.remove(win)
        win.close()
        closed_in = time.monotonic() - started
        assert not alive(pid)
        assert closed_in < 3.0, closed_in
    left = [p for p in Path("/proc").iterdir() if p.name.isdigit()
            and str(travel.spool.root) in _cmdline(p)]
    assert left == []
    if os.environ.get("REVIEWER_REPORT_TIMES"):
        print(f"escalation in the store to the lead's inbox: {in_inbox:.1f} s; lead window "
              f"closed, its sync stopped, in {closed_in * 1000:.0f} ms")


def _cmdline(proc: Path) -> str:
    try:
        return (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""
