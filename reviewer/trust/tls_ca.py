"""The organisation's CA certificates for HTTPS to its object store (docs/deployment.md,
"Exchange"): PEM text, from a file today and from the signed profile later.

They are added to the system's trust store, never put in its place (reviewer/exchange/
trust_bundle.py). So that a wrong file cannot widen what the sync process trusts by accident,
only CA certificates are accepted: a server certificate, a private key, a request or anything
else is refused with one line saying what it is. What is returned is the certificates
re-encoded from what was parsed (no comments or other text passed through).
"""

from __future__ import annotations

import datetime as dt
import re

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from reviewer.core.trust import TrustRefused

MAX_BYTES = 1024 * 1024  # a CA list this large is a mistake, not a trust store
MAX_CERTIFICATES = 50
_BLOCK = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.DOTALL)
_LABEL = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----")


def organisation_ca(pem: str, source: str,
                    now: dt.datetime | None = None) -> str:
    """The CA certificates in `pem` (from `source`, named in messages), re-encoded as PEM;
    TrustRefused (one line) for anything else."""
    what = f"the organisation's CA certificates ({source})"
    if len(pem) > MAX_BYTES:
        raise TrustRefused(f"{what}: larger than {MAX_BYTES // 1024} KiB")
    labels = _LABEL.findall(pem)
    if not labels:
        raise TrustRefused(f"{what}: no PEM certificate in it (-----BEGIN CERTIFICATE-----)")
    for label in labels:
        if label != "CERTIFICATE":
            raise TrustRefused(f"{what}: holds a {label}, not only CA certificates; give "
                               "the CA certificates alone")
    blocks = _BLOCK.findall(pem)
    if len(blocks) != len(labels):
        raise TrustRefused(f"{what}: a PEM block is not closed")
    if len(blocks) > MAX_CERTIFICATES:
        raise TrustRefused(f"{what}: more than {MAX_CERTIFICATES} certificates")
    when = now or dt.datetime.now(dt.UTC)
    out = []
    for number, (_, body) in enumerate(blocks, 1):
        block = f"-----BEGIN CERTIFICATE-----{body}-----END CERTIFICATE-----\n"
        try:
            cert = x509.load_pem_x509_certificate(block.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise TrustRefused(f"{what}: certificate {number} cannot be read") from None
        name = cert.subject.rfc4514_string() or "no subject"
        try:
            basic = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        except x509.ExtensionNotFound:
            basic = None
        except ValueError:  # a malformed extension
            raise TrustRefused(f"{what}: certificate {number} ({name}) has malformed "
                               "extensions") from None
        if basic is None or not basic.ca:
            raise TrustRefused(f"{what}: certificate {number} ({name}) is not a CA "
                               "certificate (a server's own certificate does not belong here)")
        if cert.not_valid_after_utc < when:
            raise TrustRefused(f"{what}: certificate {number} ({name}) expired on "
                               f"{cert.not_valid_after_utc:%Y-%m-%d}")
        out.append(cert.public_bytes(serialization.Encoding.PEM).decode("ascii"))
    return "".join(out)


def read_organisation_ca(path: str) -> str:
    """organisation_ca() of a PEM file (the sync command's --ca-bundle)."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise TrustRefused(f"the organisation's CA certificates ({path}): cannot be read "
                           f"({exc.strerror or type(exc).__name__})") from None
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise TrustRefused(f"the organisation's CA certificates ({path}): not PEM text "
                           "(a DER file? convert it with `openssl x509 -inform der`)") from None
    return organisation_ca(text, path)
