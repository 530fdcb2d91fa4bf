"""Import throughput: `python tests/perf/run.py --only bench_import`.

300 five-second 16 kHz WAV clips in a zip, imported through the real identity gate (decode,
checks, FLAC re-encode) and stored in a fresh SQLCipher workspace (per-clip keys, AES-GCM,
one transaction). Budget: >= 100 clips/s on 2 cores.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np

from reviewer.intake.gate import read_package
from reviewer.vault.workspace import Workspace
from reviewer.workflows.import_package import import_package
from tests.support.package_builder import PackageBuilder, encode
from tests.vault.fakes import DictSecretStore

CLIPS = 300
SECONDS = 5.0
RATE = 16000


def _package(folder: Path) -> Path:
    rng = np.random.default_rng(7)
    b = PackageBuilder()
    b.header["package_id"] = "bench_" + "1" * 32
    t = np.arange(int(SECONDS * RATE)) / RATE
    for i in range(CLIPS):
        # Speech-like: a gliding tone with noise, so FLAC has real work to do.
        x = 0.2 * np.sin(2 * np.pi * (180 + 20 * (i % 7)) * t * (1 + 0.05 * np.sin(t)))
        x = (x + 0.02 * rng.standard_normal(t.size)).astype(np.float32)
        b.add_clip(seconds=SECONDS, audio=encode(x, RATE, "WAV", "PCM_16"))
    return b.write_zip(folder / "bench.zip")


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pkg = _package(folder)
        started = time.perf_counter()
        accepted = read_package(pkg)
        gate_s = time.perf_counter() - started
        with Workspace.open(folder / "ws_store", DictSecretStore(), create=True) as ws:
            started = time.perf_counter()
            ws.packages.store(accepted)
            store_s = time.perf_counter() - started
        with Workspace.open(folder / "ws", DictSecretStore(), create=True) as ws:
            started = time.perf_counter()
            result = import_package(ws, pkg, read_package)
            total_s = time.perf_counter() - started
    assert result.clips == CLIPS
    return {"import_clips_per_s": CLIPS / total_s,
            "import_gate_clips_per_s": CLIPS / gate_s,
            "import_store_clips_per_s": CLIPS / store_s}
