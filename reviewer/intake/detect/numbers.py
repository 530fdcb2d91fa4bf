"""Runs of digits: phone numbers, card numbers, IMEIs, national numbers, and long numbers.

A candidate is a run of digits joined by at most two of ` . - / ( )` at a time (how people
write phone and account numbers), found with RE2. Libraries judge what they are made for:
`phonenumbers` for numbers in international form (every region) and in the package's own
region, `python-stdnum` for cards (Luhn), IMEIs and US social security numbers. A candidate of
seven or more digits that is none of these and is not an ordinary number (a date, a year range,
a decimal, an amount with thousands separators) is still reported, as a long number: account,
customer and national numbers of every country have no one library, and a give-up by a library
must never mean accept.
"""

from __future__ import annotations

from collections.abc import Iterator

import phonenumbers
from stdnum import imei, luhn
from stdnum.us import ssn

from reviewer.intake.detect.common import Found, compile_re2

_CANDIDATE = compile_re2(r"\+?\(?\d(?:[ .\-/()]{1,2}\d|\d)*")
MIN_DIGITS = 7
_MAX_LIBRARY_INPUT = 48  # longer runs are long numbers whatever a library would say


def find_numbers(text: str, region: str | None) -> Iterator[Found]:
    for match in _CANDIDATE.finditer(text):
        start, end = match.start(), match.end()
        kind = classify(match.group(), region)
        if kind is not None:
            yield Found(kind, start, end)


def _split(candidate: str) -> tuple[list[str], list[str]]:
    """Digit groups and the separators between them."""
    groups: list[str] = []
    seps: list[str] = []
    current = ""
    sep = ""
    for ch in candidate:
        if ch.isdigit():
            if sep and current:
                groups.append(current)
                seps.append(sep)
                current = ""
            sep = ""
            current += ch
        else:
            sep += ch
    if current:
        groups.append(current)
    return groups, seps


def classify(candidate: str, region: str | None) -> str | None:
    digits = "".join(ch for ch in candidate if ch.isdigit())
    if len(digits) < MIN_DIGITS:
        return None
    if len(candidate) > _MAX_LIBRARY_INPUT:
        return "number"
    international = candidate.startswith("+") or (digits.startswith("00") and digits[2] != "0"
                                                  and candidate.lstrip("(").startswith("00"))
    if international and _possible_phone("+" + digits[2:] if not candidate.startswith("+")
                                          else candidate, None):
        return "phone"
    if 13 <= len(digits) <= 19 and luhn.is_valid(digits):
        if len(digits) == 15 and imei.is_valid(digits) and not digits.startswith(("34", "37")):
            return "imei"
        return "card"
    groups, seps = _split(candidate.lstrip("+("))
    if _is_ssn(groups, seps):
        return "ssn"
    if _ordinary(groups, seps, digits):
        return None
    if region is not None and _valid_phone(candidate, region):
        return "phone"
    return "number"


def _possible_phone(text: str, region: str | None) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_possible_number(number))


def _valid_phone(text: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(number))


def _is_ssn(groups: list[str], seps: list[str]) -> bool:
    return ([len(g) for g in groups] == [3, 2, 4] and len(set(seps)) == 1
            and seps[0] in ("-", " ") and ssn.is_valid("".join(groups)))


def _ordinary(groups: list[str], seps: list[str], digits: str) -> bool:
    """Dates, year ranges, decimals and grouped amounts: numbers that name nobody."""
    sizes = [len(g) for g in groups]
    one_sep = len(set(seps)) == 1
    if len(groups) == 1:
        return _compact_date(digits)
    if len(groups) == 2 and seps == ["."]:
        return True  # a decimal such as 22631.3296
    if len(groups) == 2 and seps[0] in ("-", "/") and sizes == [4, 4]:
        return all(1000 <= int(g) <= 2999 for g in groups)  # a range of years
    if len(groups) == 3 and one_sep and seps[0] in ("-", ".", "/"):
        return _date(groups)
    # An amount with thousands separators: 3 645 000 or 1.299.000.
    return (one_sep and seps[0] in (" ", ".") and 1 <= sizes[0] <= 3 and groups[0][0] != "0"
            and all(n == 3 for n in sizes[1:]))


def _compact_date(digits: str) -> bool:
    if len(digits) != 8 or digits[:2] not in ("19", "20"):
        return False
    return 1 <= int(digits[4:6]) <= 12 and 1 <= int(digits[6:]) <= 31


def _date(groups: list[str]) -> bool:
    sizes = [len(g) for g in groups]
    if sizes[0] == 4 and sizes[1] <= 2 and sizes[2] <= 2:
        month, day = int(groups[1]), int(groups[2])
    elif sizes[2] in (2, 4) and sizes[0] <= 2 and sizes[1] <= 2:
        first, second = int(groups[0]), int(groups[1])
        month, day = (second, first) if second <= 12 else (first, second)
    else:
        return False
    return 1 <= month <= 12 and 1 <= day <= 31
