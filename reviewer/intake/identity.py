"""Recognises key names that mean identity, in any spelling.

Key names are normalised before matching (camelCase split, case folded, `_ - .` and spaces
removed), so `device_id`, `deviceId`, `Device-ID` and `DEVICE ID` are the same key. Values
shaped like identity are the detectors' work (`reviewer.intake.detect`).
"""

from __future__ import annotations

import re

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


_VOCABULARY_EXTRA = frozenset({"id", "ids", "number", "no", "num", "list", "code", "key",
                               "data", "info", "first", "last", "full"})
_PRINTABLE_KEY = re.compile(r"^[a-z][A-Za-z_.\-]{0,63}$")


def is_identity_vocabulary(key: str) -> bool:
    """True for a key made only of the built-in identity words (`device_id`, `phoneNumber`,
    `contacts`): such a key is safe to name in a report; any other word may be a name."""
    if not _PRINTABLE_KEY.match(key):
        return False
    words = _TOKEN_WORDS | frozenset(_STEMS) | _VOCABULARY_EXTRA
    tokens = _tokens(key)
    if not tokens or not any(t in _TOKEN_WORDS or t.rstrip("s") in _STEMS or t in _STEMS
                             for t in tokens):
        return False
    return all(t in words or t.rstrip("s") in words for t in tokens)
