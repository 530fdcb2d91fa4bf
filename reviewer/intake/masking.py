"""Masks identity inside free text the assistant produced (`assistant_response`).

The assistant may read out contact details the speaker never said; those are replaced by
tags before anything is stored. Speaker text (`pred_text`, `prior_text`) is never masked.
"""

from __future__ import annotations

from reviewer.intake.identity import find_identity

TAGS = {
    "email": "[EMAIL]", "coordinates": "[COORDINATES]", "card": "[CARD]", "ip": "[IP]",
    "phone": "[PHONE]", "address": "[ADDRESS]",
}


def mask_identity(text: str) -> str:
    """`text` with every phone number, e-mail, coordinate, address, IP and card number tagged."""
    out: list[str] = []
    pos = 0
    for match in find_identity(text):
        out.append(text[pos:match.start])
        out.append(TAGS[match.kind])
        pos = match.end
    out.append(text[pos:])
    return "".join(out)
