"""The lead side of the exchange, on the folder transport (the same port as S3; the real
gateway runs in tests/exchange/test_lead_round_trip.py): escalations pulled once and never
deleted upstream, decision records kept at home and sent signed and sealed to the
organisation, exactly once whatever the moment of a crash, and collected once."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import DecisionKind, EnvelopeUnreadable, EscalationCategory
from reviewer.core.exchange import DECISIONS, ESCALATIONS, Layout
from reviewer.core.exchange_frames import frame_envelope, unframe_envelope
from reviewer.core.exchange_settings import S3Exchange
from reviewer.core.lead_cases import CaseStatus
from reviewer.core.profile import Exchange, Profile, Role
from reviewer.core.trust import KIND_PROFILE, TrustRefused, WorkstationKeys
from reviewer.exchange.folder import FolderStore
from reviewer.seal.kit import SealKit
from reviewer.workflows import lead_travel, org_exchange
from reviewer.workflows.escalate import Escalator
from reviewer.workflows.lead_desk import LeadDesk
from reviewer.workflows.lead_gate import LeadGate
from reviewer.workflows.lead_sync import LeadSyncer, stage_envelope
from reviewer.workflows.lead_travel import DecisionTravel
from reviewer.workflows.org_exchange import collect_from_store, open_decision
from reviewer.workflows.spool import Spool
from reviewer.workflows.sync import RoundReport, Syncer
from tests.lead.fakes import (
    PASSPHRASE,
    REASON,
    Clock,
    FakeAudit,
    FakeSource,
    Lead,
    material,
    profile_for,
)
from tests.support.trust import TestOrganisation

S3 = S3Exchange(endpoint="http://127.0.0.1:9", bucket="exchange", workstation="lead-a")


class Crash(BaseException):
    """Stands for the process dying at a crash point (nothing after it runs)."""


def crash_at(monkeypatch: pytest.MonkeyPatch, module: object, point: str) -> None:
    def stop(name: str) -> None:
        if name == point:
            raise Crash(name)
    monkeypatch.setattr(module, "crash_point", stop)


def lead_profile(org: TestOrganisation, leads: list[Lead]) -> tuple[Profile, bytes]:
    base = profile_for(leads, Path("/nowhere"))
    kit = SealKit()
    keys = WorkstationKeys(kit.new_identity()[1], kit.new_signing_key()[1])
    profile = dataclasses.replace(base, reviewer=leads[0].enrolled.name, role=Role.LEAD,
                                  exchange=Exchange("", "", "", s3=S3), workstation=keys,
                                  export_recipients=(org.export_recipient,),
                                  expires=dt.date.today() + dt.timedelta(days=30))
    return profile, org.sign(KIND_PROFILE, profile.to_bytes())


class World:
    """A reviewer workstation (ws-a) escalating two clips through its spool, the exchange
    (a folder), and lead-a's desk over its own spool."""

    def __init__(self, root: Path, leads: list[Lead], clock: Clock) -> None:
        self.org = TestOrganisation()
        self.store = FolderStore(root / "exchange")
        self.ws_spool = Spool(root / "ws-a" / "spool")
        esc = Escalator(FakeSource({1: material(1), 2: material(2)}), profile_for(leads, root),
                        root / "esc", SealKit(), clock)
        self.cases = [esc.escalate(1, EscalationCategory.SELF_HARM).case_id,
                      esc.escalate(2, EscalationCategory.CHILD_SAFETY, "note").case_id]
        for envelope in sorted((root / "esc").iterdir()):
            stage_envelope(self.ws_spool, envelope)
        Syncer(self.store, Layout("ws-a"), self.ws_spool).run_round()
        self.lead, self.clock = leads[0], clock
        self.profile, self.signed = lead_profile(self.org, leads)
        self.spool = Spool(root / "lead-ws" / "spool")
        self.syncer = LeadSyncer(self.store, Layout("lead-a"), self.spool)
        self.audit = FakeAudit()

    def desk(self) -> LeadDesk:
        travel = DecisionTravel(self.lead.ws.folder / "decisions", self.spool, SealKit(),
                                self.signed, self.profile.export_recipients)
        return LeadDesk(self.lead.ws, LeadGate(self.lead.ws, self.audit, self.clock),
                        self.audit, self.profile, travel)

    def open(self, desk: LeadDesk, case: str) -> None:
        self.clock.now += 31
        desk.open_case(case, PASSPHRASE, self.lead.code(self.clock.now), REASON)

    def staged(self) -> list[Path]:
        return sorted((self.spool.outgoing / "decisions").glob("*.age"))


@pytest.fixture
def world(tmp_path: Path, leads: list[Lead], clock: Clock) -> World:
    return World(tmp_path, leads, clock)


