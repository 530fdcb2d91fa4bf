"""Escalation survives a crash at every step (issue 14, finding 1).

SQLite proves its own crash safety by stopping the process at named points; so does this: a
forked child escalates a clip and dies (os._exit: no cleanup, no flushing, as `kill -9` or a
power cut) at one named point; the parent then opens the workspace as the next start would,
runs the recovery, and checks that there is exactly one sealed case and an erased clip, or no
case and the clip unchanged, with the audit log telling the same story. Every point is hit
KILLS times; RANDOM_KILLS more SIGKILLs land at random moments of the ~14 ms an escalation
takes (seed 1414: 60 before the journal committed, 40 after).
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.annotation import Annotation, ClipStatus
from reviewer.core.escalation import EscalationCategory, EscalationPayload
from reviewer.core.profile import Profile
from reviewer.core.workspace_errors import ClipUnavailable
from reviewer.fileio import CRASH_ENV, CRASH_EXIT
from reviewer.seal.kit import SealKit
from reviewer.vault.workspace import Workspace
from reviewer.workflows.escalate import Escalator
from tests.lead.fakes import PASSPHRASE, make_lead, profile_for
from tests.vault.fakes import FileSecretStore, accepted_package

POINTS = ("escalate.journaled", "atomic_write.before_rename", "escalate.envelope_written",
          "rotation.pending_saved", "escalate.erase_uncommitted", "rotation.committed",
          "escalate.erased")
KILLS = 25
RANDOM_KILLS = 100

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")]


class World:
    """A closed workspace with one package, a profile escalating to one lead."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.store = FileSecretStore(root / "keyring.json")
        lead = make_lead(root / "leads", "lead-a")
        self.lead_secret = lead.ws.unlock(PASSPHRASE).age_secret
        self.base = root / "base"
        with Workspace.open(self.base, self.store, create=True) as ws:
            ws.packages.store(accepted_package(clips=2))
            ws.clips.save_annotation(1, Annotation(transcript="she said help"),
                                     ClipStatus.DRAFT)
        self.profile_at: Callable[[Path], Profile] = lambda run: profile_for([lead], run)

    def copy(self, n: int) -> tuple[Path, Profile]:
        """A copy of the workspace with a copy of its keyring (each run is its own user)."""
        run = self.root / f"run{n}"
        shutil.copytree(self.base, run / "ws")
        shutil.copy(self.store.path, run / "keyring.json")
        return run, self.profile_at(run)


def _keyring(run: Path) -> FileSecretStore:
    return FileSecretStore(run / "keyring.json")


def _escalate_in_child(ws_path: Path, store: FileSecretStore, profile: Profile,
                       crash_at: str | None) -> int:
    """Forks; the child escalates clip 1 (dying at `crash_at`); returns the child's pid."""
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:  # the child never returns into pytest
        if crash_at:
            os.environ[CRASH_ENV] = crash_at
        with Workspace.open(ws_path, store, create=False) as ws:
            Escalator(ws.escalations, profile, Path(profile.exchange.escalations),
                      SealKit()).escalate(1, EscalationCategory.SELF_HARM, "note")
    except BaseException:
        code = 3
    os._exit(code)


def _check_after_restart(world: World, run: Path, profile: Profile) -> str:
    """Restarts (open + recovery) and checks the one-case-or-nothing invariant."""
    esc = Path(profile.exchange.escalations)
    with Workspace.open(run / "ws", _keyring(run), create=False) as ws:
        Escalator(ws.escalations, profile, esc, SealKit()).resume()
        files = sorted(p.name for p in esc.iterdir()) if esc.is_dir() else []
        assert not [f for f in files if f.endswith(".part")], "a partial envelope was left"
        assert ws.escalations.owed_escalations() == []
        clip = ws.clips.clip(1)
        events = [(e.event, e.details) for e in ws.audit.entries()]
        sealed = [d for e, d in events if e == "escalation.sealed"]
        assert ws.audit.verify().ok
        if clip.status is ClipStatus.ESCALATED:
            assert len(files) == 1, f"{len(files)} cases for one clip"
            payload = EscalationPayload.from_bytes(
                SealKit().open_sealed((esc / files[0]).read_bytes(), [world.lead_secret]))
            assert payload.clip_id == clip.clip_id
            assert payload.draft == "she said help"
            assert len(sealed) == 1
            assert payload.case_id in sealed[0]
            with pytest.raises(ClipUnavailable):
                ws.clips.open_audio(1)
            assert clip.annotation is None  # the draft went with the clip
            return "escalated"
        assert files == []
        assert sealed == []
        assert not clip.locked
        assert clip.status is ClipStatus.DRAFT
        assert ws.clips.open_audio(1).flac.startswith(b"fLaC")
        return "unchanged"


@pytest.mark.parametrize("point", POINTS)
def test_a_crash_at_each_named_point_recovers(tmp_path: Path, point: str) -> None:
    world = World(tmp_path)
    outcomes = []
    for n in range(KILLS):
        run, profile = world.copy(n)
        _, status = os.waitpid(_escalate_in_child(run / "ws", _keyring(run), profile, point), 0)
        assert os.waitstatus_to_exitcode(status) == CRASH_EXIT, f"{point} was not reached"
        outcomes.append(_check_after_restart(world, run, profile))
        shutil.rmtree(run)
    # Every point lies after the escalation was journaled: recovery always finishes it.
    assert outcomes == ["escalated"] * KILLS


def test_sigkill_at_random_moments_recovers(tmp_path: Path) -> None:
    world = World(tmp_path)
    rng = random.Random(1414)
    outcomes = []
    for n in range(RANDOM_KILLS):
        run, profile = world.copy(n)
        pid = _escalate_in_child(run / "ws", _keyring(run), profile, None)
        time.sleep(rng.uniform(0.0, 0.015))  # a whole escalation takes about 14 ms here
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        outcomes.append(_check_after_restart(world, run, profile))
        shutil.rmtree(run)
    assert set(outcomes) <= {"escalated", "unchanged"}


def test_the_reviewer_is_told_and_a_second_escalation_is_the_same_case(
        tmp_path: Path) -> None:
    world = World(tmp_path)
    run, profile = world.copy(0)
    os.waitpid(_escalate_in_child(run / "ws", _keyring(run), profile,
                                  "escalate.envelope_written"), 0)
    with Workspace.open(run / "ws", _keyring(run), create=False) as ws:
        (owed,) = ws.escalations.owed_escalations()
        with pytest.raises(ClipUnavailable, match="locked"):
            ws.clips.open_audio(1)
        esc = Escalator(ws.escalations, profile, Path(profile.exchange.escalations), SealKit())
        receipt = esc.escalate(1, EscalationCategory.OTHER_DISTRESS, "again")
        assert receipt.case_id == owed.case_id  # the owed case, not a second one
        assert len(list(Path(profile.exchange.escalations).iterdir())) == 1
