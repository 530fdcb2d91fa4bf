"""The vault's side of an escalation, journaled: begin (record the owed escalation and lock
the clip), hand the clip's material over for sealing, then complete (erase the clip and forget
the owed escalation). Each step is one transaction with its audit entries, so whatever the
moment of a crash, the workflow's recovery finds either nothing begun, or an owed escalation
to finish (workflows/escalate.py). Implements `core.escalation.EscalationSource`."""

from __future__ import annotations

import threading

from reviewer.core.annotation import ClipStatus
from reviewer.core.escalation import (
    ClipTexts,
    EscalationCategory,
    EscalationMaterial,
    OwedEscalation,
)
from reviewer.core.workspace_errors import ClipUnavailable
from reviewer.fileio import crash_point
from reviewer.vault import db
from reviewer.vault.audio_keys import AudioKeys
from reviewer.vault.audit_log import AuditLog
from reviewer.vault.clip_rows import CLIP_COLUMNS, CLIP_FROM, clip_from_row, now_utc
from reviewer.vault.db import Connection
from reviewer.vault.key_epochs import KeyEpochs

_OWED = "SELECT local_id, case_id, category, note, created, waiting FROM escalations_owed"


class EscalationStore:
    """Thread-safe through the workspace lock."""

    def __init__(self, conn: Connection, lock: threading.RLock, audit: AuditLog,
                 keys: AudioKeys, epochs: KeyEpochs) -> None:
        self._conn = conn
        self._lock = lock
        self._audit = audit
        self._keys = keys
        self._epochs = epochs

    def begin_escalation(self, local_id: int, case_id: str, category: EscalationCategory,
                         note: str, created: str) -> OwedEscalation:
        with self._lock, db.transaction(self._conn):
            owed = self._owed(local_id)
            if owed is not None:
                return owed  # asked twice (two windows, a retry): still one case
            row = self._conn.execute("SELECT status FROM clips WHERE local_id = ?",
                                     (local_id,)).fetchone()
            if row is None:
                raise ClipUnavailable(f"clip {local_id} is not in this workspace",
                                      code="clip_not_here", clip=local_id)
            if row[0] == ClipStatus.ESCALATED.value:
                raise ClipUnavailable("this clip was already escalated and erased",
                                      code="clip_already_escalated")
            number, key = self._keys.data_key(local_id)
            self._conn.execute(
                "INSERT INTO escalations_owed(local_id, case_id, category, note, created) "
                "VALUES (?, ?, ?, ?, ?)", (local_id, case_id, category.value,
                                           self._keys.seal_text(key, number, local_id, "note",
                                                                note), created))
            self._conn.execute("UPDATE clips SET locked = 1 WHERE local_id = ?", (local_id,))
            self._audit.append_in_transaction("escalation.begin", {
                "clip": local_id, "case": case_id, "category": category.value})
        self._epochs.anchor_head()
        return OwedEscalation(local_id, case_id, category, note, created)

    def owed_escalations(self) -> list[OwedEscalation]:
        with self._lock:
            rows = self._conn.execute(f"{_OWED} ORDER BY created, local_id").fetchall()
            return [self._row(r) for r in rows]

    def _owed(self, local_id: int) -> OwedEscalation | None:
        row = self._conn.execute(f"{_OWED} WHERE local_id = ?", (local_id,)).fetchone()
        return self._row(row) if row else None

    def _row(self, row: tuple[object, ...]) -> OwedEscalation:
        """The owed escalation, its note opened with the clip's data key."""
        local_id, case_id, category, note, created, waiting = row
        number, key = self._keys.data_key(int(str(local_id)))
        text = self._keys.open_text(key, number, int(str(local_id)), "note",
                                    note if isinstance(note, bytes) else None)
        return OwedEscalation(int(str(local_id)), str(case_id),
                              EscalationCategory(str(category)), text or "", str(created),
                              None if waiting is None else str(waiting))

    def escalation_waiting(self, local_id: int, why: str) -> bool:
        with self._lock, db.transaction(self._conn):
            owed = self._owed(local_id)
            if owed is None or owed.waiting == why:
                return False
            self._conn.execute("UPDATE escalations_owed SET waiting = ? WHERE local_id = ?",
                               (why, local_id))
            self._audit.append_in_transaction("escalation.refused", {
                "clip": local_id, "category": owed.category.value, "why": why})
        self._epochs.anchor_head()
        return True

    def escalation_material(self, local_id: int) -> EscalationMaterial:
        """The clip's decrypted audio, draft transcript, the texts the reviewer was shown
        beside it (the automatic transcript and the assistant's answer, masked at import) and
        the upstream ids, for sealing.

        Works on locked clips (that is their purpose); not audited here: completing the
        escalation records it.
        """
        with self._lock:
            row = self._conn.execute(f"SELECT {CLIP_COLUMNS} {CLIP_FROM} "
                                     "WHERE c.local_id = ?", (local_id,)).fetchone()
            if row is None:
                raise ClipUnavailable(f"clip {local_id} is not in this workspace",
                                      code="clip_not_here", clip=local_id)
            clip = clip_from_row(row, self._keys)
            if clip.status is ClipStatus.ESCALATED:
                raise ClipUnavailable("this clip was already escalated and erased",
                                      code="clip_already_escalated")
            audio = self._keys.decrypt(local_id)
        draft = clip.annotation.transcript if clip.annotation else ""
        return EscalationMaterial(audio_flac=audio.flac, draft=draft, clip_id=clip.clip_id,
                                  package_id=clip.header.package_id,
                                  texts=ClipTexts(pred_text=clip.pred_text,
                                                  assistant_response=clip.assistant_response))

    def complete_escalation(self, local_id: int, recipients: int) -> None:
        """Erases the clip, forgets the owed escalation and records it, in one transaction that
        also takes the workspace to a new key epoch: a copy of vault.db made before cannot
        bring the clip back."""
        with self._lock:
            owed = self._owed(local_id)
            if owed is None:
                raise ClipUnavailable(f"no escalation of clip {local_id} is owed",
                                      code="no_escalation_owed", clip=local_id)
            with self._epochs.rotation() as rewrap, db.transaction(self._conn):
                self._erase(local_id)
                rewrap()
                self._conn.execute("DELETE FROM escalations_owed WHERE local_id = ?",
                                   (local_id,))
                self._audit.append_in_transaction("escalation.sealed", {
                    "clip": local_id, "case": owed.case_id, "category": owed.category.value,
                    "recipients": recipients})
                crash_point("escalate.erase_uncommitted")
            db.checkpoint(self._conn)
        self._epochs.anchor_head()

    def erase_escalated(self, local_id: int) -> None:
        """Erases the clip (see `_erase`) in its own transaction: for tests and tools that
        build workspaces; the escalation workflow completes through `complete_escalation`."""
        with self._lock:
            with self._epochs.rotation() as rewrap, db.transaction(self._conn):
                self._erase(local_id)
                rewrap()
            db.checkpoint(self._conn)

    def _erase(self, local_id: int) -> None:
        """Erases the clip's data key, audio, texts and draft; sets it escalated and unlocked.
        The upstream clip id stays so the export can report the clip as escalated. Records a
        `clip.erase` audit entry in the caller's transaction."""
        self._conn.execute("DELETE FROM clip_audio WHERE local_id = ?", (local_id,))
        cur = self._conn.execute(
            "UPDATE clips SET wrapped_key = NULL, pred_text = NULL, "
            "assistant_response = NULL, prior_text = NULL, annotation_json = NULL, "
            "status = 'escalated', locked = 0, updated_at = ? WHERE local_id = ?",
            (now_utc(), local_id))
        if cur.rowcount != 1:
            raise ClipUnavailable(f"clip {local_id} is not in this workspace",
                                  code="clip_not_here", clip=local_id)
        self._audit.append_in_transaction("clip.erase", {"clip": local_id})

