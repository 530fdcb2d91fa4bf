"""A library the machine lacks is named with the package to install, in one line (exit 2)."""

from __future__ import annotations

import pytest

from reviewer.core.missing_library import (
    MissingLibrary,
    as_missing_library,
    debian_package,
    missing_library_in,
)


@pytest.mark.parametrize(("library", "package"), [
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libX11.so.6", "libx11-6"), ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libdbus-1.so.3", "libdbus-1-3"), ("libGL.so.1", "libgl1"), ("libEGL.so.1", "libegl1"),
    ("libportaudio.so.2", "libportaudio2"), ("libsndfile.so.1", "libsndfile1"),
    ("libglib-2.0.so.0", "libglib2.0-0"), ("libcrypto.so.3", "libssl3"),
    ("libwayland-cursor.so.0", "libwayland-cursor0"),
])
def test_the_debian_package_follows_from_the_file_name(library: str, package: str) -> None:
    assert debian_package(library) == package


@pytest.mark.parametrize(("text", "library"), [
    ("libxcb-cursor.so.0: cannot open shared object file: No such file or directory",
     "libxcb-cursor.so.0"),
    ("cannot load library 'libsndfile.so.1': libsndfile.so.1: cannot open shared object file: "
     "No such file or directory", "libsndfile.so.1"),
    ("PortAudio library not found", "libportaudio.so.2"),
    ("sndfile library not found using ctypes.util.find_library", "libsndfile.so.1"),
    ("[Errno 2] No such file or directory: 'package.zip'", None),
    ("libfoo.so.1: undefined symbol: bar", None),
])
def test_the_missing_library_is_read_from_the_loader_text(text: str,
                                                          library: str | None) -> None:
    assert missing_library_in(text) == library


def test_only_load_failures_count_and_causes_are_followed() -> None:
    assert as_missing_library(ValueError("libz.so.1: cannot open shared object file")) is None
    assert as_missing_library(OSError("[Errno 2] No such file or directory: 'x'")) is None
    try:
        try:
            raise ImportError("libsqlcipher.so.0: cannot open shared object file")
        except ImportError as inner:
            raise RuntimeError("opening the vault failed") from inner
    except RuntimeError as outer:
        found = as_missing_library(outer, "the vault")
    assert isinstance(found, MissingLibrary)
    assert found.exit_code == 2
    assert str(found) == ("missing library libsqlcipher.so.0, which the vault needs (on Debian "
                          "and Ubuntu: sudo apt install libsqlcipher0)")


@pytest.mark.parametrize("library", ["libQt6XcbQpa.so.6", "libcrypto-3b1e1e7f.so.3"])
def test_a_library_that_comes_with_reviewer_asks_for_a_reinstall(library: str) -> None:
    found = as_missing_library(OSError(f"{library}: cannot open shared object file"))
    assert found is not None
    assert found.exit_code == 1
    assert "reinstall Reviewer" in str(found)
    assert "apt" not in str(found)
