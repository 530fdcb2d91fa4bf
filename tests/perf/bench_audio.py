"""Audio benchmark: next-clip latency, long-clip open, memory, stretch speed, naive baseline,
and Qt's own QMediaPlayer / QAudioSink on the same clips (needs the "bench" extra).

Run through `bash dev.sh bench --json out.json` (real PulseAudio null sink) or
`bash dev.sh run python tests/perf/run.py --only bench_audio --json out.json`.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np
import numpy.typing as npt
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


def _wait(predicate: Callable[[], object], timeout: float = 5.0) -> None:
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
            _wait(partial(engine.is_prepared, key))
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

    def callback(out: npt.NDArray[np.float32], frames: int, when: object, status: object
                 ) -> None:
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


# Qt's own players, in a child process (QtMultimedia comes from the optional "bench" extra,
# PySide6-Addons). Qt needs a source: the clips are files in a temp dir (a cost the engine,
# fed bytes by the vault, does not have; FLAC of 4 s opens in well under a millisecond).
_QT_CHILD = r"""
import io, json, random, sys, time
from pathlib import Path
import soundfile
from PySide6.QtCore import QIODevice, QTimer, QUrl, qInstallMessageHandler
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import (QAudioFormat, QAudioOutput, QAudioSink, QMediaDevices,
                                  QMediaPlayer)

mode, folder, switches, warmup = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
paths = sorted(folder.glob("*.flac"))
app = QGuiApplication([])
rng = random.Random(7)
figures = {}
cur = {"i": 0, "t0": 0.0, "deadline": 0.0}

def ms():
    return (time.perf_counter() - cur["t0"]) * 1000

def record(marks):
    if cur["i"] >= warmup:
        for key, value in marks.items():
            figures.setdefault(key, []).append(value)
    cur["i"] += 1
    if cur["i"] == switches + warmup:
        app.quit()
        return False
    return True

def fail(why):
    print(why, file=sys.stderr)
    app.exit(4)

if mode == "player":
    # One QMediaPlayer + QAudioOutput, as the Qt documentation shows; "next" = setSource + play.
    player = QMediaPlayer()
    output = QAudioOutput()  # keep a reference: a collected output leaves Qt playing to nothing
    player.setAudioOutput(output)
    Playing = QMediaPlayer.PlaybackState.PlayingState
    marks = {}

    def on_message(kind, context, message):
        # Qt's renderer thread logs (qt.multimedia.ffmpeg.audiorenderer, enabled by the parent)
        # the moment it writes a clip's first frame into its PulseAudio stream: the point the
        # engine's figure measures. Qt has no signal for it.
        if context.category == "qt.multimedia.ffmpeg.audiorenderer":
            if "First frame: true" in message and "url" in marks and "handed" not in marks:
                marks["handed"] = ms()
        elif "pipewire" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(on_message)

    def switch():
        url = QUrl.fromLocalFile(str(paths[cur["i"] % len(paths)]))
        marks.clear()
        marks["url"] = url
        cur["t0"] = time.perf_counter()
        player.setSource(url)
        player.play()
        watchdog.start(5000)

    def done():
        if all(key in marks for key in ("playing", "buffered", "handed", "position")):
            watchdog.stop()
            marks.pop("url")
            if record(dict(marks)):
                QTimer.singleShot(rng.randint(0, 20), switch)

    def on_state(state):
        if state == Playing and "url" in marks and "playing" not in marks:
            marks["playing"] = ms()
            done()

    def on_status(status):
        if status == QMediaPlayer.MediaStatus.BufferedMedia and "url" in marks \
                and "buffered" not in marks:
            marks["buffered"] = ms()
            done()

    def on_position(position):
        # Positions of the previous clip may still be queued: only the current source counts.
        if position > 0 and "url" in marks and "position" not in marks \
                and player.source() == marks["url"]:
            marks["position"] = ms()
            done()

    watchdog = QTimer(singleShot=True)
    watchdog.timeout.connect(lambda: fail(f"QMediaPlayer stuck at clip {cur['i']}: "
                                          f"{player.mediaStatus()}, {player.playbackState()}"))
    player.playbackStateChanged.connect(on_state)
    player.mediaStatusChanged.connect(on_status)
    player.positionChanged.connect(on_position)
    player.errorOccurred.connect(lambda error, text: fail(f"QMediaPlayer error: {text}"))
