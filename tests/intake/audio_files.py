"""Audio files with planted metadata and broken headers, for gate tests."""

from __future__ import annotations

import io
import struct

import numpy as np
import soundfile as sf

from tests.support.package_builder import encode, tone

SECRET = "Anna Quill 221B Baker Street zed.quill@example.org"


def with_tags(fmt: str, seconds: float = 1.0, rate: int = 16000) -> bytes:
    """A clip whose container carries SECRET (RIFF LIST/INFO for WAV, Vorbis comments for
    FLAC and OGG) in title, artist and comment."""
    buf = io.BytesIO()
    subtype = {"WAV": "PCM_16", "FLAC": "PCM_16", "OGG": "VORBIS"}[fmt]
    with sf.SoundFile(buf, "w", rate, 1, subtype, format=fmt) as f:
        f.title = SECRET
        f.artist = SECRET
        f.comment = SECRET
        f.write(tone(seconds, rate))
    data = buf.getvalue()
    assert SECRET.encode() in data  # the planted text really is in the input
    return data


def id3v2(text: str) -> bytes:
    """An ID3v2.3 tag with a title frame."""
    body = b"\x00" + text.encode("latin-1")
    frame = b"TIT2" + struct.pack(">I", len(body)) + b"\x00\x00" + body
    size = len(frame)
    syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    return b"ID3\x03\x00\x00" + syncsafe + frame


def mp3_with_id3(seconds: float = 1.0, rate: int = 16000) -> bytes:
    data = id3v2(SECRET) + encode(tone(seconds, rate), rate, "MP3")
    assert sf.info(io.BytesIO(data)).frames > 0
    return data


def wav_claiming(frames_claimed: int, real_seconds: float = 1.0, rate: int = 16000) -> bytes:
    """A 16-bit mono WAV whose data chunk claims `frames_claimed` frames but holds fewer."""
    pcm = (tone(real_seconds, rate) * 32767).astype("<i2").tobytes()
    claimed = min(frames_claimed * 2, 0xFFFFFFFF)
    fmt = struct.pack("<HHIIHH", 1, 1, rate, rate * 2, 2, 16)
    riff_size = min(4 + 8 + len(fmt) + 8 + claimed, 0xFFFFFFFF)
    return (b"RIFF" + struct.pack("<I", riff_size) + b"WAVE" + b"fmt " +
            struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", claimed) + pcm)


def stereo(left: np.ndarray, right: np.ndarray, rate: int = 16000) -> bytes:
    return encode(np.stack([left, right], axis=1), rate, "WAV", "FLOAT")


def wav_with_chunk(chunk_id: bytes, payload: bytes, seconds: float = 1.0,
                   rate: int = 16000) -> bytes:
    """A WAV with an extra RIFF chunk (e.g. BWF `bext` or an `id3 ` chunk) before `data`."""
    wav = encode(tone(seconds, rate), rate, "WAV", "PCM_16")
    data_at = wav.index(b"data")
    if len(payload) % 2:
        payload += b"\x00"
    chunk = chunk_id + struct.pack("<I", len(payload)) + payload
    out = bytearray(wav[:data_at] + chunk + wav[data_at:])
    struct.pack_into("<I", out, 4, len(out) - 8)
    return bytes(out)


def bext_payload(text: str) -> bytes:
    """A Broadcast Wave `bext` chunk with `text` as description and originator."""
    description = text.encode().ljust(256, b"\x00")[:256]
    originator = text.encode().ljust(32, b"\x00")[:32]
    return description + originator + bytes(602 - 288)
