"""Size and time caps of the identity gate, checked before anything is read and while reading.

Why these numbers:
- a clip may last at most `max_clip_seconds` (<= 3600); the largest honest encoding of that is
  48 kHz, 2 channels, 32-bit samples (384 kB/s) in a WAV, so a file may hold that plus 1 MiB of
  headers and slack. With the default 120 s that is about 47 MiB per file.
- package.json and clips.jsonl are small text: 1 MiB and 64 MiB (about 200,000 clips).
- the whole package expands to at most 4 GiB: an honest package of a few thousand clips is far
  below, and the gate holds at most a few files in memory at a time anyway.
- a zip entry may expand at most 100:1 (deflate on real audio gives about 1.1:1; on silence
  a few hundred to one). Entries under 64 KiB are exempt from the ratio: they cannot grow
  dangerously, and small silent files would be false alarms. The archive as a whole must
  also stay within 100:1 of its size on disk.
"""

from __future__ import annotations

MAX_RATE = 48_000
MIN_RATE = 8_000
MAX_CHANNELS = 2
BYTES_PER_SECOND_CEILING = MAX_RATE * MAX_CHANNELS * 4
FILE_SLACK = 1 << 20

MAX_HEADER_BYTES = 1 << 20
MAX_MANIFEST_BYTES = 64 << 20
MAX_MANIFEST_LINE = 64 << 10
MAX_TOTAL_BYTES = 4 << 30
MAX_RATIO = 100
RATIO_EXEMPT_BYTES = 64 << 10
MAX_ENTRIES = 250_000
MAX_CLIPS = 200_000

DURATION_TOLERANCE = 0.1  # seconds between declared and decoded duration
DECODE_BLOCK_FRAMES = 1 << 16


def max_audio_file_bytes(max_clip_seconds: float) -> int:
    """The largest audio file a clip of at most `max_clip_seconds` could honestly need."""
    return int(max_clip_seconds * BYTES_PER_SECOND_CEILING) + FILE_SLACK