def test_an_envelope_travels_with_its_name_and_nothing_else(tmp_path: Path) -> None:
    name = "20261122T031000Z_self_harm_case-0123456789abcdef.age"
    framed = frame_envelope(name, b"age-sealed bytes")
    got, entry, envelope = unframe_envelope(framed)
    assert (got, entry.category, entry.created, envelope) == (
        name, EscalationCategory.SELF_HARM, "2026-11-22T03:10:00Z", b"age-sealed bytes")
    assert framed.count(b"\n") == 2  # magic line, name line: the rest is the sealed envelope
    for bad in (b"age-sealed bytes", framed.replace(b"self_harm", b"evil/../x"),
                framed[:framed.index(b".age\n") + 5], b"reviewer-escalation-spool/1\n\xff\n"):
        with pytest.raises(EnvelopeUnreadable):
            unframe_envelope(bad)
    with pytest.raises(ValueError, match="not an envelope name"):
        frame_envelope("../escape.age", b"x")


def test_a_lead_pulls_each_escalation_once_and_never_deletes_it(world: World) -> None:
    assert len(world.store.list(ESCALATIONS)) == 2
    report = world.syncer.run_round()
    assert report.downloaded == 2
    assert world.syncer.run_round().downloaded == 0  # pulled, not yet imported
    desk = world.desk()
    assert desk.import_new() == 2
    assert sorted(e.case_id for e in desk.inbox()) == sorted(world.cases)
    assert desk.import_new() == 0
    assert world.syncer.run_round().downloaded == 0  # the ledger remembers
    assert len(world.store.list(ESCALATIONS)) == 2  # other leads read them too
    assert {e.category for e in desk.inbox()} == {EscalationCategory.SELF_HARM,
                                                  EscalationCategory.CHILD_SAFETY}


def test_a_damaged_escalation_is_set_aside_once(world: World) -> None:
    junk = b"not a framed envelope"
    from reviewer.core.exchange import object_name

    world.store.put_new("escalations/ws-a/" + object_name(junk, "age"), junk)
    world.syncer.run_round()
    desk = world.desk()
    assert desk.import_new() == 2
    assert world.audit.events("lead.import") == [{"envelopes": 2, "refused": 1}]
    assert world.syncer.run_round().downloaded == 0


def test_a_decision_travels_signed_by_the_lead_and_sealed_to_the_organisation(
        world: World) -> None:
    world.syncer.run_round()
    desk = world.desk()
    desk.import_new()
    case = world.cases[0]
    world.open(desk, case)
    written = desk.decide(case, DecisionKind.REFER_SAFETY_TEAM, "Called the on-call team.")
    assert written.record.parent == world.lead.ws.folder / "decisions"
    assert desk.case_state(case).status is CaseStatus.DECIDED
    (staged,) = world.staged()
    sealed = staged.read_bytes()
    assert b"refer_safety_team" not in sealed
    assert case.encode() not in sealed
    row = open_decision(SealKit(), world.org.organisation, world.org.secrets, sealed)
    assert (row["case_id"], row["decision"], row["lead"], row["comment"]) == (
        case, "refer_safety_team", "lead-a", "Called the on-call team.")
    assert row["record"] == written.record.name
    # A lead cannot open what travels (sealed to the organisation only).
    with pytest.raises(EnvelopeUnreadable):
        SealKit().open_sealed(sealed, [world.lead.ws.unlock(PASSPHRASE).age_secret])
    assert world.syncer.run_round().uploaded == 1
    assert world.staged() == []
    (key,) = world.store.list(DECISIONS)
    assert world.store.get(key) == sealed
    # Another organisation cannot open it; this one refuses a forged lead signature.
    with pytest.raises(TrustRefused):
        open_decision(SealKit(), TestOrganisation().organisation, TestOrganisation().secrets,
                      sealed)


def test_a_record_signed_by_someone_else_is_refused(world: World) -> None:
    world.syncer.run_round()
    desk = world.desk()
    desk.import_new()
    world.open(desk, world.cases[0])
    travel = desk._travel
    assert travel is not None
    record = json.dumps({"format": "reviewer-decision/2"}).encode()
    impostor = SealKit().new_signing_key()[0]
    forged = travel.seal(f"decision-{world.cases[0]}-no_action-20261122T031000Z.json",
                         record, "lead-a", impostor)
    with pytest.raises(TrustRefused, match="signature does not match"):
        open_decision(SealKit(), world.org.organisation, world.org.secrets, forged)


def test_a_decision_without_export_recipients_is_refused_before_anything_is_written(
        world: World) -> None:
    world.syncer.run_round()
    world.profile = dataclasses.replace(world.profile, export_recipients=())
    desk = world.desk()
    desk.import_new()
    world.open(desk, world.cases[0])
    with pytest.raises(RefusedInput, match="export recipients"):
        desk.decide(world.cases[0], DecisionKind.NO_ACTION)
    assert desk.case_state(world.cases[0]).status is CaseStatus.OPENED
    assert not (world.lead.ws.folder / "decisions").exists()


