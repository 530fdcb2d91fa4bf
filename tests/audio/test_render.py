from __future__ import annotations

import numpy as np
import pytest

from reviewer.audio.render import CHUNK_SECONDS, DISGUISE_SEMITONES, Rendition, quantise_speed
from tests.audio.signals import dominant_frequency, tone

RATE = 16000


def _render_all(r: Rendition) -> np.ndarray:
    for i in range(r.count):
        r.render(i)
    return np.concatenate([c for c in r.chunks if c is not None])


def _samples(freq: float, seconds: float) -> np.ndarray:
    return np.round(tone(freq, seconds, RATE, lead=0) * 32767).astype(np.int16)


def test_speed_is_clamped_and_stepped() -> None:
    assert quantise_speed(0.1) == 0.5
    assert quantise_speed(3) == 2.0
    assert quantise_speed(1.27) == 1.25
    assert quantise_speed(1.33) == 1.35


def test_identity_rendition_is_the_samples_without_copy() -> None:
    s = _samples(440, 1.0)
    r = Rendition(s, RATE, 1.0, False, 1.0)
    assert r.identity
    assert r.chunks[0] is s
    assert r.locate(1234) == (0, 1234)


@pytest.mark.parametrize("speed", [0.5, 2.0])
def test_stretch_keeps_pitch_and_scales_duration(speed: float) -> None:
    s = _samples(440, 2.5 * CHUNK_SECONDS)
    r = Rendition(s, RATE, speed, False, 1.0)
    assert r.count == 3
    y = _render_all(r)
    assert y.shape[0] == pytest.approx(s.shape[0] / speed, abs=2)
    assert dominant_frequency(y[RATE:-RATE], RATE) == pytest.approx(440, rel=0.01)


@pytest.mark.parametrize(("speed", "out_rate"), [(0.75, RATE), (0.75, 48000), (1.0, 48000)])
def test_chunk_boundaries_are_continuous_in_any_render_order(speed: float, out_rate: int) -> None:
    s = _samples(440, 3.5 * CHUNK_SECONDS)
    r = Rendition(s, RATE, speed, False, 1.0, out_rate)
    for i in (2, 0, 3, 1):  # neighbours rendered before and after each other
        r.render(i)
    y = np.concatenate([c for c in r.chunks if c is not None])
    assert y.shape[0] == pytest.approx(s.shape[0] * out_rate / RATE / speed, abs=4)
    # A 440 Hz tone at 0.3 moves at most 2*pi*440*0.3/rate per sample; a seam jumps far more.
    limit = 2 * np.pi * 440 * 0.3 / out_rate
    assert np.abs(np.diff(y)).max() < 1.5 * limit
    assert dominant_frequency(y, out_rate) == pytest.approx(440, rel=0.005)


def test_disguise_shifts_pitch_down() -> None:
    s = _samples(440, 3.0)
    y = _render_all(Rendition(s, RATE, 1.0, True, 1.0))
    expected = 440 * 2 ** (DISGUISE_SEMITONES / 12)
    assert dominant_frequency(y[RATE // 2:-RATE // 2], RATE) == pytest.approx(expected, rel=0.01)


def test_position_maps_through_the_original_timeline() -> None:
    s = _samples(440, 2.5 * CHUNK_SECONDS)
    r = Rendition(s, RATE, 2.0, False, 1.0)
    frame = round(1.2 * CHUNK_SECONDS * RATE)
    index, offset = r.locate(frame)
    assert index == 1
    assert r.frame_at(index, offset) == frame
    assert r.wanted(frame, CHUNK_SECONDS, CHUNK_SECONDS)[:3] == [1, 2, 0]


def test_far_chunks_are_dropped() -> None:
    s = _samples(440, 2.5 * CHUNK_SECONDS)
    r = Rendition(s, RATE, 1.5, False, 1.0)
    _render_all(r)
    r.drop_outside({1})
    assert [c is not None for c in r.chunks] == [False, True, False]
