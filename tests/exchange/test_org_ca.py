"""The organisation's commands that talk to the store check `--ca-bundle` as sync does: CA
certificates only, added to the system's trust store, or a one-line refusal."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from reviewer.commands import org
from reviewer.core.trust import TrustRefused
from tests.vault.fakes import DictSecretStore


def _args(tmp_path: Path, ca: Path) -> argparse.Namespace:
    return argparse.Namespace(endpoint="https://s3.example.org", bucket="reviewer-exchange",
                              region="us-east-1", prefix="", account="org", upload=False,
                              workstation=None, ca_bundle=str(ca))


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> DictSecretStore:
    from reviewer.commands import workspace
    from reviewer.commands.sync import CREDENTIALS_SERVICE

    store = DictSecretStore()
    store.set(CREDENTIALS_SERVICE, "org", json.dumps({"access_key": "a", "secret_key": "s"}))
    monkeypatch.setattr(workspace, "secret_store", lambda: store)
    return store


@pytest.mark.parametrize("content", [b"not a certificate\n", b"\x30\x82\x01\x0a",
                                     b"-----BEGIN PRIVATE KEY-----\nMIIB\n"
                                     b"-----END PRIVATE KEY-----\n"])
def test_a_ca_bundle_that_is_not_ca_certificates_is_refused(
        tmp_path: Path, keyring: DictSecretStore, content: bytes) -> None:
    bad = tmp_path / "ca.pem"
    bad.write_bytes(content)
    with pytest.raises(TrustRefused, match=r"^the organisation's CA certificates") as caught:
        org._org_store(_args(tmp_path, bad))
    assert "\n" not in str(caught.value)


def test_a_missing_ca_bundle_is_refused_in_one_line(tmp_path: Path,
                                                    keyring: DictSecretStore) -> None:
    with pytest.raises(TrustRefused, match="cannot be read"):
        org._org_store(_args(tmp_path, tmp_path / "absent.pem"))
