"""Transport logic against a fake output: the test pulls blocks as PortAudio would."""

from __future__ import annotations

import io
import itertools
import time
from collections.abc import Callable

import numpy as np
import numpy.typing as npt
import pytest
import soundfile

from reviewer.audio.engine import AudioEngine
from reviewer.audio.prepared import prepare
from reviewer.core.playback import PlayerState
from tests.audio.conftest import wait_until
from tests.audio.fake_output import FakeBackend, FakeStream
from tests.audio.signals import chirp, dominant_frequency, flac, speechlike, tone

RATE = 16000


def _ready(engine: AudioEngine, key: str, data: bytes, *, normalise: bool = False) -> np.ndarray:
    """Load `key` (preloaded first) and return the samples the stream should carry."""
    engine.set_normalise(normalise)
    engine.preload(key, data)
    wait_until(lambda: engine.is_prepared(key))
    engine.load(key, data)
    x: npt.NDArray[np.int16] = soundfile.read(io.BytesIO(data), dtype="int16")[0]
    return x.astype(np.float32) / 32768


def _stream(backend: FakeBackend) -> FakeStream:
    """The open stream, once the engine has (re)opened it at the clip's rate."""
    wait_until(lambda: backend.stream is not None and backend.stream.rate == RATE)
    stream = backend.stream
    assert stream is not None
    return stream


def test_plays_the_clip_exactly_at_unity(engine: AudioEngine, backend: FakeBackend) -> None:
    expected = _ready(engine, "a", flac(chirp(1.0, RATE), RATE))
    assert engine.state() == PlayerState.STOPPED
    assert engine.duration() == pytest.approx(1.1)
    stream = _stream(backend)
    assert stream.rate == RATE
    assert not stream.pull(160).any()  # stopped: silence, position held
    engine.play()
    assert engine.state() == PlayerState.PLAYING
    got = stream.pull(8000)
    np.testing.assert_allclose(got, expected[:8000], atol=1e-6)
    assert engine.position() == pytest.approx(0.5)


def test_pause_then_resume_steps_back(engine: AudioEngine, backend: FakeBackend) -> None:
    expected = _ready(engine, "a", flac(chirp(3.0, RATE), RATE))
    stream = _stream(backend)
    engine.play()
    stream.pull(int(2.0 * RATE))
    engine.pause()
    assert engine.state() == PlayerState.PAUSED
    assert not stream.pull(160).any()
    engine.play()
    assert engine.position() == pytest.approx(1.0)
    np.testing.assert_allclose(stream.pull(800), expected[RATE:RATE + 800], atol=1e-6)


def test_backstep_zero_disables_and_never_goes_before_start(engine: AudioEngine,
                                                            backend: FakeBackend) -> None:
    _ready(engine, "a", flac(chirp(2.0, RATE), RATE))
    stream = _stream(backend)
    engine.set_backstep(0)
    engine.play()
    stream.pull(RATE)
    engine.pause()
    engine.play()
    assert engine.position() == pytest.approx(1.0)
    engine.set_backstep(5)
    engine.pause()
    engine.play()
    assert engine.position() == 0.0


def test_seek_jump_stop_and_replay(engine: AudioEngine, backend: FakeBackend) -> None:
    expected = _ready(engine, "a", flac(chirp(3.0, RATE), RATE))
    stream = _stream(backend)
    engine.seek(1.5)
    engine.jump_back()  # default 2 s, clamped at the start
    assert engine.position() == 0.0
    engine.set_jump(0.5)
    engine.jump_forward()
    engine.jump(0.25)
    assert engine.position() == pytest.approx(0.75)
    engine.play()
    np.testing.assert_allclose(stream.pull(100), expected[12000:12100], atol=1e-6)
    engine.stop()
    assert engine.state() == PlayerState.STOPPED
    assert engine.position() == 0.0
    engine.seek(2.0)
    engine.replay()
    assert engine.state() == PlayerState.PLAYING
    assert engine.position() == 0.0


def test_loop_repeats_the_region(engine: AudioEngine, backend: FakeBackend) -> None:
    expected = _ready(engine, "a", flac(chirp(2.0, RATE), RATE))
    stream = _stream(backend)
    engine.set_loop(0.5, 0.75)
    assert engine.position() == pytest.approx(0.5)  # outside the region: moved to its start
    engine.play()
    got = stream.pull(int(0.75 * RATE))
    region = expected[8000:12000]
    np.testing.assert_allclose(got, np.tile(region, 3), atol=1e-6)
    engine.pause()
    engine.play()  # the back-step stays inside the loop
    assert engine.position() == pytest.approx(0.5)
    engine.set_loop(None, None)
    stream.pull(int(1.0 * RATE))
    assert engine.position() == pytest.approx(1.5)


