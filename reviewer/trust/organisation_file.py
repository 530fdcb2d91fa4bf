"""The organisation file (`reviewer-organisation/1`) at its one built-in path.

The path is fixed per platform and never comes from the environment (`XDG_CONFIG_DIRS`,
`HOME` and `REVIEWER_*` are the user's to set). On Linux and other POSIX systems the file and
every folder above it must be owned by root and writable by no one else, or the file is
refused: whoever can write any of them could put their own keys in it. Nothing on the way is
followed through a symbolic link the check has not seen. Windows ACLs and macOS ownership are
not checked here (documented as untested in resources/packaging/README.md).

A missing file is an unmanaged installation: it runs the demo, and refuses real profiles and
packages (the workflows say why).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from reviewer.core.trust import Organisation, TrustRefused, parse_organisation

LINUX_PATH = Path("/etc/xdg/reviewer/organisation.json")
WINDOWS_PATH = Path("C:/ProgramData/Reviewer/organisation.json")
MACOS_PATH = Path("/Library/Application Support/Reviewer/organisation.json")
MAX_BYTES = 256 * 1024


def builtin_path() -> Path:
    if sys.platform == "win32":
        return WINDOWS_PATH
    if sys.platform == "darwin":
        return MACOS_PATH
    return LINUX_PATH


def load_organisation(path: Path | None = None, *, owner_uid: int = 0) -> Organisation | None:
    """The organisation at `path` (default: the built-in path), None when there is none.

    Raises TrustRefused when the file or a folder above it could have been written by
    someone other than `owner_uid` (root), or the file is not a valid organisation file.
    """
    path = path or builtin_path()
    if os.name != "posix":
        data = _read_plain(path)
        return None if data is None else _parse(path, data)
    try:
        os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise TrustRefused(f"the organisation file {path} cannot be examined "
                           f"({exc.strerror or 'error'})", code="organisation_file_unreadable",
                           path=str(path)) from None
    _check_chain(path, owner_uid)
    return _parse(path, _read_checked(path, owner_uid))


def _check_chain(path: Path, owner_uid: int) -> None:
    """The file and each folder above it: not a link, owned by root, not group/world-writable."""
    for part in [path, *path.parents]:
        try:
            st = os.lstat(part)
        except OSError:
            raise TrustRefused(f"the organisation file's folder {part} cannot be examined",
                               code="organisation_file_unreadable", path=str(part)) from None
        what = "organisation file" if part == path else "folder above the organisation file"
        if stat.S_ISLNK(st.st_mode):
            raise TrustRefused(f"refusing the organisation file: the {what} {part} is a "
                               "symbolic link", code="organisation_file_link", path=str(part))
        _owned(part, st, owner_uid, what)


def _owned(part: Path, st: os.stat_result, owner_uid: int, what: str) -> None:
    if st.st_uid != owner_uid:
        raise TrustRefused(f"refusing the organisation file: the {what} {part} is not owned "
                           "by root", code="organisation_file_not_root", path=str(part))
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise TrustRefused(f"refusing the organisation file: the {what} {part} is writable "
                           "by group or others", code="organisation_file_writable",
                           path=str(part))


def _read_checked(path: Path, owner_uid: int) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise TrustRefused(f"the organisation file {path} cannot be read "
                           f"({exc.strerror or 'error'})", code="organisation_file_unreadable",
                           path=str(path)) from None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())  # the file actually opened, not the name checked earlier
        if not stat.S_ISREG(st.st_mode):
            raise TrustRefused(f"refusing the organisation file {path}: not a regular file",
                               code="organisation_file_not_regular", path=str(path))
        _owned(path, st, owner_uid, "organisation file")
        data = fh.read(MAX_BYTES + 1)
    return data


def _read_plain(path: Path) -> bytes | None:
    try:
        return path.read_bytes()[: MAX_BYTES + 1]
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise TrustRefused(f"the organisation file {path} cannot be read "
                           f"({exc.strerror or 'error'})", code="organisation_file_unreadable",
                           path=str(path)) from None


def _parse(path: Path, data: bytes) -> Organisation:
    if len(data) > MAX_BYTES:
        raise TrustRefused(f"the organisation file {path} is too large",
                           code="organisation_file_too_large", path=str(path))
    return parse_organisation(data)
