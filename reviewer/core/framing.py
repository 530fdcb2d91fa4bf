"""Length-prefixed framing, the one wire shape of everything the app seals around a payload
(.rpkg packages, exports, decision records): a magic line, then parts each preceded by its
length (4 bytes, big-endian), then the payload to the end."""

from __future__ import annotations

from collections.abc import Sequence


def join_parts(magic: bytes, parts: Sequence[bytes], tail: bytes) -> bytes:
    out = bytearray(magic)
    for part in parts:
        out += len(part).to_bytes(4, "big") + part
    return bytes(out + tail)


def split_parts(plain: bytes, magic: bytes, count: int,
                limit: int) -> tuple[list[bytes], bytes] | None:
    """(the `count` parts, the tail) of `plain`, which must start with `magic` (callers check
    it first, to say so); None when a length runs past the end or over `limit`."""
    pos, parts = len(magic), []
    for _ in range(count):
        size = int.from_bytes(plain[pos:pos + 4], "big")
        if len(plain) < pos + 4 or size > limit or pos + 4 + size > len(plain):
            return None
        parts.append(plain[pos + 4:pos + 4 + size])
        pos += 4 + size
    return parts, plain[pos:]