def test_end_of_clip_stops_and_play_restarts(engine: AudioEngine, backend: FakeBackend) -> None:
    events: list[str] = []
    engine.add_listener(events.append)
    _ready(engine, "a", flac(chirp(0.4, RATE), RATE))
    stream = _stream(backend)
    engine.play()
    got = stream.pull(RATE)
    assert not got[int(0.5 * RATE) + 10:].any()  # the rest of the block is silence
    wait_until(lambda: "ended" in events)
    assert engine.state() == PlayerState.STOPPED
    engine.play()
    assert engine.position() == 0.0
    assert engine.state() == PlayerState.PLAYING


def test_speed_change_mid_clip_keeps_the_position(engine: AudioEngine,
                                                  backend: FakeBackend) -> None:
    _ready(engine, "a", flac(speechlike(8.0, RATE), RATE))
    stream = _stream(backend)
    engine.play()
    stream.pull(int(4.0 * RATE))
    engine.set_speed(1.5)
    assert engine.speed() == 1.5
    wait_until(lambda: engine.transport.pending is None)
    assert engine.position() == pytest.approx(4.0, abs=0.01)
    stream.pull(int(1.0 * RATE))
    assert engine.position() == pytest.approx(5.5, abs=0.01)
    engine.set_speed(0.5)
    wait_until(lambda: engine.transport.pending is None)
    stream.pull(int(1.0 * RATE))
    assert engine.position() == pytest.approx(6.0, abs=0.01)


def test_preloaded_clip_loads_at_once_and_cache_stays_bounded(engine: AudioEngine) -> None:
    clips = {f"c{i}": flac(speechlike(0.5, RATE, seed=i), RATE) for i in range(8)}
    for key, data in clips.items():
        engine.preload(key, data)
    wait_until(lambda: engine.is_prepared("c7"))
    assert len(engine.cached_keys()) <= 4
    ahead = engine.prepared_peaks("c7")
    assert ahead is not None  # the window draws the next clip's wave from these
    assert engine.prepared_peaks("never-preloaded") is None
    before = engine.cached_keys()
    engine.prepared_peaks(before[0])  # looking does not count as use (no reordering)
    assert engine.cached_keys() == before
    engine.load("c7", clips["c7"])  # preloaded: current without waiting for the worker
    assert engine.current_key() == "c7"
    assert engine.duration() == pytest.approx(0.5)
    assert engine.peaks() is ahead  # the very object drawn ahead


def test_load_without_preload_plays_when_ready(engine: AudioEngine) -> None:
    events: list[str] = []
    engine.add_listener(events.append)
    engine.load("x", flac(chirp(0.5, RATE), RATE))
    engine.play()  # remembered until the clip is decoded
    wait_until(lambda: engine.state() == PlayerState.PLAYING)
    wait_until(lambda: "loaded" in events)  # listeners hear it on the dispatcher thread


def test_bad_audio_is_reported(engine: AudioEngine) -> None:
    events: list[str] = []
    engine.add_listener(events.append)
    engine.load("bad", b"garbage" * 20)
    wait_until(lambda: "error" in events)
    assert "does not decode" in engine.last_error()
    assert engine.state() == PlayerState.EMPTY


def test_normalise_and_volume_shape_the_level(engine: AudioEngine, backend: FakeBackend) -> None:
    quiet = chirp(1.0, RATE, amplitude=0.02)
    expected = _ready(engine, "q", flac(quiet, RATE), normalise=True)
    stream = _stream(backend)
    engine.play()
    loud = stream.pull(RATE)
    ratio = np.abs(loud).max() / np.abs(expected[:RATE]).max()
    assert ratio > 5  # brought up towards -20 dBFS
    assert np.abs(loud).max() <= 0.9
    engine.set_volume(0.5)
    engine.seek(0)
    half = stream.pull(RATE)
    np.testing.assert_allclose(half, loud * 0.5, atol=1e-6)


# ---------------------------------------------------------------- devices and failure

def test_portaudio_missing_keeps_running_and_retry_recovers() -> None:
    backend = FakeBackend(problem="Audio is unavailable: the PortAudio library is not installed.")
    engine = AudioEngine(backend=backend, lost_after_seconds=None, output_rate=RATE)
    try:
        status = engine.device_status()
        assert not status.available
        assert "PortAudio" in status.message
        data = flac(chirp(0.5, RATE), RATE)
        engine.load("a", data)
        wait_until(lambda: engine.state() == PlayerState.STOPPED)
        engine.play()
        wait_until(lambda: engine.state() == PlayerState.PAUSED)
        backend.set_problem(None)
        assert engine.retry_device().available
        assert backend.stream is not None
    finally:
        engine.close()


