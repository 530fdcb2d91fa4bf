"""The seal adapter behind core.lead.SealPort: what the composition root hands workflows."""

from __future__ import annotations

from collections.abc import Sequence

from reviewer.core.lead import DEFAULT_KDF, KdfParams, LeadSecrets
from reviewer.seal import envelope, lead_keys, signing


class SealKit:
    def new_identity(self) -> tuple[str, str]:
        return envelope.new_identity()

    def seal(self, plaintext: bytes, recipients: Sequence[str]) -> bytes:
        return envelope.seal(plaintext, recipients)

    def open_sealed(self, envelope_bytes: bytes, secrets: Sequence[str]) -> bytes:
        return envelope.open_sealed(envelope_bytes, secrets)

    def new_signing_key(self) -> tuple[str, str]:
        return signing.new_signing_key()

    def signing_public(self, private_b64: str) -> str:
        return signing.public_of(private_b64)

    def sign(self, private_b64: str, message: bytes) -> str:
        return signing.sign(private_b64, message)

    def verify(self, public_b64: str, message: bytes, signature_b64: str) -> bool:
        return signing.verify(public_b64, message, signature_b64)

    def new_keyring_secret(self) -> str:
        return lead_keys.new_keyring_secret()

    def lock_secrets(self, secrets: LeadSecrets, passphrase: str, keyring_secret: str,
                     params: KdfParams = DEFAULT_KDF) -> bytes:
        return lead_keys.lock_secrets(secrets, passphrase, keyring_secret, params)

    def unlock_secrets(self, data: bytes, passphrase: str, keyring_secret: str) -> LeadSecrets:
        return lead_keys.unlock_secrets(data, passphrase, keyring_secret)

    def read_name(self, data: bytes) -> str:
        return lead_keys.read_name(data)
