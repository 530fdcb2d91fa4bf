from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.escalation import EscalationCategory
from reviewer.seal.kit import SealKit
from reviewer.workflows.escalate import Escalator
from tests.lead.fakes import Clock, FakeSource, Lead, make_lead, material, profile_for


@pytest.fixture
def leads(tmp_path: Path) -> list[Lead]:
    return [make_lead(tmp_path / "leads", n) for n in ("lead-a", "lead-b", "lead-c")]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def cases(tmp_path: Path, leads: list[Lead], clock: Clock) -> list[str]:
    """Two escalated cases, imported into lead-a's inbox."""
    profile = profile_for(leads[:2], tmp_path)
    esc = Escalator(FakeSource({1: material(1), 2: material(2)}), profile,
                    tmp_path / "esc", SealKit(), clock)
    ids = [esc.escalate(1, EscalationCategory.SELF_HARM).case_id,
           esc.escalate(2, EscalationCategory.CHILD_SAFETY, "note").case_id]
    assert leads[0].ws.import_envelopes(tmp_path / "esc") == 2
    assert leads[0].ws.import_envelopes(tmp_path / "esc") == 0
    return ids
