"""Upgrades: a workspace made by release 0.1.0 (vault schema 1, kept as a fixture) opens with
this release, is upgraded in one transaction, and loses nothing; a newer schema is refused
untouched."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from reviewer.core.annotation import ClipStatus, CriticalCategory
from reviewer.core.workspace_errors import WorkspaceCorrupt, WorkspaceNewer
from reviewer.vault import db
from reviewer.vault.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "workspace-v1"
PASSPHRASE = "fixture passphrase v1"


@pytest.fixture
def old(tmp_path: Path) -> Path:
    copy = tmp_path / "ws"
    shutil.copytree(FIXTURE, copy)
    return copy


def test_a_release_0_1_workspace_opens_with_nothing_lost(old: Path) -> None:
    with Workspace.open(old, None, create=False, passphrase=PASSPHRASE) as ws:
        assert db.schema_version(ws.conn) == db.SCHEMA_VERSION
        clips = ws.clips.package_clips(1)
        assert [c.status for c in clips] == [ClipStatus.DONE, ClipStatus.SKIPPED,
                                             ClipStatus.DRAFT, ClipStatus.ESCALATED]
        done = clips[0].annotation
        assert done is not None
        assert done.transcript == "call maria now"
        assert [(s.start, s.end, s.category, s.time) for s in done.spans] == [
            (5, 10, CriticalCategory.NAME, None)]
        assert clips[2].annotation is not None
        assert clips[2].annotation.transcript == "half typed"
        assert ws.clips.open_audio(3).frames == 16000
        # Schema 3: the audio in a table of its own (the escalated clip's stays erased), the
        # column gone from `clips`, each package's clip count, the queue read from indexes.
        assert ws.conn.execute("SELECT local_id FROM clip_audio ORDER BY local_id"
                               ).fetchall() == [(1,), (2,), (3,)]
        columns = [r[1] for r in ws.conn.execute("PRAGMA table_info(clips)").fetchall()]
        assert "audio" not in columns
        assert ws.conn.execute("SELECT clip_count FROM packages").fetchall() == [(4,)]
        assert [c.status for c in ws.clips.queue.rows(0, 10)] == [c.status for c in clips]
        assert ws.clips.queue.rows(0, 10, unfinished_only=True)[0].local_id == 3
        assert ws.clips.queue.next_unfinished(None) == 3
        assert ws.audit.verify().ok
        entries = [e.event for e in ws.audit.entries()]
        assert entries[0] == "workspace.create"
        assert "clip.erase" in entries
        upgrade = [e for e in ws.audit.entries() if e.event == "workspace.upgrade"]
        assert [e.details for e in upgrade] == [f'{{"from":1,"to":{db.SCHEMA_VERSION}}}']
        assert ws.packages.stored()[0].header.policy.redacted_audio.value == "silence"
    with Workspace.open(old, None, create=False, passphrase=PASSPHRASE) as ws:  # idempotent
        assert db.schema_version(ws.conn) == db.SCHEMA_VERSION
        # The texts moved under the clip keys, and the package keys under a KEK of the
        # workspace's own (epoch 1), kept in the sealed anchor file beside the database.
        texts = ws.conn.execute("SELECT pred_text, annotation_json FROM clips").fetchall()
        assert not any(isinstance(v, str) for row in texts for v in row)
        assert ws.epochs.epoch == 1
    assert (old / "anchor.sealed").is_file()


def test_a_newer_schema_is_refused_untouched(old: Path) -> None:
    with Workspace.open(old, None, create=False, passphrase=PASSPHRASE) as ws:
        ws.conn.execute("UPDATE meta SET v = ? WHERE k = 'schema'", (db.SCHEMA_VERSION + 1,))
        db.checkpoint(ws.conn)
    before = hashlib.sha256((old / "vault.db").read_bytes()).hexdigest()
    with pytest.raises(WorkspaceNewer, match="newer release"):
        Workspace.open(old, None, create=False, passphrase=PASSPHRASE)
    assert hashlib.sha256((old / "vault.db").read_bytes()).hexdigest() == before


def test_a_missing_schema_version_is_damage(old: Path) -> None:
    with Workspace.open(old, None, create=False, passphrase=PASSPHRASE) as ws:
        ws.conn.execute("DELETE FROM meta WHERE k = 'schema'")
    with pytest.raises(WorkspaceCorrupt, match="no schema version"):
        Workspace.open(old, None, create=False, passphrase=PASSPHRASE)
