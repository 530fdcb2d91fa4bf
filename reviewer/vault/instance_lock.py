"""One process at a time per workspace: an exclusive lock on `<workspace>/.lock`, held from
open to close. A second window or command on the same workspace is told so at once, instead
of waiting on the database and failing with a storage error."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reviewer.core.workspace_errors import WorkspaceBusy
from reviewer.vault.db import storage_error

LOCK_FILE = ".lock"


class InstanceLock:
    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, folder: Path) -> InstanceLock:
        """The lock, or WorkspaceBusy when another process holds it."""
        try:
            fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:  # a read-only or vanished folder, said as such
            raise storage_error(exc, f"the workspace {folder}", folder=str(folder)) from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise WorkspaceBusy(f"the workspace in {folder} is open in another Reviewer window "
                                "or command: close that first", folder=str(folder)) from None
        return cls(fd)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None


def _lock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - untested here (packaging README)
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
