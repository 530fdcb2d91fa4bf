"""The lead gate: each denial is denied and audited exactly once; access is per case."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import EscalationCategory
from reviewer.seal.kit import SealKit
from reviewer.workflows.escalate import Escalator
from reviewer.workflows.lead_gate import BACKOFF_MAX, AccessDenied, LeadGate, visible_reason
from reviewer.workflows.lead_workspace import LeadWorkspace
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


def deny(gate: LeadGate, audit: FakeAudit, why: str, case: str, passphrase: str, code: str,
         reason: str) -> None:
    before = len(audit.entries)
    with pytest.raises(AccessDenied) as err:
        gate.request(case, passphrase, code, reason)
    assert err.value.why == why
    assert audit.entries[before:] == [("lead.gate", audit.entries[-1][1])]
    assert audit.entries[-1][1]["outcome"] == "denied"
    assert audit.entries[-1][1]["why"] == why
    assert gate.access is None or gate.access.case_id != case


def test_inbox_lists_category_and_date_only(leads: list[Lead], cases: list[str]) -> None:
    inbox = leads[0].ws.inbox()
    assert {e.case_id for e in inbox} == set(cases)
    assert {e.category for e in inbox} == {EscalationCategory.SELF_HARM,
                                           EscalationCategory.CHILD_SAFETY}


@pytest.mark.parametrize(("why", "passphrase", "code", "reason"), [
    ("no_reason", PASSPHRASE, "now", "   "),
    ("reason_too_short", PASSPHRASE, "now", "need to look at it"),  # 18 chars
    # Padding that draws nothing does not count towards the minimum.
    ("no_reason", PASSPHRASE, "now", "\u200b" * 30),
    ("no_reason", PASSPHRASE, "now", "\u3164\uffa0\u115f\u2800" * 8),
    ("reason_too_short", PASSPHRASE, "now", "need\u200b" * 4 + "it"),  # 18 visible
    ("reason_too_short", PASSPHRASE, "now", "need " + " " * 30 + "it\u202e\u2060"),
    ("wrong_passphrase", "lead passphrase for test", "now", REASON),
    ("wrong_or_stale_code", PASSPHRASE, "000000", REASON),
    ("wrong_or_stale_code", PASSPHRASE, "stale", REASON),
    ("wrong_or_stale_code", PASSPHRASE, "12345", REASON),
])
def test_denials_are_audited_once(leads: list[Lead], cases: list[str], clock: Clock,
                                  why: str, passphrase: str, code: str, reason: str) -> None:
    audit = FakeAudit()
    gate = gate_for(leads[0], clock, audit)
    real = {"now": leads[0].code(clock.now), "stale": leads[0].code(clock.now, -2)}
    if code == "000000" and real["now"] == "000000":
        code = "111111"
    deny(gate, audit, why, cases[0], passphrase, real.get(code, code), reason)
    assert len(audit.entries) == 1
    assert audit.entries[0][1]["reason_chars"] == len(visible_reason(reason))


def test_grant_opens_one_case_and_is_audited(leads: list[Lead], cases: list[str],
                                             clock: Clock) -> None:
    audit = FakeAudit()
    gate = gate_for(leads[0], clock, audit)
    access = gate.request(cases[1], PASSPHRASE, leads[0].code(clock.now), REASON)
    payload = access.payload
    assert payload is not None
    assert payload.note == "note"
    assert payload.category is EscalationCategory.CHILD_SAFETY
    assert access.label_matches
    assert audit.entries == [("lead.gate", {
        "case": cases[1], "outcome": "granted", "why": "granted", "label_matches": True,
        "reason_chars": len(REASON), "reason_sha256": audit.entries[0][1]["reason_sha256"]})]
    with pytest.raises(AccessDenied, match="not open"):
        gate.use(cases[0], "play")  # access covers only the case it was granted for
    assert gate.use(cases[1], "play") is access
    gate.close()
    assert access.payload is None
    assert audit.entries[-1] == (
        "lead.case_closed", {"case": cases[1], "why": "closed"})
    with pytest.raises(AccessDenied):
        gate.use(cases[1], "play")


def test_code_cannot_be_replayed(leads: list[Lead], cases: list[str], clock: Clock) -> None:
    audit = FakeAudit()
    gate = gate_for(leads[0], clock, audit)
    code = leads[0].code(clock.now)
    gate.request(cases[0], PASSPHRASE, code, REASON)
    clock.now += 5
    deny(gate, audit, "code_reused", cases[1], PASSPHRASE, code, REASON)
    clock.now += 30
    gate.request(cases[1], PASSPHRASE, leads[0].code(clock.now), REASON)


def test_access_expires_after_ten_idle_minutes(leads: list[Lead], cases: list[str],
                                                clock: Clock) -> None:
    audit = FakeAudit()
    gate = gate_for(leads[0], clock, audit)
    gate.request(cases[0], PASSPHRASE, leads[0].code(clock.now), REASON)
    clock.now += 599
    gate.use(cases[0], "play")  # activity renews access
    clock.now += 599
    assert not gate.check_idle()
    clock.now += 2
    before = len(audit.entries)
    with pytest.raises(AccessDenied) as err:
        gate.use(cases[0], "decide")
    assert err.value.why == "access_expired"
    assert audit.entries[before:] == [("lead.access", {
        "case": cases[0], "action": "decide", "outcome": "denied", "why": "access_expired"})]
    assert gate.access is None


def test_idle_check_closes_the_case(leads: list[Lead], cases: list[str], clock: Clock) -> None:
    audit = FakeAudit()
    gate = gate_for(leads[0], clock, audit)
    access = gate.request(cases[0], PASSPHRASE, leads[0].code(clock.now), REASON)
    clock.now += 601
    assert gate.check_idle()
    assert access.payload is None
    assert audit.entries[-1] == ("lead.case_closed", {"case": cases[0], "why": "idle"})


def test_backoff_grows_after_five_failures(leads: list[Lead], cases: list[str],
                                           clock: Clock) -> None:
    audit = FakeAudit()
    gate = gate_for(leads[0], clock, audit)
    for _ in range(4):
        deny(gate, audit, "wrong_passphrase", cases[0], "nope", "123456", REASON)
        assert gate.backoff_remaining() == 0
    deny(gate, audit, "wrong_passphrase", cases[0], "nope", "123456", REASON)
    assert gate.backoff_remaining() == 30
    deny(gate, audit, "backoff", cases[0], PASSPHRASE, leads[0].code(clock.now), REASON)
    clock.now += 31
    deny(gate, audit, "wrong_passphrase", cases[0], "nope", "123456", REASON)
    assert gate.backoff_remaining() == 60
    clock.now += 61
    gate.request(cases[0], PASSPHRASE, leads[0].code(clock.now), REASON)
    assert gate.backoff_remaining() == 0
    assert len(audit.entries) == 8


def test_other_leads_envelope_denied(tmp_path: Path, leads: list[Lead], clock: Clock) -> None:
    """lead-c is not a recipient: passing the gate does not open the envelope."""
    profile = profile_for(leads[:2], tmp_path)
    case = Escalator(FakeSource({1: material()}), profile, tmp_path / "esc",
                     SealKit(), clock).escalate(1, EscalationCategory.SELF_HARM).case_id
    leads[2].ws.import_envelopes(tmp_path / "esc")
    audit = FakeAudit()
    deny(gate_for(leads[2], clock, audit), audit, "envelope_unreadable", case, PASSPHRASE,
         leads[2].code(clock.now), REASON)


def test_unknown_case_denied(leads: list[Lead], clock: Clock) -> None:
    audit = FakeAudit()
    deny(gate_for(leads[0], clock, audit), audit, "unknown_case", "case-../../x y", PASSPHRASE,
         "123456", REASON)
    assert audit.entries[-1][1]["case"] == "invalid"


def test_backoff_and_used_codes_survive_a_restart(leads: list[Lead], cases: list[str],
                                                  clock: Clock) -> None:
    audit = FakeAudit()
    gate = gate_for(leads[0], clock, audit)
    for _ in range(5):
        deny(gate, audit, "wrong_passphrase", cases[0], "nope", "123456", REASON)
    restarted = gate_for(leads[0], clock, audit)
    assert restarted.backoff_remaining() == 30
    deny(restarted, audit, "backoff", cases[0], PASSPHRASE, leads[0].code(clock.now), REASON)
    clock.now += 31
    code = leads[0].code(clock.now)
    restarted.request(cases[0], PASSPHRASE, code, REASON)
    again = gate_for(leads[0], clock, audit)
    assert again.backoff_remaining() == 0
    deny(again, audit, "code_reused", cases[1], PASSPHRASE, code, REASON)


def test_damaged_gate_state_does_not_reset_the_backoff(leads: list[Lead], cases: list[str],
                                                       clock: Clock) -> None:
    """Damage means the longest back-off, and the next failure after it keeps it longest."""
    leads[0].ws.gate_file.write_text("{broken")
    audit = FakeAudit()
    gate = gate_for(leads[0], clock, audit)
    deny(gate, audit, "state_damaged", cases[0], "nope", "123456", REASON)
    assert audit.entries[-1][1]["state"] == "damaged"
    assert gate.backoff_remaining() == BACKOFF_MAX
    clock.now += BACKOFF_MAX
    deny(gate, audit, "wrong_passphrase", cases[0], "nope", "123456", REASON)
    assert gate.backoff_remaining() == BACKOFF_MAX


def test_lead_folder_is_private(leads: list[Lead]) -> None:
    assert leads[0].ws.folder.stat().st_mode & 0o077 == 0


def test_moved_workspace_still_opens(tmp_path: Path, leads: list[Lead]) -> None:
    old = leads[0].ws.folder.parent
    new = tmp_path / "moved"
    old.rename(new)
    moved = LeadWorkspace(new, leads[0].store, SealKit())
    assert moved.unlock(PASSPHRASE).name == "lead-a"
    (new / "lead" / "key-id").write_text("garbage")
    with pytest.raises(RefusedInput, match="damaged"):
        moved.unlock(PASSPHRASE)
