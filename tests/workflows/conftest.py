from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.commands import workspace as workspace_commands
from reviewer.core.profile import Role
from reviewer.vault.workspace import Workspace
from reviewer.workflows.org import sign_profile
from tests.support.trust import TestOrganisation
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


@pytest.fixture
def profile_file(tmp_path: Path, organisation: TestOrganisation,
                 cli_secrets: DictSecretStore) -> Path:
    """A profile signed by the test organisation from this workspace's own enrollment request
    (made through the command line, which creates the workspace)."""
    request = tmp_path / "request.json"
    assert main(["enroll", "--request", str(request)]) == 0
    signed = sign_profile(organisation.crypto, organisation.secrets, request.read_bytes(),
                          b"{}", reviewer="rev-042", role=Role.REVIEWER, days=30,
                          today=dt.date.today())
    path = tmp_path / "profile.json"
    path.write_bytes(signed)
    return path


@pytest.fixture
def cli_secrets(monkeypatch: pytest.MonkeyPatch, secrets: DictSecretStore) -> DictSecretStore:
    """The commands' key store seam (not reachable from the command line) set to a fake."""
    monkeypatch.setattr(workspace_commands, "secret_store", lambda: secrets)
    return secrets
