"""A full disk and a read-only disk, for real (a small tmpfs): one clear line, nothing lost."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.core.annotation import Annotation
from reviewer.core.review import SaveStatus
from reviewer.core.workspace_errors import DraftNotSaved, WorkspaceReadOnly
from reviewer.vault.workspace import Workspace
from reviewer.workflows.review_session import ReviewSession
from tests.support.loop import make_loop
from tests.support.real_parts import missing
from tests.vault.fakes import DictSecretStore, accepted_package


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs (needs root and mount permission: skipped on a developer's machine
    without them, a failure in CI)."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        missing("mounting a small tmpfs needs root and mount(8)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        missing(f"cannot mount a tmpfs here ({done.stderr.decode(errors='replace').strip()})")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True, check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def test_disk_full_keeps_the_draft_and_recovers(small_disk: Path) -> None:
    secrets = DictSecretStore()
    with Workspace.open(small_disk / "ws", secrets, create=True) as ws:
        ws.packages.store(accepted_package(clips=2))
        session = ReviewSession(ws.clips)
        filler = _fill(small_disk)
        draft = Annotation(transcript="typed while the disk was full " * 200)

        def keep_saving() -> None:
            for _ in range(50):  # the WAL may still have room for a few pages
                session.save_draft(1, draft)

        with pytest.raises(DraftNotSaved) as info:
            keep_saving()
        message = str(info.value)
        assert "disk" in message
        assert "full" in message
        assert "\n" not in message
        # The review loop holds what the vault did not take, and retries it.
        loop, _runner, timers, _clock = make_loop(session)
        loop.refresh_queue()
        loop.open(1)
        loop.update(draft)
        timers.fire(500)
        assert loop.unsaved() == {1: draft}
        assert loop.save_state.status is SaveStatus.FAILED
        assert loop.save_state.reason is not None
        assert "full" in loop.save_state.reason.english
        assert loop.save_state.reason.code == "disk_full"
        filler.unlink()
        timers.fire(2000)
        assert loop.unsaved() == {}
    with Workspace.open(small_disk / "ws", secrets, create=False) as ws:
        assert ReviewSession(ws.clips).open_clip(1).annotation == draft


def test_read_only_workspace_is_one_clear_line(small_disk: Path) -> None:
    secrets = DictSecretStore()
    with Workspace.open(small_disk / "ws", secrets, create=True) as ws:
        ws.packages.store(accepted_package(clips=1))
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(WorkspaceReadOnly, match="read-only") as info:
        Workspace.open(small_disk / "ws", secrets, create=False)
    assert "\n" not in str(info.value)
