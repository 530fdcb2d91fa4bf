"""How the .deb's Depends are worked out (resources/packaging/linux/deb_depends.py)."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest

needs_dpkg = pytest.mark.skipif(shutil.which("dpkg") is None or shutil.which("ldd") is None,
                                reason="needs a Debian system (dpkg, ldd)")


def test_ldd_output_is_parsed_into_sonames_and_paths(deb_depends: ModuleType) -> None:
    output = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibQt6Core.so.6 => /opt/reviewer/_internal/libQt6Core.so.6 (0x00007f1)\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f2)\n"
        "\t/lib64/ld-linux-x86-64.so.2 (0x00007f3)\n"
    )
    assert list(deb_depends.parse_ldd(output)) == [
        ("libQt6Core.so.6", "/opt/reviewer/_internal/libQt6Core.so.6"),
        ("libxcb-cursor.so.0", "not found"),
        ("libc.so.6", "/lib/x86_64-linux-gnu/libc.so.6"),
        ("ld-linux-x86-64.so.2", "/lib64/ld-linux-x86-64.so.2"),
    ]


def test_dpkg_search_output_maps_paths_to_the_first_package(deb_depends: ModuleType) -> None:
    output = (
        "libc6:amd64: /lib/x86_64-linux-gnu/libc.so.6\n"
        "libgl1:amd64, libgl1-mesa-glx: /usr/lib/x86_64-linux-gnu/libGL.so.1\n"
        "diversion by foo from: /usr/lib/x\n"
    )
    assert deb_depends.parse_dpkg_search(output) == {
        "/lib/x86_64-linux-gnu/libc.so.6": "libc6",
        "/usr/lib/x86_64-linux-gnu/libGL.so.1": "libgl1",
    }


def test_merged_usr_paths_are_tried_both_ways(deb_depends: ModuleType) -> None:
    variants = deb_depends.path_variants("/lib/x86_64-linux-gnu/libdbus-1.so.3")
    assert "/lib/x86_64-linux-gnu/libdbus-1.so.3" in variants
    assert "/usr/lib/x86_64-linux-gnu/libdbus-1.so.3" in variants


@pytest.mark.parametrize(("version", "upstream"), [
    ("2.36-9+deb12u10", "2.36"),
    ("2:1.8.4-2+deb12u2", "2:1.8.4"),
    ("1.9.21~dfsg-3", "1.9.21~dfsg"),
    ("0.1.4", "0.1.4"),
])
def test_minimum_versions_keep_the_epoch_and_drop_the_debian_revision(
        deb_depends: ModuleType, version: str, upstream: str) -> None:
    assert deb_depends.upstream_version(version) == upstream


def test_depends_are_sorted_and_versioned(deb_depends: ModuleType) -> None:
    assert deb_depends.format_depends({"libx11-6": "2:1.8.4-2", "libc6": "2.36-9"}) == (
        "libc6 (>= 2.36), libx11-6 (>= 2:1.8.4)")


def test_known_alternatives_are_offered(deb_depends: ModuleType) -> None:
    assert deb_depends.format_depends({"libjack-jackd2-0": "1.9.21~dfsg-3"}) == (
        "libjack-jackd2-0 (>= 1.9.21~dfsg) | libjack-0.125")


def test_needed_entries_are_read_from_a_real_elf_file(deb_depends: ModuleType) -> None:
    import PySide6

    module = next(Path(PySide6.__file__).parent.glob("QtCore.*.so"))
    needed = deb_depends.needed_libraries(module)
    assert "libQt6Core.so.6" in needed
    assert deb_depends.needed_libraries(Path(__file__)) == []  # not ELF


@needs_dpkg
def test_a_bundle_depends_on_the_packages_of_its_direct_system_libraries(
        deb_depends: ModuleType, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    # A program from the distribution, linked to libc and libselinux.
    shutil.copy2("/usr/bin/ls", bundle / "ls")
    depends = deb_depends.depends_for(bundle)
    names = [item.split(" ")[0] for item in depends.split(", ")]
    assert "libc6" in names
    assert "libselinux1" in names
    assert "libpcre2-8-0" not in names  # libselinux's own dependency: its package's business
    assert names == sorted(names)
    assert all(" (>= " in item for item in depends.split(", "))
    # not linked by anything: opened with dlopen by soundfile, the codecs come from Debian
    assert "libsndfile1" in names


def test_ldconfig_listing_gives_the_x86_64_path_of_a_soname(deb_depends: ModuleType) -> None:
    listing = """3 libs found in cache `/etc/ld.so.cache'
\tlibsndfile.so.1 (libc6) => /usr/lib/i386-linux-gnu/libsndfile.so.1
\tlibsndfile.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libsndfile.so.1
\tlibsndfile.so (libc6,x86-64) => /lib/x86_64-linux-gnu/libsndfile.so
"""
    assert (deb_depends.parse_ldconfig(listing, "libsndfile.so.1")
            == "/lib/x86_64-linux-gnu/libsndfile.so.1")
    assert deb_depends.parse_ldconfig(listing, "libsndfile.so.2") is None


@needs_dpkg
def test_a_library_that_cannot_be_found_fails_the_build(
        deb_depends: ModuleType, tmp_path: Path) -> None:
    import PySide6

    # QtCore's Python module finds libQt6Core through its RPATH; alone it cannot.
    module = next(Path(PySide6.__file__).parent.glob("QtCore.*.so"))
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copy2(module, bundle / "_internal" / module.name)
    with pytest.raises(deb_depends.DependsError, match=r"libQt6Core\.so\.6 \(needed by "):
        deb_depends.depends_for(bundle)


def test_the_command_line_explains_its_usage(
        deb_depends: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert deb_depends.main(["deb_depends.py"]) == 2
    assert "usage" in capsys.readouterr().err
