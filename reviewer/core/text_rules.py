"""Which characters may appear in text the app shows or stores, by the kind of field.

Invisible characters are the ones a person cannot see but a program can: the Unicode
Default_Ignorable_Code_Point set (zero-width spaces and joiners, bidi controls, variation
selectors, Hangul fillers, tag characters...) plus a few blanks outside it (Braille blank).
They can hide data in a value that looks harmless, make two different strings look the same,
or pad a required text ("a reason") with nothing. Standard library only: the gate and the lead
gate both rely on these rules.
"""

from __future__ import annotations

import unicodedata
from enum import Enum

# Default_Ignorable_Code_Point, from the Unicode Character Database (DerivedCoreProperties).
_IGNORABLE_RANGES = (
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x206F), (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)
_BLANKS = frozenset({0x2800})  # BRAILLE PATTERN BLANK renders as nothing and is not ignorable
BIDI_CONTROLS = frozenset({0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F),
                           *range(0x2066, 0x206A)})
# Zero-width (non-)joiners are part of ordinary spelling in Persian and Indic scripts.
JOINERS = frozenset({0x200C, 0x200D})
# The invisibles that str.isprintable() lets through (letters and marks, not format chars).
_PRINTABLE_INVISIBLES = frozenset(
    chr(c) for lo, hi in _IGNORABLE_RANGES for c in range(lo, hi + 1)
    if chr(c).isprintable()) | {chr(c) for c in _BLANKS}


def is_invisible(ch: str) -> bool:
    """True for characters that draw nothing: ignorable code points, controls, blanks."""
    code = ord(ch)
    if code in _BLANKS:
        return True
    if any(lo <= code <= hi for lo, hi in _IGNORABLE_RANGES):
        return True
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp")


class TextKind(Enum):
    """How strict the character rules are for a field."""

    METADATA = "metadata"  # ids, prompts, options, locale: what the organisation writes
    SPEECH = "speech"  # transcripts and the assistant's answer: what someone said


class TextFault(Enum):
    """Why a text was refused; the ui and the gate word these."""

    SURROGATE = "is not valid Unicode (it has a lone surrogate)"
    CONTROL = "contains control characters"
    BIDI = "contains characters that change text direction"
    INVISIBLE = "contains invisible characters"
    UNASSIGNED = "contains private-use or unassigned characters"


def text_fault(text: str, kind: TextKind) -> TextFault | None:
    """The first rule `text` breaks for a field of `kind`, or None when it is clean.

    Fast for clean text (the common case): `str.isprintable` and a set intersection run in C;
    only text that fails them is looked at character by character.
    """
    if text.isprintable() and not (_PRINTABLE_INVISIBLES & set(text)):
        return None
    for ch in text:
        fault = _char_fault(ch, kind)
        if fault is not None:
            return fault
    return None


def _char_fault(ch: str, kind: TextKind) -> TextFault | None:
    code = ord(ch)
    category = unicodedata.category(ch)
    if category == "Cs":
        return TextFault.SURROGATE
    if category == "Cc" or category in ("Zl", "Zp"):
        return TextFault.CONTROL
    if code in BIDI_CONTROLS:
        return TextFault.BIDI
    if kind is TextKind.SPEECH and code in JOINERS:
        return None
    if is_invisible(ch):
        return TextFault.INVISIBLE
    if category == "Co" or (kind is TextKind.METADATA and category == "Cn"):
        return TextFault.UNASSIGNED
    return None


def visible(text: str) -> str:
    """`text` without its invisible characters (what a person actually sees)."""
    if text.isprintable() and not (_PRINTABLE_INVISIBLES & set(text)):
        return text
    return "".join(ch for ch in text if not is_invisible(ch))


def cleaned_speech(text: str) -> str:
    """`text` as it may be shown when it cannot be refused (the assistant's answer): line
    breaks and controls become spaces; bidi controls and other invisibles are dropped, except
    the joiners that Persian and Indic spelling need. Lone surrogates must be refused first."""
    if text.isprintable() and not (_PRINTABLE_INVISIBLES & set(text)):
        return text
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cc" or category in ("Zl", "Zp"):
            out.append(" ")
        elif ord(ch) in JOINERS or not is_invisible(ch):
            out.append(ch)
    return "".join(out)
