"""Lead keys and the gate state's anchor with the real Secret Service, and the real CLI path."""

from __future__ import annotations

import re
from pathlib import Path

import keyring.backend
import pyotp
import pytest

from reviewer import cli
from reviewer.core.gate_state import read_anchor
from reviewer.core.lead import FAST_TEST_KDF, WrongPassphrase
from reviewer.core.ports import SecretStore
from reviewer.seal.kit import SealKit
from reviewer.vault.keyring_store import KeyringSecretStore
from reviewer.workflows.lead_gate import AccessDenied, LeadGate
from reviewer.workflows.lead_gate_state import KEYRING_SERVICE
from reviewer.workflows.lead_workspace import LeadWorkspace
from tests.lead.fakes import Clock, FakeAudit

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


def test_gate_state_is_anchored_in_the_os_keyring(
        secret_service: keyring.backend.KeyringBackend, tmp_path: Path) -> None:
    """`lead init` anchors a fresh gate state in the real keyring; each attempt moves the
    anchor on, and without it the gate meets the strict state."""
    store: SecretStore = KeyringSecretStore()
    lead = LeadWorkspace(tmp_path / "lead-ws", store, SealKit())
    enrolled = lead.init("lead-real", "real keyring lead passphrase", FAST_TEST_KDF)
    anchor = "lead-gate-" + lead.id_file.read_text()
    first = read_anchor(store.get(KEYRING_SERVICE, anchor))
    assert first is not None
    assert first[0] == 1
    audit = FakeAudit()
    gate = LeadGate(lead, audit, Clock())
    code = pyotp.TOTP(enrolled.totp_secret).at(Clock().now)
    with pytest.raises(AccessDenied, match="Wrong passphrase"):
        gate.authorize("case-00112233445566aa", "cosign", "not the passphrase", code)
    second = read_anchor(store.get(KEYRING_SERVICE, anchor))
    assert second is not None
    assert second[0] == first[0] + 1
    assert gate.backoff_remaining() == 0
    store.delete(KEYRING_SERVICE, anchor)
    with pytest.raises(AccessDenied) as err:
        gate.authorize("case-00112233445566aa", "cosign", "real keyring lead passphrase", code)
    assert err.value.why == "state_damaged"
    assert [d["why"] for _, d in audit.entries] == ["wrong_passphrase", "state_damaged"]
    lead.forget()
    assert store.get(KEYRING_SERVICE, anchor) is None
