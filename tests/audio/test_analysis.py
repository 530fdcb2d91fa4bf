from __future__ import annotations

import io
import math

import numpy as np
import pytest
import soundfile

from reviewer.audio.decode import AudioDecodeError, decode
from reviewer.audio.loudness import PEAK_CEILING, level_dbfs, normalising_gain, peak_of
from reviewer.audio.peaks import COARSEST_BINS, compute_peaks
from tests.audio.signals import flac, tone


def test_decode_is_exact_int16_mono() -> None:
    x = tone(440, 0.5, 16000)
    d = decode(flac(x, 16000))
    assert d.sample_rate == 16000
    assert d.samples.dtype == np.int16
    expected = np.round(x * 32767).astype(np.int16)
    assert np.max(np.abs(d.samples.astype(int) - expected)) <= 1
    assert d.seconds == pytest.approx(0.6)


def test_decode_mixes_stereo_to_mono() -> None:
    left = np.full(1000, 0.5, dtype=np.float32)
    right = np.zeros(1000, dtype=np.float32)
    buf = io.BytesIO()
    soundfile.write(buf, np.stack([left, right], axis=1), 8000, format="FLAC")
    d = decode(buf.getvalue())
    assert d.samples.shape == (1000,)
    assert abs(int(d.samples[10]) - 8192) <= 1


def test_garbage_is_refused_with_one_line() -> None:
    with pytest.raises(AudioDecodeError, match="does not decode"):
        decode(b"not audio at all" * 10)


def test_peaks_match_brute_force_at_every_level() -> None:
    rng = np.random.default_rng(3)
    samples = rng.integers(-30000, 30000, 100_003).astype(np.int16)
    peaks = compute_peaks(samples, 16000)
    assert peaks.frames == 100_003
    sizes = [size for size, _, _ in peaks.levels]
    assert sizes == sorted(sizes)
    assert sizes[0] == 32
    assert len(peaks.levels[-1][1]) <= COARSEST_BINS
    for size, mins, maxs in peaks.levels:
        assert len(mins) == math.ceil(100_003 / size)
        for i in (0, len(mins) // 2, len(mins) - 1):
            block = samples[i * size:(i + 1) * size]
            assert mins[i] == block.min() / 32768
            assert maxs[i] == block.max() / 32768


def test_level_of_a_sine_and_of_silence() -> None:
    samples = np.round(tone(1000, 2.0, 16000, amplitude=0.5, lead=0) * 32767).astype(np.int16)
    assert level_dbfs(samples, 16000) == pytest.approx(20 * math.log10(0.5 / math.sqrt(2)),
                                                       abs=0.1)
    assert level_dbfs(np.zeros(16000, dtype=np.int16), 16000) is None


def test_gain_reaches_target_but_never_clips() -> None:
    assert normalising_gain(-30.0, 0.05) == pytest.approx(10 ** (10 / 20))
    # A loud peak caps the gain: the result stays under the ceiling.
    gain = normalising_gain(-40.0, 0.6)
    assert gain * 0.6 == pytest.approx(PEAK_CEILING)
    assert normalising_gain(None, 0.0) == 1.0
    assert peak_of(np.array([-32768, 100], dtype=np.int16)) == 1.0


def test_parallel_slices_decode_exactly_and_refuse_damage() -> None:
    x = (np.random.default_rng(5).standard_normal(200_000) * 0.1).astype(np.float32)
    data = flac(x, 16000)
    single = decode(data, threads=1)
    split = decode(data, threads=3)
    assert np.array_equal(single.samples, split.samples)
    damaged = bytearray(data)
    damaged[len(damaged) // 2: len(damaged) // 2 + 64] = b"x" * 64
    with pytest.raises(AudioDecodeError):
        decode(bytes(damaged), threads=3)
    with pytest.raises(AudioDecodeError):
        decode(data[: len(data) // 2], threads=1)
