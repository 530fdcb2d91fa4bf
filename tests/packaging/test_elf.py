"""ELF reading and the debug-info strip (resources/packaging/linux/{elfinfo,strip_debug}.py)."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest


def _qtcore_module() -> Path:
    import PySide6

    return next(Path(PySide6.__file__).parent.glob("QtCore.*.so"))


def _sqlcipher_module() -> Path:
    import sqlcipher3

    return next(Path(sqlcipher3.__file__).parent.glob("_sqlite3*.so"))


def test_dynamic_entries_of_a_wheel_module_are_read(elfinfo: ModuleType) -> None:
    info = elfinfo.read_elf(_qtcore_module())
    assert "libQt6Core.so.6" in info.needed
    assert any("$ORIGIN" in path for path in info.search_paths)
    assert ".dynamic" in info.sections


def test_non_elf_files_are_not_read(elfinfo: ModuleType, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert elfinfo.read_elf(text) is None
    assert list(elfinfo.elf_files(tmp_path)) == []


def test_only_unpatched_files_with_debug_info_are_stripped(
        elfinfo: ModuleType, strip_debug: ModuleType) -> None:
    info = elfinfo.ElfInfo
    assert strip_debug.strippable(info((), (), frozenset({".debug_info", ".text"})))
    assert strip_debug.strippable(info((), ("/root/.pyenv/lib",), frozenset({".debug_info"})))
    # auditwheel-patched libraries break when rewritten: never touched
    assert not strip_debug.strippable(info((), ("$ORIGIN/../numpy.libs",),
                                           frozenset({".debug_info"})))
    assert not strip_debug.strippable(info((), (), frozenset({".text"})))
    # a symbol table (lintian: unstripped-binary-or-object) only in shared libraries: the
    # executable carries PyInstaller's archive after its ELF data, which strip would cut off
    assert strip_debug.strippable(info((), (), frozenset({".symtab", ".text"})))
    assert not strip_debug.strippable(info((), (), frozenset({".symtab"})), shared_library=False)
    assert not strip_debug.strippable(info((), ("$ORIGIN",), frozenset({".symtab"})))


@pytest.mark.skipif(shutil.which("strip") is None, reason="needs binutils")
def test_stripping_drops_debug_info_and_keeps_the_dynamic_section(
        elfinfo: ModuleType, strip_debug: ModuleType, tmp_path: Path) -> None:
    source = _sqlcipher_module()
    before = elfinfo.read_elf(source)
    if not before.has_debug_info:
        pytest.skip("this sqlcipher3 build carries no debug info to strip")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    copy = bundle / source.name
    shutil.copy2(source, copy)
    shutil.copy2(_qtcore_module(), bundle / "QtCore.so")  # patched: must stay as it is
    qtcore_bytes = (bundle / "QtCore.so").read_bytes()
    count, saved = strip_debug.strip_bundle(bundle)
    assert count == 1
    assert saved > 0
    after = elfinfo.read_elf(copy)
    assert not after.has_debug_info
    assert after.needed == before.needed
    assert (bundle / "QtCore.so").read_bytes() == qtcore_bytes
