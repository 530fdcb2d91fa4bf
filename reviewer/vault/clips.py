"""Packages and clips in the encrypted database, with audio sealed under per-clip keys.

Crypto-shredding: each package's random key is wrapped by the workspace's wrapping key; each
clip's random data key is wrapped by its package key; audio is AES-256-GCM under the data key
with (package, clip) as associated data. Purging a package first erases its wrapped key and
its clips' wrapped keys (commit), then the rows; erasing one escalated clip erases its wrapped
data key, audio and texts while the package key stays for the other clips. secure_delete zeroes
freed pages and the WAL is checkpointed and truncated afterwards.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable
from typing import Any

from reviewer.core.annotation import Annotation, ClipStatus
from reviewer.core.audit import DetailValue
from reviewer.core.escalation import EscalationMaterial
from reviewer.core.package import AcceptedPackage, EncodedAudio
from reviewer.core.review import ClipSummary, StatusCounts
from reviewer.core.workspace_errors import AlreadyImported, AudioIntegrity, ClipUnavailable
from reviewer.vault import crypto, db
from reviewer.vault.audit_log import AuditLog
from reviewer.vault.db import Connection
from reviewer.vault.records import (
    StoredClip,
    StoredPackage,
    header_from_json,
    header_to_json,
)

Progress = Callable[[int, int], None]

_CLIP_COLUMNS = ("c.local_id, c.package_number, c.ordinal, "
                 "(SELECT count(*) FROM clips x WHERE x.package_number = c.package_number), "
                 "p.header_json, c.clip_id, c.audio_filepath, c.duration, c.pred_text, "
                 "c.assistant_response, c.prior_text, c.content_warning, c.status, c.locked, "
                 "c.annotation_json, c.updated_at")


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def _clip(row: tuple[Any, ...]) -> StoredClip:
    (local_id, number, ordinal, total, header_json, clip_id, path, duration, pred, response,
     prior, warning, status, locked, annotation_json, updated_at) = row
    return StoredClip(
        local_id=int(local_id), package_number=int(number), ordinal=int(ordinal),
        package_total=int(total), header=header_from_json(header_json), clip_id=str(clip_id),
        audio_filepath=str(path), duration=float(duration), pred_text=pred,
        assistant_response=response, prior_text=prior, content_warning=bool(warning),
        status=ClipStatus(status), locked=bool(locked),
        annotation=Annotation.from_json(json.loads(annotation_json)) if annotation_json
        else None, updated_at=updated_at)


class ClipStore:
    """All reads and writes of packages and clips. Thread-safe through the workspace lock."""

    def __init__(self, conn: Connection, lock: threading.RLock, audit: AuditLog,
                 wrap_key: bytes, reader: Connection) -> None:
        self._conn = conn
        self._lock = lock
        # Opening a clip (the window does it on its own thread) reads through a second
        # connection: in WAL mode it sees the last commit without waiting for a writer (an
        # import holds one transaction for the whole package). Only this primary-key lookup
        # uses it: after every write its page cache is cold, so scans stay on `conn`.
        self._reader = reader
        self._reader_lock = threading.Lock()
        self._audit = audit
        self._wrap_key = wrap_key

    # ------------------------------------------------------------------ import
    def check_not_imported(self, package_id: str) -> None:
        with self._lock:
            row = self._conn.execute("SELECT imported_at, purged_at FROM package_history "
                                     "WHERE package_id = ?", (package_id,)).fetchone()
        if row is None:
            return
        when = str(row[0])[:10]
        if row[1] is None:
            raise AlreadyImported(f"package {package_id} is already in this workspace "
                                  f"(imported {when}); nothing was imported")
        raise AlreadyImported(f"package {package_id} was imported on {when} and purged on "
                              f"{str(row[1])[:10]}; it cannot be imported again")

    def store_package(self, pkg: AcceptedPackage, progress: Progress | None = None) -> int:
        """Stores the whole package in one transaction (all or nothing); returns its number."""
        h = pkg.header
        package_key = crypto.random_key()
        expires = h.created + dt.timedelta(days=h.retention_days)
        at = now_utc()
        total = len(pkg.clips)
        with self._lock:
            self.check_not_imported(h.package_id)
            with db.transaction(self._conn):
                cur = self._conn.execute(
                    "INSERT INTO packages(package_id, header_json, imported_at, expires_on) "
                    "VALUES (?, ?, ?, ?)", (h.package_id, header_to_json(h), at,
                                            expires.isoformat()))
                number = int(cur.lastrowid)
                self._conn.execute("UPDATE packages SET wrapped_key = ? WHERE number = ?",
                                   (crypto.seal(self._wrap_key, package_key,
                                                crypto.package_aad(number)), number))
                self._conn.execute("INSERT INTO package_history(package_id, imported_at) "
                                   "VALUES (?, ?)", (h.package_id, at))
                for ordinal, clip in enumerate(pkg.clips, start=1):
                    r = clip.record
                    cur = self._conn.execute(
                        "INSERT INTO clips(package_number, ordinal, clip_id, audio_filepath, "
                        "duration, pred_text, assistant_response, prior_text, content_warning,"
                        " sample_rate, frames, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                        (number, ordinal, r.clip_id, r.audio_filepath, r.duration, r.pred_text,
                         r.assistant_response, r.prior_text, int(r.content_warning),
                         clip.audio.sample_rate, clip.audio.frames, at))
                    local_id = int(cur.lastrowid)
                    data_key = crypto.random_key()
                    self._conn.execute(
                        "UPDATE clips SET wrapped_key = ?, audio = ? WHERE local_id = ?",
                        (crypto.seal(package_key, data_key,
                                     crypto.clip_key_aad(number, local_id)),
                         crypto.seal(data_key, clip.audio.flac,
                                     crypto.audio_aad(number, local_id)), local_id))
                    if progress is not None:
                        progress(ordinal, total)
                self._audit.append_in_transaction(
                    "import", {"package": number, "clips": total})
        return number

    # ------------------------------------------------------------------ reading
    def summaries(self) -> list[ClipSummary]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT c.local_id, c.package_number, c.ordinal, t.n, c.status, c.duration, "
                "c.content_warning, c.locked FROM clips c JOIN (SELECT package_number, "
                "count(*) AS n FROM clips GROUP BY package_number) t "
                "ON t.package_number = c.package_number "
                "ORDER BY c.package_number, c.ordinal").fetchall()
        return [ClipSummary(local_id=int(a), package_number=int(b), ordinal=int(c),
                            package_total=int(d), status=ClipStatus(e), duration=float(f),
                            content_warning=bool(g), locked=bool(h))
                for a, b, c, d, e, f, g, h in rows]

    def clip(self, local_id: int) -> StoredClip:
        with self._reader_lock:
            row = self._reader.execute(
                f"SELECT {_CLIP_COLUMNS} FROM clips c JOIN packages p "  # noqa: S608
                "ON p.number = c.package_number WHERE c.local_id = ?", (local_id,)).fetchone()
        if row is None:
            raise ClipUnavailable(f"clip {local_id} is not in this workspace")
        return _clip(row)

    def package_clips(self, number: int) -> list[StoredClip]:
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_CLIP_COLUMNS} FROM clips c JOIN packages p "  # noqa: S608
                "ON p.number = c.package_number WHERE c.package_number = ? "
                "ORDER BY c.ordinal", (number,)).fetchall()
        return [_clip(r) for r in rows]

    def _package_key(self, number: int) -> bytes:
        row = self._conn.execute("SELECT wrapped_key FROM packages WHERE number = ?",
                                 (number,)).fetchone()
        if row is None or row[0] is None:
            raise ClipUnavailable("the clip's package has been purged")
        try:
            return crypto.open_sealed(self._wrap_key, bytes(row[0]), crypto.package_aad(number))
        except crypto.SealBroken:
            raise AudioIntegrity("a package key failed its integrity check (the workspace "
                                 "was tampered with)") from None

    def _decrypt_audio(self, local_id: int) -> tuple[int, EncodedAudio]:
        row = self._conn.execute(
            "SELECT package_number, wrapped_key, audio, sample_rate, frames FROM clips "
            "WHERE local_id = ?", (local_id,)).fetchone()
        if row is None:
            raise ClipUnavailable(f"clip {local_id} is not in this workspace")
        number, wrapped, blob, rate, frames = row
        if wrapped is None or blob is None:
            raise ClipUnavailable("this clip's audio has been erased")
        package_key = self._package_key(int(number))
        try:
            data_key = crypto.open_sealed(package_key, bytes(wrapped),
                                          crypto.clip_key_aad(int(number), local_id))
            flac = crypto.open_sealed(data_key, bytes(blob),
                                      crypto.audio_aad(int(number), local_id))
        except crypto.SealBroken:
            raise AudioIntegrity("this clip's stored audio failed its integrity check "
                                 "(tampered or moved); it cannot be played") from None
        return int(number), EncodedAudio(flac=flac, sample_rate=int(rate), frames=int(frames))

    def open_audio(self, local_id: int, details: dict[str, DetailValue] | None = None
                   ) -> EncodedAudio:
        """Decrypts a playable clip's audio and records the opening in the audit log."""
        with self._lock:
            row = self._conn.execute("SELECT status, locked FROM clips WHERE local_id = ?",
                                     (local_id,)).fetchone()
            if row is None:
                raise ClipUnavailable(f"clip {local_id} is not in this workspace")
            if row[1]:
                raise ClipUnavailable("this clip is locked until its escalation is sent")
            if row[0] == ClipStatus.ESCALATED.value:
                raise ClipUnavailable("this clip was escalated and erased from this workspace")
            _, audio = self._decrypt_audio(local_id)
            self._audit.append("clip.audio", {"clip": local_id, **(details or {})})
        return audio

    def counts(self) -> StatusCounts:
        with self._lock:
            packages = self._conn.execute("SELECT count(*) FROM packages").fetchone()[0]
            by = dict(self._conn.execute(
                "SELECT status, count(*) FROM clips GROUP BY status").fetchall())
        return StatusCounts(packages=int(packages), new=int(by.get("new", 0)),
                            draft=int(by.get("draft", 0)), done=int(by.get("done", 0)),
                            skipped=int(by.get("skipped", 0)),
                            escalated=int(by.get("escalated", 0)))

    def packages(self) -> list[StoredPackage]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT p.number, p.header_json, p.imported_at, p.expires_on, p.exported_at, "
                "count(c.local_id), "
                "coalesce(sum(c.status IN ('done','skipped','escalated')), 0), "
                "coalesce(sum(c.status IN ('done','skipped','escalated') AND "
                "(p.exported_at IS NULL OR c.updated_at > p.exported_at)), 0) "
                "FROM packages p LEFT JOIN clips c ON c.package_number = p.number "
                "GROUP BY p.number ORDER BY p.number").fetchall()
        return [StoredPackage(number=int(n), header=header_from_json(h), imported_at=str(i),
                              expires_on=dt.date.fromisoformat(e), exported_at=x,
                              clips=int(c), finished=int(f), unexported_finished=int(u))
                for n, h, i, e, x, c, f, u in rows]

    # ------------------------------------------------------------------ writing
    def save_annotation(self, local_id: int, annotation: Annotation, status: ClipStatus,
                        event: str | None = None,
                        details: dict[str, DetailValue] | None = None) -> None:
        """One small transaction: the annotation, the status and (optionally) an audit entry."""
        body = json.dumps(annotation.to_json(), separators=(",", ":"))
        with self._lock, db.transaction(self._conn):
            cur = self._conn.execute(
                "UPDATE clips SET annotation_json = ?, status = ?, updated_at = ? "
                "WHERE local_id = ? AND status != 'escalated'",
                (body, status.value, now_utc(), local_id))
            if cur.rowcount != 1:
                raise ClipUnavailable(f"clip {local_id} cannot be changed (escalated or gone)")
            if event:
                self._audit.append_in_transaction(event, {"clip": local_id, **(details or {})})

    def mark_exported(self, number: int, at: str) -> None:
        with self._lock, db.transaction(self._conn):
            self._conn.execute("UPDATE packages SET exported_at = ? WHERE number = ?",
                               (at, number))
            self._audit.append_in_transaction("export", {"package": number})

    def purge_package(self, number: int, reason: str, unexported: int = 0) -> None:
        """Crypto-shreds, then deletes a package; only its id stays (to refuse re-imports)."""
        with self._lock:
            with db.transaction(self._conn):
                row = self._conn.execute("SELECT package_id FROM packages WHERE number = ?",
                                         (number,)).fetchone()
                if row is None:
                    return
                self._conn.execute("UPDATE packages SET wrapped_key = NULL WHERE number = ?",
                                   (number,))
                self._conn.execute("UPDATE clips SET wrapped_key = NULL WHERE "
                                   "package_number = ?", (number,))
            with db.transaction(self._conn):
                self._conn.execute("DELETE FROM clips WHERE package_number = ?", (number,))
                self._conn.execute("DELETE FROM packages WHERE number = ?", (number,))
                self._conn.execute("UPDATE package_history SET purged_at = ? "
                                   "WHERE package_id = ?", (now_utc(), row[0]))
                self._audit.append_in_transaction("purge", {"package": number,
                                                            "reason": reason,
                                                            "unexported": unexported})
            db.checkpoint(self._conn)

    # ------------------------------------------------------------------ escalation
    def set_locked(self, local_id: int, locked: bool) -> None:
        """A locked clip stays in the queue but cannot be played (awaiting escalation)."""
        with self._lock, db.transaction(self._conn):
            cur = self._conn.execute("UPDATE clips SET locked = ? WHERE local_id = ?",
                                     (int(locked), local_id))
            if cur.rowcount != 1:
                raise ClipUnavailable(f"clip {local_id} is not in this workspace")
            self._audit.append_in_transaction("clip.lock" if locked else "clip.unlock",
                                              {"clip": local_id})

    def lock_clip(self, local_id: int) -> None:
        self.set_locked(local_id, True)

    def escalation_material(self, local_id: int) -> EscalationMaterial:
        """The clip's decrypted audio, draft transcript and upstream ids, for sealing.

        Works on locked clips (that is their purpose); not audited here: the escalation
        workflow records the escalation itself.
        """
        with self._lock:
            clip = self.clip(local_id)
            if clip.status is ClipStatus.ESCALATED:
                raise ClipUnavailable("this clip was already escalated and erased")
            _, audio = self._decrypt_audio(local_id)
        draft = clip.annotation.transcript if clip.annotation else ""
        return EscalationMaterial(audio_flac=audio.flac, draft=draft, clip_id=clip.clip_id,
                                  package_id=clip.header.package_id)

    def erase_escalated(self, local_id: int) -> None:
        self.erase_for_escalation(local_id)

    def erase_for_escalation(self, local_id: int,
                             details: dict[str, DetailValue] | None = None) -> None:
        """Erases the clip's data key, audio, texts and draft; sets it escalated and unlocked.

        The upstream clip id stays so the export can report the clip as escalated. Records
        a `clip.erase` audit entry in the same transaction (details: codes only).
        """
        with self._lock:
            with db.transaction(self._conn):
                cur = self._conn.execute(
                    "UPDATE clips SET wrapped_key = NULL, audio = NULL, pred_text = NULL, "
                    "assistant_response = NULL, prior_text = NULL, annotation_json = NULL, "
                    "status = 'escalated', locked = 0, updated_at = ? WHERE local_id = ?",
                    (now_utc(), local_id))
                if cur.rowcount != 1:
                    raise ClipUnavailable(f"clip {local_id} is not in this workspace")
                self._audit.append_in_transaction("clip.erase",
                                                  {"clip": local_id, **(details or {})})
            db.checkpoint(self._conn)
