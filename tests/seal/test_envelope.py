"""Envelopes: every lead opens, nobody else does, and any changed byte breaks it."""

from __future__ import annotations

import pytest

from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import EnvelopeUnreadable
from reviewer.seal import envelope


@pytest.fixture(scope="module")
def leads() -> list[tuple[str, str]]:
    return [envelope.new_identity() for _ in range(3)]


def test_every_lead_opens_the_same_plaintext(leads: list[tuple[str, str]]) -> None:
    sealed = envelope.seal(b"clip bytes", [pub for _, pub in leads])
    for secret, _ in leads:
        assert envelope.open_sealed(sealed, [secret]) == b"clip bytes"


def test_reviewer_and_other_keys_cannot_open(leads: list[tuple[str, str]]) -> None:
    sealed = envelope.seal(b"clip bytes", [pub for _, pub in leads])
    reviewer_secret, _ = envelope.new_identity()
    with pytest.raises(EnvelopeUnreadable):
        envelope.open_sealed(sealed, [reviewer_secret])
    assert b"clip bytes" not in sealed


def test_no_recipients_is_refused() -> None:
    with pytest.raises(RefusedInput, match="no escalation recipients"):
        envelope.seal(b"x", [])


def test_malformed_recipient_is_refused() -> None:
    with pytest.raises(RefusedInput, match="not an age X25519"):
        envelope.seal(b"x", ["age1notakey"])


def _opens(sealed: bytes, secret: str) -> bool:
    try:
        envelope.open_sealed(sealed, [secret])
    except EnvelopeUnreadable:
        return False
    return True


def test_every_bit_flip_at_every_position_fails(leads: list[tuple[str, str]]) -> None:
    secret, public = leads[0]
    sealed = envelope.seal(b"short clip", [public, leads[1][1]])
    assert _opens(sealed, secret)
    survivors = [(i, bit) for i in range(len(sealed)) for bit in range(8)
                 if _opens(sealed[:i] + bytes([sealed[i] ^ (1 << bit)]) + sealed[i + 1:],
                           secret)]
    assert survivors == []
    assert not _opens(sealed[:-1], secret)
    assert not _opens(sealed + b"\x00", secret)


@pytest.mark.slow
def test_every_byte_value_at_every_position_fails(leads: list[tuple[str, str]]) -> None:
    """Exhaustive: all 255 other values at each of the envelope's positions (~6 s)."""
    secret, public = leads[0]
    sealed = envelope.seal(b"x", [public])
    survivors = [(i, v) for i in range(len(sealed)) for v in range(256) if v != sealed[i]
                 and _opens(sealed[:i] + bytes([v]) + sealed[i + 1:], secret)]
    assert survivors == []
