"""The spectrogram: what it shows (bands, time, levels), its bounds on long clips, and how
the engine hands it out (a job bound to one clip, kept with that clip)."""

from __future__ import annotations

import functools

import numpy as np
import numpy.typing as npt
import pytest

from reviewer.audio.engine import AudioEngine
from reviewer.audio.spectrogram import MAX_COLUMNS, compute_spectrogram, window_length
from reviewer.core.playback import Spectrogram
from tests.audio.conftest import wait_until
from tests.audio.signals import flac, speechlike, tone

RATE = 16000


def as_int16(x: npt.NDArray[np.float32]) -> npt.NDArray[np.int16]:
    return np.round(x * 32767).astype(np.int16)


def picture(s: Spectrogram) -> npt.NDArray[np.uint8]:
    """rows x columns, the top row the highest band."""
    return np.frombuffer(s.levels, dtype=np.uint8).reshape(s.rows, s.columns)


def band_of_row(s: Spectrogram, row: int) -> float:
    return (s.rows - 1 - row) * s.max_hz / (s.rows - 1)


def time_of_column(s: Spectrogram, column: float) -> float:
    return s.start + (column + 0.5) * (s.end - s.start) / s.columns


@pytest.mark.parametrize("freq", [300.0, 1000.0, 3150.0])
def test_a_tone_is_brightest_in_its_band(freq: float) -> None:
    s = compute_spectrogram(as_int16(tone(freq, 1.0, RATE, lead=0.0)), RATE)
    pic = picture(s)
    assert pic.shape == (s.rows, s.columns) == (257, 122)  # 512-point windows, hop 128
    assert s.max_hz == 8000.0
    loudest_row = int(np.argmax(pic[:, s.columns // 2]))
    assert band_of_row(s, loudest_row) == pytest.approx(freq, abs=RATE / 512)
    assert pic.max() == 255
    far = abs(np.arange(s.rows) - loudest_row) > 10
    assert pic[far, s.columns // 2].max() < 128  # 40 dB and more below, away from the tone


def test_a_burst_shows_where_it_is_in_time() -> None:
    x = np.zeros(3 * RATE, dtype=np.float32)
    x[RATE: RATE + RATE // 2] = tone(1000.0, 0.5, RATE, lead=0.0)
    s = compute_spectrogram(as_int16(x), RATE)
    assert s.start == pytest.approx(0.016 - 0.004)  # the first window's centre, less half a hop
    assert s.end == pytest.approx(3.0 - 0.016 + 0.004, abs=0.01)
    lit = np.nonzero(picture(s).max(axis=0) > 200)[0]
    assert time_of_column(s, lit[0]) == pytest.approx(1.0, abs=0.03)
    assert time_of_column(s, lit[-1]) == pytest.approx(1.5, abs=0.03)


def test_silence_is_dark_and_a_tiny_clip_has_one_column() -> None:
    s = compute_spectrogram(np.zeros(RATE, dtype=np.int16), RATE)
    assert not any(s.levels)
    tiny = compute_spectrogram(as_int16(tone(500.0, 0.01, RATE, lead=0.0)), RATE)
    assert (tiny.columns, tiny.rows) == (1, 257)


def test_a_long_clip_stays_within_bounds() -> None:
    samples = as_int16(speechlike(600.0, RATE))  # ten minutes
    s = compute_spectrogram(samples, RATE)
    assert s.columns <= MAX_COLUMNS
    assert s.columns > MAX_COLUMNS - 8
    assert len(s.levels) == s.rows * s.columns
    assert s.end == pytest.approx(600.0, abs=0.2)


@pytest.mark.parametrize(("rate", "n_fft"), [(8000, 256), (16000, 512), (44100, 1024),
                                             (48000, 2048)])
def test_the_window_is_about_32_ms_and_bands_stop_at_8_khz(rate: int, n_fft: int) -> None:
    assert window_length(rate) == n_fft
    s = compute_spectrogram(as_int16(tone(440.0, 0.5, rate, lead=0.0)), rate)
    assert s.max_hz == pytest.approx(min(8000.0, rate / 2), abs=rate / n_fft)


def test_the_engine_binds_the_job_to_its_clip_and_keeps_the_result(
        engine: AudioEngine) -> None:
    assert engine.spectrogram_job() is None  # nothing loaded
    a, b = flac(tone(440.0, 1.0, RATE), RATE), flac(tone(2000.0, 1.0, RATE), RATE)
    for key, data in (("a", a), ("b", b)):
        engine.preload(key, data)
        wait_until(functools.partial(engine.is_prepared, key))
    engine.load("a", a)
    job_a = engine.spectrogram_job()
    assert job_a is not None
    engine.load("b", b)  # another clip before the job runs: it is still a's
    first = job_a()
    row = int(np.argmax(picture(first)[:, first.columns // 2]))
    assert band_of_row(first, row) == pytest.approx(440.0, abs=RATE / 512)
    assert job_a() is first  # kept with the clip: computed once
    job_b = engine.spectrogram_job()
    assert job_b is not None
    second = job_b()
    assert second is not first
    row = int(np.argmax(picture(second)[:, second.columns // 2]))
    assert band_of_row(second, row) == pytest.approx(2000.0, abs=RATE / 512)
    engine.load("a", a)  # back to a: its spectrogram is still there
    again = engine.spectrogram_job()
    assert again is not None
    assert again() is first
