"""Large objects between the spool and the exchange, in pieces that survive a killed process.

Upload: a multipart upload whose state (the upload's id, each part sent and its ETag) is
kept in a small JSON file in the spool, rewritten atomically after every part. A sync that
starts again asks the store which parts it holds (ListParts), keeps those whose ETag and size
match the state, sends only the others, and completes create-only. An upload that cannot be
used any more (gone from the store, or its local file gone) is aborted or started anew.

Download: ranged reads appended to a partial file in the spool; a sync that starts again
continues from the partial file's size. Nothing is trusted until the end: the whole file is
checked against its content-hash name (Spool.receive_file), so a partial file with a bad
tail (a power cut) costs a new download, never a wrong package.

Small objects still go in one request each way (up to `threshold` up, a piece down).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Protocol, TypeVar

from reviewer.core.exchange import (
    ExchangeDenied,
    ExchangeStore,
    ExchangeUnavailable,
    UploadMissing,
)
from reviewer.fileio import atomic_write, crash_point

T = TypeVar("T")
MIB = 1 << 20
S3_MIN_PART = 5 * MIB  # every part but the last (S3, Ceph)


class Retrying(Protocol):
    def __call__(self, call: Callable[[], T]) -> T: ...


@dataclass(frozen=True)
class PieceSizes:
    threshold: int = 16 * MIB  # larger files upload in parts
    part: int = 8 * MIB  # one upload part; one ranged read (larger objects download in pieces)

    def __post_init__(self) -> None:
        if self.part <= 0 or self.threshold < 0:
            raise ValueError("piece sizes must be positive")


@dataclass
class UploadState:
    key: str
    upload: str
    size: int
    part: int
    parts: dict[int, str] = field(default_factory=dict)  # number -> ETag

    def dump(self) -> bytes:
        return json.dumps({"key": self.key, "upload": self.upload, "size": self.size,
                           "part": self.part, "parts": {str(n): e for n, e in
                                                        sorted(self.parts.items())}}).encode()

    @classmethod
    def load(cls, path: Path) -> UploadState | None:
        try:
            doc: Any = json.loads(path.read_bytes())
            return cls(str(doc["key"]), str(doc["upload"]), int(doc["size"]), int(doc["part"]),
                       {int(n): str(e) for n, e in doc["parts"].items()})
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError, AttributeError):
            return None  # unreadable: the upload it named is left to the lifecycle rule


@dataclass
class UploadOutcome:
    created: bool
    parts_sent: int
    parts_kept: int  # found on the store from an earlier, interrupted run


def upload_file(store: ExchangeStore, key: str, source: Path, state_path: Path, part: int,
                retry: Retrying) -> UploadOutcome:
    """Uploads `source` to `key` in parts of `part` bytes, resuming the upload recorded in
    `state_path` when there is one for this key and these sizes."""
    size = source.stat().st_size
    count = max(1, -(-size // part))
    state = UploadState.load(state_path)
    done: dict[int, str] = {}
    if state is not None and (state.key, state.size, state.part) != (key, size, part):
        abandon(store, state, retry)
        state = None
    if state is not None:
        try:
            held = retry(partial(store.uploaded_parts, key, state.upload))
        except (UploadMissing, ExchangeDenied):
            # Completed, aborted or expired: start again. Ceph answers AccessDenied, not
            # NoSuchUpload, to a workstation confined by the bucket policy; a key that is
            # really refused is refused again when the new upload starts.
            state = None
        else:
            done = {n: etag for n, etag in state.parts.items()
                    if held.get(n) == (etag, _part_size(n, size, part))}
    if state is None:
        if retry(partial(store.exists, key)):
            # Already there (an earlier run completed and died before the local file went):
            # under a content-hash name that object is these bytes.
            state_path.unlink(missing_ok=True)
            return UploadOutcome(created=False, parts_sent=0, parts_kept=0)
        state = UploadState(key, retry(partial(store.start_upload, key)), size, part)
        atomic_write(state_path, state.dump())
    state.parts = dict(done)
    sent = 0
    with source.open("rb") as f:
        for number in range(1, count + 1):
            if number in done:
                continue
            f.seek((number - 1) * part)
            data = f.read(part)
            try:
                state.parts[number] = retry(partial(store.put_part, key, state.upload,
                                                    number, data))
            except UploadMissing:
                # Taken away meanwhile (another sync, a lifecycle rule): a passing trouble,
                # not a reason to stop; the next round starts a new upload.
                state_path.unlink(missing_ok=True)
                raise ExchangeUnavailable("upload: the store dropped an upload under way; "
                                          "it starts again", action="upload") from None
            atomic_write(state_path, state.dump())
            sent += 1
            crash_point("sync.part_uploaded")
    parts = sorted(state.parts.items())
    try:
        created = retry(partial(store.complete_upload, key, state.upload, parts))
    except UploadMissing:
        # Completed by an earlier attempt whose answer was lost (or aborted meanwhile): the
        # object under this content-hash name is then these bytes; otherwise start again.
        if not retry(partial(store.exists, key)):
            state_path.unlink(missing_ok=True)
            raise
        created = False
    state_path.unlink(missing_ok=True)
    return UploadOutcome(created, sent, len(done))


def abandon(store: ExchangeStore, state: UploadState, retry: Retrying) -> None:
    """Aborts an upload nobody will finish (its file went, or it was for other sizes)."""
    # Refused when it is gone already, under a bucket policy (as above); a lifecycle rule
    # removes whatever is left of an upload that really could not be aborted.
    with contextlib.suppress(ExchangeDenied):
        retry(partial(store.abort_upload, state.key, state.upload))


def _part_size(number: int, size: int, part: int) -> int:
    return max(0, min(part, size - (number - 1) * part))


@dataclass
class Fetched:
    data: bytes | None = None  # the whole object, when it came in one read
    path: Path | None = None  # the complete (not yet checked) file, when it came in pieces
    resumed_from: int = 0  # bytes already in the partial file from an earlier run


def download(store: ExchangeStore, key: str, piece_file: Path, sizes: PieceSizes,
             retry: Retrying) -> Fetched:
    """Reads `key`: at once when it is small, else in ranged reads appended to `piece_file`
    (continuing from what an earlier run left there)."""
    offset = piece_file.stat().st_size if piece_file.exists() else 0
    resumed = offset
    if offset == 0:
        # One piece too: an object up to a piece comes in this one request, and memory
        # stays bounded by the piece size (the sync's resident-size budget).
        data, total = retry(partial(store.get_range, key, 0, sizes.part))
        if len(data) >= total:
            return Fetched(data=data)
        piece_file.parent.mkdir(parents=True, exist_ok=True)
        _append(piece_file, data)
        offset = len(data)
        crash_point("sync.piece_downloaded")
    while True:
        data, total = retry(partial(store.get_range, key, offset, sizes.part))
        if not data:
            break
        _append(piece_file, data)
        offset += len(data)
        crash_point("sync.piece_downloaded")
        if offset >= total:
            break
    return Fetched(path=piece_file, resumed_from=resumed)


def _append(path: Path, data: bytes) -> None:
    # A kill leaves a prefix of the object here (every byte written is in order); the next
    # run continues from the file's size and the name check at the end catches anything else.
    with path.open("ab") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
