"""Caps hold in time and memory: bombs and lying headers are refused fast, without expanding."""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.gate_report import PackageRefused, Problem
from reviewer.intake import limits, reader
from reviewer.intake.gate import read_package
from tests.intake import audio_files, zipcraft
from tests.intake.conftest import refusal, rules
from tests.support.package_builder import PackageBuilder, clip_id

BOMB_BYTES = 300 << 20


@pytest.fixture(scope="module")
def zero_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A valid-looking package plus an entry that expands to 300 MB of zeros."""
    b = PackageBuilder()
    b.add_clip()
    path = b.write_zip(tmp_path_factory.mktemp("bomb") / "bomb.zip")
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf, \
            zf.open(f"audio/{clip_id(1)}.wav.pad", "w") as out:
        for _ in range(BOMB_BYTES >> 20):
            out.write(chunk)
    return path


def measured(fn: Callable[[], object]) -> tuple[float, int]:
    """(seconds, peak traced bytes) of fn(), which must refuse the package."""
    tracemalloc.start()
    try:
        start = time.perf_counter()
        with pytest.raises(PackageRefused):
            fn()
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return elapsed, peak


def test_zero_bomb_is_refused_fast_without_expanding(zero_bomb: Path) -> None:
    size = zero_bomb.stat().st_size
    assert size < 2 << 20
    elapsed, peak = measured(lambda: read_package(zero_bomb))
    assert elapsed < 1.0
    assert peak < size + (256 << 10)  # the input plus bookkeeping, far below 300 MB
    problems = refusal(zero_bomb)
    assert {("size", "<path>")} <= {(p.rule, p.file) for p in problems}


def test_zero_bomb_with_lying_sizes_is_stopped_while_reading(
        zero_bomb: Path, tmp_path: Path) -> None:
    """Declared sizes say 1 KiB; the stream really holds 300 MB. Reading stops at the lie."""
    path = tmp_path / "liar.zip"
    path.write_bytes(zero_bomb.read_bytes())
    zipcraft.lie_about_size(path, f"audio/{clip_id(1)}.wav.pad", 1024)
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo(f"audio/{clip_id(1)}.wav.pad").file_size == 1024
    source = reader.open_source(path)
    start = time.perf_counter()
    tracemalloc.start()
    try:
        with pytest.raises(reader.EntryError):
            source.read(f"audio/{clip_id(1)}.wav.pad", 1 << 30)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        source.close()
    assert time.perf_counter() - start < 1.0
    assert peak < 1 << 20


def test_wav_claiming_four_gigabytes_is_refused_fast(tmp_path: Path) -> None:
    b = PackageBuilder()
    b.add_clip(audio=audio_files.wav_claiming(0x7FFFFFFF), seconds=1.0)
    b.header["policy"] = {"max_clip_seconds": 3600}
    path = b.write_dir(tmp_path / "pkg")
    size = sum(len(v) for v in b.entries().values())
    elapsed, peak = measured(lambda: read_package(path))
    assert elapsed < 1.0
    assert peak < size + (1 << 20)
    assert rules(refusal(path)) == {"audio"}


def test_header_frames_are_checked_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that says it is too long is refused without reading a single block."""
    from reviewer.intake import audio_probe
    calls: list[int] = []
    real = audio_probe._read_mono

    def counting(handle: object, channels: int, cap: int) -> object:
        calls.append(1)
        return real(handle, channels, cap)

    monkeypatch.setattr(audio_probe, "_read_mono", counting)
    data = audio_files.wav_claiming(16000 * 3, real_seconds=3.0)
    with pytest.raises(audio_probe.AudioRefused, match="longer"):
        audio_probe.transcode(data, 3.0, 2)
    assert calls == []


def test_per_file_cap_follows_max_clip_seconds(builder: PackageBuilder, tmp_path: Path) -> None:
    builder.header["policy"] = {"max_clip_seconds": 1}
    builder.files[f"audio/{clip_id(1)}.wav"] += bytes(limits.max_audio_file_bytes(1))
    for write in (builder.write_dir(tmp_path / "d"), builder.write_zip(tmp_path / "z.zip")):
        problems = refusal(write)
        assert ("size", f"audio/{clip_id(1)}.wav") in [(p.rule, p.file) for p in problems]


def test_total_cap_is_checked_from_the_central_directory(
        builder: PackageBuilder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TOTAL_BYTES", 50_000)
    problems = refusal(builder.write_zip(tmp_path / "z.zip", zipfile.ZIP_STORED))
    assert ("size", "<package>") in [(p.rule, p.file) for p in problems]


def test_ratio_cap_on_an_entry(builder: PackageBuilder, tmp_path: Path) -> None:
    builder.add_clip(audio=bytes(200_000))  # zeros: deflate squeezes them far past 100:1
    problems = refusal(builder.write_zip(tmp_path / "z.zip"))
    assert ("size", f"audio/{clip_id(3)}.wav") in [(p.rule, p.file) for p in problems]


def test_small_entries_are_exempt_from_the_ratio(builder: PackageBuilder, tmp_path: Path) -> None:
    builder.add_clip(audio=_silent_wav(0.5), seconds=0.5)
    assert len(read_package(builder.write_zip(tmp_path / "z.zip")).clips) == 3


def _silent_wav(seconds: float) -> bytes:
    import numpy as np

    from tests.support.package_builder import encode
    return encode(np.zeros(int(16000 * seconds), dtype=np.float32), 16000)


def test_header_and_manifest_caps(builder: PackageBuilder, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_HEADER_BYTES", 10)
    monkeypatch.setattr(limits, "MAX_MANIFEST_BYTES", 10)
    problems: list[Problem] = refusal(builder.write_dir(tmp_path / "d"))
    assert {("size", "package.json"), ("size", "clips.jsonl")} <= {
        (p.rule, p.file) for p in problems}
