"""The settings the app hands to `reviewer sync` through the spool (exchange.json): written
from the verified profile, read back with the profile's own rules, refused in one line when
missing or not well formed, and enough for a real round against the gateway."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.core.errors import RefusedInput
from reviewer.core.exchange import Layout, object_name
from reviewer.core.exchange_settings import S3Exchange
from reviewer.core.profile import Exchange, Profile, Role
from reviewer.workflows.spool import Spool
from reviewer.workflows.sync_settings import (
    SETTINGS_FILE,
    SyncSettings,
    read_sync_settings,
    write_sync_settings,
)
from tests.exchange.conftest import s3_store
from tests.exchange.test_sync_process import reviewer
from tests.support.ceph_gateway import Gateway

S3 = S3Exchange(endpoint="https://s3.example.org", bucket="exchange", workstation="ws-a",
                prefix="team-a/", poll_seconds=30)


def profile(s3: S3Exchange | None, role: Role = Role.REVIEWER) -> Profile:
    return Profile("rev-042", role, exchange=Exchange("", "", "", s3))


def test_the_profiles_exchange_reaches_sync_and_reads_back(tmp_path: Path) -> None:
    assert write_sync_settings(tmp_path, profile(S3, Role.LEAD)) == SyncSettings(Role.LEAD, S3)
    assert read_sync_settings(tmp_path) == SyncSettings(Role.LEAD, S3)
    first = (tmp_path / SETTINGS_FILE).stat().st_mtime_ns
    write_sync_settings(tmp_path, profile(S3, Role.LEAD))  # unchanged: not rewritten
    assert (tmp_path / SETTINGS_FILE).stat().st_mtime_ns == first


def test_a_profile_without_an_s3_exchange_removes_stale_settings(tmp_path: Path) -> None:
    write_sync_settings(tmp_path, profile(S3))
    assert write_sync_settings(tmp_path, profile(None)) is None
    assert not (tmp_path / SETTINGS_FILE).exists()
    with pytest.raises(RefusedInput, match="no exchange settings"):
        read_sync_settings(tmp_path)


@pytest.mark.parametrize("content", [
    b"", b"{", b"[]", b"\xff\xfe", b"x" * 200_000,
    json.dumps({"format": "reviewer-sync-settings/2", "role": "reviewer",
                "s3": S3.to_json()}).encode(),
    json.dumps({"format": "reviewer-sync-settings/1", "role": "admin",
                "s3": S3.to_json()}).encode(),
    json.dumps({"format": "reviewer-sync-settings/1", "role": "reviewer",
                "s3": {**S3.to_json(), "endpoint": "http://store.example.org"}}).encode(),
    json.dumps({"format": "reviewer-sync-settings/1", "role": "reviewer",
                "s3": S3.to_json(), "secret_key": "x"}).encode(),
])
def test_a_damaged_or_forged_settings_file_is_refused_in_one_line(tmp_path: Path,
                                                                  content: bytes) -> None:
    (tmp_path / SETTINGS_FILE).write_bytes(content)
    with pytest.raises(RefusedInput) as caught:
        read_sync_settings(tmp_path)
    assert "\n" not in str(caught.value)
    assert "store.example.org" not in str(caught.value)


def test_sync_runs_on_the_settings_the_app_wrote(gateway: Gateway, open_bucket: str,
                                                 credentials: None, tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    write_sync_settings(spool.root, profile(S3Exchange(
        endpoint=gateway.endpoint, bucket=open_bucket, workstation="ws-a")))
    package = b"sealed package bytes"
    s3_store(gateway, open_bucket).put_new(
        Layout("ws-a").inbox + object_name(package, "rpkg"), package)
    result = reviewer("sync", "--spool", str(spool.root), "--once")
    assert result.returncode == 0, result.stderr
    assert [p.read_bytes() for p in spool.waiting()] == [package]
    other = reviewer("sync", "--spool", str(spool.root), "--workstation", "ws-b", "--once")
    assert other.returncode == 2
    assert "is not the profile's (ws-a)" in other.stderr
    bare = reviewer("sync", "--spool", str(tmp_path / "empty"), "--once")
    assert bare.returncode == 2
    assert "no exchange settings" in bare.stderr
