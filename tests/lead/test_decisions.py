"""Decisions: audited, and written for the organisation into the outbox."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyotp
import pytest

from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import NOTE_MAX, DecisionKind, EscalationCategory
from reviewer.core.lead import FAST_TEST_KDF
from reviewer.seal.kit import SealKit
from reviewer.workflows.disclosure import cosign_file, verify_file
from reviewer.workflows.escalate import Escalator
from reviewer.workflows.lead_decisions import AlreadyDecided, decide
from reviewer.workflows.lead_demo import (
    DEMO_PASSPHRASE,
    demo_help,
    demo_lead_desk,
    demo_profile,
    make_demo_lead,
)
from reviewer.workflows.lead_gate import AccessDenied
from tests.lead.fakes import (
    PASSPHRASE,
    REASON,
    Clock,
    FakeAudit,
    FakeSource,
    Lead,
    gate_for,
    material,
    profile_for,
)


@pytest.mark.parametrize(("outbox", "comment", "message"), [
    ("out", "x" * (NOTE_MAX + 1), f"comment is longer than {NOTE_MAX} characters"),
    ("", "", "names no outbox folder"),
])
def test_a_decision_that_cannot_be_recorded_is_refused_before_the_case_is_used(
        tmp_path: Path, leads: list[Lead], cases: list[str], clock: Clock, outbox: str,
        comment: str, message: str) -> None:
    audit = FakeAudit()
    gate = gate_for(leads[0], clock, audit)
    gate.request(cases[0], PASSPHRASE, leads[0].code(clock.now), REASON)
    before = list(audit.entries)
    with pytest.raises(RefusedInput, match=message):
        decide(gate, audit, tmp_path / outbox if outbox else Path(""), cases[0],
               DecisionKind.NO_ACTION, comment)
    assert audit.entries == before  # no decision, no use of the case recorded
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("kind", list(DecisionKind))
def test_decision_record_written_and_audited(tmp_path: Path, leads: list[Lead],
                                             kind: DecisionKind) -> None:
    clock = Clock()
    profile = profile_for(leads[:2], tmp_path)
    case = Escalator(FakeSource({5: material(5)}), profile, tmp_path / "esc",
                     SealKit(), clock).escalate(5, EscalationCategory.SELF_HARM).case_id
    leads[0].ws.import_envelopes(tmp_path / "esc")
    audit = FakeAudit()
    gate = gate_for(leads[0], clock, audit)
    with pytest.raises(AccessDenied):
        decide(gate, audit, tmp_path / "out", case, kind)  # not through the gate yet
    gate.request(case, PASSPHRASE, leads[0].code(clock.now), REASON)
    written = decide(gate, audit, tmp_path / "out", case, kind, "Called the on-call team.")
    record = json.loads(written.record.read_text())
    assert record == {
        "format": "reviewer-decision/2", "case_id": case, "clip_id": "clip00000005",
        "package_id": "pkg_00000001", "category": "self_harm", "decision": kind.value,
        "lead": "lead-a", "created": "2026-09-21T14:13:20Z", "access_reason": REASON,
        "comment": "Called the on-call team.", "supersedes": []}
    assert audit.entries[-1] == ("lead.decision", {
        "case": case, "decision": kind.value, "outcome": "written",
        "record": written.record.name, "change": False,
        "sha256": hashlib.sha256(written.record.read_bytes()).hexdigest()})
    with pytest.raises(AlreadyDecided, match="already decided"):
        decide(gate, audit, tmp_path / "out", case, kind, "Second look.")
    assert len(list((tmp_path / "out").glob("decision-*.json"))) == 1
    assert written.record.exists()  # an earlier record is never overwritten
    if kind is DecisionKind.REQUEST_DISCLOSURE:
        assert written.disclosure is not None
        lead_keys = dict(profile.lead_signing_keys)
        b_private = leads[1].ws.unlock(PASSPHRASE).signing_private
        cosign_file(SealKit(), written.disclosure, "lead-b", b_private, lead_keys)
        request = verify_file(SealKit(), written.disclosure, lead_keys)
        assert request.reason == "Called the on-call team."
        assert request.clip_id == "clip00000005"
    else:
        assert written.disclosure is None


def test_demo_lead_flow(tmp_path: Path) -> None:
    """Demo: escalate to the demo lead, then open the case with the shown credentials."""
    demo = make_demo_lead(tmp_path / "demo-lead", crypto=SealKit(), kdf=FAST_TEST_KDF)
    assert demo.recipient.startswith("age1")
    assert demo.passphrase == DEMO_PASSPHRASE
    assert demo.totp_secret in demo_help(demo)
    assert DEMO_PASSPHRASE in demo_help(demo)
    profile = demo_profile(demo, "demo-reviewer", tmp_path / "exchange")
    clock = Clock()
    Escalator(FakeSource({1: material()}), profile,
              Path(profile.exchange.escalations), SealKit(), clock).escalate(
        1, EscalationCategory.OTHER_DISTRESS)
    audit = FakeAudit()
    desk = demo_lead_desk(demo, audit, profile)
    assert desk.import_new() == 1
    case = desk.inbox()[0].case_id
    view = desk.open_case(case, demo.passphrase, pyotp.TOTP(demo.totp_secret).now(), REASON)
    assert view.draft == "draft words 1"
