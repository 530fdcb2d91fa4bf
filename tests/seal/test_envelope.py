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


def test_every_single_byte_change_fails(leads: list[tuple[str, str]]) -> None:
    secret, public = leads[0]
    sealed = envelope.seal(b"short clip", [public, leads[1][1]])
    assert envelope.open_sealed(sealed, [secret]) == b"short clip"
    for i in range(len(sealed)):
        for flip in (0x01, 0x80):
            tampered = bytearray(sealed)
            tampered[i] ^= flip
            with pytest.raises(EnvelopeUnreadable):
                envelope.open_sealed(bytes(tampered), [secret])
    with pytest.raises(EnvelopeUnreadable):
        envelope.open_sealed(sealed[:-1], [secret])
    with pytest.raises(EnvelopeUnreadable):
        envelope.open_sealed(sealed + b"\x00", [secret])
