"""`org pack`'s package builder: what the organisation writes is what the gate reads back, and
a manifest it cannot turn into a package is refused with the line that is wrong."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from reviewer.core.package import CriticalExport
from reviewer.core.trust import TrustRefused
from reviewer.intake.gate import read_package_bytes
from reviewer.workflows.org_pack import PackOptions, build_package
from tests.trust.conftest import nemo_manifest

QUESTION = {"id": "wake_word", "prompt": "Was the wake word said?", "kind": "bool",
            "required": True}


def test_policy_and_questions_reach_the_package_and_progress_counts_every_clip(
        tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    options = PackOptions(policy={"critical_export": "full", "max_clip_seconds": 30},
                          questions=[QUESTION])
    packed = build_package(nemo_manifest(tmp_path, clips=3), tmp_path / "src", options,
                           lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    header = read_package_bytes(packed.package_zip).header
    assert header.policy.critical_export is CriticalExport.FULL
    assert header.policy.max_clip_seconds == 30
    assert [q.id for q in header.questions] == ["wake_word"]


def test_without_policy_or_questions_the_header_leaves_them_out(tmp_path: Path) -> None:
    packed = build_package(nemo_manifest(tmp_path), tmp_path / "src", PackOptions())
    with zipfile.ZipFile(io.BytesIO(packed.package_zip)) as zf:
        header = json.loads(zf.read("package.json"))
    assert "policy" not in header
    assert "questions" not in header


@pytest.mark.parametrize(("manifest", "message"), [
    ('{"duration": 1.0}\n', "manifest line 1: audio_filepath is missing"),
    ('{"audio_filepath": ""}\n', "manifest line 1: audio_filepath is missing"),
    # A blank line is skipped but still counted: the message names the file's own line.
    ('\n{"audio_filepath": "utt1.mp4"}\n', "manifest line 2: audio is not one of"),
    ('["utt1.wav"]\n', "manifest line 1 is not a JSON object"),
    ('{"audio_filepath": "utt1.wav",\n', "manifest line 1 is not valid JSON"),
    ('{"audio_filepath": "missing.wav"}\n', "manifest line 1: its audio cannot be read"),
    ("\n  \n", "has no clips"),
])
def test_a_manifest_that_makes_no_package_names_its_line(tmp_path: Path, manifest: str,
                                                         message: str) -> None:
    path = tmp_path / "manifest.jsonl"
    path.write_text(manifest, encoding="utf-8")
    (tmp_path / "src").mkdir()
    with pytest.raises(TrustRefused, match=message):
        build_package(path, tmp_path / "src", PackOptions())
