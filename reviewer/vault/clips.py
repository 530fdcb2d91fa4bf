"""Clips in the encrypted database: opening one, its audio, saving annotations; the queue's
reads are `queue` (vault/queue_reads.py).

Importing and purging whole packages is `package_store`; the escalation's lock, hand-over and
erase is `escalation_store`; the key hierarchy under the audio is `audio_keys`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable

from reviewer.core.annotation import Annotation, ClipStatus
from reviewer.core.audit import DetailValue
from reviewer.core.package import EncodedAudio
from reviewer.core.workspace_errors import ClipUnavailable
from reviewer.vault import db
from reviewer.vault.audio_keys import AudioKeys
from reviewer.vault.audit_log import AuditLog
from reviewer.vault.clip_rows import CLIP_COLUMNS, CLIP_FROM, clip_from_row, now_utc
from reviewer.vault.db import Connection
from reviewer.vault.queue_reads import QueueReads
from reviewer.vault.records import StoredClip


class ClipStore:
    """Reads and writes of single clips. Thread-safe through the workspace lock."""

    def __init__(self, conn: Connection, lock: threading.RLock, audit: AuditLog,
                 keys: AudioKeys, reader: Connection,
                 logged: Callable[[], None] = lambda: None) -> None:
        self._conn = conn
        self._lock = lock
        # Opening a clip (the window does it on its own thread) reads through a second
        # connection: in WAL mode it sees the last commit without waiting for a writer (an
        # import holds one transaction for the whole package). Only this primary-key lookup
        # uses it: after every write its page cache is cold, so scans stay on `conn`.
        self._reader = reader
        self._reader_lock = threading.Lock()
        self._audit = audit
        self._keys = keys
        self._logged = logged  # an audit entry was committed: anchor its head soon
        # The queue's reads are index searches: on the reader connection they never wait for
        # a write (a submit's fsync), which the window's next-clip lookups used to.
        self.queue = QueueReads(reader, self._reader_lock)

    # ------------------------------------------------------------------ reading
    def clip(self, local_id: int) -> StoredClip:
        with self._reader_lock:
            row = self._reader.execute(f"SELECT {CLIP_COLUMNS} {CLIP_FROM} "
                                       "WHERE c.local_id = ?", (local_id,)).fetchone()
        if row is None:
            raise ClipUnavailable(f"clip {local_id} is not in this workspace",
                                  code="clip_not_here", clip=local_id)
        return clip_from_row(row, self._keys)

    def package_clips(self, number: int) -> list[StoredClip]:
        with self._lock:
            rows = self._conn.execute(f"SELECT {CLIP_COLUMNS} {CLIP_FROM} "
                                      "WHERE c.package_number = ? ORDER BY c.ordinal",
                                      (number,)).fetchall()
        return [clip_from_row(r, self._keys) for r in rows]

    def open_audio(self, local_id: int) -> EncodedAudio:
        """Decrypts a playable clip's audio (in memory only). Not audited: the review loop
        decrypts the next clip ahead of time, and only a clip shown to the reviewer is an
        opening (`record_opened`)."""
        with self._lock:
            row = self._conn.execute("SELECT status, locked FROM clips WHERE local_id = ?",
                                     (local_id,)).fetchone()
            if row is None:
                raise ClipUnavailable(f"clip {local_id} is not in this workspace",
                                      code="clip_not_here", clip=local_id)
            if row[1]:
                raise ClipUnavailable("this clip is locked until its escalation is sent",
                                      code="clip_locked")
            if row[0] == ClipStatus.ESCALATED.value:
                raise ClipUnavailable("this clip was escalated and erased from this workspace",
                                      code="clip_escalated")
            return self._keys.decrypt(local_id)

    def record_opened(self, local_id: int) -> None:
        """Audits that the clip was shown to the reviewer (`clip.open`)."""
        self._audit.append("clip.open", {"clip": local_id})

    def export_audio(self, local_id: int) -> EncodedAudio:
        """A done clip's audio for the export, which records the export itself (one audit
        entry for the package, counting the audio files)."""
        with self._lock:
            row = self._conn.execute("SELECT status, locked FROM clips WHERE local_id = ?",
                                     (local_id,)).fetchone()
            if row is None or row[1] or row[0] != ClipStatus.DONE.value:
                raise ClipUnavailable("only a done clip's audio is exported", code="clip_not_done")
            return self._keys.decrypt(local_id)

    # ------------------------------------------------------------------ writing
    def save_annotation(self, local_id: int, annotation: Annotation, status: ClipStatus,
                        event: str | None = None,
                        details: dict[str, DetailValue] | None = None) -> None:
        """One small transaction: the annotation, the status and (optionally) an audit entry."""
        body = json.dumps(annotation.to_json(), separators=(",", ":"))
        with self._lock, db.transaction(self._conn):
            try:
                number, key = self._keys.data_key(local_id)
            except ClipUnavailable:
                raise ClipUnavailable(f"clip {local_id} cannot be changed (escalated, locked "
                                      "awaiting its escalation, or gone)",
                                      code="clip_unchangeable", clip=local_id) from None
            sealed = self._keys.seal_text(key, number, local_id, "annotation_json", body)
            cur = self._conn.execute(
                "UPDATE clips SET annotation_json = ?, status = ?, updated_at = ? "
                "WHERE local_id = ? AND status != 'escalated' AND locked = 0",
                (sealed, status.value, now_utc(), local_id))
            if cur.rowcount != 1:
                raise ClipUnavailable(f"clip {local_id} cannot be changed (escalated, locked "
                                      "awaiting its escalation, or gone)",
                                      code="clip_unchangeable", clip=local_id)
            if event:
                self._audit.append_in_transaction(event, {"clip": local_id, **(details or {})})
        if event:
            self._logged()
