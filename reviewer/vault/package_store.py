"""Packages in the encrypted database: import in one transaction, listing, export marks and
purging by crypto-shredding (keys first, then rows; only the package id stays, so the same
package is never imported twice)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from reviewer.core.package import AcceptedPackage
from reviewer.core.workspace_errors import AlreadyImported
from reviewer.vault import db
from reviewer.vault.audio_keys import TEXT_COLUMNS, AudioKeys
from reviewer.vault.audit_log import AuditLog
from reviewer.vault.clip_rows import now_utc
from reviewer.vault.db import Connection
from reviewer.vault.key_epochs import KeyEpochs
from reviewer.vault.records import StoredPackage, header_from_json, header_to_json

Progress = Callable[[int, int], None]


class PackageStore:
    """Whole packages. Thread-safe through the workspace lock."""

    def __init__(self, conn: Connection, lock: threading.RLock, audit: AuditLog,
                 keys: AudioKeys, epochs: KeyEpochs) -> None:
        self._conn = conn
        self._lock = lock
        self._audit = audit
        self._keys = keys
        self._epochs = epochs

    def check_not_imported(self, package_id: str) -> None:
        with self._lock:
            row = self._conn.execute("SELECT imported_at, purged_at FROM package_history "
                                     "WHERE package_id = ?", (package_id,)).fetchone()
        if row is None:
            return
        when = str(row[0])[:10]
        if row[1] is None:
            raise AlreadyImported(f"package {package_id} is already in this workspace "
                                  f"(imported {when}); nothing was imported",
                                  package=package_id, imported=when)
        raise AlreadyImported(f"package {package_id} was imported on {when} and purged on "
                              f"{str(row[1])[:10]}; it cannot be imported again",
                              code="already_purged", package=package_id, imported=when,
                              purged=str(row[1])[:10])

    def store(self, pkg: AcceptedPackage, progress: Progress | None = None) -> int:
        """Stores the whole package in one transaction (all or nothing); returns its number."""
        h = pkg.header
        expires = h.created + dt.timedelta(days=h.retention_days)
        at = now_utc()
        total = len(pkg.clips)
        with self._lock:
            self.check_not_imported(h.package_id)
            with db.transaction(self._conn):
                cur = self._conn.execute(
                    "INSERT INTO packages(package_id, header_json, imported_at, expires_on, "
                    "clip_count) VALUES (?, ?, ?, ?, ?)",
                    (h.package_id, header_to_json(h), at, expires.isoformat(), total))
                number = int(cur.lastrowid)
                package_key, wrapped = self._keys.new_package_key(number)
                self._conn.execute("UPDATE packages SET wrapped_key = ? WHERE number = ?",
                                   (wrapped, number))
                self._conn.execute("INSERT INTO package_history(package_id, imported_at) "
                                   "VALUES (?, ?)", (h.package_id, at))
                for ordinal, clip in enumerate(pkg.clips, start=1):
                    r = clip.record
                    cur = self._conn.execute(
                        "INSERT INTO clips(package_number, ordinal, clip_id, audio_filepath, "
                        "duration, content_warning, sample_rate, frames, updated_at) "
                        "VALUES (?,?,?,?,?,?,?,?,?)",
                        (number, ordinal, r.clip_id, r.audio_filepath, r.duration,
                         int(r.content_warning), clip.audio.sample_rate, clip.audio.frames,
                         at))
                    local_id = int(cur.lastrowid)
                    key, wrapped_key = AudioKeys.new_clip_key(package_key, number, local_id)

                    def seal(column: str, text: str | None, key: bytes = key,
                             local_id: int = local_id) -> bytes | None:
                        return AudioKeys.seal_text(key, number, local_id, column, text)

                    self._conn.execute(
                        "INSERT INTO clip_audio(local_id, audio) VALUES (?, ?)",
                        (local_id, AudioKeys.seal_audio(key, number, local_id,
                                                        clip.audio.flac)))
                    self._conn.execute(
                        "UPDATE clips SET wrapped_key = ?, pred_text = ?, "
                        "assistant_response = ?, prior_text = ? WHERE local_id = ?",
                        (wrapped_key, seal("pred_text", r.pred_text),
                         seal("assistant_response", r.assistant_response),
                         seal("prior_text", r.prior_text), local_id))
                    if progress is not None:
                        progress(ordinal, total)
                self._audit.append_in_transaction(
                    "import", {"package": number, "clips": total})
        self._epochs.anchor_head()
        return number

    def stored(self, expired_by: dt.date | None = None) -> list[StoredPackage]:
        """Every package with its clip counts, in import order; only those whose retention
        ended by `expired_by` when given (the check at every start: it counts the clips of
        expired packages alone, not of the whole workspace)."""
        until = (expired_by or dt.date.max).isoformat()
        with self._lock:
            rows = self._conn.execute(
                "SELECT p.number, p.header_json, p.imported_at, p.expires_on, p.exported_at, "
                "count(c.local_id), "
                "coalesce(sum(c.status IN ('done','skipped','escalated')), 0), "
                "coalesce(sum(c.status IN ('done','skipped','escalated') AND "
                "(p.exported_at IS NULL OR c.updated_at > p.exported_at)), 0) "
                "FROM packages p LEFT JOIN clips c ON c.package_number = p.number "
                "WHERE p.expires_on <= ? GROUP BY p.number ORDER BY p.number",
                (until,)).fetchall()
        return [StoredPackage(number=int(n), header=header_from_json(h), imported_at=str(i),
                              expires_on=dt.date.fromisoformat(e), exported_at=x,
                              clips=int(c), finished=int(f), unexported_finished=int(u))
                for n, h, i, e, x, c, f, u in rows]

    def mark_exported(self, number: int, at: str, audio_files: int = 0) -> None:
        with self._lock, db.transaction(self._conn):
            self._conn.execute("UPDATE packages SET exported_at = ? WHERE number = ?",
                               (at, number))
            self._audit.append_in_transaction("export", {"package": number,
                                                         "audio_files": audio_files})
        self._epochs.anchor_head()

    def purge(self, number: int, reason: str, unexported: int = 0) -> None:
        """Crypto-shreds, then deletes a package; only its id stays (to refuse re-imports).
        The shredding takes the workspace to a new key epoch, so a copy of vault.db made
        before it cannot bring the package back."""
        with self._lock:
            row = self._conn.execute("SELECT package_id FROM packages WHERE number = ?",
                                     (number,)).fetchone()
            if row is None:
                return
            with self._epochs.rotation() as rewrap, db.transaction(self._conn):
                self._conn.execute("UPDATE packages SET wrapped_key = NULL WHERE number = ?",
                                   (number,))
                self._conn.execute("UPDATE clips SET wrapped_key = NULL WHERE "
                                   "package_number = ?", (number,))
                rewrap()
            with db.transaction(self._conn):
                self._conn.execute("DELETE FROM clips WHERE package_number = ?", (number,))
                self._conn.execute("DELETE FROM packages WHERE number = ?", (number,))
                self._conn.execute("UPDATE package_history SET purged_at = ? "
                                   "WHERE package_id = ?", (now_utc(), row[0]))
                self._audit.append_in_transaction("purge", {"package": number,
                                                            "reason": reason,
                                                            "unexported": unexported})
            db.checkpoint(self._conn)
        self._epochs.anchor_head()

    def forget_all_for_recovery(self, epochs: KeyEpochs) -> None:
        """Going on with an older copy of vault.db (audited). When an erasure happened since
        the copy, its packages' keys are wrapped under a key that no longer exists: the
        packages are removed (their ids stay, so they are never imported again) and the
        vault takes a new key epoch. When only its audit log is older, the packages stay."""
        def forget(remove: bool) -> None:
            rows = self._conn.execute("SELECT number, package_id FROM packages").fetchall()
            lost = self._conn.execute("SELECT count(*) FROM clips WHERE status != "
                                      "'escalated'").fetchone()[0] if remove else 0
            if remove:
                self._conn.execute("DELETE FROM escalations_owed")
                self._conn.execute("DELETE FROM clips")
                self._conn.execute("DELETE FROM packages")
                for _, package_id in rows:
                    self._conn.execute("UPDATE package_history SET purged_at = ? "
                                       "WHERE package_id = ?", (now_utc(), package_id))
            self._audit.append_in_transaction("workspace.recovered", {
                "packages": len(rows) if remove else 0, "clips": int(lost),
                "copy_epoch": epochs.stored_epoch(), "anchor_epoch": epochs.epoch,
                "anchor_entries": epochs.anchored_entries})

        epochs.recover(forget)
        db.checkpoint(self._conn)

    def seal_plain_texts(self) -> None:
        """Seals, once, texts a release 0.1.0 workspace kept under SQLCipher only (TEXT
        values; sealed ones are BLOBs), in one transaction."""
        with self._lock:
            if self._conn.execute("SELECT 1 FROM meta WHERE k = 'texts_sealed'").fetchone():
                return
            with db.transaction(self._conn):
                rows = self._conn.execute(
                    "SELECT local_id, pred_text, assistant_response, prior_text, "
                    "annotation_json FROM clips WHERE wrapped_key IS NOT NULL").fetchall()
                for local_id, *texts in rows:
                    number, key = self._keys.data_key(int(local_id))
                    sealed = [self._keys.seal_text(key, number, int(local_id), column, t)
                              if isinstance(t, str) else t
                              for column, t in zip(TEXT_COLUMNS, texts, strict=True)]
                    self._conn.execute(
                        "UPDATE clips SET pred_text = ?, assistant_response = ?, "
                        "prior_text = ?, annotation_json = ? WHERE local_id = ?",
                        (*sealed, local_id))
                for local_id, note in self._conn.execute(
                        "SELECT local_id, note FROM escalations_owed").fetchall():
                    if isinstance(note, str):
                        number, key = self._keys.data_key(int(local_id))
                        self._conn.execute(
                            "UPDATE escalations_owed SET note = ? WHERE local_id = ?",
                            (self._keys.seal_text(key, number, int(local_id), "note", note),
                             local_id))
                self._conn.execute("INSERT INTO meta(k, v) VALUES ('texts_sealed', 1)")
