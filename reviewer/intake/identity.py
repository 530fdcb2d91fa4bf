"""Recognises identity: key names that mean identity, and values shaped like identity.

Key names are normalised before matching (camelCase split, case folded, `_ - .` and spaces
removed), so `device_id`, `deviceId`, `Device-ID` and `DEVICE ID` are the same key. Value
detectors look for coordinates, phone numbers, e-mail addresses, street addresses, IP
addresses and card numbers, with care for legitimate metadata (dates such as 2026-11-01,
locales such as en-US, ids such as clip_000123).
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from dataclasses import dataclass

_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")

# Matched against whole tokens (short words that would otherwise hit inside harmless words).
_TOKEN_WORDS = frozenset({
    "ip", "ipv4", "ipv6", "lat", "lng", "lon", "long", "geo", "gps", "loc", "tel", "mac",
    "zip", "dob", "ssn", "sin", "imei", "imsi", "iccid", "msisdn", "uid", "uuid", "udid",
    "sn", "pin", "iban", "bic", "card", "cvv", "vin", "ssid", "bssid", "cell", "mob",
    "home", "city", "town", "state", "country", "region", "postal", "owner", "household",
    "member", "family", "friend", "friends", "who", "handle", "nick", "alias", "login",
    "wifi", "router", "host", "hostname", "mail", "user", "users", "name", "names",
})
# Matched as substrings of the normalised key.
_STEMS = (
    "device", "serial", "customer", "client", "account", "acct", "latitude", "longitude",
    "location", "locat", "coord", "geohash", "position", "address", "addr", "street",
    "postcode", "zipcode", "phone", "mobile", "telephone", "email", "mail", "contact",
    "ipaddr", "username", "user", "name", "person", "profile", "birth", "passport",
    "license", "licence", "social", "payment", "creditcard", "cardnumber", "bank", "billing",
    "shipping", "household", "speaker", "voiceprint", "biometric", "fingerprint", "cookie",
    "session", "token", "advertis", "idfa", "gaid", "macaddr", "imei", "hardware", "owner",
    "recipient", "sender", "caller", "callee", "latlng", "latlon", "lnglat", "place",
)


def normalise_key(key: str) -> str:
    """Lowercase with separators removed: `deviceSerial` and `DEVICE-serial` -> `deviceserial`."""
    return "".join(_tokens(key))


def _tokens(key: str) -> list[str]:
    out: list[str] = []
    for part in re.split(r"[\s_.\-]+", key):
        out += [t.lower() for t in _CAMEL.findall(part)]
    return out


def is_identity_key(key: str) -> bool:
    """True for key names that mean device, account, location, contact or person data."""
    tokens = _tokens(key)
    if any(t in _TOKEN_WORDS for t in tokens):
        return True
    compact = "".join(tokens) or key.lower()
    return any(stem in compact for stem in _STEMS)


# ------------------------------------------------------------------ values

@dataclass(frozen=True)
class Match:
    kind: str  # "email", "coordinates", "card", "ip", "phone", "address"
    start: int
    end: int


# Quantifiers are bounded and starts anchored so long runs of text stay linear to scan.
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]{1,63}"
                    r"(?:\.[A-Za-z0-9\-]{1,63}){0,8}\.[A-Za-z]{2,24}")
_COORD_PAIR = re.compile(
    r"(?<![\d.])[-+]?\d{1,3}\.\d{3,}\s*[,;/ ]\s*[-+]?\d{1,3}\.\d{3,}(?!\.?\d)")
_COORD_DMS = re.compile(
    r"\d{1,3}\s*°\s*\d{1,2}\s*['′]\s*(?:\d{1,2}(?:\.\d+)?\s*[\"″])?\s*[NSEWnsew]?")
_GEO_URI = re.compile(r"\bgeo:[-+]?\d", re.IGNORECASE)
_CARD = re.compile(r"(?<![\w])\d(?:[ -]?\d){12,18}(?![\w])")
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")
_IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
_PHONE = re.compile(
    r"(?<![\w+])(?:\+|00)?\(?\d{1,4}\)?(?:[ .\-]?\(?\d{1,5}\)?){1,5}(?![\w])")
_DATE = re.compile(r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")
_LEADING_DATE = re.compile(r"^(?:19|20)\d{2}[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])")
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$")
_STREET_SUFFIX = (
    r"street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|"
    r"terrace|ter|square|sq|parkway|pkwy|highway|hwy|circle|cir|crescent|close|alley|"
    r"strasse|straße|str|weg|gasse|platz|allee"
)
_ADDRESS = re.compile(
    r"\b\d{1,6}[A-Za-z]?,?\s+(?:[A-Za-zÀ-ÿ.'\-]+\s+){0,4}(?:" + _STREET_SUFFIX + r")\b"
    r"|\b[A-Za-zÀ-ÿ\-]+(?:strasse|straße|weg|gasse|platz|allee)\s+\d{1,5}[a-z]?\b"
    r"|\b(?:rue|avenue|via|calle|avenida|rua|boulevard)\s+(?:[A-Za-zÀ-ÿ'\-]+\s+){0,3}"
    r"[A-Za-zÀ-ÿ'\-]+\s*,?\s*\d{1,5}\b"
    r"|\b\d{1,5}\s*,?\s+(?:rue|avenue|via|calle|boulevard)\s+[A-Za-zÀ-ÿ'\-]+"
    r"|\bp\.?\s?o\.?\s+box\s+\d+",
    re.IGNORECASE,
)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _is_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if not 7 <= len(digits) <= 15:
        return False
    stripped = candidate.strip()
    if _DATE.match(stripped) or _TIME.match(stripped):
        return False
    dated = _LEADING_DATE.match(stripped)
    if dated:
        # An ISO date followed by a counter (2026-11-01-0001) is a batch id, not a phone.
        return _is_phone(stripped[dated.end():]) if dated.end() < len(stripped) else False
    formatted = stripped.startswith(("+", "(")) or bool(re.search(r"\d[ .\-()]+\d", stripped))
    if not formatted:
        # Bare digit runs: ten or more, as phone numbers are written without formatting;
        # zero-padded counters (clip_0000001234) are not phone numbers.
        return len(digits) >= 10 and not digits.startswith("000")
    if stripped.count(".") and not re.search(r"[ \-()+]", stripped):
        # 12.345.678 style is a number with thousands separators more often than a phone;
        # accept it only with three or more groups.
        return stripped.count(".") >= 2
    return True


def _valid_ipv4(text: str) -> bool:
    return all(int(p) <= 255 for p in text.split("."))


def _valid_ipv6(text: str) -> bool:
    if text.count(":") < 2 or not re.search(r"[0-9A-Fa-f]", text):
        return False
    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


def find_identity(text: str) -> Iterator[Match]:
    """Every identity-shaped substring, non-overlapping, earliest-found kinds first."""
    taken = bytearray(len(text))  # 1 where an earlier match already claimed the character

    def emit(kind: str, a: int, b: int) -> Match | None:
        if any(taken[a:b]):
            return None
        taken[a:b] = b"\x01" * (b - a)
        return Match(kind, a, b)

    found: list[Match] = []
    for m in _EMAIL.finditer(text):
        found += [x for x in [emit("email", m.start(), m.end())] if x]
    for pattern in (_COORD_PAIR, _COORD_DMS, _GEO_URI):
        for m in pattern.finditer(text):
            if pattern is _COORD_PAIR and not _plausible_pair(m.group()):
                continue
            found += [x for x in [emit("coordinates", m.start(), m.end())] if x]
    for m in _CARD.finditer(text):
        if _luhn_ok(re.sub(r"\D", "", m.group())):
            found += [x for x in [emit("card", m.start(), m.end())] if x]
    for m in _IPV4.finditer(text):
        if _valid_ipv4(m.group()):
            found += [x for x in [emit("ip", m.start(), m.end())] if x]
    for m in _IPV6.finditer(text):
        if _valid_ipv6(m.group()):
            found += [x for x in [emit("ip", m.start(), m.end())] if x]
    for m in _PHONE.finditer(text):
        if _is_phone(m.group()):
            found += [x for x in [emit("phone", m.start(), m.end())] if x]
    for m in _ADDRESS.finditer(text):
        found += [x for x in [emit("address", m.start(), m.end())] if x]
    found.sort(key=lambda x: x.start)
    yield from found


def _plausible_pair(text: str) -> bool:
    nums = re.findall(r"[-+]?\d{1,3}\.\d+", text)
    if len(nums) != 2:
        return False
    lat, lon = (float(n) for n in nums)
    return abs(lat) <= 90 and abs(lon) <= 180


def identity_kind(text: str) -> str | None:
    """The first identity kind found in `text`, or None."""
    return next((m.kind for m in find_identity(text)), None)


KIND_WORDS = {
    "email": "an e-mail address", "coordinates": "coordinates", "card": "a card number",
    "ip": "an IP address", "phone": "a phone number", "address": "a street address",
}
