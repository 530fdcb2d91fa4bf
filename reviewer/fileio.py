"""Crash-safe file writes shared by the adapters and workflows (standard library only).

Readers see the old file or the new one, never half: temp file in the same folder, fsync,
rename, fsync the folder. Used for workspace descriptors, exports, envelopes and records.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write(target: Path, data: bytes) -> None:
    """Replaces `target` with `data`, creating its folder if needed.

    OSError propagates (callers turn it into a one-line message).
    """
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


CRASH_ENV = "REVIEWER_CRASH_AT"
CRASH_EXIT = 70


def crash_point(name: str) -> None:
    """A named point where fault-injection tests stop the process dead (no cleanup, no
    flushing: as `kill -9` or a power cut would), to prove that every step of a multi-step
    operation recovers. Does nothing unless REVIEWER_CRASH_AT names this point."""
    if os.environ.get(CRASH_ENV) == name:
        os._exit(CRASH_EXIT)
