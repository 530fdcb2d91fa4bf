"""With an S3 exchange the escalation envelope goes to the spool for `reviewer sync`, and keeps
escalation's crash guarantee: whatever the moment of a crash, after the next start there is
exactly one staged envelope (one object for the store) and an erased clip, or none and the
clip unchanged; and the clip is never erased before its envelope is durably staged."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from reviewer.core.annotation import ClipStatus
from reviewer.core.escalation import EscalationCategory, EscalationPayload
from reviewer.core.exchange import is_object_name, verify
from reviewer.core.exchange_frames import unframe_envelope
from reviewer.core.exchange_settings import S3Exchange
from reviewer.core.profile import Profile
from reviewer.fileio import CRASH_ENV, CRASH_EXIT
from reviewer.seal.kit import SealKit
from reviewer.vault.workspace import Workspace
from reviewer.workflows.escalate import Escalator
from reviewer.workflows.spool import HELD_ESCALATIONS, Spool, workspace_spool
from tests.vault.fakes import FileSecretStore
from tests.workflows.test_escalation_crashes import World, _keyring

POINTS = ("escalate.journaled", "atomic_write.before_rename", "escalate.staged",
          "escalate.envelope_written", "escalate.erase_uncommitted", "escalate.erased")
KILLS = 8

S3 = S3Exchange(endpoint="https://s3.example.org", bucket="exchange", workstation="ws-a")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")


def with_s3(profile: Profile) -> Profile:
    return dataclasses.replace(profile, exchange=dataclasses.replace(profile.exchange, s3=S3))


def _escalate(ws_path: Path, store: FileSecretStore, profile: Profile,
              crash_at: str | None) -> int:
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:  # the child never returns into pytest
        if crash_at:
            os.environ[CRASH_ENV] = crash_at
        with Workspace.open(ws_path, store, create=False) as ws:
            Escalator.for_profile(ws.escalations, profile, SealKit(), ws_path).escalate(
                1, EscalationCategory.SELF_HARM, "note")
    except BaseException:
        code = 3
    os._exit(code)


def _restart_and_check(world: World, ws_path: Path, store: FileSecretStore,
                       profile: Profile) -> str:
    spool = Spool(workspace_spool(ws_path))
    with Workspace.open(ws_path, store, create=False) as ws:
        Escalator.for_profile(ws.escalations, profile, SealKit(), ws_path).resume()
        staged = [p for _, p in spool.outgoing_files()]
        assert all(f == "escalations" for f, _ in spool.outgoing_files())
        held = spool.root / HELD_ESCALATIONS
        assert not held.is_dir() or not [p for p in held.iterdir()
                                         if not p.name.startswith(".")], "held copy left"
        assert ws.escalations.owed_escalations() == []
        shared = Path(profile.exchange.escalations)
        assert not shared.exists() or not list(shared.iterdir()), "went to the shared folder"
        clip = ws.clips.clip(1)
        if clip.status is ClipStatus.ESCALATED:
            assert len(staged) == 1, f"{len(staged)} staged envelopes for one case"
            (path,) = staged
            assert is_object_name(path.name)
            data = verify(path.name, path.read_bytes())  # named by its content's hash
            # It travels with its envelope's name in front (the leads' inbox lists it).
            name, entry, envelope = unframe_envelope(data)
            assert entry.case_id in name
            payload = EscalationPayload.from_bytes(
                SealKit().open_sealed(envelope, [world.lead_secret]))
            assert payload.clip_id == clip.clip_id
            assert payload.draft == "she said help"
            return "escalated"
        assert staged == []
        assert not clip.locked
        return "unchanged"


def test_an_escalation_with_an_s3_exchange_is_staged_in_the_spool(tmp_path: Path) -> None:
    world = World(tmp_path)
    run, profile = world.copy(0)
    profile = with_s3(profile)
    _, status = os.waitpid(_escalate(run / "ws", _keyring(run), profile, None), 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert _restart_and_check(world, run / "ws", _keyring(run), profile) == "escalated"


@pytest.mark.slow
@pytest.mark.parametrize("point", POINTS)
def test_a_crash_at_each_point_leaves_one_staged_case(tmp_path: Path, point: str) -> None:
    world = World(tmp_path)
    for n in range(KILLS):
        run, profile = world.copy(n)
        profile = with_s3(profile)
        _, status = os.waitpid(_escalate(run / "ws", _keyring(run), profile, point), 0)
        assert os.waitstatus_to_exitcode(status) == CRASH_EXIT, f"{point} was not reached"
        assert _restart_and_check(world, run / "ws", _keyring(run), profile) == "escalated"


def test_the_envelope_is_staged_before_the_clip_is_erased(tmp_path: Path) -> None:
    """Dead just after staging: the staged envelope is on disk, the clip not yet erased."""
    world = World(tmp_path)
    run, profile = world.copy(0)
    profile = with_s3(profile)
    pid = _escalate(run / "ws", _keyring(run), profile, "escalate.staged")
    os.waitpid(pid, 0)
    spool = Spool(workspace_spool(run / "ws"))
    with Workspace.open(run / "ws", _keyring(run), create=False) as ws:
        assert ws.clips.clip(1).status is not ClipStatus.ESCALATED  # not erased yet
        assert len(spool.outgoing_files()) == 1  # staged (durably) before anything else
