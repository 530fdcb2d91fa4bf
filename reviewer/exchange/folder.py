"""The exchange on a shared folder (a network share, or a local folder in tests and demos).

A key is a relative path under the root. Create-only writes: the bytes go to a hidden temp
file in the target folder, are synced, and are then hard-linked to their name, which fails
when the name exists (no overwrite, and a reader never sees half a file).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from reviewer.core.exchange import ExchangeDenied, ExchangeUnavailable, ObjectMissing, check_key
from reviewer.fileio import fsync_dir


class FolderStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root.joinpath(*check_key(key).split("/"))

    def list(self, prefix: str) -> list[str]:
        folder = self.root.joinpath(*[p for p in prefix.split("/") if p])
        keys: list[str] = []
        try:
            for dirpath, dirnames, filenames in os.walk(folder, onerror=_raise):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                rel = Path(dirpath).relative_to(self.root).as_posix()
                keys.extend(f"{rel}/{f}" for f in filenames if not f.startswith("."))
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise _translate(exc) from None
        return sorted(k for k in keys if k.startswith(prefix))

    def put_new(self, key: str, data: bytes) -> bool:
        target = self._path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                       dir=target.parent)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                try:
                    os.link(tmp, target)
                except FileExistsError:
                    return False
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            fsync_dir(target.parent)
        except OSError as exc:
            raise _translate(exc) from None
        return True

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            raise ObjectMissing(f"no object {key}") from None
        except OSError as exc:
            raise _translate(exc) from None

    def delete(self, key: str) -> None:
        try:
            self._path(key).unlink(missing_ok=True)
        except OSError as exc:
            raise _translate(exc) from None


def _raise(exc: OSError) -> None:
    raise exc


def _translate(exc: OSError) -> Exception:
    if isinstance(exc, PermissionError):
        return ExchangeDenied(f"the exchange folder refused access ({exc.strerror})")
    return ExchangeUnavailable(f"the exchange folder is not usable ({exc.strerror})")
