"""Audio benchmark: next-clip latency, long-clip open, memory, stretch speed, naive baseline.

Run through `bash dev.sh bench --json out.json` (real PulseAudio null sink) or
`bash dev.sh run python tests/perf/run.py --only bench_audio --json out.json`.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import soundfile

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reviewer.audio.engine import AudioEngine  # noqa: E402
from reviewer.audio.render import Rendition  # noqa: E402
from tests.audio.signals import flac, speechlike  # noqa: E402

RATE = 16000
SWITCHES = 1000
WARMUP = 50


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _wait(predicate, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError("benchmark step timed out")
        time.sleep(0.0005)


def next_clip_and_memory() -> dict[str, float]:
    """Preload the next clip while one plays, then switch: time load()+play() to the first
    samples handed to PortAudio; RSS before and after 1,000 switches."""
    blobs = [flac(speechlike(4.0, RATE, seed=i), RATE) for i in range(20)]
    engine = AudioEngine()
    rng = random.Random(7)
    try:
        _wait(lambda: engine.device_status().available, 10)
        latencies: list[float] = []
        rss_start = 0.0
        engine.preload("clip0", blobs[0])
        for i in range(SWITCHES + WARMUP):
            key, data = f"clip{i}", blobs[i % len(blobs)]
            _wait(lambda key=key: engine.is_prepared(key))  # type: ignore[misc]
            # A reviewer's "next" lands at a random moment of the callback cycle.
            time.sleep(rng.uniform(0.0, 0.02))
            engine.load(key, data)
            engine.play()
            _wait(lambda: engine.start_latency_ms() is not None)
            latency = engine.start_latency_ms()
            assert latency is not None
            nxt = i + 1
            engine.preload(f"clip{nxt}", blobs[nxt % len(blobs)])
            if i >= WARMUP:
                latencies.append(latency)
            if i == WARMUP:
                rss_start = _rss_mb()
        rss_end = _rss_mb()
    finally:
        engine.close()
    latencies.sort()
    return {
        "next_clip_ready_ms_median": statistics.median(latencies),
        "next_clip_ready_ms_p95": latencies[int(0.95 * len(latencies)) - 1],
        "rss_growth_mb_1000_switches": rss_end - rss_start,
    }


_LONG_CHILD = r"""
import resource, sys, threading, time
from reviewer.audio.engine import AudioEngine
data = open(sys.argv[1], "rb").read()
engine = AudioEngine()
deadline = time.monotonic() + 3  # the app is up before a clip is opened: let audio start
while engine.device_status().message == "Audio is starting." and time.monotonic() < deadline:
    time.sleep(0.01)
loaded = threading.Event()
engine.add_listener(lambda e: loaded.set() if e == "loaded" else None)
started = time.perf_counter()
engine.load("long", data)
loaded.wait(30)
took = time.perf_counter() - started
assert engine.peaks() is not None and engine.duration() > 3500
engine.close()
print(took, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def long_clip() -> dict[str, float]:
    """A 60-minute 16 kHz clip: from load() to decoded + analysed (peaks, loudness), in a
    child process whose peak RSS is the clip's own (the worst of three runs)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.flac"
        with soundfile.SoundFile(path, "w", RATE, 1, subtype="PCM_16", format="FLAC") as f:
            for i in range(360):
                f.write(speechlike(10.0, RATE, seed=i))
        runs = []
        for _ in range(3):  # the machine is shared: report the median of three children
            out = subprocess.run([sys.executable, "-c", _LONG_CHILD, str(path)],
                                 capture_output=True, text=True, check=True, cwd=ROOT,
                                 timeout=120)
            took, rss = (float(v) for v in out.stdout.split())
            runs.append((took, rss))
        size = path.stat().st_size / 2**20
    return {"long_clip_open_s": statistics.median(t for t, _ in runs),
            "long_clip_peak_rss_mb": max(r for _, r in runs), "long_clip_flac_mb": size}


def stretch_speed() -> dict[str, float]:
    """Original-audio seconds rendered per wall second (Rubber Band, high quality), worst
    of the speeds a reviewer uses, plus disguise at 1.0x."""
    x = np.round(speechlike(30.0, RATE) * 32767).astype(np.int16)
    worst = float("inf")
    for speed, disguise in ((0.5, False), (0.75, False), (1.5, False), (2.0, False),
                            (1.0, True)):
        r = Rendition(x, RATE, speed, disguise, 1.0)
        started = time.perf_counter()
        for i in range(r.count):
            r.render(i)
        worst = min(worst, 30.0 / (time.perf_counter() - started))
    return {"stretch_x_realtime": worst}


def _naive_once(data: bytes) -> float:
    import io

    import sounddevice

    first = threading.Event()
    started = time.perf_counter()
    samples, rate = soundfile.read(io.BytesIO(data), dtype="float32")
    position = 0
    took: list[float] = []

    def callback(out, frames, when, status):  # type: ignore[no-untyped-def]
        nonlocal position
        chunk = samples[position: position + frames]
        out[: chunk.shape[0], 0] = chunk
        out[chunk.shape[0]:, 0] = 0
        position += frames
        if not first.is_set():
            took.append((time.perf_counter() - started) * 1000)
            first.set()

    with sounddevice.OutputStream(samplerate=rate, channels=1, callback=callback):
        first.wait(5)
    return took[0]


def naive_baseline() -> dict[str, float]:
    """What a first attempt does: decode on request and open a fresh stream per clip (at the
    clip's rate, 16 kHz). Fast to first callback, but it reopens the device for every clip
    and leaves rate conversion to the sound server (see docs/PERFORMANCE.md)."""
    blobs = [flac(speechlike(4.0, RATE, seed=i), RATE) for i in range(30)]
    return {"naive_stream_per_clip_ready_ms_median":
            statistics.median(_naive_once(data) for data in blobs)}


def qt_multimedia() -> dict[str, float]:
    """Qt's QMediaPlayer, when this PySide6 has QtMultimedia (PySide6-Essentials does not)."""
    probe = subprocess.run([sys.executable, "-c", "import PySide6.QtMultimedia"],
                           capture_output=True, check=False, timeout=60)
    return {"qt_multimedia_available": float(probe.returncode == 0)}


def run() -> dict[str, float]:
    figures: dict[str, float] = {}
    figures.update(next_clip_and_memory())
    figures.update(long_clip())
    figures.update(stretch_speed())
    figures.update(naive_baseline())
    figures.update(qt_multimedia())
    return figures


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:45} {value:10.3f}")
