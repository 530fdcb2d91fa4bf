"""The lead window imports pulled escalations on a worker thread while the lead may press
"Import new cases" (or decide) on the GUI thread: both at once import each envelope once
and fail on none."""

from __future__ import annotations

import threading
from pathlib import Path

from reviewer.core.escalation import EscalationCategory
from reviewer.core.exchange import Layout
from reviewer.seal.kit import SealKit
from reviewer.workflows.escalate import Escalator
from reviewer.workflows.lead_desk import LeadDesk
from reviewer.workflows.lead_sync import stage_envelope
from reviewer.workflows.sync import Syncer
from tests.lead.fakes import Clock, Lead, material, profile_for
from tests.lead.test_lead_exchange import World

ENVELOPES = 40


def more_escalations(world: World, root: Path, leads: list[Lead], clock: Clock) -> None:
    from tests.lead.fakes import FakeSource

    source = FakeSource({n: material(n) for n in range(3, 3 + ENVELOPES)})
    esc = Escalator(source, profile_for(leads, root), root / "more", SealKit(), clock)
    for n in range(3, 3 + ENVELOPES):
        clock.now += 1
        esc.escalate(n, EscalationCategory.MEDICAL_EMERGENCY)
    for envelope in sorted((root / "more").iterdir()):
        stage_envelope(world.ws_spool, envelope)
    Syncer(world.store, Layout("ws-a"), world.ws_spool).run_round()


def test_two_imports_at_once_take_each_envelope_once(
        tmp_path: Path, leads: list[Lead], clock: Clock) -> None:
    world = World(tmp_path, leads, clock)
    more_escalations(world, tmp_path, leads, clock)
    assert world.syncer.run_round().downloaded == ENVELOPES + 2
    desk: LeadDesk = world.desk()
    start = threading.Barrier(2)
    counts: list[int] = []
    errors: list[BaseException] = []

    def run() -> None:
        start.wait(10)
        try:
            counts.append(desk.import_new())
        except BaseException as exc:  # told to the test below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert sum(counts) == ENVELOPES + 2
    assert len(desk.inbox()) == ENVELOPES + 2
    imported = world.audit.events("lead.import")
    assert sum(int(e["envelopes"]) for e in imported) == ENVELOPES + 2
