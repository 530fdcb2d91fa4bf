"""Zip extra fields: the few that zip tools write for sizes and times, and nothing else.

Extra fields are free-form bytes attached to an entry, in the central directory and again in
the entry's local header; they are never shown, but they travel with the package, so a
package may carry only the well-known ones: Zip64 sizes (0x0001), NTFS times (0x000a),
extended timestamps (0x5455, "UT") and Unix owner ids (0x7875, "ux"). The local header is read
from the file itself, since Python's zipfile skips it.
"""

from __future__ import annotations

import struct
import zipfile
from typing import BinaryIO

ALLOWED_IDS = frozenset({0x0001, 0x000A, 0x5455, 0x7875})
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_MAX_EXTRA = 64  # the allowed fields are a few dozen bytes each


def extra_ids(extra: bytes) -> list[int] | None:
    """The header ids of an extra-field block, or None when it is malformed."""
    ids: list[int] = []
    pos = 0
    while pos < len(extra):
        if pos + 4 > len(extra):
            return None
        field_id, size = struct.unpack_from("<HH", extra, pos)
        pos += 4 + size
        if pos > len(extra):
            return None
        ids.append(field_id)
    return ids


def zip_extra_problem(info: zipfile.ZipInfo, archive: BinaryIO) -> str | None:
    """Why the entry's extra fields (central or local) are not allowed, or None."""
    for block in (info.extra, _local_extra(info, archive)):
        if block is None:
            return "entry's local header cannot be read"
        if len(block) > 4 * _MAX_EXTRA:
            return "entry carries extra data; packages carry none"
        ids = extra_ids(block)
        if ids is None:
            return "entry has a malformed extra field"
        if any(i not in ALLOWED_IDS for i in ids):
            return "entry carries extra data; packages carry none"
    return None


def _local_extra(info: zipfile.ZipInfo, archive: BinaryIO) -> bytes | None:
    try:
        archive.seek(info.header_offset)
        header = archive.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
            return None
        fields = _LOCAL_HEADER.unpack(header)
        name_length, extra_length = fields[-2], fields[-1]
        archive.seek(name_length, 1)
        extra = archive.read(extra_length)
    except (OSError, ValueError):
        return None
    return extra if len(extra) == extra_length else None
