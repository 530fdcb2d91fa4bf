"""A shared library the machine lacks, told in one line that names it and the package to
install, instead of a traceback or an "internal error".

A missing system part is the machine's state, not a bug in the app: like a missing display
or keyring it exits 2 (the request cannot be carried out here as the machine stands), and
the fix is named. Pure: it reads exception texts, it loads nothing.
"""

from __future__ import annotations

import re

from reviewer.core.errors import ReviewerError

# glibc's dlopen text, also quoted inside cffi's, ctypes' and Python's own import errors.
# (Compiled by `re` on first use: only a failure reads them.)
_DLOPEN = r"([\w.+-]+\.so(?:\.\d+)*): cannot open shared object file"
# Python wrappers that search for a library themselves and say so in their own words.
_OWN_WORDS = (
    ("PortAudio library not found", "libportaudio.so.2"),  # sounddevice
    ("sndfile library not found", "libsndfile.so.1"),  # soundfile
)
# Debian package names that do not follow from the file name (policy 8.1).
_PACKAGES = {
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0", "libgio-2.0.so.0": "libglib2.0-0",
    "libcrypto.so.3": "libssl3", "libssl.so.3": "libssl3",
}


class MissingLibrary(ReviewerError):
    """A shared library the app needs is not installed (exit 2, one line)."""

    code = "missing_library"

    def __init__(self, library: str, needed_by: str) -> None:
        self.library = library
        if is_bundled(library):  # a damaged installation: no system package brings it back
            self.exit_code = 1
            super().__init__(f"missing library {library}, which {needed_by} needs; it comes "
                             "with Reviewer itself, so the installation is damaged (reinstall "
                             "Reviewer)", code="library_damaged", library=library)
            return
        super().__init__(f"missing library {library}, which {needed_by} needs (on Debian and "
                         f"Ubuntu: sudo apt install {debian_package(library)})",
                         library=library, package=debian_package(library))


def is_bundled(library: str) -> bool:
    """Libraries that come inside Reviewer's own files: Qt's and PySide's, and the copies
    wheels carry under a hashed name (auditwheel's libcrypto-1a2b3c4d.so.3)."""
    return (library.startswith(("libQt6", "libpyside6", "libshiboken6"))
            or re.search(r"-[0-9a-f]{8}\.so", library) is not None)


def debian_package(library: str) -> str:
    """The Debian package that ships `library`, by Debian's naming rule (libfoo.so.1 is in
    libfoo1, libfoo-2.so.0 in libfoo-2-0) unless it is a known exception."""
    if library in _PACKAGES:
        return _PACKAGES[library]
    stem, _, version = library.partition(".so")
    version = version.lstrip(".").split(".")[0]
    joiner = "-" if stem[-1:].isdigit() and version else ""
    return f"{stem.lower()}{joiner}{version}"


def missing_library_in(text: str) -> str | None:
    """The library a loader's error text says is missing, or None."""
    found = re.search(_DLOPEN, text)
    if found:
        return found.group(1)
    for words, library in _OWN_WORDS:
        if words in text:
            return library
    return None


def as_missing_library(exc: BaseException, needed_by: str = "Reviewer") -> MissingLibrary | None:
    """MissingLibrary when `exc` (or what caused it) is a library failing to load, else None.
    Only OSError and ImportError are read: those are what a failed dlopen raises."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (OSError, ImportError)):
            library = missing_library_in(str(current))
            if library is not None:
                return MissingLibrary(library, needed_by)
        current = current.__cause__ or current.__context__
    return None
