"""IP addresses (v4 and v6, with ports and brackets) and hardware (MAC) addresses."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

from reviewer.intake.detect.common import Found, compile_re2, is_word_char

_IPV4 = compile_re2(r"\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?")
_IPV6 = compile_re2(r"\[?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.\d{1,3}){0,3}\]?"
                    r"(?::\d{1,5})?")
_MAC = compile_re2(r"[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:[:\-][0-9A-Fa-f]{2}){4}"
                   r"|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}")


def find_network(text: str) -> Iterator[Found]:
    for m in _IPV4.finditer(text):
        start, end = m.start(), m.end()
        if _bounded(text, start, end, ".") and all(
                int(p) <= 255 for p in m.group().split(":")[0].split(".")):
            yield Found("ip", start, end)
    for m in _IPV6.finditer(text):
        if _bounded(text, m.start(), m.end(), ":") and _ipv6(m.group()):
            yield Found("ip", m.start(), m.end())
    for m in _MAC.finditer(text):
        value = m.group()
        if _bounded(text, m.start(), m.end(), ":-.") and (
                "." in value or len({value[2], value[5], value[8], value[11], value[14]}) == 1):
            yield Found("mac", m.start(), m.end())


def _bounded(text: str, start: int, end: int, joiners: str) -> bool:
    """Not a slice of a longer token."""
    if is_word_char(text, start - 1) or is_word_char(text, end):
        return False
    before = text[start - 1] if start > 0 else ""
    after = text[end + 1] if end + 1 < len(text) else ""
    return not ((before and before in joiners and is_word_char(text, start - 2))
                or (end < len(text) and text[end] in joiners and after.isalnum()))


def _ipv6(value: str) -> bool:
    host = value
    if host.startswith("["):
        host = host[1:].split("]", 1)[0]
    elif host.count(":") > 7:
        host = host.rsplit(":", 1)[0]
    if host.count(":") < 2:
        return False
    try:
        ipaddress.IPv6Address(host)
    except ValueError:
        return False
    return True
