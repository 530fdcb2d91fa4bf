"""Disclosure requests: two distinct listed leads, over exactly this content."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.core.disclosure import DisclosureInvalid, DisclosureRequest, parse_disclosure
from reviewer.core.errors import RefusedInput
from reviewer.seal.kit import SealKit
from reviewer.workflows.disclosure import cosign_file, sign_request, verify_file, verify_request
from tests.lead.fakes import PASSPHRASE, Lead

KIT = SealKit()
BASE = DisclosureRequest(case_id="case-0123456789abcdef", clip_id="clip00000001",
                         package_id="pkg_00000001", reason="Immediate danger to life.",
                         created="2026-11-22T03:00:00Z", requested_by="lead-a")


def private(lead: Lead) -> str:
    return lead.ws.unlock(PASSPHRASE).signing_private


def keys(leads: list[Lead]) -> dict[str, str]:
    return {x.enrolled.name: x.enrolled.signing_key for x in leads}


@pytest.fixture
def signed(leads: list[Lead]) -> DisclosureRequest:
    one = sign_request(KIT, BASE, "lead-a", private(leads[0]))
    return sign_request(KIT, one, "lead-b", private(leads[1]))


def test_two_distinct_leads_verify(leads: list[Lead], signed: DisclosureRequest) -> None:
    verify_request(KIT, signed, keys(leads[:2]))
    assert parse_disclosure(signed.to_bytes()) == signed


def test_one_signature_is_not_enough(leads: list[Lead]) -> None:
    one = sign_request(KIT, BASE, "lead-a", private(leads[0]))
    with pytest.raises(DisclosureInvalid, match="2 different leads; has 1"):
        verify_request(KIT, one, keys(leads))
    with pytest.raises(DisclosureInvalid, match="has 0"):
        verify_request(KIT, BASE, keys(leads))


def test_same_lead_twice_is_refused(leads: list[Lead], signed: DisclosureRequest) -> None:
    with pytest.raises(RefusedInput, match="signed this request already"):
        sign_request(KIT, signed, "lead-a", private(leads[0]))
    dup = signed.with_signature(signed.signatures[0])
    with pytest.raises(DisclosureInvalid, match="duplicates"):
        verify_request(KIT, dup, keys(leads))
    # the same key listed under two pseudonyms is still one person
    alias = {"lead-a": leads[0].enrolled.signing_key, "lead-x": leads[0].enrolled.signing_key}
    forged = BASE.with_signature(signed.signatures[0])
    forged = forged.with_signature(type(signed.signatures[0])(
        "lead-x", signed.signatures[0].signature))
    with pytest.raises(DisclosureInvalid, match="duplicates"):
        verify_request(KIT, forged, alias)


def test_unknown_signer_is_refused(leads: list[Lead], signed: DisclosureRequest) -> None:
    with pytest.raises(DisclosureInvalid, match="does not list"):
        verify_request(KIT, signed, keys(leads[:1]))
    c_signed = sign_request(KIT, signed, "lead-c", private(leads[2]))
    with pytest.raises(DisclosureInvalid, match="does not list"):
        verify_request(KIT, c_signed, keys(leads[:2]))


@pytest.mark.parametrize("field", ["case_id", "clip_id", "package_id", "reason", "created",
                                   "requested_by"])
def test_every_edited_field_fails(leads: list[Lead], signed: DisclosureRequest,
                                  field: str, tmp_path: Path) -> None:
    doc = json.loads(signed.to_bytes())
    doc["request"][field] += "x"
    path = tmp_path / "req.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(DisclosureInvalid, match="does not match"):
        verify_file(KIT, path, keys(leads))


def test_signature_swapped_between_leads_fails(leads: list[Lead],
                                               signed: DisclosureRequest) -> None:
    a, b = signed.signatures
    swapped = BASE.with_signature(type(a)(a.lead, b.signature)).with_signature(b)
    with pytest.raises(DisclosureInvalid, match="signature 1 does not match"):
        verify_request(KIT, swapped, keys(leads))


@pytest.mark.parametrize("data", [
    b"", b"not json", b"[]", b'{"format": "reviewer-disclosure/1"}',
    b'{"format": "other", "request": {}, "signatures": []}',
])
def test_malformed_files_fail(leads: list[Lead], data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "req.json"
    path.write_bytes(data)
    with pytest.raises(DisclosureInvalid):
        verify_file(KIT, path, keys(leads))


def test_extra_key_fails(leads: list[Lead], signed: DisclosureRequest, tmp_path: Path) -> None:
    doc = json.loads(signed.to_bytes())
    doc["request"]["speaker"] = "someone"
    path = tmp_path / "req.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(DisclosureInvalid, match="exactly"):
        verify_file(KIT, path, keys(leads))
    with pytest.raises(DisclosureInvalid, match="cannot read"):
        verify_file(KIT, tmp_path / "missing.json", keys(leads))


def test_cosign_file(leads: list[Lead], tmp_path: Path) -> None:
    path = tmp_path / "req.json"
    path.write_bytes(sign_request(KIT, BASE, "lead-a", private(leads[0])).to_bytes())
    with pytest.raises(RefusedInput, match="already"):
        cosign_file(KIT, path, "lead-a", private(leads[0]), keys(leads))
    cosign_file(KIT, path, "lead-b", private(leads[1]), keys(leads))
    assert len(verify_file(KIT, path, keys(leads)).signatures) == 2
