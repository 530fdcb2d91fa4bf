"""Creating, co-signing and verifying disclosure requests (two distinct leads)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.core.disclosure import (
    DisclosureInvalid,
    DisclosureRequest,
    Signature,
    parse_disclosure,
)
from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import CASE_ID, AuditSink
from reviewer.core.lead import SealPort
from reviewer.fileio import atomic_write

if TYPE_CHECKING:
    from reviewer.workflows.lead_gate import LeadGate

REQUIRED_SIGNERS = 2


def sign_request(crypto: SealPort, request: DisclosureRequest, lead: str,
                 private_b64: str) -> DisclosureRequest:
    if any(s.lead == lead for s in request.signatures):
        raise RefusedInput("you have signed this request already; a second, different lead "
                           "must co-sign it", code="already_signed")
    sig = crypto.sign(private_b64, request.canonical_body())
    return request.with_signature(Signature(lead, sig))


def verify_request(crypto: SealPort, request: DisclosureRequest,
                   lead_keys: Mapping[str, str]) -> None:
    """Raises DisclosureInvalid unless two distinct listed leads signed this exact body."""
    body = request.canonical_body()
    seen_leads: set[str] = set()
    seen_keys: set[str] = set()
    for n, sig in enumerate(request.signatures, start=1):
        key = lead_keys.get(sig.lead)
        if key is None:
            raise DisclosureInvalid(f"signature {n} is by a lead the profile does not list",
                                    code="signature_unknown_lead", number=n)
        if sig.lead in seen_leads or key in seen_keys:
            raise DisclosureInvalid(f"signature {n} duplicates a lead who already signed",
                                    code="signature_duplicate", number=n)
        if not crypto.verify(key, body, sig.signature):
            raise DisclosureInvalid(f"signature {n} does not match the request "
                                    "(edited content or a bad signature)",
                                    code="signature_mismatch", number=n)
        seen_leads.add(sig.lead)
        seen_keys.add(key)
    if len(seen_leads) < REQUIRED_SIGNERS:
        raise DisclosureInvalid(f"needs signatures from {REQUIRED_SIGNERS} different leads; "
                                f"has {len(seen_leads)}",
                                code="signatures_missing", required=REQUIRED_SIGNERS,
                                found=len(seen_leads))


def verify_file(crypto: SealPort, path: Path, lead_keys: Mapping[str, str]) -> DisclosureRequest:
    try:
        data = path.read_bytes()
    except OSError:
        raise DisclosureInvalid("cannot read the request file", code="request_unreadable") from None
    request = parse_disclosure(data)
    verify_request(crypto, request, lead_keys)
    return request


def cosign_file(crypto: SealPort, path: Path, lead: str, private_b64: str,
                lead_keys: Mapping[str, str]) -> DisclosureRequest:
    """Adds this lead's signature after checking the ones already there."""
    try:
        request = parse_disclosure(path.read_bytes())
    except OSError:
        raise RefusedInput("cannot read the request file", code="request_unreadable") from None
    for n, sig in enumerate(request.signatures, start=1):
        key = lead_keys.get(sig.lead)
        if key is None or not crypto.verify(key, request.canonical_body(), sig.signature):
            raise DisclosureInvalid(f"signature {n} does not verify; not co-signing",
                                    code="signature_invalid", number=n)
    signed = sign_request(crypto, request, lead, private_b64)
    atomic_write(path, signed.to_bytes())
    return signed


def read_request(path: Path) -> DisclosureRequest:
    try:
        return parse_disclosure(path.read_bytes())
    except OSError:
        raise RefusedInput("cannot read the request file", code="request_unreadable") from None


def cosign_through_gate(gate: LeadGate, audit: AuditSink, path: Path, passphrase: str,
                        code: str, lead_keys: Mapping[str, str]) -> DisclosureRequest:
    """Passphrase + current code unlock this lead's key; then the signature is added."""
    request = read_request(path)
    if not CASE_ID.match(request.case_id):
        raise DisclosureInvalid("the request names no valid case id", code="request_no_case")
    secrets = gate.authorize(request.case_id, "cosign", passphrase, code)
    signed = cosign_file(gate.crypto, path, secrets.name, secrets.signing_private, lead_keys)
    audit.append("lead.cosign", {"case": request.case_id,
                                 "signatures": len(signed.signatures)})
    return signed
