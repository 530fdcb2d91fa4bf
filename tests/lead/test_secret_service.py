"""Lead keys with the real Secret Service: both halves needed, and the real CLI path."""

from __future__ import annotations

import re
from pathlib import Path

import keyring.backend
import pytest

from reviewer import cli
from reviewer.core.lead import WrongPassphrase
from reviewer.core.ports import SecretStore
from reviewer.seal.kit import SealKit
from reviewer.vault.keyring_store import KeyringSecretStore
from reviewer.workflows.lead_workspace import KEYRING_SERVICE, LeadWorkspace

pytestmark = pytest.mark.secret_service


def test_lead_init_uses_the_os_keyring(secret_service: keyring.backend.KeyringBackend,
                                       tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    pw = tmp_path / "pass"
    pw.write_text("real keyring lead passphrase\n")
    ws = tmp_path / "lead-ws"
    assert cli.main(["--workspace", str(ws), "lead", "init", "--name", "lead-real",
                     "--passphrase-file", str(pw)]) == 0
    assert re.search(r"age1\w{58}", capsys.readouterr().out)
    store: SecretStore = KeyringSecretStore()
    lead = LeadWorkspace(ws, store, SealKit())
    assert lead.unlock("real keyring lead passphrase").name == "lead-real"
    with pytest.raises(WrongPassphrase):
        lead.unlock("real keyring lead passphrasE")
    name = "lead-" + (ws / "lead" / "key-id").read_text()
    half = store.get(KEYRING_SERVICE, name)
    assert half is not None
    store.set(KEYRING_SERVICE, name, SealKit().new_keyring_secret())  # a different keyring
    with pytest.raises(WrongPassphrase):
        lead.unlock("real keyring lead passphrase")
    store.set(KEYRING_SERVICE, name, half)
