"""One decision per case: a second is refused; an explicit change supersedes and keeps both.

Where a case stands (new, opened, decided) comes from the outbox's records, old
`reviewer-decision/1` ones included, and from the lead's audit log.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import DecisionKind, DecisionRecord, EscalationCategory
from reviewer.core.lead_cases import CaseStatus
from reviewer.workflows.lead_decisions import AlreadyDecided
from reviewer.workflows.lead_desk import LeadDesk
from reviewer.workflows.lead_gate import LeadGate
from tests.lead.fakes import PASSPHRASE, REASON, Clock, FakeAudit, Lead, profile_for

NO, REFER, DISCLOSE = (DecisionKind.NO_ACTION, DecisionKind.REFER_SAFETY_TEAM,
                       DecisionKind.REQUEST_DISCLOSURE)


class Desk:
    """lead-a's desk over the two escalated cases of the `cases` fixture."""

    def __init__(self, root: Path, lead: Lead, leads: list[Lead], clock: Clock) -> None:
        self.lead, self.clock = lead, clock
        self.audit = FakeAudit()
        self.profile = profile_for(leads[:2], root)
        self.outbox = root / "out"
        self.desk = LeadDesk(lead.ws, LeadGate(lead.ws, self.audit, clock), self.audit,
                             self.profile)

    def open(self, case: str) -> None:
        self.clock.now += 31  # a fresh code for every opening
        self.desk.open_case(case, PASSPHRASE, self.lead.code(self.clock.now), REASON)

    def records(self, case: str) -> list[dict[str, Any]]:
        return [json.loads(p.read_text())
                for p in sorted(self.outbox.glob(f"decision-{case}-*.json"))]

    def status(self, case: str) -> CaseStatus:
        return self.desk.case_state(case).status


@pytest.fixture
def a(tmp_path: Path, leads: list[Lead], cases: list[str], clock: Clock) -> Desk:
    return Desk(tmp_path, leads[0], leads, clock)


def old_record(outbox: Path, case: str, kind: DecisionKind, stamp: str,
               lead: str = "lead-a") -> Path:
    """A record exactly as the desk wrote it before one decision per case."""
    outbox.mkdir(exist_ok=True)
    created = f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[9:11]}:{stamp[11:13]}:{stamp[13:15]}Z"
    doc = {"format": "reviewer-decision/1", "case_id": case, "clip_id": "clip00000001",
           "package_id": "pkg_00000001", "category": "self_harm", "decision": kind.value,
           "lead": lead, "created": created, "access_reason": REASON, "comment": ""}
    path = outbox / f"decision-{case}-{kind.value}-{stamp}.json"
    path.write_text(json.dumps(doc, indent=2) + "\n")
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_opened_decided(a: Desk, cases: list[str]) -> None:
    assert {c: a.status(c) for c in cases} == {c: CaseStatus.NEW for c in cases}
    a.open(cases[0])
    assert a.status(cases[0]) is CaseStatus.OPENED
    assert a.status(cases[1]) is CaseStatus.NEW
    a.desk.decide(cases[0], REFER, "Called the on-call team.")
    state = a.desk.case_state(cases[0])
    assert state.status is CaseStatus.DECIDED
    assert state.current is not None
    assert state.current.decision is REFER
    assert state.current.lead == "lead-a"
    assert not state.changed
    assert a.status(cases[1]) is CaseStatus.NEW


def test_a_second_decision_is_refused_and_audited(a: Desk, cases: list[str]) -> None:
    a.open(cases[0])
    a.desk.decide(cases[0], NO)
    with pytest.raises(AlreadyDecided, match="already decided: “No action needed”") as info:
        a.desk.decide(cases[0], REFER, "Second thoughts.")
    assert "Change decision" in str(info.value)
    assert [r["decision"] for r in a.records(cases[0])] == ["no_action"]
    assert a.audit.events("lead.decision")[-1] == {
        "case": cases[0], "decision": "refer_safety_team", "outcome": "refused",
        "why": "already_decided"}
    with pytest.raises(AlreadyDecided):  # the same decision again is no exception
        a.desk.decide(cases[0], NO)
    assert len(a.records(cases[0])) == 1


def test_change_supersedes_and_keeps_the_earlier_record(a: Desk, cases: list[str]) -> None:
    a.open(cases[0])
    first = a.desk.decide(cases[0], NO).record
    first_bytes = first.read_bytes()
    a.clock.now += 40
    changed = a.desk.decide(cases[0], REFER, "The note says it was said twice.", change=True)
    assert first.read_bytes() == first_bytes  # kept, untouched
    record = json.loads(changed.record.read_text())
    assert record["format"] == "reviewer-decision/2"
    assert record["decision"] == "refer_safety_team"
    assert record["comment"] == "The note says it was said twice."
    assert record["supersedes"] == [{"decision": "no_action", "record": first.name,
                                     "sha256": hashlib.sha256(first_bytes).hexdigest()}]
    assert a.audit.events("lead.decision")[-1] == {
        "case": cases[0], "decision": "refer_safety_team", "outcome": "written",
        "record": changed.record.name, "sha256": sha(changed.record), "change": True,
        "replaces": "no_action", "supersedes": 1}
    state = a.desk.case_state(cases[0])
    assert [d.decision for d in state.decisions] == [NO, REFER]
    assert state.current is not None
    assert state.current.record == changed.record.name
    assert state.changed
    assert not state.conflicting
    assert changed.state == state
    with pytest.raises(AlreadyDecided, match="Refer to the safety team"):
        a.desk.decide(cases[0], NO)  # a changed case is decided like any other


