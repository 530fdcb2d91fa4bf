from __future__ import annotations

from pathlib import Path

import pytest

from tests.lead.fakes import Lead, make_lead


@pytest.fixture
def leads(tmp_path: Path) -> list[Lead]:
    return [make_lead(tmp_path / "leads", n) for n in ("lead-a", "lead-b", "lead-c")]
