"""FLAC streams without metadata: nothing but the audio and its STREAMINFO leaves or is kept
(tags can carry anything: a device name, a location, an account)."""

from __future__ import annotations


def strip_flac_metadata(flac: bytes) -> bytes:
    """The same FLAC stream with every metadata block but STREAMINFO removed."""
    if flac[:4] != b"fLaC":
        raise ValueError("not a FLAC stream")
    pos = 4
    streaminfo = b""
    while True:
        header = flac[pos]
        length = int.from_bytes(flac[pos + 1:pos + 4], "big")
        if header & 0x7F == 0:
            streaminfo = flac[pos + 4:pos + 4 + length]
        pos += 4 + length
        if header & 0x80:
            break
    if len(streaminfo) != 34:
        raise ValueError("FLAC stream without STREAMINFO")
    return b"fLaC" + bytes([0x80]) + (34).to_bytes(3, "big") + streaminfo + flac[pos:]
