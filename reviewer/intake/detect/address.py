"""Street addresses and postcodes, written by hand for want of a vetted library.

Streets: a house number next to a street word (English, German, Dutch and Nordic suffixes such
as `Street`, `Hauptstraße`, `Keizersgracht`; Romance prefixes such as `rue`, `via`, `calle`,
`rua`), a PO box, and a postcode written after a street. In text that has capitals, the words
between the number and the street word must be capitalised (street names are proper nouns;
"3 km down the road" is not an address); all-lowercase text (ids) is matched as it is.
Postcodes on their own: the shapes that are distinctive enough not to be ordinary numbers (UK,
Canada, the Netherlands, Ireland's Eircode, US ZIP+4). Five-digit postcodes alone cannot be
told from quantities; next to a street they are part of the address.
"""

from __future__ import annotations

from collections.abc import Iterator

from reviewer.intake.detect.common import Found, compile_re2, is_word_char

_SUFFIX = (r"street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|"
           r"pl|terrace|ter|square|sq|parkway|pkwy|highway|hwy|circle|cir|crescent|close|"
           r"alley|row|mews|gardens|grove|hill|walk|yard|wharf|quay|rise|vale|parade|embankment|"
           r"croft|passage|broadway|strasse|straße|str|weg|gasse|platz|allee|"
           r"ring|damm|ufer|laan|straat|gracht|plein|kade|singel|dijk|vej|gade|gatan|gata|"
           r"veien|vägen|katu|tie")
_COMPOUND = (r"strasse|straße|str\.|weg|gasse|platz|allee|ring|damm|ufer|laan|straat|gracht|"
             r"plein|kade|singel|dijk|vej|gade|gatan|gata|veien|vägen|katu|tie")
_PREFIX = (r"rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|quai|place|via|viale|piazza|"
           r"corso|vicolo|calle|avenida|avda\.|paseo|plaza|carrer|camino|rua|travessa|largo|"
           r"praça|estrada")
_ROMANCE = compile_re2(rf"(?i:{_PREFIX})")
_NAME = r"[\p{L}][\p{L}.'\-]*"
_POSTCODE_CITY = r"(?:,?\s\d{4,5}(?:\s[A-Z]{2})?\s\p{Lu}[\p{L}\-]+)?"
_STREET = compile_re2(
    rf"(?i:\d{{1,5}}[a-z]?,?\s(?:{_NAME}\s){{0,3}}(?:{_SUFFIX})){_POSTCODE_CITY}"
    rf"|[\p{{L}}\-]+(?i:{_COMPOUND})\s\d{{1,5}}[a-zA-Z]?\b{_POSTCODE_CITY}"
    rf"|(?i:(?:{_PREFIX})\s(?:{_NAME}\s){{0,4}}?{_NAME},?\s\d{{1,5}}\b){_POSTCODE_CITY}"
    rf"|(?i:\d{{1,5}}[a-z]?,?\s(?:{_PREFIX})\s{_NAME}(?:\s{_NAME}){{0,3}})"
    r"|(?i:\b(?:p\.?\s?o\.?|post\s?office)\s?box\s\d{1,6}|\bpostfach\s\d{1,6})"
    r"|\b(?:Am|An der|An den|Im|Auf der|Auf dem|Zum|Zur|In der|Unter den)"
    rf"\s\p{{Lu}}[\p{{L}}\-]{{2,}}\s\d{{1,5}}[a-z]?\b{_POSTCODE_CITY}"
    r"|\d{1,5}[a-z]?,\s\d{5}\s\p{Lu}[\p{L}\-]+")
_POSTCODE = compile_re2(
    r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}"  # United Kingdom
    r"|[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d"  # Canada
    r"|[1-9]\d{3}\s?[A-Z]{2}"  # the Netherlands
    r"|(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}"  # Ireland (Eircode)
    r"|\d{5}-\d{4}")  # United States, ZIP+4
_NOT_DUTCH = frozenset({"AD", "BC", "CE", "AM", "PM", "SA", "SD", "SS", "KM", "KG", "MB",
                        "GB", "KB", "MM", "CM", "ML", "UH", "EU"})


def find_addresses(text: str) -> Iterator[Found]:
    proper = any(c.isupper() for c in text)
    for m in _STREET.finditer(text):
        if is_word_char(text, m.start() - 1) and text[m.start() - 1].isdigit():
            continue
        if is_word_char(text, m.end()):
            continue
        if proper and not _proper_nouns(m.group()):
            continue
        yield Found("address", m.start(), m.end())
    for m in _POSTCODE.finditer(text):
        value = m.group()
        if is_word_char(text, m.start() - 1) or is_word_char(text, m.end()):
            continue
        if value[:1].isdigit() and value[-2:].isalpha() and value[-2:] in _NOT_DUTCH:
            continue
        yield Found("postcode", m.start(), m.end())


def _proper_nouns(value: str) -> bool:
    """Every word between a house number and the street word is capitalised."""
    words = value.replace(",", " ").split()
    if not words or not words[0][0].isdigit() or _ROMANCE.fullmatch(words[1]):
        return True  # compound and Romance forms carry their own cue
    inner = words[1:-1]
    return all(w[0].isupper() or not w[0].isalpha() for w in inner) and (
        words[-1][0].isupper() or (len(words) > 2 and words[1][0].isupper()))
