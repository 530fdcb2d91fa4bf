"""E-mail addresses, written plainly, internationally, or spelled out to dodge filters.

Plain and international addresses (`josé@exämple.de`, full-width `＠` after NFKC) are found
as `local@label.label`. Spelled-out forms put `at`/`dot` in place of the signs, bare or in
brackets (`name [at] example [dot] org`, `name(at)example.net`, `name AT example DOT com`,
`name @ example . org`); those count only when the last label is a known top-level domain,
so an ordinary sentence with "at" and "dot" in it is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from reviewer.intake import iso_codes
from reviewer.intake.detect.common import Found, compile_re2

_LOCAL = r"[\p{L}\p{N}._%+\-']+"
_LABEL = r"[\p{L}\p{N}\-]+"
_PLAIN = compile_re2(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})+")
_AT = r"(?:\s?[\[\(\{{<]\s?(?i:at)\s?[\]\)\}}>]\s?|\s(?i:at)\s|\s?@\s?)"
_DOT = r"(?:\s?[\[\(\{{<]\s?(?i:dot|punkt|point)\s?[\]\)\}}>]\s?|\s(?i:dot|punkt|point)\s|\s?\.\s?)"
_SPELLED = compile_re2(rf"{_LOCAL}{_AT}{_LABEL}(?:{_DOT}{_LABEL})+")

_GENERIC_TLDS = frozenset({
    "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "mobi", "app",
    "dev", "io", "ai", "co", "me", "tv", "xyz", "online", "site", "shop", "store", "tech",
    "email", "mail", "blog", "cloud", "page", "art", "club", "live", "news", "one", "world",
    "web", "eu", "asia", "museum",
})


def find_emails(text: str) -> Iterator[Found]:
    for match in _PLAIN.finditer(text):
        if _plain_ok(match.group()):
            yield Found("email", match.start(), match.end())
    for match in _SPELLED.finditer(text):
        value = match.group()
        last = value.replace("]", " ").replace(")", " ").replace("}", " ").split()[-1]
        last = last.rsplit(".", 1)[-1]
        if last.lower() in _tlds():
            yield Found("email", match.start(), match.end())


def _plain_ok(value: str) -> bool:
    local, _, domain = value.rpartition("@")
    labels = domain.split(".")
    return (0 < len(local) <= 64 and all(0 < len(x) <= 63 for x in labels)
            and (len(labels[-1]) >= 2 and (labels[-1].isalpha() or labels[-1].startswith("xn--"))))


@cache
def _tlds() -> frozenset[str]:
    # The country codes are the two-letter top-level domains (and .uk for GB).
    codes = {code.lower() for code in iso_codes.REGIONS}
    return frozenset(codes | {"uk", "eu"} | _GENERIC_TLDS)