else:
    # Lower level: decode the clip ourselves, one QAudioSink per clip in pull mode; "next" =
    # decode + start(); the figure is the first readData(), samples handed to Qt's sink.
    class Pcm(QIODevice):
        def __init__(self, data):
            super().__init__()
            self.data, self.offset, self.first = data, 0, None
            self.open(QIODevice.OpenModeFlag.ReadOnly)

        def readData(self, maxlen):
            if self.first is None:
                self.first = time.perf_counter()
            chunk = self.data[self.offset:self.offset + maxlen]
            self.offset += len(chunk)
            return chunk

        def writeData(self, data):
            return -1

        def bytesAvailable(self):
            return len(self.data) - self.offset + super().bytesAvailable()

    blobs = [p.read_bytes() for p in paths]
    live = {}

    def switch():
        cur["t0"] = time.perf_counter()
        if "sink" in live:
            live["sink"].stop()
        samples, rate = soundfile.read(io.BytesIO(blobs[cur["i"] % len(blobs)]), dtype="int16")
        fmt = QAudioFormat()
        fmt.setSampleRate(rate)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        live["pcm"] = Pcm(samples.tobytes())
        live["sink"] = QAudioSink(QMediaDevices.defaultAudioOutput(), fmt)
        live["sink"].start(live["pcm"])
        cur["deadline"] = time.monotonic() + 5
        check()

    def check():
        first = live["pcm"].first
        if first is None:
            if time.monotonic() > cur["deadline"]:
                fail(f"QAudioSink stuck: {live['sink'].state()}, {live['sink'].error()}")
            else:
                QTimer.singleShot(1, check)
            return
        if record({"first_read": (first - cur["t0"]) * 1000}):
            # Let the clip play a while, as a reviewer would, before the next one.
            QTimer.singleShot(200 + rng.randint(0, 20), switch)

QTimer.singleShot(500, switch)  # let Qt's audio (PulseAudio connection) come up first
code = app.exec()
print(json.dumps(figures))
sys.exit(code)
"""

QT_SWITCHES = 100
QT_WARMUP = 5


def _quantiles(prefix: str, values: list[float]) -> dict[str, float]:
    values = sorted(values)
    return {f"{prefix}_median": statistics.median(values),
            f"{prefix}_p95": values[int(0.95 * len(values)) - 1]}


def qt_multimedia() -> dict[str, float]:
    """Qt's QMediaPlayer playing the same FLAC clips as the next-clip benchmark (and, lower
    down, a QAudioSink fed clips decoded by soundfile), into the same PulseAudio null sink."""
    probe = subprocess.run([sys.executable, "-c", "import PySide6.QtMultimedia"],
                           capture_output=True, check=False, timeout=60)
    if probe.returncode != 0:
        return {"qt_multimedia_available": 0.0}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QT_LOGGING_RULES="qt.multimedia.ffmpeg.audiorenderer.debug=true")
    results: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(20):  # the engine's clips, byte for byte
            (Path(tmp) / f"clip{i:02}.flac").write_bytes(flac(speechlike(4.0, RATE, seed=i), RATE))
        for mode in ("player", "sink"):
            out = subprocess.run(
                [sys.executable, "-c", _QT_CHILD, mode, tmp, str(QT_SWITCHES), str(QT_WARMUP)],
                capture_output=True, text=True, check=False, cwd=ROOT, env=env, timeout=300)
            if out.returncode != 0:
                # Keep the engine's figures: say why Qt could not play, flag it, go on.
                # Qt's own lines (FFmpeg's probe output and the pipewire probe are noise).
                said = [line for line in out.stderr.splitlines() if line[:1].isalpha()
                        and not line.startswith("Input #") and "pipewire" not in line]
                print(f"# Qt {mode} benchmark failed: {' | '.join(said[-4:])}",
                      file=sys.stderr)
                return {"qt_multimedia_available": 1.0, "qt_multimedia_failed": 1.0}
            results[mode] = json.loads(out.stdout.splitlines()[-1])
    player, sink = results["player"], results["sink"]
    figures = {"qt_multimedia_available": 1.0}
    figures.update(_quantiles("qt_mediaplayer_next_clip_ms", player["playing"]))
    figures.update(_quantiles("qt_mediaplayer_buffered_ms", player["buffered"]))
    figures.update(_quantiles("qt_mediaplayer_first_position_ms", player["position"]))
    figures.update(_quantiles("qt_mediaplayer_first_frame_ms", player["handed"]))
    figures.update(_quantiles("qt_audiosink_next_clip_ms", sink["first_read"]))
    return figures


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
