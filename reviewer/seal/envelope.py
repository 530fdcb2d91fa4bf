"""Age envelopes: one X25519 stanza per lead; any change to the file makes it unreadable."""

from __future__ import annotations

from collections.abc import Iterable

import pyrage

from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import EnvelopeUnreadable


def new_identity() -> tuple[str, str]:
    """A fresh age X25519 identity: (secret `AGE-SECRET-KEY-1...`, public `age1...`)."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def public_of(secret: str) -> str:
    return str(pyrage.x25519.Identity.from_str(secret).to_public())


def seal(plaintext: bytes, recipients: Iterable[str]) -> bytes:
    """Encrypts to every recipient; refuses an empty or malformed recipient list."""
    keys = []
    for text in recipients:
        try:
            keys.append(pyrage.x25519.Recipient.from_str(text))
        except pyrage.RecipientError:
            raise RefusedInput("escalation recipient is not an age X25519 public key") from None
    if not keys:
        raise RefusedInput("no escalation recipients")
    sealed: bytes = pyrage.encrypt(plaintext, keys)
    return sealed


def open_sealed(envelope: bytes, secrets: Iterable[str]) -> bytes:
    """Decrypts with any of the given identities; raises EnvelopeUnreadable otherwise."""
    try:
        identities = [pyrage.x25519.Identity.from_str(s) for s in secrets]
    except pyrage.IdentityError:
        raise EnvelopeUnreadable("the key given is not an age identity") from None
    try:
        opened: bytes = pyrage.decrypt(envelope, identities)
    except pyrage.DecryptError:
        raise EnvelopeUnreadable(
            "envelope cannot be opened: not addressed to this lead, damaged or altered"
        ) from None
    return opened
