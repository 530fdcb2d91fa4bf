"""The bundled demo package passes the gate and shows what it is meant to show."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reviewer import cli
from reviewer.core.errors import InternalError
from reviewer.core.package import QuestionKind
from reviewer.intake import demo
from reviewer.intake.gate import read_package


def test_demo_package_passes_the_gate() -> None:
    package = read_package(demo.demo_package_path())
    assert 8 <= len(package.clips) <= 12
    assert package.header.package_id == "demo_5e1f0c3a9b7d4e2f8a6c1b0d9e8f7a6b"
    assert package.header.locale == "en-US"
    responses = [c.record.assistant_response or "" for c in package.clips]
    assert any("[PHONE]" in r for r in responses)  # masking shown on a read-out number
    assert sum(c.record.content_warning for c in package.clips) == 1
    assert any("4111" in (c.record.pred_text or "") for c in package.clips)  # critical data
    assert all(c.audio.sample_rate == 16000 for c in package.clips)
    assert all(1.0 < c.audio.seconds <= package.header.policy.max_clip_seconds
               for c in package.clips)
    wake = package.header.questions[0]
    assert (wake.id, wake.kind, wake.required) == ("wake_intent", QuestionKind.CHOICE, True)
    assert {q.id for q in package.header.questions} >= {"wake_intent", "response_quality"}


def test_demo_package_mixes_formats_and_stays_small() -> None:
    root = demo.demo_package_path()
    suffixes = {p.suffix for p in (root / "audio").iterdir()}
    assert suffixes == {".wav", ".flac", ".ogg"}
    assert sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) < 2_000_000


def test_reviewer_check_accepts_the_demo(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", str(demo.demo_package_path())]) == 0
    assert capsys.readouterr().out.startswith("Package accepted: 11 clips, 0:5")


def test_frozen_app_looks_under_meipass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "resources" / "demo" / "package"
    bundled.mkdir(parents=True)
    (bundled / "package.json").write_text("{}")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert demo.demo_package_path() == bundled


def test_missing_demo_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    with pytest.raises(InternalError, match="demo package is missing"):
        demo.demo_package_path()
