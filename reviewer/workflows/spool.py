"""The local spool between `reviewer sync` (which moves sealed files) and the app (which
imports and writes them). Plain files, so the two processes share nothing but a folder:

    in/<name>.rpkg             a sealed package pulled from the inbox, waiting for import
    in/<name>.rpkg.imported    the importer committed it: sync may acknowledge it upstream
    in/<name>.rpkg.acked       acknowledged (deleted upstream); kept, so the same bytes
                               delivered again are acknowledged again and never re-imported
    in/<name>.rpkg.refused     the import refused it (left for the organisation to look at)
    out/<folder>/<name>.age    sealed files waiting to upload (results, escalations, decisions)
    uploads/<folder>/<name>.json  a large upload under way: its id and the parts sent
                               (workflows/transfer.py), so a new sync resumes it
    downloads/<name>.rpkg      a large download under way (a prefix of the object)
    last-sync                  when the last round with the store succeeded (ISO 8601, UTC)
    sync-state.json            how the last round ended: {"ok", "at", "error", "codes",
                               "params"} (the window words the codes: "the store refused
                               this workstation's key", "store unreachable")
    sync.lock                  held by the one `reviewer sync` that serves this spool

Every file is written atomically (temp file, fsync, rename), and names are content hashes
(core/exchange.py), so a file is either absent or whole and correct.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.core.errors import Param
from reviewer.core.exchange import ObjectCorrupt, is_object_name, object_name, verify
from reviewer.fileio import atomic_write, fsync_dir

OUTGOING = ("results", "escalations", "decisions")
IMPORTED, ACKED, REFUSED = ".imported", ".acked", ".refused"
STATE_FILE, LOCK_FILE = "sync-state.json", "sync.lock"
# Escalation envelopes under their journal's name until staged (workflows/escalate.py).
HELD_ESCALATIONS = "held-escalations"
_STATE_MAX = 4096
_CODES_MAX, _CODE_LEN, _PARAMS_MAX, _PARAM_LEN = 8, 64, 8, 120


@dataclass(frozen=True)
class SyncState:
    """How sync's last round ended (written by sync, read by the window)."""

    ok: bool
    at: dt.datetime
    error: str = ""  # English, one line: the command line's and the logs' (the tooltip's)
    # Why, for the window to word (core/reasons.py): the most precise code first, then its
    # error's classes; and the values the wording needs (the action; never keys or secrets).
    codes: tuple[str, ...] = ()
    params: dict[str, Param] = field(default_factory=dict, hash=False)

    @property
    def code(self) -> str:
        return self.codes[0] if self.codes else ""


@dataclass(frozen=True)
class SpoolStatus:
    """What the window shows of the exchange: read from the spool's files only."""

    waiting_to_upload: int
    last_sync: dt.datetime | None
    state: SyncState | None


def workspace_spool(workspace: Path) -> Path:
    """The spool folder of a workspace (the default of `sync`, `import --from-spool`)."""
    return workspace / "spool"