def test_a_crash_before_the_record_leaves_no_decision_and_sends_nothing(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world.syncer.run_round()
    desk = world.desk()
    desk.import_new()
    case = world.cases[0]
    world.open(desk, case)
    crash_at(monkeypatch, lead_travel, "lead_travel.sealed")
    with pytest.raises(Crash):
        desk.decide(case, DecisionKind.NO_ACTION)
    monkeypatch.undo()
    desk = world.desk()  # the next start
    assert desk.case_state(case).status is not CaseStatus.DECIDED
    assert world.staged() == []
    world.open(desk, case)
    desk.decide(case, DecisionKind.NO_ACTION)
    assert len(world.staged()) == 1


def test_a_crash_between_staging_and_its_marker_sends_the_record_once(
        world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    world.syncer.run_round()
    desk = world.desk()
    desk.import_new()
    case = world.cases[0]
    world.open(desk, case)
    crash_at(monkeypatch, lead_travel, "lead_travel.staged")
    with pytest.raises(Crash):
        desk.decide(case, DecisionKind.NO_ACTION)
    monkeypatch.undo()
    assert world.syncer.run_round().uploaded == 1  # it left before the marker was written
    world.desk()  # the next start stages the same sealed bytes again
    assert world.syncer.run_round().uploaded == 1  # ... which the store already holds
    assert len(world.store.list(DECISIONS)) == 1
    assert world.desk().case_state(case).status is CaseStatus.DECIDED
    assert world.syncer.run_round().uploaded == 0


def test_the_organisation_collects_each_decision_once_even_after_a_crash(
        world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    world.syncer.run_round()
    desk = world.desk()
    desk.import_new()
    for case, kind in zip(world.cases, (DecisionKind.NO_ACTION,
                                        DecisionKind.REFER_SAFETY_TEAM), strict=True):
        world.open(desk, case)
        desk.decide(case, kind)
    world.syncer.run_round()
    out = tmp_path / "collected"
    crash_at(monkeypatch, org_exchange, "org_exchange.committed")
    org = world.org
    with pytest.raises(Crash):
        collect_from_store(world.store, SealKit(), org.organisation, org.secrets, out, {})
    monkeypatch.undo()
    (batch,) = out.glob("batch-*")
    rows = [json.loads(x) for x in (batch / "decisions.jsonl").read_text().splitlines()]
    assert sorted(r["case_id"] for r in rows) == sorted(world.cases)
    again = collect_from_store(world.store, SealKit(), org.organisation, org.secrets, out, {})
    assert (again.batch, again.decisions, again.deleted) == (None, 0, 2)
    assert world.store.list(DECISIONS) == []
    assert len(list(out.glob("batch-*"))) == 1
    assert collect_from_store(world.store, SealKit(), org.organisation, org.secrets, out,
                              {}).deleted == 0


def test_a_forged_object_stays_upstream_and_is_named(world: World, tmp_path: Path) -> None:
    from reviewer.core.exchange import object_name

    junk = b"forged decision"
    key = "decisions/" + object_name(junk, "age")
    world.store.put_new(key, junk)
    report = collect_from_store(world.store, SealKit(), world.org.organisation,
                                world.org.secrets, tmp_path / "out", {})
    assert report.batch is None
    assert report.refused[0].startswith(key)
    assert world.store.list(DECISIONS) == [key]


def test_a_decision_from_a_reviewers_profile_is_refused(world: World) -> None:
    world.syncer.run_round()
    world.profile = dataclasses.replace(world.profile, role=Role.REVIEWER)
    world.signed = world.org.sign(KIND_PROFILE, world.profile.to_bytes())
    desk = world.desk()
    desk.import_new()
    world.open(desk, world.cases[0])
    desk.decide(world.cases[0], DecisionKind.NO_ACTION)
    (staged,) = world.staged()
    with pytest.raises(TrustRefused):
        open_decision(SealKit(), world.org.organisation, world.org.secrets,
                      staged.read_bytes())


def test_round_report_counts_pulled_escalations(world: World) -> None:
    report = RoundReport()
    world.syncer.pull(report)
    assert report.downloaded == 2
    assert report.errors == []


def test_sync_takes_the_lead_role_from_the_option_or_the_apps_settings(
        world: World) -> None:
    import argparse

    from reviewer.commands.sync import _syncer
    from reviewer.workflows.sync_settings import write_sync_settings

    def role(**options: object) -> type[Syncer]:
        base: dict[str, object] = {"role": None, "endpoint": None, "bucket": None}
        return _syncer(argparse.Namespace(**{**base, **options}), world.spool)

    assert role(role="lead", endpoint="http://127.0.0.1:9", bucket="b") is LeadSyncer
    assert role(endpoint="http://127.0.0.1:9", bucket="b") is Syncer
    write_sync_settings(world.spool.root, world.profile)  # what the lead window writes
    assert role() is LeadSyncer
    write_sync_settings(world.spool.root, dataclasses.replace(world.profile,
                                                              role=Role.REVIEWER))
    assert role() is Syncer


def test_a_spool_that_cannot_be_written_delays_a_decision_never_loses_it(
        world: World) -> None:
    world.syncer.run_round()
    desk = world.desk()
    desk.import_new()
    case = world.cases[0]
    world.open(desk, case)
    out = world.spool.outgoing / "decisions"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("a file where the folder should be")  # staging fails (OSError)
    desk.decide(case, DecisionKind.NO_ACTION)
    assert desk.case_state(case).status is CaseStatus.DECIDED
    out.unlink()
    world.desk()  # the next start sends it
    assert len(world.staged()) == 1