def test_a_change_in_the_same_second_still_comes_after(a: Desk, cases: list[str]) -> None:
    a.open(cases[0])
    first = a.desk.decide(cases[0], REFER).record
    second = a.desk.decide(cases[0], NO, "Misheard: it was a song.", change=True).record
    third = a.desk.decide(cases[0], REFER, "No: it was not a song.", change=True).record
    assert len({first.name, second.name, third.name}) == 3
    state = a.desk.case_state(cases[0])
    assert [d.record for d in state.decisions] == [first.name, second.name, third.name]
    assert state.current is not None
    assert state.current.decision is REFER
    assert [s["record"] for s in json.loads(third.read_text())["supersedes"]] == [second.name]


@pytest.mark.parametrize(("first", "change_to", "comment", "message", "why"), [
    (None, NO, "Because.", "nothing to change", "not_decided"),
    (NO, NO, "Because.", "already the decision", "same_decision"),
    (NO, REFER, "   ", "why the decision changes", None),
])
def test_a_change_that_changes_nothing_is_refused(
        a: Desk, cases: list[str], first: DecisionKind | None, change_to: DecisionKind,
        comment: str, message: str, why: str | None) -> None:
    a.open(cases[0])
    if first is not None:
        a.desk.decide(cases[0], first)
    before = list(a.audit.entries)
    count = len(a.records(cases[0]))
    with pytest.raises(RefusedInput, match=message):
        a.desk.decide(cases[0], change_to, comment, change=True)
    assert len(a.records(cases[0])) == count
    new = a.audit.entries[len(before):]
    assert new == ([] if why is None else [("lead.decision", {
        "case": cases[0], "decision": change_to.value, "outcome": "refused", "why": why})])


def test_changing_away_from_a_disclosure_request(a: Desk, cases: list[str]) -> None:
    a.open(cases[0])
    asked = a.desk.decide(cases[0], DISCLOSE, "Danger to life.")
    assert asked.disclosure is not None
    a.clock.now += 5
    changed = a.desk.decide(cases[0], NO, "Confirmed a film playing; withdrawn.", change=True)
    assert asked.disclosure.exists()  # the signed request stays; the change withdraws it
    assert json.loads(changed.record.read_text())["supersedes"][0]["decision"] == (
        "request_disclosure")
    assert changed.disclosure is None


def test_old_records_are_read_and_superseded(a: Desk, cases: list[str]) -> None:
    """A reviewer-decision/1 record (before this change) decides its case here too."""
    old = old_record(a.outbox, cases[0], NO, "20260921T141320Z")
    assert a.status(cases[0]) is CaseStatus.DECIDED
    a.open(cases[0])
    with pytest.raises(AlreadyDecided):
        a.desk.decide(cases[0], REFER)
    new = a.desk.decide(cases[0], REFER, "Listened again.", change=True).record
    assert json.loads(new.read_text())["supersedes"] == [
        {"decision": "no_action", "record": old.name, "sha256": sha(old)}]
    assert DecisionRecord.from_json(json.loads(old.read_text())).supersedes == ()


def test_contradictory_old_records_are_shown_and_settled(a: Desk, cases: list[str]) -> None:
    """Before: two contradictory decisions on one case, both recorded without a word."""
    one = old_record(a.outbox, cases[0], NO, "20260921T141320Z")
    two = old_record(a.outbox, cases[0], DISCLOSE, "20260921T141500Z", lead="lead-b")
    state = a.desk.case_state(cases[0])
    assert state.conflicting
    assert state.current is not None
    assert state.current.decision is DISCLOSE  # the latest
    a.open(cases[0])
    settled = a.desk.decide(cases[0], REFER, "Settling the two records.", change=True)
    assert {s["record"] for s in json.loads(settled.record.read_text())["supersedes"]} == {
        one.name, two.name}
    after = a.desk.case_state(cases[0])
    assert not after.conflicting
    assert after.changed


def test_another_leads_decision_in_a_shared_outbox_counts(
        tmp_path: Path, a: Desk, leads: list[Lead], cases: list[str]) -> None:
    b = Desk(tmp_path, leads[1], leads, a.clock)
    b.lead.ws.import_envelopes(tmp_path / "esc")
    b.open(cases[1])
    b.desk.decide(cases[1], REFER)
    state = a.desk.case_state(cases[1])
    assert state.status is CaseStatus.DECIDED
    assert state.current is not None
    assert state.current.lead == "lead-b"
    a.open(cases[1])
    with pytest.raises(AlreadyDecided, match="lead-b"):
        a.desk.decide(cases[1], NO)


