from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.vault.workspace import Workspace
from tests.vault.fakes import DictSecretStore


@pytest.fixture
def secrets() -> DictSecretStore:
    return DictSecretStore()


@pytest.fixture
def workspace(workspace_dir: Path, secrets: DictSecretStore) -> Iterator[Workspace]:
    ws = Workspace.open(workspace_dir, secrets, create=True)
    try:
        yield ws
    finally:
        ws.close()