def test_no_device_then_device_appears() -> None:
    backend = FakeBackend(devices=[])
    engine = AudioEngine(backend=backend, lost_after_seconds=None, output_rate=RATE)
    try:
        wait_until(lambda: "No audio output device" in engine.device_status().message)
        assert engine.devices() == []
        backend.devices = ["Headphones"]
        status = engine.retry_device()
        assert status.available
        assert backend.rescans == 1
        assert [d.name for d in engine.devices()] == ["Headphones"]
    finally:
        engine.close()


def test_busy_device_is_named_plainly(engine: AudioEngine, backend: FakeBackend) -> None:
    backend.devices = ["Speakers", "USB"]
    backend.busy.add("USB")
    events: list[str] = []
    engine.add_listener(events.append)
    engine.set_device("USB")
    wait_until(lambda: "busy" in engine.device_status().message)
    assert "device" in events
    backend.busy.clear()
    assert engine.retry_device().available
    stream = backend.stream
    assert stream is not None
    assert stream.device == "USB"


def test_device_lost_mid_clip_pauses_and_says_so(engine: AudioEngine,
                                                 backend: FakeBackend) -> None:
    _ready(engine, "a", flac(chirp(2.0, RATE), RATE))
    stream = _stream(backend)
    engine.play()
    stream.pull(RATE)
    stream.die()
    wait_until(lambda: not engine.device_status().available)
    time.sleep(0.05)  # commands queued before the loss must not reopen by themselves
    assert not engine.device_status().available
    assert "stopped responding" in engine.device_status().message
    assert engine.state() == PlayerState.PAUSED
    assert engine.position() == pytest.approx(1.0)
    assert engine.retry_device().available
    engine.play()
    assert _stream(backend) is not stream


def test_silent_stream_is_detected_as_lost() -> None:
    backend = FakeBackend()
    engine = AudioEngine(backend=backend, lost_after_seconds=0.2, output_rate=RATE)
    try:
        data = flac(chirp(2.0, RATE), RATE)
        engine.preload("a", data)
        wait_until(lambda: engine.is_prepared("a"))
        engine.load("a", data)
        engine.play()  # nobody pulls: the device hangs
        wait_until(lambda: not engine.device_status().available, timeout=3.0)
        assert engine.state() == PlayerState.PAUSED
    finally:
        engine.close()


def test_stream_runs_only_while_playing(engine: AudioEngine, backend: FakeBackend) -> None:
    data = flac(chirp(1.0, RATE), RATE)
    _ready(engine, "a", data)
    stream = _stream(backend)
    wait_until(lambda: not stream.active)  # idle: no callbacks, no CPU
    engine.play()
    wait_until(lambda: stream.active)
    starts = stream.starts
    engine.load("a", data)  # a new load drops the buffered tail: aborted, restarted on play
    wait_until(lambda: not stream.active)
    engine.play()
    wait_until(lambda: stream.active)
    assert stream.starts == starts + 1
    engine.pause()
    wait_until(lambda: not stream.active)
    assert backend.stream is stream  # same rate and device: never reopened


def test_clips_are_resampled_to_the_output_rate() -> None:
    backend = FakeBackend()
    engine = AudioEngine(backend=backend, lost_after_seconds=None)  # 48 kHz output
    try:
        data = flac(tone(440, 2.0, RATE, lead=0), RATE)
        engine.set_normalise(False)
        engine.preload("t", data)
        wait_until(lambda: engine.is_prepared("t"))
        engine.load("t", data)
        wait_until(lambda: backend.stream is not None)
        stream = backend.stream
        assert stream is not None
        assert stream.rate == 48000
        engine.play()
        got = stream.pull(48000)
        assert engine.position() == pytest.approx(1.0, abs=0.001)
        assert dominant_frequency(got, 48000) == pytest.approx(440, rel=0.002)
        assert np.abs(got).max() == pytest.approx(0.3, abs=0.01)
    finally:
        engine.close()


