"""Just enough ELF reading for the packaging scripts: dynamic entries and section names.

Little-endian ELF64 only (the .deb is amd64). Pure Python so the build needs no pyelftools.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
SHT_DYNAMIC = 6
DT_NEEDED, DT_RPATH, DT_RUNPATH = 1, 15, 29


@dataclass(frozen=True)
class ElfInfo:
    needed: tuple[str, ...]  # DT_NEEDED sonames
    search_paths: tuple[str, ...]  # DT_RPATH and DT_RUNPATH entries
    sections: frozenset[str]

    @property
    def has_debug_info(self) -> bool:
        return ".debug_info" in self.sections


def _string(data: bytes, offset: int) -> str:
    return data[offset:data.index(b"\0", offset)].decode("utf-8", "replace")


def read_elf(path: Path) -> ElfInfo | None:
    """None for anything that is not a little-endian ELF64 file."""
    data = path.read_bytes()
    if data[:4] != ELF_MAGIC or len(data) < 64 or data[4] != 2 or data[5] != 1:
        return None
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    headers = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
               for i in range(shnum)]
    names_offset = headers[shstrndx][4] if shstrndx < len(headers) else None
    sections = frozenset(_string(data, names_offset + h[0]) for h in headers
                         ) if names_offset is not None else frozenset()
    needed: list[str] = []
    paths: list[str] = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, _entsize in headers:
        if kind != SHT_DYNAMIC:
            continue
        strtab = headers[link][4]
        for pos in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, pos)
            if tag == 0:  # DT_NULL
                break
            if tag == DT_NEEDED:
                needed.append(_string(data, strtab + value))
            elif tag in (DT_RPATH, DT_RUNPATH):
                paths.extend(_string(data, strtab + value).split(":"))
    return ElfInfo(tuple(needed), tuple(paths), sections)


def elf_files(root: Path) -> Iterator[Path]:
    """Regular (non-link) ELF files under `root`, in a stable order."""
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    yield path
