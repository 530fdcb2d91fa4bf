"""A real export's training manifest loads with the readers its users have: Hugging Face
`datasets`' JSON loader (offline, with the app's no-network hook in place) and NeMo's
manifest reader's rules (reviewer/core/nemo_manifest.py; NeMo itself is not installed)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from reviewer import offline
from reviewer.core.nemo_manifest import (
    RELATIVE_PATH_LIMIT,
    line_problems,
    raw_line_problems,
)
from reviewer.vault.workspace import Workspace
from tests.support.exports import PACKAGE_A, collect, make_export
from tests.support.trust import TestOrganisation


@pytest.fixture
def exported(workspace: Workspace, organisation: TestOrganisation, tmp_path: Path) -> Path:
    organisation.enroll(workspace)
    return make_export(workspace, tmp_path / "out", audio=True).out


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_bytes().decode("utf-8").split("\n") if x]


def test_datasets_json_loader_reads_the_manifests_offline(
        exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hf = tmp_path / "hf"
    for name, value in (("HF_DATASETS_OFFLINE", "1"), ("HF_HUB_OFFLINE", "1"),
                        ("HF_HOME", str(hf)), ("HF_DATASETS_CACHE", str(hf / "datasets")),
                        ("HF_HUB_DISABLE_TELEMETRY", "1"),
                        ("HF_DATASETS_DISABLE_PROGRESS_BARS", "1")):
        monkeypatch.setenv(name, value)
    offline.install()  # the app's audit hook: any non-local socket raises
    user_cache = Path.home() / ".cache" / "huggingface"
    had_user_cache = user_cache.exists()
    import datasets

    datasets.disable_progress_bars()
    merged = collect([exported], tmp_path / "merged")
    for manifest in (exported / f"{PACKAGE_A}.manifest.jsonl", merged / "manifest.jsonl"):
        rows = _rows(manifest)
        ds = datasets.load_dataset("json", data_files=str(manifest), split="train",
                                   cache_dir=str(hf / "datasets"))
        assert ds.num_rows == len(rows) > 0
        assert set(ds.column_names) == set().union(*rows)
        for key in ("audio_filepath", "duration", "text", "clip_id"):
            assert ds[key] == [r[key] for r in rows]
        assert ds.features["duration"].dtype == "float64"
        assert ds[0]["critical_spans"] == rows[0]["critical_spans"]
    assert hf.is_dir()  # its cache went where it was told
    if not had_user_cache:
        assert not user_cache.exists()


def _nemo_items(manifest: Path) -> list[dict[str, Any]]:
    """The manifest read the way NeMo's `item_iter` reads it: text mode (universal newlines,
    UTF-8 here), each line stripped, blank lines skipped, json.loads."""
    items = []
    with manifest.open(encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                items.append(json.loads(line))
    return items


@pytest.mark.parametrize("collected", [False, True])
def test_every_line_is_valid_for_nemos_reader(exported: Path, tmp_path: Path,
                                              collected: bool) -> None:
    folder = collect([exported], tmp_path / "merged") if collected else exported
    manifest = folder / ("manifest.jsonl" if collected else f"{PACKAGE_A}.manifest.jsonl")
    raws = manifest.read_bytes().decode("utf-8").split("\n")
    assert raws.pop() == ""
    items = _nemo_items(manifest)
    assert len(items) == len(raws)  # NeMo sees the same lines
    for raw, item in zip(raws, items, strict=True):
        assert raw_line_problems(raw) == []
        assert line_problems(item) == []
        # get_full_path: a relative path under 255 characters is looked up beside the
        # manifest; with audio, it is there.
        path = item["audio_filepath"]
        assert not os.path.isabs(path)
        assert len(path) < RELATIVE_PATH_LIMIT
        assert (manifest.parent / path).is_file()


@pytest.mark.parametrize(("line", "expected"), [
    ({"audio_filepath": "a.flac", "duration": 1.0, "text": "x"}, []),
    ({"audio_filepath": "a.flac", "audio_filename": "b.flac", "duration": 1.0, "text": "x"},
     ["audio_filename: NeMo's reader gives this key a meaning"]),
    ({"audio_filepath": "a.flac", "duration": 1.0, "text": "x", "offset": 0.5},
     ["offset: NeMo's reader gives this key a meaning"]),
    ({"duration": 1.0, "text": "x"}, ["audio_filepath: missing"]),
    ({"audio_filepath": "", "duration": 1.0, "text": "x"}, ["audio_filepath: must be"]),
    ({"audio_filepath": "/data/a.flac", "duration": 1.0, "text": "x"},
     ["audio_filepath: not relative"]),
    ({"audio_filepath": "~/a.flac", "duration": 1.0, "text": "x"},
     ["audio_filepath: not relative"]),
    ({"audio_filepath": "a" * 251 + ".wav", "duration": 1.0, "text": "x"},
     ["audio_filepath: 255 characters or more"]),
    ({"audio_filepath": "a.flac", "text": "x"}, ["duration: missing"]),
    ({"audio_filepath": "a.flac", "duration": True, "text": "x"}, ["duration: must be"]),
    ({"audio_filepath": "a.flac", "duration": "1.0", "text": "x"}, ["duration: must be"]),
    ({"audio_filepath": "a.flac", "duration": 0, "text": "x"}, ["duration: must be"]),
    ({"audio_filepath": "a.flac", "duration": 1.0}, ["text: missing"]),
    ({"audio_filepath": "a.flac", "duration": 1.0, "text": None}, ["text: must be"]),
    ([1, 2], ["is not a JSON object"]),
])
def test_nemo_rules(line: object, expected: list[str]) -> None:
    found = line_problems(line)
    assert len(found) == len(expected)
    for message, start in zip(found, expected, strict=True):
        assert message.startswith(start)


def test_nemo_reads_lines_with_universal_newlines() -> None:
    assert raw_line_problems('{"a": 1,\r"b": 2}') != []
    assert raw_line_problems("   ") == ["is blank"]
    assert raw_line_problems('{"text": "a\u2028b"}') == []  # Python's file iteration keeps it
