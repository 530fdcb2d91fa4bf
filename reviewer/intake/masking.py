"""Masks identity inside free text the assistant produced (`assistant_response`).

The assistant may read out contact details the speaker never said; those are replaced by
tags before anything is stored. Speaker text (`pred_text`, `prior_text`) is never masked.
The detectors are the gate's (`reviewer.intake.detect`); a span any of them claims is masked,
so a detector that cannot decide errs towards hiding.
"""

from __future__ import annotations

from reviewer.intake.detect.find import Mode, find_identity

TAGS = {
    "email": "[EMAIL]", "coordinates": "[COORDINATES]", "plus_code": "[COORDINATES]",
    "card": "[CARD]", "iban": "[IBAN]", "imei": "[DEVICE]", "mac": "[DEVICE]",
    "serial": "[DEVICE]", "ip": "[IP]", "phone": "[PHONE]", "ssn": "[ID]", "number": "[NUMBER]",
    "address": "[ADDRESS]", "postcode": "[ADDRESS]",
}


def mask_identity(text: str, region: str | None = None) -> str:
    """`text` with every identity-shaped span replaced by its tag."""
    out: list[str] = []
    pos = 0
    for match in find_identity(text, region, Mode.RESPONSE):
        out.append(text[pos:match.start])
        out.append(TAGS[match.kind])
        pos = match.end
    out.append(text[pos:])
    return "".join(out)
