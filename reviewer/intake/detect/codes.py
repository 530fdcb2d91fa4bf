"""Codes with a check of their own: IBANs (python-stdnum), plus codes (Open Location Code),
and device serial numbers (letters and digits mixed in one long token)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from openlocationcode import openlocationcode as olc
from stdnum import iban

from reviewer.intake.detect.common import Found, compile_re2, is_word_char

_IBAN = compile_re2(r"[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{1,4}){2,9}")
_PLUS_CODE = compile_re2(r"(?i:[23456789CFGHJMPQRVWX]{2,8}\+[23456789CFGHJMPQRVWX]{0,3})")
_TOKEN = compile_re2(r"[A-Za-z0-9]{8,}")
_HEX = compile_re2(r"[0-9A-Fa-f]+")
_MAX_SERIAL = 40


def _mixed(token: str, least: int) -> bool:
    digits = sum(c.isdigit() for c in token)
    return digits >= least and len(token) - digits >= least


def find_codes(text: str, *, any_case: bool) -> Iterator[Found]:
    for m in _IBAN.finditer(text):
        if is_word_char(text, m.start() - 1):
            continue
        end = _iban_end(text, m.start(), m.group())
        if end is not None:
            yield Found("iban", m.start(), end)
    for m in _PLUS_CODE.finditer(text):
        if is_word_char(text, m.start() - 1) or is_word_char(text, m.end()):
            continue
        if olc.isValid(m.group().upper()):
            yield Found("plus_code", m.start(), m.end())
    for m in _TOKEN.finditer(text):
        token = m.group()
        if len(token) == 12 and _HEX.fullmatch(token) and _mixed(token, 2):
            yield Found("mac", m.start(), m.end())  # a MAC address written without separators
        elif _serial(token, any_case):
            yield Found("serial", m.start(), m.end())


def _iban_end(text: str, start: int, value: str) -> int | None:
    """The end of the longest prefix of `value`, cut at a group boundary, that is an IBAN."""
    for cut in range(len(value), 14, -1):
        if value[cut - 1] == " " or is_word_char(text, start + cut):
            continue
        compact = value[:cut].replace(" ", "")
        if 15 <= len(compact) <= 34 and iban.is_valid(compact):
            return start + cut
    return None


def _serial(token: str, any_case: bool) -> bool:
    if len(token) > _MAX_SERIAL:
        return any(c.isdigit() for c in token)
    digits = sum(c.isdigit() for c in token)
    letters = len(token) - digits
    if digits >= 2 and letters >= 2 and not any(c.islower() for c in token):
        return True  # capitals and digits: how serial numbers are printed
    # Ids written in lower case (question ids) hide serials too: digits scattered among the
    # letters (c02xk0aajgh5), unlike words with a number in them (iphone15pro, h264encoder).
    switches = sum(a.isdigit() != b.isdigit() for a, b in itertools.pairwise(token))
    return any_case and digits >= 2 and letters >= 2 and (
        switches >= 4 or (digits >= 3 and digits * 4 >= len(token) and switches >= 3))
