"""`reviewer enroll` with a profile naming an S3 exchange writes what `reviewer sync` needs
into the workspace's spool (sync never opens the vault to read the profile); enrolling a
profile without one removes stale settings, so sync stops serving an exchange the
organisation took away."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from reviewer import cli
from reviewer.commands import workspace as workspace_commands
from reviewer.core.profile import Role
from reviewer.workflows.org import sign_profile
from reviewer.workflows.spool import workspace_spool
from reviewer.workflows.sync_settings import SETTINGS_FILE, read_sync_settings
from tests.support.trust import TestOrganisation
from tests.vault.fakes import DictSecretStore

S3 = {"endpoint": "https://s3.example.org", "bucket": "exchange", "poll_seconds": 30}


@pytest.fixture(autouse=True)
def store(monkeypatch: pytest.MonkeyPatch) -> DictSecretStore:
    secrets = DictSecretStore()
    monkeypatch.setattr(workspace_commands, "secret_store", lambda: secrets)
    return secrets


def enroll(tmp_path: Path, ws: Path, org: TestOrganisation, roster: dict[str, object],
           workstation: str | None) -> None:
    request = tmp_path / "request.json"
    assert cli.main(["--workspace", str(ws), "enroll", "--request", str(request)]) == 0
    signed = sign_profile(org.crypto, org.secrets, request.read_bytes(),
                          json.dumps(roster).encode(), reviewer="rev-042", role=Role.REVIEWER,
                          days=30, today=dt.date.today(), workstation=workstation)
    profile = tmp_path / "profile.json"
    profile.write_bytes(signed)
    assert cli.main(["--workspace", str(ws), "enroll", str(profile)]) == 0


def test_enrolling_an_s3_profile_writes_the_sync_settings(
        tmp_path: Path, organisation: TestOrganisation) -> None:
    ws = tmp_path / "ws"
    enroll(tmp_path, ws, organisation, {"exchange": {"s3": S3}}, "ws-a")
    settings = read_sync_settings(workspace_spool(ws))
    assert (settings.role, settings.s3.workstation, settings.s3.bucket) == (
        Role.REVIEWER, "ws-a", "exchange")
    assert settings.s3.poll_seconds == 30

    enroll(tmp_path, ws, organisation, {}, None)  # the organisation took the exchange away
    assert not (workspace_spool(ws) / SETTINGS_FILE).exists()
