"""Bad destinations get one clear line and leave nothing half-written: an earlier export of
the package (never overwritten), a full disk, a read-only file system, an I/O error. The
faults are injected at the one atomic-write routine (these machines run as root, so
permissions cannot make a folder unwritable)."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from reviewer.core.annotation import Annotation, SkipReason
from reviewer.core.errors import ReviewerError
from reviewer.fileio import atomic_write
from reviewer.vault.workspace import Workspace
from reviewer.workflows import export_results as export_module
from reviewer.workflows.export_results import export_results
from reviewer.workflows.review_session import ReviewSession
from tests.support.trust import TestOrganisation, stored_profile
from tests.vault.fakes import accepted_package


@pytest.fixture
def finished(workspace: Workspace, organisation: TestOrganisation) -> Workspace:
    organisation.enroll(workspace)
    workspace.packages.store(accepted_package(clips=3))
    session = ReviewSession(workspace.clips)
    session.submit(1, Annotation(transcript="turn on the lights"))
    session.skip(2, SkipReason.CANT_HEAR, Annotation())
    return workspace


def test_an_earlier_export_is_never_overwritten(finished: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    earlier = out / "pkg_test_0001.manifest.jsonl"
    earlier.write_text("the organisation's earlier copy\n")
    with pytest.raises(ReviewerError, match="already holds an export") as info:
        export_results(finished, out, stored_profile(finished))
    assert info.value.exit_code == 2
    assert earlier.read_text() == "the organisation's earlier copy\n"
    assert sorted(p.name for p in out.iterdir()) == ["pkg_test_0001.manifest.jsonl"]
    assert finished.packages.stored()[0].exported_at is None  # not marked exported


@pytest.mark.parametrize(("code", "message"), [
    (errno.ENOSPC, "is full"), (errno.EROFS, "read-only"), (errno.EIO, "could not be written"),
])
def test_a_failed_write_leaves_nothing_half_written(finished: Workspace, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    code: int, message: str) -> None:
    real = atomic_write  # what export_results calls until the test patches it
    calls = {"n": 0}

    def failing(target: Path, data: bytes, **_: object) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the second of the package's files
            raise OSError(code, "injected fault")
        real(target, data, make_folder=False)

    monkeypatch.setattr(export_module, "atomic_write", failing)
    out = tmp_path / "out"
    with pytest.raises(ReviewerError, match=message) as info:
        export_results(finished, out, stored_profile(finished))
    assert "\n" not in str(info.value)
    assert list(out.iterdir()) == []  # the first file was taken back
    assert finished.packages.stored()[0].exported_at is None
    assert finished.clips.queue.counts().packages == 1  # nothing purged


def test_every_manifest_line_is_valid_for_nemo(finished: Workspace, tmp_path: Path) -> None:
    (result,) = export_results(finished, tmp_path / "out", stored_profile(finished))
    lines = [json.loads(x) for x in result.results.read_text().splitlines()]
    assert lines
    for line in lines:
        assert isinstance(line["audio_filepath"], str)
        assert isinstance(line["duration"], int | float)
        assert isinstance(line["text"], str)


def test_a_folder_that_vanishes_midway_is_named(finished: Workspace, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A USB stick pulled or a network folder unmounted during the export: one line that
    says so, and the package still there to export again."""
    import shutil

    real = atomic_write  # what export_results calls until the test patches it
    out = tmp_path / "out"

    def vanishing(target: Path, data: bytes, **_: object) -> None:
        real(target, data, make_folder=False)
        shutil.rmtree(out)  # gone after the first file
        monkeypatch.setattr(export_module, "atomic_write", real)

    monkeypatch.setattr(export_module, "atomic_write", vanishing)
    with pytest.raises(ReviewerError, match="is gone") as info:
        export_results(finished, out, stored_profile(finished))
    assert info.value.exit_code == 2
    assert "\n" not in str(info.value)
    assert not out.exists()
    assert finished.clips.queue.counts().packages == 1
    (result,) = export_results(finished, tmp_path / "again", stored_profile(finished))
    assert result.exported == 2


def test_a_file_where_the_folder_should_be_and_a_profile_that_asks_for_sealing(
        finished: Workspace, tmp_path: Path) -> None:
    import dataclasses

    not_a_folder = tmp_path / "results"
    not_a_folder.write_text("a file")
    with pytest.raises(ReviewerError) as info:
        export_results(finished, not_a_folder, stored_profile(finished))
    assert info.value.exit_code == 2
    assert not_a_folder.read_text() == "a file"
    sealing = dataclasses.replace(stored_profile(finished),
                                  export_recipients=("age1notusedhere",))
    with pytest.raises(ReviewerError, match="cannot seal"):
        export_results(finished, tmp_path / "out", sealing)
    assert not (tmp_path / "out").exists()
