"""What deb_tidy.py changes in the bundle before it is packed (lintian's findings)."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest


def _pyenv_style_library(tmp_path: Path) -> Path:
    """A shared library with a build-machine RUNPATH, as pyenv's lib-dynload modules have."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("needs a C compiler to make an ELF file with a RUNPATH")
    source = tmp_path / "lib.c"
    source.write_text("int answer(void) { return 42; }\n")
    library = tmp_path / "libanswer.so.1"
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(library), str(source),
                    "-Wl,-rpath,/root/.pyenv/versions/3.11.7/lib", "-Wl,--enable-new-dtags",
                    "-Wl,--no-as-needed", "-lm"], check=True)
    return library


def test_build_machine_search_paths_are_dropped_and_the_rest_kept(
        deb_tidy: ModuleType, elfinfo: ModuleType, tmp_path: Path) -> None:
    library = _pyenv_style_library(tmp_path)
    before = elfinfo.read_elf(library)
    assert before.search_paths == ("/root/.pyenv/versions/3.11.7/lib",)
    assert deb_tidy.drop_foreign_search_paths(library) == ["/root/.pyenv/versions/3.11.7/lib"]
    after = elfinfo.read_elf(library)
    assert after.search_paths == ()
    assert "libm.so.6" in after.needed  # the entries after it moved up, none lost
    assert after.needed == before.needed
    readelf = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True,
                             check=True).stdout
    assert "RUNPATH" not in readelf
    assert ctypes.CDLL(str(library)).answer() == 42  # the loader still takes it
    assert deb_tidy.drop_foreign_search_paths(library) == []  # nothing left to drop


def test_origin_search_paths_of_wheel_libraries_stay(
        deb_tidy: ModuleType, elfinfo: ModuleType, tmp_path: Path) -> None:
    import PySide6

    source = next(Path(PySide6.__file__).parent.glob("QtCore.*.so"))
    copy = tmp_path / source.name
    shutil.copy2(source, copy)
    assert deb_tidy.drop_foreign_search_paths(copy) == []
    assert copy.read_bytes() == source.read_bytes()


def test_shared_libraries_lose_the_execute_bit_and_programs_keep_it(
        deb_tidy: ModuleType, tmp_path: Path) -> None:
    library = _pyenv_style_library(tmp_path)
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy2(library, bundle / "libanswer.so.1")
    shutil.copy2("/usr/bin/true", bundle / "reviewer")
    os.chmod(bundle / "libanswer.so.1", 0o700)
    os.chmod(bundle / "reviewer", 0o700)
    assert deb_tidy.tidy_bundle(bundle) == (1, 1)
    assert (bundle / "libanswer.so.1").stat().st_mode & 0o777 == 0o644
    assert (bundle / "reviewer").stat().st_mode & 0o777 == 0o700
