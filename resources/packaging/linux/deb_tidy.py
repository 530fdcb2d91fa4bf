"""Make the frozen bundle what a Debian package should carry, before it is packed.

    python deb_tidy.py BUNDLE_DIR

Two fixes for what lintian reports on a PyInstaller bundle (the rest is in strip_debug.py):

- Search paths of the build machine: pyenv's interpreter and its extension modules carry
  `RUNPATH /root/.pyenv/versions/X/lib` (lintian: custom-library-search-path). At run time the
  bootloader has already loaded the bundle's libpython, so the entry only makes the loader look
  in a folder of the build machine first. Entries made only of absolute paths are removed from
  the dynamic section (the entries after them move up, as `chrpath -d` does; nothing else in the
  file moves). `$ORIGIN` paths, which auditwheel-patched wheel libraries need, stay.
- Shared libraries are not programs: mode 0644 for every `*.so*` file (lintian:
  shared-library-is-executable); the loader maps them without the execute bit.
"""

from __future__ import annotations

import os
import re
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from elfinfo import DT_RPATH, DT_RUNPATH, SHT_DYNAMIC, elf_files

SHARED_LIBRARY = re.compile(r"\.so(\.[0-9.]+)?$|\.so\.")
ENTRY = struct.Struct("<qQ")


def _dynamic_section(data: bytes) -> tuple[int, int, int] | None:
    """(offset, size, string table offset) of the SHT_DYNAMIC section, if any."""
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, _shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    headers = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
               for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, *_rest in headers:
        if kind == SHT_DYNAMIC:
            return offset, size, headers[link][4]
    return None


def foreign(search_path: str) -> bool:
    """A search path that names a folder of the build machine (no `$ORIGIN` in it)."""
    return "$ORIGIN" not in search_path and "${ORIGIN}" not in search_path


def drop_foreign_search_paths(path: Path) -> list[str]:
    """Remove DT_RPATH/DT_RUNPATH entries without `$ORIGIN` in place; returns them."""
    data = bytearray(path.read_bytes())
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    section = _dynamic_section(bytes(data))
    if section is None:
        return []
    offset, size, strtab = section
    kept: list[tuple[int, int]] = []
    dropped: list[str] = []
    for pos in range(offset, offset + size, ENTRY.size):
        tag, value = ENTRY.unpack_from(data, pos)
        if tag == 0:
            break
        if tag in (DT_RPATH, DT_RUNPATH):
            text = bytes(data[strtab + value:data.index(b"\0", strtab + value)]).decode()
            if foreign(text):
                dropped.append(text)
                continue
        kept.append((tag, value))
    if not dropped:
        return []
    slots = size // ENTRY.size
    entries = kept + [(0, 0)] * (slots - len(kept))
    for index, (tag, value) in enumerate(entries):
        ENTRY.pack_into(data, offset + index * ENTRY.size, tag, value)
    path.write_bytes(bytes(data))
    return dropped


def tidy_bundle(bundle: Path) -> tuple[int, int]:
    """(files whose foreign search paths were dropped, shared libraries made 0644)."""
    runpaths = modes = 0
    for path in elf_files(bundle):
        if drop_foreign_search_paths(path):
            runpaths += 1
        if SHARED_LIBRARY.search(path.name) and path.stat().st_mode & 0o111:
            os.chmod(path, 0o644)
            modes += 1
    return runpaths, modes


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print("usage: deb_tidy.py BUNDLE_DIR", file=sys.stderr)
        return 2
    runpaths, modes = tidy_bundle(Path(argv[1]))
    print(f"dropped build-machine search paths from {runpaths} files; "
          f"{modes} shared libraries made 0644")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
