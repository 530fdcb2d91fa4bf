"""The vault's side of an escalation: lock a clip, hand its material over for sealing, then
erase it (data key, audio, texts and draft) while its package key stays for the other clips.
Implements `core.escalation.EscalationSource`."""

from __future__ import annotations

import threading

from reviewer.core.annotation import ClipStatus
from reviewer.core.escalation import EscalationMaterial
from reviewer.core.workspace_errors import ClipUnavailable
from reviewer.vault import db
from reviewer.vault.audio_keys import AudioKeys
from reviewer.vault.audit_log import AuditLog
from reviewer.vault.clip_rows import CLIP_COLUMNS, CLIP_FROM, clip_from_row, now_utc
from reviewer.vault.db import Connection


class EscalationStore:
    """Thread-safe through the workspace lock."""

    def __init__(self, conn: Connection, lock: threading.RLock, audit: AuditLog,
                 keys: AudioKeys) -> None:
        self._conn = conn
        self._lock = lock
        self._audit = audit
        self._keys = keys

    def lock_clip(self, local_id: int) -> None:
        """A locked clip stays in the queue but cannot be played (awaiting escalation)."""
        with self._lock, db.transaction(self._conn):
            cur = self._conn.execute("UPDATE clips SET locked = 1 WHERE local_id = ?",
                                     (local_id,))
            if cur.rowcount != 1:
                raise ClipUnavailable(f"clip {local_id} is not in this workspace")
            self._audit.append_in_transaction("clip.lock", {"clip": local_id})

    def escalation_material(self, local_id: int) -> EscalationMaterial:
        """The clip's decrypted audio, draft transcript and upstream ids, for sealing.

        Works on locked clips (that is their purpose); not audited here: the escalation
        workflow records the escalation itself.
        """
        with self._lock:
            row = self._conn.execute(f"SELECT {CLIP_COLUMNS} {CLIP_FROM} "
                                     "WHERE c.local_id = ?", (local_id,)).fetchone()
            if row is None:
                raise ClipUnavailable(f"clip {local_id} is not in this workspace")
            clip = clip_from_row(row)
            if clip.status is ClipStatus.ESCALATED:
                raise ClipUnavailable("this clip was already escalated and erased")
            audio = self._keys.decrypt(local_id)
        draft = clip.annotation.transcript if clip.annotation else ""
        return EscalationMaterial(audio_flac=audio.flac, draft=draft, clip_id=clip.clip_id,
                                  package_id=clip.header.package_id)

    def erase_escalated(self, local_id: int) -> None:
        """Erases the clip's data key, audio, texts and draft; sets it escalated and unlocked.

        The upstream clip id stays so the export can report the clip as escalated. Records
        a `clip.erase` audit entry in the same transaction.
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
                self._audit.append_in_transaction("clip.erase", {"clip": local_id})
            db.checkpoint(self._conn)
