"""Packages and clips: sealed audio bound to its clip, atomic import, shredding, escalation."""

from __future__ import annotations

import dataclasses

import pytest

from reviewer.core.annotation import Annotation, ClipStatus
from reviewer.core.escalation import EscalationCategory
from reviewer.core.package import AcceptedClip
from reviewer.core.workspace_errors import AlreadyImported, AudioIntegrity, ClipUnavailable
from reviewer.vault.workspace import Workspace
from tests.vault.fakes import accepted_package


def test_audio_round_trips_and_is_not_stored_in_clear(workspace: Workspace) -> None:
    pkg = accepted_package(clips=2)
    workspace.packages.store(pkg)
    ids = [s.local_id for s in workspace.clips.queue.rows(0, 100_000)]
    assert workspace.clips.open_audio(ids[1]).flac == pkg.clips[1].audio.flac
    stored = workspace.conn.execute("SELECT audio FROM clip_audio").fetchall()
    assert len(stored) == 2
    assert all(not bytes(b).startswith(b"fLaC") and b"fLaC" not in bytes(b) for (b,) in stored)


def test_swapping_two_clips_ciphertexts_fails(workspace: Workspace) -> None:
    workspace.packages.store(accepted_package(clips=2))
    (a, ka), (b, kb) = workspace.conn.execute(
        "SELECT a.audio, c.wrapped_key FROM clips c JOIN clip_audio a USING (local_id) "
        "ORDER BY local_id").fetchall()
    # Swap the audio alone, then audio and wrapped keys together: both must fail.
    workspace.conn.execute("UPDATE clip_audio SET audio = ? WHERE local_id = 1", (b,))
    workspace.conn.execute("UPDATE clip_audio SET audio = ? WHERE local_id = 2", (a,))
    with pytest.raises(AudioIntegrity):
        workspace.clips.open_audio(1)
    workspace.conn.execute("UPDATE clips SET wrapped_key = ? WHERE local_id = 1", (kb,))
    workspace.conn.execute("UPDATE clips SET wrapped_key = ? WHERE local_id = 2", (ka,))
    with pytest.raises(AudioIntegrity):
        workspace.clips.open_audio(1)
    with pytest.raises(AudioIntegrity):
        workspace.clips.open_audio(2)


def test_same_package_twice_refused(workspace: Workspace) -> None:
    workspace.packages.store(accepted_package())
    with pytest.raises(AlreadyImported, match="already in this workspace"):
        workspace.packages.store(accepted_package())
    assert workspace.clips.queue.counts().packages == 1
    workspace.packages.purge(1, "test")
    with pytest.raises(AlreadyImported, match="purged"):
        workspace.packages.store(accepted_package())


def test_import_is_all_or_nothing(workspace: Workspace) -> None:
    pkg = accepted_package(clips=4)

    def fail_at_three(done: int, total: int) -> None:
        if done == 3:
            raise OSError("simulated crash")

    with pytest.raises(OSError, match="simulated"):
        workspace.packages.store(pkg, fail_at_three)
    assert workspace.clips.queue.counts().packages == 0
    assert workspace.conn.execute("SELECT count(*) FROM clips").fetchone() == (0,)
    assert workspace.audit.head()[0] == 1  # only the workspace's creation
    workspace.packages.store(pkg)  # and the package can still be imported
    assert workspace.clips.queue.counts().new == 4


def test_purge_shreds_keys_then_rows(workspace: Workspace) -> None:
    workspace.packages.store(accepted_package("pkg_keep_0001", clips=1))
    workspace.packages.store(accepted_package("pkg_gone_0001", clips=2))
    workspace.packages.purge(2, "test")
    assert workspace.conn.execute("SELECT count(*) FROM clips").fetchone() == (1,)
    assert workspace.conn.execute("SELECT package_id FROM packages").fetchall() == [
        ("pkg_keep_0001",)]
    wal = workspace.path / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    events = [e.event for e in workspace.audit.entries()]
    assert events[-1] == "purge"
    assert workspace.clips.open_audio(1).flac.startswith(b"fLaC")


def test_locked_clip_cannot_be_played_but_can_be_sealed(workspace: Workspace) -> None:
    workspace.packages.store(accepted_package(clips=2))
    workspace.clips.save_annotation(1, Annotation(transcript="help me"), ClipStatus.DRAFT)
    workspace.escalations.begin_escalation(1, "case-0123456789abcdef",
                                           EscalationCategory.SELF_HARM, "", "2026-11-29T10:00:00Z")
    assert workspace.clips.queue.rows(0, 100_000)[0].locked
    with pytest.raises(ClipUnavailable, match="locked"):
        workspace.clips.open_audio(1)
    material = workspace.escalations.escalation_material(1)
    assert material.audio_flac.startswith(b"fLaC")
    assert material.draft == "help me"
    assert material.clip_id == "pkg_test_0001_clip_0001"
    assert material.package_id == "pkg_test_0001"


def test_erase_escalated_destroys_clip_key_audio_and_draft(workspace: Workspace) -> None:
    workspace.packages.store(accepted_package(clips=2))
    workspace.clips.save_annotation(1, Annotation(transcript="help me"), ClipStatus.DRAFT)
    workspace.escalations.erase_escalated(1)
    row = workspace.conn.execute(
        "SELECT wrapped_key, annotation_json, pred_text, status, locked, clip_id "
        "FROM clips WHERE local_id = 1").fetchone()
    assert row == (None, None, None, "escalated", 0, "pkg_test_0001_clip_0001")
    assert workspace.conn.execute("SELECT local_id FROM clip_audio").fetchall() == [(2,)]
    with pytest.raises(ClipUnavailable):
        workspace.clips.open_audio(1)
    with pytest.raises(ClipUnavailable):
        workspace.escalations.escalation_material(1)
    with pytest.raises(ClipUnavailable):
        workspace.clips.save_annotation(1, Annotation(transcript="x"), ClipStatus.DRAFT)
    assert workspace.clips.open_audio(2).flac.startswith(b"fLaC")  # package key intact
    assert workspace.clips.queue.counts().escalated == 1


def test_signed_profile_and_workstation_keys_round_trip(workspace: Workspace) -> None:
    assert workspace.signed_profile() is None
    assert workspace.workstation_secrets() is None
    workspace.set_signed_profile(b'{"signed": "document"}', "reviewer")
    workspace.set_workstation_secrets(b'{"age_secret": "x"}')
    assert workspace.signed_profile() == b'{"signed": "document"}'
    assert workspace.workstation_secrets() == b'{"age_secret": "x"}'
    assert [e.event for e in workspace.audit.entries()][-2:] == ["enroll", "workstation.keys"]


def test_package_rows_report_unexported_work(workspace: Workspace) -> None:
    pkg = accepted_package(clips=2)
    pkg = dataclasses.replace(pkg, clips=(*pkg.clips, AcceptedClip(
        dataclasses.replace(pkg.clips[0].record, clip_id="pkg_test_0001_clip_extra"),
        pkg.clips[0].audio)))
    workspace.packages.store(pkg)
    workspace.clips.save_annotation(1, Annotation(transcript="a"), ClipStatus.DONE)
    (p,) = workspace.packages.stored()
    assert (p.clips, p.finished, p.unexported_finished) == (3, 1, 1)
    workspace.packages.mark_exported(1, "9999-01-01T00:00:00")
    (p,) = workspace.packages.stored()
    assert p.unexported_finished == 0
