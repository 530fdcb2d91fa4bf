"""Geographic coordinates in the notations people and programs write them.

An angle is a number of degrees with optional decimals (point or comma), optionally followed
by `°`, minutes `'` and seconds `"` (or `''`), and a hemisphere letter before or after. Two
angles side by side (joined by spaces, `,` `;` `/` `&` or quotes, or `lon=`-style keys) are a
position when they are in range and something says they are coordinates: a hemisphere letter
or minutes on both, at least three decimals on both (street-level precision; prices have
two), or a coordinate keyword just before. `geo:` URIs and `lat`/`lon` keywords followed by a
number are positions too, whatever their spelling.

RE2 finds only angles that carry a decimal part, minutes or a hemisphere letter (a bare
integer or `21°` can never be half of a position), and the match text is parsed here without capture
groups: the cost per match stays a few microseconds, so text of any shape scans in time
linear in its length.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from reviewer.intake.detect.common import Found, compile_re2, is_word_char

_H = r"[NSEWnsew]"
_DEC = r"[-+]?\d{1,3}[.,]\d{1,15}"
_DMS = (r"\d{1,3}\s?°\s?\d{1,2}(?:[.,]\d{1,15})?\s?'"
        r"(?:\s?\d{1,2}(?:[.,]\d{1,15})?\s?(?:\"|''))?")
_ANGLE = compile_re2(
    rf"(?:{_H}\s?)?(?:{_DMS}|{_DEC}(?:\s?°)?)(?:\s?{_H})?"
    rf"|{_H}\s?[-+]?\d{{1,3}}|[-+]?\d{{1,3}}\s?{_H}")
_GAP_CHARS = frozenset(" ,;/&|\"'")
_GAP_KEYS = ("longitude", "long", "lon", "lng", "y")
_GEO_URI = compile_re2(r"(?i:geo):\s?[-+]?\d[\d.,;=+\-a-zA-Z]{0,80}")
_KEYWORD_NUMBER = compile_re2(
    r"(?i:\b(?:lat|latitude|lon|lng|longitude|breite|laenge|länge)\b)[\s=:\"']{0,4}"
    r"[-+]?\d{1,3}(?:[ .,]\d{3,15})")
_KEYWORDS = ("lat", "latitude", "coord", "gps", "geo", "loc", "position", "pos", "q=", "ll=",
             "@", "koordinaten", "coordonn", "coordenad")


@dataclass(frozen=True)
class _Angle:
    start: int
    end: int
    value: float
    decimals: int
    marked: bool  # a hemisphere letter, or minutes after the degrees
    hemisphere: str


def find_coordinates(text: str) -> Iterator[Found]:
    angles = [a for a in map(lambda m: _angle(text, m.start(), m.group()),
                             _ANGLE.finditer(text)) if a is not None]
    used = -1
    for first, second in itertools.pairwise(angles):
        if first.start <= used or not _gap(text[first.end:second.start]):
            continue
        if _is_position(text, first, second):
            used = second.end
            yield Found("coordinates", first.start, second.end)
    for match in _GEO_URI.finditer(text):
        yield Found("coordinates", match.start(), match.end())
    for match in _KEYWORD_NUMBER.finditer(text):
        yield Found("coordinates", match.start(), match.end())


def _gap(gap: str) -> bool:
    """Only separators, and at most one `lon=`-style key, between two angles."""
    if len(gap) > 16:
        return False
    bare = gap.strip("".join(_GAP_CHARS))
    if bare:
        key = bare.rstrip("=: \"'").lstrip().lower()
        if key not in _GAP_KEYS or not any(c in bare for c in "=:"):
            return False
    return True


def _angle(text: str, start: int, raw: str) -> _Angle | None:
    """The angle in text[start:start+len(raw)]; a hemisphere letter that is part of a word
    ("Position 48.85N", "12.5 East") is not taken as one."""
    i, j = start, start + len(raw)
    before = after = ""
    if text[i].isalpha():
        if not is_word_char(text, i - 1):
            before = text[i]
        i += 1
        while i < j and text[i] == " ":
            i += 1
    if j - 1 > i and text[j - 1].isalpha():
        if not is_word_char(text, j):
            after = text[j - 1]
        j -= 1
        while j > i and text[j - 1] == " ":
            j -= 1
    body = text[i:j]
    if not body or not (body[0].isdigit() or body[0] in "+-"):
        return None
    if (i > 0 and text[i - 1].isdigit()) or (j < len(text) and text[j].isdigit()):
        return None
    degrees, decimals, minutes = _parse(body)
    hemisphere = (before or after).upper()
    if body.startswith("-") or hemisphere in ("S", "W"):
        degrees = -degrees
    first = start if before else i
    last = start + len(raw) if after else j
    return _Angle(first, last, degrees, decimals, bool(hemisphere or minutes), hemisphere)


def _parse(body: str) -> tuple[float, int, bool]:
    """Degrees (with minutes and seconds), the number of decimals, and whether minutes were
    written (a bare `21°` is a temperature as often as an angle)."""
    text = body.strip().lstrip("+-").replace(",", ".").replace("''", '"')
    if "°" not in text:
        whole, _, frac = text.partition(".")
        return float(whole + "." + (frac or "0")), len(frac), False
    degrees_text, _, rest = text.partition("°")
    whole, _, frac = degrees_text.strip().partition(".")
    value = float(whole + "." + (frac or "0"))
    minutes, _, rest = rest.partition("'")
    seconds = rest.partition('"')[0]
    for part, scale in ((minutes, 60), (seconds, 3600)):
        part = part.strip()
        if part:
            value += float(part) / scale
    return value, len(frac), bool(minutes.strip())


def _is_position(text: str, a: _Angle, b: _Angle) -> bool:
    lat, lon = a, b
    if a.hemisphere in ("E", "W") or b.hemisphere in ("N", "S"):
        lat, lon = b, a
    if abs(lat.value) > 90 or abs(lon.value) > 180:
        return False
    if lat.marked and lon.marked:
        return True
    if min(a.decimals, b.decimals) >= 3:
        return True
    lead = text[max(0, a.start - 16):a.start].lower()
    return min(a.decimals, b.decimals) >= 1 and any(k in lead for k in _KEYWORDS)
