"""The lead's key file needs both the passphrase and the keyring half."""

from __future__ import annotations

import json

import pytest

from reviewer.core.errors import RefusedInput
from reviewer.core.lead import FAST_TEST_KDF, LeadSecrets, WrongPassphrase
from reviewer.seal import lead_keys

SECRETS = LeadSecrets("lead-a", "AGE-SECRET-KEY-1X", "c2VlZA==", "JBSWY3DPEHPK3PXP")


def test_round_trip_and_no_secret_in_clear() -> None:
    ring = lead_keys.new_keyring_secret()
    data = lead_keys.lock_secrets(SECRETS, "correct horse battery", ring, FAST_TEST_KDF)
    for secret in (SECRETS.age_secret, SECRETS.signing_private, SECRETS.totp_secret):
        assert secret.encode() not in data
    assert lead_keys.unlock_secrets(data, "correct horse battery", ring) == SECRETS
    assert lead_keys.read_name(data) == "lead-a"
    assert "AGE-SECRET" not in repr(SECRETS)


def test_wrong_passphrase_or_keyring_half_fails() -> None:
    ring = lead_keys.new_keyring_secret()
    data = lead_keys.lock_secrets(SECRETS, "correct horse battery", ring, FAST_TEST_KDF)
    with pytest.raises(WrongPassphrase):
        lead_keys.unlock_secrets(data, "correct horse batterY", ring)
    with pytest.raises(WrongPassphrase):
        lead_keys.unlock_secrets(data, "correct horse battery", lead_keys.new_keyring_secret())


def test_header_fields_are_bound() -> None:
    ring = lead_keys.new_keyring_secret()
    doc = json.loads(lead_keys.lock_secrets(SECRETS, "pw-pw-pw-pw", ring, FAST_TEST_KDF))
    doc["name"] = "lead-b"
    with pytest.raises(WrongPassphrase):
        lead_keys.unlock_secrets(json.dumps(doc).encode(), "pw-pw-pw-pw", ring)
    with pytest.raises(RefusedInput, match="not a lead key file"):
        lead_keys.unlock_secrets(b"{}", "pw", ring)
