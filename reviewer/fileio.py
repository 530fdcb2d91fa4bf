"""Crash-safe file writes and an exclusive file lock, shared by the adapters and workflows
(standard library only).

Readers see the old file or the new one, never half: temp file in the same folder, fsync,
rename, fsync the folder. Used for workspace descriptors, exports, envelopes and records.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path


def atomic_write(target: Path, data: bytes, *, make_folder: bool = True) -> None:
    """Replaces `target` with `data`, creating its folder if needed (unless `make_folder`
    is False: a folder that vanished must not come back half-filled).

    OSError propagates (callers turn it into a one-line message).
    """
    if make_folder:
        target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        crash_point("atomic_write.before_rename")
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(target.parent)


def fsync_dir(folder: Path) -> None:
    """Makes a rename in `folder` durable (POSIX; Windows cannot open a folder for fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def exclusive_lock(path: Path, timeout: float) -> Iterator[None]:
    """Holds an exclusive OS lock on `path` (created, mode 0600) for the `with` block.

    Every process, and every holder in one process, that locks the same path waits for the
    others: POSIX `flock` locks belong to each open file, Windows byte-range locks to each
    handle. Raises TimeoutError after `timeout` seconds, OSError when the file cannot be
    opened. The lock ends when the file is closed, also when the process dies.
    """
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise TimeoutError(f"{path.name} is held by another process")
            time.sleep(0.02)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    """True when the lock was taken, False when someone else holds it."""
    if sys.platform == "win32":  # pragma: no cover - untested here (packaging README)
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # byte 0; may lie past the end of file
        except OSError:  # "lock violation" (EACCES or EDEADLOCK) while another handle has it
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows asks for an explicit unlock
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


CRASH_ENV = "REVIEWER_CRASH_AT"
CRASH_EXIT = 70


def crash_point(name: str) -> None:
    """A named point where fault-injection tests stop the process dead (no cleanup, no
    flushing: as `kill -9` or a power cut would), to prove that every step of a multi-step
    operation recovers. Does nothing unless REVIEWER_CRASH_AT names this point."""
    if os.environ.get(CRASH_ENV) == name:
        os._exit(CRASH_EXIT)
