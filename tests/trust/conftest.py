"""Fixtures for the root-of-trust tests: an organisation, a workstation, packages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.core.profile import Lead, Profile, Role
from reviewer.intake.gate import read_package, read_package_bytes
from reviewer.vault.workspace import Workspace
from reviewer.workflows.org_pack import Packed, PackOptions, build_package
from reviewer.workflows.trust import PathGate, Trust, ensure_workstation, trusted_gate
from tests.support.package_builder import PackageBuilder
from tests.support.trust import TestOrganisation
from tests.vault.fakes import DictSecretStore


@pytest.fixture
def org() -> TestOrganisation:
    return TestOrganisation(allow_unsigned=False, name="Signed Only Org")


@pytest.fixture
def ws(workspace_dir: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(workspace_dir, DictSecretStore(), create=True)
    try:
        yield workspace
    finally:
        workspace.close()


def profile_for(ws: Workspace, org: TestOrganisation, leads: tuple[Lead, ...] = (),
                days: int = 30) -> Profile:
    keys = ensure_workstation(ws, org.crypto).keys
    return Profile("rev-042", Role.REVIEWER, leads=leads, workstation=keys,
                   issued=dt.date.today(), expires=dt.date.today() + dt.timedelta(days=days))


def nemo_manifest(tmp_path: Path, clips: int = 2) -> Path:
    """A NeMo manifest with audio and fields a work package does not allow."""
    b = PackageBuilder()
    audio = tmp_path / "src"
    audio.mkdir()
    lines = []
    for n in range(1, clips + 1):
        line = b.add_clip(seconds=0.5)
        (audio / f"utt{n}.wav").write_bytes(b.files[line["audio_filepath"]])
        lines.append({"audio_filepath": f"utt{n}.wav", "duration": line["duration"],
                      "pred_text": f"hello {n}", "text": "reference", "speaker": "spk-7",
                      "device_id": "kitchen"})
    import json

    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(x) + "\n" for x in lines))
    return manifest


def packed(tmp_path: Path) -> Packed:
    return build_package(nemo_manifest(tmp_path), tmp_path / "src", PackOptions())


def gate_for(ws: Workspace, trust: Trust) -> PathGate:
    return trusted_gate(ws, trust, read_package, read_package_bytes)
