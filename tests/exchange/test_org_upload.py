"""`reviewer org upload`: a large sealed package goes to a workstation's inbox in parts, and
an upload killed mid-way resumes from the parts the store holds (counted), against the real
gateway, through real processes with the organisation's keys in the real Secret Service."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import keyring.backend
import pytest

from reviewer.core.exchange import Layout
from reviewer.fileio import CRASH_ENV, CRASH_EXIT
from tests.exchange.conftest import s3_store
from tests.exchange.test_sync_process import reviewer
from tests.support.ceph_gateway import Gateway

MIB = 1024 * 1024
WS = Layout("ws-a")


@pytest.fixture
def org_keys(gateway: Gateway, secret_service: keyring.backend.KeyringBackend) -> Iterator[None]:
    from reviewer.commands.sync import CREDENTIALS_SERVICE
    from reviewer.vault.keyring_store import KeyringSecretStore

    access, secret = gateway.keys["org"]
    stored = reviewer("org", "store-credentials", "--account", "org",
                      stdin=f"{access}\n{secret}\n")
    assert stored.returncode == 0, stored.stderr
    yield
    KeyringSecretStore().delete(CREDENTIALS_SERVICE, "org")


def test_a_large_package_killed_mid_upload_resumes_from_the_parts_sent(
        gateway: Gateway, bucket: str, org_keys: None, tmp_path: Path) -> None:
    package = tmp_path / "pkg_big.rpkg"
    data = os.urandom(20 * MIB)  # three parts of 8 MiB: above the 16 MiB threshold
    package.write_bytes(data)
    key = WS.inbox + hashlib.sha256(data).hexdigest() + ".rpkg"
    upload = ["org", "upload", str(package), "--workstation", WS.workstation, "--endpoint",
              gateway.endpoint, "--bucket", bucket, "--json"]

    killed = reviewer(*upload, env={CRASH_ENV: "sync.part_uploaded"})  # after the first part
    assert killed.returncode == CRASH_EXIT, killed.stderr
    state = package.with_name(package.name + ".upload.json")
    assert state.exists()  # the upload under way, recorded beside the package
    org = s3_store(gateway, bucket)
    assert org.list(WS.inbox) == []  # nothing visible until it completes

    resumed = reviewer(*upload)
    assert resumed.returncode == 0, resumed.stderr
    outcome = json.loads(resumed.stdout)
    assert (outcome["uploaded"], outcome["created"]) == (key, True)
    assert (outcome["parts_kept"], outcome["parts_sent"]) == (1, 2)  # resumed, not restarted
    assert org.get(key) == data
    assert not state.exists()

    again = reviewer(*upload)  # the same package once more: one object, nothing sent
    assert json.loads(again.stdout)["created"] is False
    assert org.list(WS.inbox) == [key]


def test_org_upload_refuses_what_is_not_a_sealed_package(gateway: Gateway, bucket: str,
                                                         tmp_path: Path) -> None:
    other = tmp_path / "manifest.jsonl"
    other.write_text("{}\n")
    refused = reviewer("org", "upload", str(other), "--workstation", WS.workstation,
                       "--endpoint", gateway.endpoint, "--bucket", bucket)
    assert refused.returncode == 2
    assert refused.stderr.strip().endswith("is not a sealed package (.rpkg file)")
