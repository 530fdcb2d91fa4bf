"""Drop debug sections and symbol tables from the bundle's binaries that can safely lose them.

    python strip_debug.py BUNDLE_DIR

The interpreter (built with debug info by pyenv) and SQLCipher's wheel carry about 40 MB of
DWARF that users never need. PyInstaller's own `strip` option cannot be used: rewriting
libraries that auditwheel patched with patchelf (numpy's OpenBLAS...) breaks them ("ELF load
command address/offset not page-aligned"). So only files with a `.debug_info` section and no
`$ORIGIN` search path (the mark of an auditwheel-patched wheel library) are touched, and only
with `strip --strip-debug`, which keeps symbols and the dynamic section as they are.
Files with a symbol table (`.symtab`, lintian: unstripped-binary-or-object) and no `$ORIGIN`
get `strip --strip-unneeded`, as Debian's own packages do: the dynamic symbols the loader
uses stay, only the static symbol table goes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from elfinfo import ElfInfo, elf_files, read_elf


def strippable(info: ElfInfo, shared_library: bool = True) -> bool:
    # Symbol tables only of shared libraries: PyInstaller's executable carries its module
    # archive after the ELF data, which strip would cut off.
    unstripped = info.has_debug_info or (shared_library and ".symtab" in info.sections)
    return unstripped and not any("$ORIGIN" in p for p in info.search_paths)


def strip_bundle(bundle: Path) -> tuple[int, int]:
    """(files stripped, bytes saved)."""
    count = saved = 0
    for path in elf_files(bundle):
        info = read_elf(path)
        if info is None or not strippable(info, ".so" in path.name):
            continue
        before = path.stat().st_size
        subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
        count += 1
        saved += before - path.stat().st_size
    return count, saved


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print("usage: strip_debug.py BUNDLE_DIR", file=sys.stderr)
        return 2
    count, saved = strip_bundle(Path(argv[1]))
    print(f"stripped debug info and symbol tables from {count} files ({saved // (1024 * 1024)} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
