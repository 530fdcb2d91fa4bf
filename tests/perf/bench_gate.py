"""Identity-gate throughput: 200 five-second 16 kHz mono WAV clips, as a directory package
and as a deflated zip.

Figures: gate_clips_per_s (directory) and gate_zip_clips_per_s (read, validate, decode,
re-encode to bare FLAC; no vault). The import budget (>= 100 clips/s including encryption)
needs the gate well above that.
"""

from __future__ import annotations

import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np

from reviewer.intake.gate import read_package
from tests.support.package_builder import PackageBuilder, encode

CLIPS = 200
SECONDS = 5.0
RATE = 16000


def build(root: Path) -> Path:
    rng = np.random.default_rng(1)
    b = PackageBuilder()
    t = np.arange(int(SECONDS * RATE)) / RATE
    for n in range(CLIPS):
        # Speech-like content (a gliding tone under noise) so FLAC has real work to do.
        x = 0.2 * np.sin(2 * np.pi * (150 + n) * t * (1 + 0.1 * np.sin(t)))
        x += 0.05 * rng.standard_normal(t.size)
        b.add_clip(audio=encode(x.astype(np.float32), RATE), seconds=SECONDS)
    return b.write_dir(root / "pkg")


def zipped(folder: Path) -> Path:
    out = folder.with_suffix(".zip")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(folder).as_posix())
    return out


def best_seconds(path: Path) -> float:
    read_package(path)  # warm the page cache and imports
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        package = read_package(path)
        best = min(best, time.perf_counter() - start)
    assert len(package.clips) == CLIPS
    return best


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = build(Path(tmp))
        plain = best_seconds(folder)
        packed = best_seconds(zipped(folder))
    return {"gate_clips_per_s": CLIPS / plain, "gate_ms_per_clip": 1000 * plain / CLIPS,
            "gate_zip_clips_per_s": CLIPS / packed}


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.1f}")
