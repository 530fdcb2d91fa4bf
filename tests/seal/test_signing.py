from __future__ import annotations

from reviewer.seal import signing


def test_sign_and_verify() -> None:
    private, public = signing.new_signing_key()
    assert signing.public_of(private) == public
    sig = signing.sign(private, b"body")
    assert signing.verify(public, b"body", sig)
    assert not signing.verify(public, b"bodY", sig)
    _, other = signing.new_signing_key()
    assert not signing.verify(other, b"body", sig)
    assert not signing.verify(public, b"body", "not base64!")
    assert not signing.verify("AAAA", b"body", sig)
