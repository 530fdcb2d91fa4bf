"""Hand-made zip archives for attack tests (links, devices, NUL names, lying sizes)."""

from __future__ import annotations

import stat
import struct
import zipfile
from pathlib import Path

from tests.support.package_builder import PackageBuilder


def write_zip_with(b: PackageBuilder, path: Path,
                   extra: list[tuple[zipfile.ZipInfo, bytes]]) -> Path:
    """The builder's package plus hand-made entries."""
    b.write_zip(path)
    with zipfile.ZipFile(path, "a") as zf:
        for info, data in extra:
            zf.writestr(info, data)
    return path


def entry(name: str, mode: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3  # unix, so external_attr carries st_mode
    info.external_attr = mode << 16
    return info


def symlink_entry(name: str) -> zipfile.ZipInfo:
    return entry(name, stat.S_IFLNK | 0o777)


def char_device_entry(name: str) -> zipfile.ZipInfo:
    return entry(name, stat.S_IFCHR | 0o644)


def fifo_entry(name: str) -> zipfile.ZipInfo:
    return entry(name, stat.S_IFIFO | 0o644)


def rename_entry(path: Path, old: bytes, new: bytes) -> None:
    """Rewrites an entry name in place (same length), in local header and central directory."""
    assert len(old) == len(new)
    data = path.read_bytes()
    assert data.count(old) == 2
    path.write_bytes(data.replace(old, new))


def lie_about_size(path: Path, name: str, declared: int) -> None:
    """Sets the declared uncompressed size of entry `name` in both headers to `declared`."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    pos = 0
    while True:
        pos = data.find(encoded, pos)
        if pos < 0:
            break
        if data[pos - 30:pos - 26] == b"PK\x03\x04":
            struct.pack_into("<I", data, pos - 30 + 22, declared)
        elif data[pos - 46:pos - 42] == b"PK\x01\x02":
            struct.pack_into("<I", data, pos - 46 + 24, declared)
        pos += 1
    path.write_bytes(bytes(data))