class Spool:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.incoming = root / "in"
        self.outgoing = root / "out"
        self.uploads = root / "uploads"
        self.downloads = root / "downloads"

    # ------------------------------------------------------------ incoming (sync writes)
    def has(self, name: str) -> bool:
        """Pulled already (waiting, imported, acknowledged or refused)."""
        return any((self.incoming / (name + s)).exists() for s in ("", IMPORTED, ACKED,
                                                                  REFUSED))

    def is_acked(self, name: str) -> bool:
        return (self.incoming / (name + ACKED)).exists()

    def receive(self, name: str, data: bytes) -> Path:
        path = self.incoming / name
        atomic_write(path, verify(name, data))
        return path

    def receive_file(self, name: str, path: Path) -> Path:
        """Moves a download assembled in pieces (`path`, in downloads/) into the spool once
        its bytes match their name; a file that does not match is deleted (ObjectCorrupt)."""
        digest = hashlib.sha256()
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
        if f"{digest.hexdigest()}.{name.rsplit('.', 1)[-1]}" != name:
            path.unlink(missing_ok=True)
            raise ObjectCorrupt(f"{name[:24]}…: content does not match its name",
                                action="download")
        target = self.incoming / name
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)  # written and fsynced piece by piece (transfer._append)
        fsync_dir(target.parent)
        return target

    def partial_download(self, name: str) -> Path:
        return self.downloads / name

    def drop_partial_downloads(self, keep: Collection[str]) -> None:
        """Forgets partial downloads of objects the inbox no longer lists (taken back)."""
        for path in self._listing(self.downloads):
            if path.name not in keep:
                path.unlink(missing_ok=True)

    def upload_state(self, folder: str, name: str) -> Path:
        return self.uploads / folder / f"{name}.json"

    def upload_states(self) -> list[tuple[str, str, Path]]:
        """(folder, name, state file) of every large upload under way."""
        return [(folder, p.name.removesuffix(".json"), p) for folder in OUTGOING
                for p in self._listing(self.uploads / folder) if p.name.endswith(".json")]

    def to_acknowledge(self) -> list[str]:
        """Names the importer has committed and the store still holds."""
        return sorted(p.name[:-len(IMPORTED)] for p in self._listing(self.incoming)
                      if p.name.endswith(IMPORTED))

    def acknowledged(self, name: str) -> None:
        (self.incoming / (name + IMPORTED)).replace(self.incoming / (name + ACKED))

    # ------------------------------------------------------------ incoming (importer)
    def waiting(self) -> list[Path]:
        """Sealed packages pulled and not yet imported (or refused)."""
        return [p for p in self._listing(self.incoming)
                if is_object_name(p.name) and not self.has_marker(p.name)]

    def has_marker(self, name: str) -> bool:
        return any((self.incoming / (name + s)).exists() for s in (IMPORTED, ACKED, REFUSED))

    def mark_imported(self, name: str) -> None:
        """Called only after the import has committed: then the package file goes."""
        atomic_write(self.incoming / (name + IMPORTED), b"")
        (self.incoming / name).unlink(missing_ok=True)

    def mark_refused(self, name: str) -> None:
        atomic_write(self.incoming / (name + REFUSED), b"")

    # ------------------------------------------------------------ outgoing
    def stage(self, folder: str, data: bytes) -> Path:
        """Queues sealed `data` for upload to `folder` (results, escalations, decisions)."""
        if folder not in OUTGOING:
            raise ValueError(f"unknown outgoing folder {folder!r}")
        path = self.outgoing / folder / object_name(data, "age")
        if not path.exists():
            atomic_write(path, data)
        return path

    def outgoing_files(self) -> list[tuple[str, Path]]:
        return [(folder, p) for folder in OUTGOING
                for p in self._listing(self.outgoing / folder) if is_object_name(p.name)]

    def waiting_to_upload(self) -> int:
        return len(self.outgoing_files())

    def sweep_partials(self, older_than: float = 600.0) -> None:
        """Removes temp files a killed writer left (atomic_write's `.NAME.*.part`), once they
        are old enough that no live writer (the importer, in the other process) owns them."""
        limit = time.time() - older_than
        for folder in (self.root, self.incoming, *(self.outgoing / f for f in OUTGOING),
                       *(self.uploads / f for f in OUTGOING)):
            if folder.is_dir():
                for part in folder.glob(".*.part"):
                    with contextlib.suppress(FileNotFoundError):
                        if part.stat().st_mtime < limit:
                            part.unlink()

    # ------------------------------------------------------------ state shown by the window
    def record_sync(self, when: dt.datetime) -> None:
        atomic_write(self.root / "last-sync", when.astimezone(dt.UTC).isoformat().encode())

    def last_sync(self) -> dt.datetime | None:
        try:
            return dt.datetime.fromisoformat((self.root / "last-sync").read_text().strip())
        except (OSError, ValueError):
            return None

    def record_state(self, ok: bool, when: dt.datetime, error: str = "",
                     codes: tuple[str, ...] = (), params: dict[str, Param] | None = None,
                     ) -> None:
        doc = {"ok": ok, "at": when.astimezone(dt.UTC).isoformat(), "error": error[:500],
               "codes": _codes(codes), "params": _params(params or {})}
        atomic_write(self.root / STATE_FILE, json.dumps(doc).encode())

    def sync_state(self) -> SyncState | None:
        """The last round's outcome; None when there is none (or the file is damaged)."""
        try:
            with (self.root / STATE_FILE).open("rb") as fh:
                doc = json.loads(fh.read(_STATE_MAX))
            codes, params = doc.get("codes", []), doc.get("params", {})
            # Written before codes existed, or damaged: no codes (the window says what it
            # said before: "store unreachable").
            return SyncState(bool(doc["ok"]), dt.datetime.fromisoformat(str(doc["at"])),
                             str(doc.get("error", ""))[:500],
                             _codes(codes), _params(params))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def status(self) -> SpoolStatus:
        """Cheap (a few directory listings): the window reads it every few seconds."""
        return SpoolStatus(self.waiting_to_upload(), self.last_sync(), self.sync_state())

    @property
    def lock_path(self) -> Path:
        return self.root / LOCK_FILE

    @staticmethod
    def _listing(folder: Path) -> list[Path]:
        try:
            return sorted(p for p in folder.iterdir()
                          if p.is_file() and not p.name.startswith("."))
        except FileNotFoundError:
            return []


def _codes(codes: object) -> tuple[str, ...]:
    """Codes as the window can use them: short identifiers, a few."""
    if not isinstance(codes, (list, tuple)):
        return ()
    return tuple(c for c in codes[:_CODES_MAX]
                 if isinstance(c, str) and 0 < len(c) <= _CODE_LEN
                 and c.replace("_", "").isalnum() and c.isascii())


def _params(params: object) -> dict[str, Param]:
    """Text and whole numbers only, bounded (the window puts them into its sentences)."""
    out: dict[str, Param] = {}
    if not isinstance(params, dict):
        return out
    for name, value in list(params.items())[:_PARAMS_MAX]:
        if not isinstance(name, str) or not name.isidentifier():
            continue
        if isinstance(value, bool):
            continue
        if isinstance(value, int):
            out[name] = value
        elif isinstance(value, str):
            out[name] = value.splitlines()[0][:_PARAM_LEN] if value else ""
    return out