def test_a_record_gone_from_the_outbox_still_decides_from_the_audit_log(
        a: Desk, cases: list[str]) -> None:
    """The organisation may collect the outbox: this lead's audit log still knows."""
    a.open(cases[0])
    first = a.desk.decide(cases[0], NO).record
    digest = sha(first)
    first.unlink()
    assert a.status(cases[0]) is CaseStatus.DECIDED
    with pytest.raises(AlreadyDecided, match="No action needed"):
        a.desk.decide(cases[0], REFER)
    a.clock.now += 3
    new = a.desk.decide(cases[0], REFER, "Second listen.", change=True).record
    assert json.loads(new.read_text())["supersedes"] == [
        {"decision": "no_action", "record": first.name, "sha256": digest}]
    assert not a.desk.case_state(cases[0]).conflicting


def test_a_change_gone_from_the_outbox_still_replaces_what_it_superseded(
        a: Desk, cases: list[str]) -> None:
    a.open(cases[0])
    a.desk.decide(cases[0], NO)
    a.clock.now += 3
    change = a.desk.decide(cases[0], REFER, "Second listen.", change=True).record
    change.unlink()  # collected; the first record is still there
    state = a.desk.case_state(cases[0])
    assert state.current is not None
    assert state.current.decision is REFER
    assert state.current.record == change.name
    assert not state.conflicting
    assert [d.decision for d in state.decisions] == [NO, REFER]


def test_an_audit_entry_from_before_records_were_named(a: Desk, cases: list[str]) -> None:
    a.audit.append("lead.decision", {"case": cases[0], "decision": "no_action",
                                     "outcome": "written"})
    a.audit.append("lead.decision", {"case": cases[1], "decision": "no_action",
                                     "outcome": "failed", "why": "outbox_not_writable"})
    state = a.desk.case_state(cases[0])
    assert state.status is CaseStatus.DECIDED
    assert state.current is not None
    assert state.current.record is None
    assert a.status(cases[1]) is CaseStatus.NEW  # a failed write decided nothing
    a.open(cases[0])
    new = a.desk.decide(cases[0], REFER, "Reviewed again.", change=True).record
    assert json.loads(new.read_text())["supersedes"] == [
        {"decision": "no_action", "record": None, "sha256": None}]


@pytest.mark.parametrize("content", [
    "not json", "[]", '{"format": "reviewer-decision/9"}',
    '{"format": "reviewer-decision/2", "case_id": "case-0000000000000000"}',
])
def test_unreadable_files_in_the_outbox_decide_nothing(a: Desk, cases: list[str],
                                                       content: str) -> None:
    a.outbox.mkdir()
    (a.outbox / f"decision-{cases[0]}-no_action-20260921T141320Z.json").write_text(content)
    assert a.status(cases[0]) is CaseStatus.NEW


def test_a_record_filed_under_another_case_decides_nothing(a: Desk, cases: list[str]) -> None:
    path = old_record(a.outbox, cases[0], NO, "20260921T141320Z")
    path.rename(a.outbox / path.name.replace(cases[0], cases[1]))
    assert a.status(cases[0]) is CaseStatus.NEW
    assert a.status(cases[1]) is CaseStatus.NEW


def test_a_cosignature_does_not_open_a_case(a: Desk, cases: list[str]) -> None:
    a.audit.append("lead.gate", {"case": cases[0], "outcome": "granted", "why": "granted",
                                 "action": "cosign"})
    a.audit.append("lead.gate", {"case": cases[1], "outcome": "denied",
                                 "why": "wrong_passphrase"})
    assert a.status(cases[0]) is CaseStatus.NEW
    assert a.status(cases[1]) is CaseStatus.NEW


@pytest.mark.parametrize("supersedes", [
    "x", [{"decision": "no_action"}], [{"decision": "maybe", "record": None, "sha256": None}],
    [{"decision": "no_action", "record": None, "sha256": "not hex"}],
])
def test_malformed_supersedes_is_refused(supersedes: object) -> None:
    doc = {"format": "reviewer-decision/2", "case_id": "case-0123456789abcdef",
           "clip_id": "c", "package_id": "p", "category": "self_harm",
           "decision": "no_action", "lead": "lead-a", "created": "2026-09-21T14:13:20Z",
           "access_reason": REASON, "comment": "", "supersedes": supersedes}
    with pytest.raises(RefusedInput):
        DecisionRecord.from_json(doc)
    doc["supersedes"] = []
    assert DecisionRecord.from_json(doc).category is EscalationCategory.SELF_HARM
    doc["format"] = "reviewer-decision/1"  # /1 has no supersedes key
    with pytest.raises(RefusedInput):
        DecisionRecord.from_json(doc)


def test_records_round_trip() -> None:
    record = DecisionRecord(case_id="case-0123456789abcdef", clip_id="c", package_id="p",
                            category=EscalationCategory.CHILD_SAFETY, decision=REFER,
                            lead="lead-a", created="2026-09-21T14:13:20Z", comment="x")
    assert DecisionRecord.from_json(json.loads(json.dumps(record.to_json()))) == record
