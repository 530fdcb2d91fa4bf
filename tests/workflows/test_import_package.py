"""Import: gate first, then one transaction; refusals store nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.gate_report import PackageRefused, Problem
from reviewer.core.package import AcceptedPackage
from reviewer.core.workspace_errors import AlreadyImported
from reviewer.intake.gate import read_package
from reviewer.vault.workspace import Workspace
from reviewer.workflows.import_package import Progress, import_package
from tests.support.package_builder import PackageBuilder
from tests.vault.fakes import accepted_package


def test_progress_covers_both_phases(workspace: Workspace) -> None:
    def gate(path: Path, progress: Progress | None) -> AcceptedPackage:
        assert progress is not None
        progress(1, 1)
        return accepted_package(clips=3)

    seen: list[tuple[str, int, int]] = []
    result = import_package(workspace, Path("pkg"), gate,
                            lambda *a: seen.append(a))
    assert result.clips == 3
    assert seen == [("checking", 1, 1), ("storing", 1, 3), ("storing", 2, 3),
                    ("storing", 3, 3)]


def test_refused_package_stores_nothing(workspace: Workspace) -> None:
    def gate(path: Path, progress: Progress | None) -> AcceptedPackage:
        raise PackageRefused([Problem("identity-key", "clips.jsonl", "identity key", 1,
                                      "device_id")])

    with pytest.raises(PackageRefused):
        import_package(workspace, Path("pkg"), gate)
    assert workspace.clips.queue.counts().packages == 0


def test_real_gate_and_duplicate(workspace: Workspace, tmp_path: Path) -> None:
    b = PackageBuilder()
    for _ in range(3):
        b.add_clip(seconds=1.0)
    pkg = b.write_zip(tmp_path / "p.zip")
    result = import_package(workspace, pkg, read_package)
    assert result.clips == 3
    assert workspace.clips.open_audio(1).flac.startswith(b"fLaC")
    with pytest.raises(AlreadyImported, match="already in this workspace"):
        import_package(workspace, pkg, read_package)
    assert workspace.clips.queue.counts().new == 3
