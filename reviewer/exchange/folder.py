"""The exchange on a shared folder (a network share, or a local folder in tests and demos).

A key is a relative path under the root. Create-only writes: the bytes go to a hidden temp
file in the target folder, are synced, and are then hard-linked to their name, which fails
when the name exists (no overwrite, and a reader never sees half a file).

Multipart uploads, as on S3: each upload is a hidden folder `.uploads/<id>/` holding one file
per part; completing joins them into a temp file that is hard-linked like any other write.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

from reviewer.core.exchange import (
    ExchangeDenied,
    ExchangeError,
    ExchangeUnavailable,
    ObjectMissing,
    UploadMissing,
    check_key,
)
from reviewer.fileio import atomic_write, fsync_dir

_UPLOAD_ID = re.compile(r"^[0-9a-f]{32}$")
_COPY_CHUNK = 1 << 20


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
            raise _translate(exc, "list") from None
        return sorted(k for k in keys if k.startswith(prefix))

    def put_new(self, key: str, data: bytes) -> bool:
        return self._create(key, iter((data,)))

    def _create(self, key: str, chunks: Iterator[bytes]) -> bool:
        target = self._path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                       dir=target.parent)
            try:
                with os.fdopen(fd, "wb") as f:
                    for chunk in chunks:
                        f.write(chunk)
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
            raise _translate(exc, "upload") from None
        return True

    def get(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except FileNotFoundError:
            raise ObjectMissing(f"no object {key}", action="download") from None
        except OSError as exc:
            raise _translate(exc, "download") from None

    def delete(self, key: str) -> None:
        try:
            self._path(key).unlink(missing_ok=True)
        except OSError as exc:
            raise _translate(exc, "delete") from None

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def get_range(self, key: str, start: int, length: int) -> tuple[bytes, int]:
        try:
            with self._path(key).open("rb") as f:
                size = os.fstat(f.fileno()).st_size
                f.seek(start)
                return f.read(max(0, min(length, size - start))), size
        except FileNotFoundError:
            raise ObjectMissing(f"no object {key}", action="download") from None
        except OSError as exc:
            raise _translate(exc, "download") from None

    # ------------------------------------------------------------ multipart uploads
    def _upload(self, key: str, upload: str) -> Path:
        if not _UPLOAD_ID.fullmatch(upload):
            raise ExchangeError(f"not an upload id: {upload[:40]!r}", code="upload_id_invalid",
                                action="upload")
        folder = self.root / ".uploads" / upload
        try:
            if (folder / "key").read_text() != check_key(key):
                raise UploadMissing(f"no upload {upload} of {key}", action="upload")
        except FileNotFoundError:
            raise UploadMissing(f"no upload {upload} of {key}", action="upload") from None
        return folder

    def start_upload(self, key: str) -> str:
        upload = uuid.uuid4().hex
        folder = self.root / ".uploads" / upload
        try:
            folder.mkdir(parents=True)
            atomic_write(folder / "key", check_key(key).encode())
        except OSError as exc:
            raise _translate(exc, "upload") from None
        return upload

    def put_part(self, key: str, upload: str, number: int, data: bytes) -> str:
        folder = self._upload(key, upload)
        try:
            atomic_write(folder / f"{number:05d}", data)
        except OSError as exc:
            raise _translate(exc, "upload") from None
        return hashlib.md5(data, usedforsecurity=False).hexdigest()

    def uploaded_parts(self, key: str, upload: str) -> dict[int, tuple[str, int]]:
        folder = self._upload(key, upload)
        parts = {}
        for part in folder.iterdir():
            if part.name.isdigit():
                data = part.read_bytes()
                parts[int(part.name)] = (hashlib.md5(data, usedforsecurity=False).hexdigest(),
                                         len(data))
        return parts

    def complete_upload(self, key: str, upload: str, parts: Sequence[tuple[int, str]]) -> bool:
        folder = self._upload(key, upload)
        if self.exists(key):
            self.abort_upload(key, upload)
            return False
        held = self.uploaded_parts(key, upload)
        if any(held.get(number, ("", 0))[0] != etag for number, etag in parts):
            raise ExchangeError(f"upload {upload}: a part is missing or differs",
                                code="upload_part_differs", action="upload")

        def chunks() -> Iterator[bytes]:
            for number, _ in parts:
                with (folder / f"{number:05d}").open("rb") as f:
                    while chunk := f.read(_COPY_CHUNK):
                        yield chunk

        created = self._create(key, chunks())
        self.abort_upload(key, upload)
        return created

    def abort_upload(self, key: str, upload: str) -> None:
        with contextlib.suppress(UploadMissing):
            shutil.rmtree(self._upload(key, upload), ignore_errors=True)


def _raise(exc: OSError) -> None:
    raise exc


def _translate(exc: OSError, action: str) -> Exception:
    if isinstance(exc, PermissionError):
        return ExchangeDenied(f"the exchange folder refused access ({exc.strerror})",
                              code="exchange_folder_denied", action=action)
    return ExchangeUnavailable(f"the exchange folder is not usable ({exc.strerror})",
                               code="exchange_folder_unusable", action=action)
