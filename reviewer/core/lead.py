"""The lead's key material and the port to the envelope/signature/key-file adapter (seal/).

Workflows never import seal/ directly: the composition root hands them a `SealPort`
(reviewer.seal.kit.SealKit), and tests may hand them the same or a fake.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from reviewer.core.errors import RefusedInput


class WrongPassphrase(RefusedInput):
    """The passphrase (or the keyring entry) does not open the lead's keys."""

    code = "wrong_passphrase"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost of the passphrase stretch (tests use a cheap one)."""

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 1


DEFAULT_KDF = KdfParams()
FAST_TEST_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)


@dataclass(frozen=True)
class LeadSecrets:
    name: str
    age_secret: str = field(repr=False)  # AGE-SECRET-KEY-1...
    signing_private: str = field(repr=False)  # base64 Ed25519 seed
    totp_secret: str = field(repr=False)  # base32


class SealPort(Protocol):
    # age envelopes
    def new_identity(self) -> tuple[str, str]:
        """(secret, public recipient)."""
        ...

    def seal(self, plaintext: bytes, recipients: Sequence[str]) -> bytes: ...

    def open_sealed(self, envelope: bytes, secrets: Sequence[str]) -> bytes:
        """Raises EnvelopeUnreadable when none of the identities opens it."""
        ...

    # Ed25519
    def new_signing_key(self) -> tuple[str, str]:
        """(private, public), base64."""
        ...

    def signing_public(self, private_b64: str) -> str:
        """The base64 public key of a base64 Ed25519 private seed."""
        ...

    def sign(self, private_b64: str, message: bytes) -> str: ...

    def verify(self, public_b64: str, message: bytes, signature_b64: str) -> bool: ...

    # the lead's key file
    def new_keyring_secret(self) -> str: ...

    def lock_secrets(self, secrets: LeadSecrets, passphrase: str, keyring_secret: str,
                     params: KdfParams = DEFAULT_KDF) -> bytes: ...

    def unlock_secrets(self, data: bytes, passphrase: str, keyring_secret: str) -> LeadSecrets:
        """Raises WrongPassphrase."""
        ...

    def read_name(self, data: bytes) -> str: ...
