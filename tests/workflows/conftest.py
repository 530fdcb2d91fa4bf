from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.commands import workspace as workspace_commands
from reviewer.vault.workspace import Workspace
from tests.vault.fakes import DictSecretStore

PROFILE = {"format": "reviewer-profile/1", "reviewer": "rev-042", "role": "reviewer"}


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


@pytest.fixture
def profile_file(tmp_path: Path) -> Path:
    path = tmp_path / "profile.json"
    path.write_text(json.dumps(PROFILE))
    return path


@pytest.fixture
def cli_secrets(monkeypatch: pytest.MonkeyPatch, secrets: DictSecretStore) -> DictSecretStore:
    """The commands' key store seam (not reachable from the command line) set to a fake."""
    monkeypatch.setattr(workspace_commands, "secret_store", lambda: secrets)
    return secrets
