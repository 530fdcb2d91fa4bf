"""Disclosure requests (two-person rule): the signed body and its canonical bytes.

A request names the case, the upstream clip and package ids and the reason; never identity.
Signatures cover the canonical JSON of the body (sorted keys, no spaces, UTF-8), so any edit
to the body, however small, invalidates every signature.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reviewer.core.errors import RefusedInput

DISCLOSURE_FORMAT = "reviewer-disclosure/1"
_BODY_KEYS = ("case_id", "clip_id", "package_id", "reason", "created", "requested_by")


class DisclosureInvalid(RefusedInput):
    """The request does not verify; the message says which rule failed."""

    code = "disclosure_invalid"


@dataclass(frozen=True)
class Signature:
    lead: str
    signature: str  # base64 Ed25519 over canonical_body


@dataclass(frozen=True)
class DisclosureRequest:
    case_id: str
    clip_id: str
    package_id: str
    reason: str
    created: str
    requested_by: str
    signatures: tuple[Signature, ...] = ()

    def body(self) -> dict[str, str]:
        return {k: str(getattr(self, k)) for k in _BODY_KEYS}

    def canonical_body(self) -> bytes:
        return json.dumps(self.body(), sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False).encode("utf-8")

    def with_signature(self, sig: Signature) -> DisclosureRequest:
        return DisclosureRequest(**self.body(), signatures=(*self.signatures, sig))

    def to_json(self) -> dict[str, Any]:
        return {"format": DISCLOSURE_FORMAT, "request": self.body(),
                "signatures": [{"lead": s.lead, "signature": s.signature}
                               for s in self.signatures]}

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n").encode()


def parse_disclosure(data: bytes) -> DisclosureRequest:
    """Strict parse: unknown or missing keys are refused, as are non-string values."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise DisclosureInvalid("not a disclosure request (not JSON)") from None
    if not isinstance(doc, Mapping) or set(doc) != {"format", "request", "signatures"}:
        raise DisclosureInvalid("not a disclosure request (unexpected keys)")
    if doc["format"] != DISCLOSURE_FORMAT:
        raise DisclosureInvalid(f"format must be {DISCLOSURE_FORMAT!r}")
    body = doc["request"]
    if not isinstance(body, Mapping) or set(body) != set(_BODY_KEYS) or not all(
            isinstance(v, str) and v for v in body.values()):
        raise DisclosureInvalid("request must hold exactly: " + ", ".join(_BODY_KEYS))
    sigs = doc["signatures"]
    if not isinstance(sigs, list) or not all(
            isinstance(s, Mapping) and set(s) == {"lead", "signature"}
            and all(isinstance(v, str) for v in s.values()) for s in sigs):
        raise DisclosureInvalid("signatures must be a list of {lead, signature}")
    return DisclosureRequest(**{k: body[k] for k in _BODY_KEYS},
                             signatures=tuple(Signature(s["lead"], s["signature"])
                                              for s in sigs))
