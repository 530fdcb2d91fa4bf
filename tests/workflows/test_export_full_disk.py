"""A really full disk (a small tmpfs, not an injected errno): the export says so in one line,
leaves nothing of itself behind (no audio folder, no temporary files) and loses nothing, so
the same export succeeds once there is room."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.core.annotation import Annotation
from reviewer.core.errors import ReviewerError
from reviewer.vault.workspace import Workspace
from reviewer.workflows.export_results import export_results
from reviewer.workflows.review_session import ReviewSession
from tests.support.real_parts import missing
from tests.support.trust import TestOrganisation, stored_profile
from tests.vault.fakes import accepted_package

SIZE_KIB = 1024


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "small"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={SIZE_KIB}k,mode=0700",
                           "tmpfs", str(mount)], capture_output=True, text=True)
    if done.returncode != 0:
        missing(f"cannot mount a {SIZE_KIB} KiB tmpfs ({done.stderr.strip()})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def _fill(folder: Path, leave: int) -> Path:
    """Fills the file system, then frees `leave` bytes."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError:
            pass
    size = filler.stat().st_size
    with filler.open("r+b") as f:
        f.truncate(max(size - leave, 0))
    return filler


def test_a_full_disk_is_named_and_nothing_is_left_or_lost(
        workspace: Workspace, organisation: TestOrganisation, small_disk: Path) -> None:
    organisation.enroll(workspace)
    workspace.packages.store(accepted_package("pkg_" + "cd" * 16, clips=4, seconds=6.0))
    session = ReviewSession(workspace.clips)
    for n in range(1, 5):
        session.submit(n, Annotation(transcript=f"turn on light {n}"))
    filler = _fill(small_disk, leave=48 * 1024)
    with pytest.raises(ReviewerError) as info:
        export_results(workspace, small_disk, stored_profile(workspace), with_audio=True)
    message = str(info.value)
    assert "full" in message
    assert "\n" not in message
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
    assert workspace.clips.queue.counts().packages == 1  # not purged: nothing was lost
    filler.unlink()
    (result,) = export_results(workspace, small_disk, stored_profile(workspace),
                               with_audio=True)
    assert result.audio_files == 4
    assert result.purged