def test_load_during_its_preload_decodes_once(engine: AudioEngine,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import reviewer.audio.preparation as preparation

    calls: list[str] = []
    real = prepare  # what the preparation thread calls until the test patches it

    def counting(key: str, data: bytes) -> object:
        calls.append(key)
        return real(key, data)

    monkeypatch.setattr(preparation, "prepare", counting)
    events: list[str] = []
    engine.add_listener(events.append)
    data = flac(speechlike(20.0, RATE), RATE)
    engine.preload("p", data)
    engine.load("p", data)
    wait_until(lambda: "loaded" in events)
    assert engine.current_key() == "p"
    assert calls == ["p"]


@pytest.mark.parametrize(("speed", "start", "end"), [(2.0, 1.0, 2.0), (1.5, 3.0, 4.0)])
def test_loop_holds_at_another_speed(engine: AudioEngine, backend: FakeBackend, speed: float,
                                     start: float, end: float) -> None:
    # 4.0 s is a chunk seam: the loop must wrap there too.
    _ready(engine, "a", flac(speechlike(6.0, RATE), RATE))
    stream = _stream(backend)
    engine.set_speed(speed)
    wait_until(lambda: engine.transport.pending is None)
    engine.set_loop(start, end)
    engine.play()
    seen = []
    for _ in range(40):  # 2 s of output = 4 s of clip time: the region twice over
        stream.pull(800)
        seen.append(engine.position())
    assert min(seen) >= start
    assert max(seen) < end + 0.05
    assert any(b < a for a, b in itertools.pairwise(seen))  # it wrapped


def test_disguise_lowers_the_voice_and_keeps_the_position(engine: AudioEngine,
                                                          backend: FakeBackend) -> None:
    _ready(engine, "t", flac(tone(440, 6.0, RATE, lead=0), RATE))
    stream = _stream(backend)
    engine.play()
    stream.pull(RATE)
    engine.set_disguise(True)
    wait_until(lambda: engine.transport.pending is None)
    assert engine.disguise()
    assert engine.position() == pytest.approx(1.0, abs=0.01)
    got = stream.pull(RATE)
    assert dominant_frequency(got, RATE) == pytest.approx(440 * 2 ** (-3 / 12), rel=0.01)


def test_position_and_pause_allow_for_output_latency(engine: AudioEngine,
                                                     backend: FakeBackend) -> None:
    backend.latency = 0.05
    engine.set_device("Speakers")  # reopen: the new stream reports 50 ms
    wait_until(lambda: backend.stream is not None and backend.stream.latency == 0.05)
    expected = _ready(engine, "a", flac(chirp(2.0, RATE), RATE))
    stream = _stream(backend)
    engine.set_backstep(0)
    engine.play()
    stream.pull(RATE)
    assert engine.position() == pytest.approx(0.95)  # 50 ms are still on their way
    engine.pause()  # the buffered 50 ms are dropped, so resume plays them again
    assert engine.position() == pytest.approx(0.95)
    engine.play()
    np.testing.assert_allclose(stream.pull(160), expected[15200:15360], atol=1e-6)


def test_transport_calls_race_the_callback_safely(engine: AudioEngine,
                                                  backend: FakeBackend) -> None:
    """Random GUI-side calls while a 'PortAudio' thread pulls blocks: no exception, no
    unwritten or out-of-range samples, and the engine still answers afterwards."""
    import random
    import threading

    data = {k: flac(speechlike(6.0, RATE, seed=i), RATE) for i, k in enumerate("abc")}
    _ready(engine, "a", data["a"])
    stream = _stream(backend)
    stop = threading.Event()
    failures: list[BaseException] = []

    def pull() -> None:
        try:
            while not stop.is_set():
                block = stream.pull(160)
                assert np.abs(block).max() <= 1.0
        except BaseException as exc:
            failures.append(exc)

    puller = threading.Thread(target=pull)
    puller.start()
    rng = random.Random(3)
    actions: list[Callable[[], object]] = [
        engine.play, engine.pause, engine.toggle, engine.stop, engine.replay,
        lambda: engine.seek(rng.uniform(0, 7)), lambda: engine.jump(rng.uniform(-3, 3)),
        lambda: engine.set_speed(rng.choice([0.5, 1.0, 1.25, 2.0])),
        lambda: engine.set_loop(1.0, 2.5), lambda: engine.set_loop(None, None),
        lambda: engine.set_volume(rng.random()), lambda: engine.set_normalise(rng.random() < .5),
        lambda: engine.preload(k := rng.choice("abc"), data[k]),
        lambda: engine.load(k := rng.choice("abc"), data[k]),
    ]
    try:
        for _ in range(400):
            rng.choice(actions)()
            engine.position()
    finally:
        stop.set()
        puller.join()
    assert not failures
    engine.set_speed(1.0)
    engine.load("a", data["a"])
    wait_until(lambda: engine.state() != PlayerState.EMPTY)
    assert engine.duration() == pytest.approx(6.0)
