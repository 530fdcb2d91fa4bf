"""Identity-gate throughput: 200 five-second 16 kHz mono WAV clips in a directory package.

Figure: gate_clips_per_s (read, validate, decode, re-encode to bare FLAC; no vault). The
import budget (>= 100 clips/s including encryption) needs the gate well above that.
"""

from __future__ import annotations

import tempfile
import time
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


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = build(Path(tmp))
        read_package(path)  # warm the page cache and imports
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            package = read_package(path)
            best = min(best, time.perf_counter() - start)
        assert len(package.clips) == CLIPS
    return {"gate_clips_per_s": CLIPS / best, "gate_ms_per_clip": 1000 * best / CLIPS}


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.1f}")
