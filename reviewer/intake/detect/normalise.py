"""The view of a text that the detectors read, with a map back to the original.

NFKC folds full-width digits and `＠` to ASCII; invisible characters (zero-width spaces,
bidi controls, Hangul fillers) are dropped, since they only serve to split a number or an
address so a pattern misses it; every kind of space, `_`, tab and newline becomes one space
(not nothing: deleting separators would glue a number to its neighbours); every dash becomes
`-`, primes and curly quotes become `'` and `"`, and the ordinal and ring signs used for
degrees become `°`. Each character is folded on its own, so the map stays exact.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from reviewer.core.text_rules import is_invisible

_PRE = {"\u00ba": "°", "\u02da": "°", "\u2070": "°"}
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
           "\u201c": '"', "\u201d": '"', "\u2033": '"', "\u2036": '"'}
_DASHES = frozenset("\u2212\u2010\u2011\u2012\u2013\u2014\u2015\ufe63\uff0d")


@dataclass(frozen=True)
class Normalised:
    text: str
    origin: tuple[int, ...]  # origin[i]: index in the original of text[i]; one extra at the end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covered by text[start:end]."""
        first = self.origin[start]
        last = self.origin[end - 1] if end > start else first
        return first, last + 1


def _fold(ch: str) -> str:
    if ch in _PRE:
        return _PRE[ch]
    if ch in _QUOTES:
        return _QUOTES[ch]
    if ch in _DASHES:
        return "-"
    folded = unicodedata.normalize("NFKC", ch)
    out = []
    for c in folded:
        if c in _QUOTES:
            out.append(_QUOTES[c])
        elif c in _DASHES or unicodedata.category(c) == "Pd":
            out.append("-")
        elif c.isspace() or unicodedata.category(c) in ("Zs", "Zl", "Zp"):
            out.append(" ")
        else:
            out.append(c)
    return "".join(out)


def normalise(source: str) -> Normalised:
    chars: list[str] = []
    origin: list[int] = []
    last_space = True  # also drops leading spaces
    for index, ch in enumerate(source):
        if ch.isascii():
            folded = " " if ch in "_\t\n\r\x0b\x0c" else ch
            if ord(ch) < 32 and folded != " ":
                continue
        elif is_invisible(ch):
            continue
        else:
            folded = _fold(ch)
        for c in folded:
            if c == " ":
                if last_space:
                    continue
                last_space = True
            else:
                last_space = False
            chars.append(c)
            origin.append(index)
    while chars and chars[-1] == " ":
        chars.pop()
        origin.pop()
    origin.append(len(source))
    return Normalised("".join(chars), tuple(origin))
