"""What a detector reports, and the RE2 helpers every detector shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import re2

# RE2 logs through absl when a pattern fails to compile; every pattern here is fixed and
# compiled at import, so a failure is a programming error raised as usual.
re2_options = re2.Options()
re2_options.log_errors = False


def compile_re2(pattern: str) -> Any:
    """A linear-time pattern (RE2 has no backtracking)."""
    return re2.compile(pattern, options=re2_options)


@dataclass(frozen=True)
class Found:
    kind: str  # one of KINDS
    start: int  # in the normalised text
    end: int


KINDS = {
    "email": "an e-mail address", "coordinates": "coordinates", "plus_code": "a plus code",
    "iban": "a bank account number (IBAN)", "card": "a card number", "imei": "an IMEI",
    "ssn": "a national identity number", "phone": "a phone number",
    "number": "a long number (account, phone or identity number)", "ip": "an IP address",
    "mac": "a hardware (MAC) address", "serial": "a serial number",
    "address": "a street address", "postcode": "a postcode",
}


def is_word_char(text: str, index: int) -> bool:
    """True when text[index] exists and is a letter or digit (a token boundary check)."""
    return 0 <= index < len(text) and text[index].isalnum()
