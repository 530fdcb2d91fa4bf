"""Test signals for the audio tests: tones and speech-like sounds as FLAC bytes."""

from __future__ import annotations

import io

import numpy as np
import numpy.typing as npt
import soundfile

LEAD_SECONDS = 0.1  # the first block after a stream starts can be mangled: lead with silence


def tone(freq: float, seconds: float, rate: int, amplitude: float = 0.3,
         lead: float = LEAD_SECONDS) -> npt.NDArray[np.float32]:
    t = np.arange(int(seconds * rate)) / rate
    body = amplitude * np.sin(2 * np.pi * freq * t)
    return np.concatenate([np.zeros(int(lead * rate)), body]).astype(np.float32)


def chirp(seconds: float, rate: int, lo: float = 200.0, hi: float = 2000.0,
          amplitude: float = 0.3, lead: float = LEAD_SECONDS) -> npt.NDArray[np.float32]:
    """A rising sweep: every instant is distinct, so a capture can be located exactly."""
    t = np.arange(int(seconds * rate)) / rate
    phase = 2 * np.pi * (lo * t + (hi - lo) * t * t / (2 * seconds))
    body = amplitude * np.sin(phase)
    return np.concatenate([np.zeros(int(lead * rate)), body]).astype(np.float32)


def speechlike(seconds: float, rate: int, seed: int = 1) -> npt.NDArray[np.float32]:
    """Harmonic buzz with syllable-rate amplitude modulation and a little noise."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    f0 = 140 + 20 * np.sin(2 * np.pi * 0.7 * t)
    phase = 2 * np.pi * np.cumsum(f0) / rate
    voice = sum(np.sin(k * phase) / k for k in range(1, 8))
    envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 4 * t) ** 2
    x = 0.15 * voice * envelope + 0.005 * rng.standard_normal(t.shape[0])
    return x.astype(np.float32)


def flac(samples: npt.NDArray[np.float32], rate: int) -> bytes:
    buf = io.BytesIO()
    soundfile.write(buf, samples, rate, format="FLAC", subtype="PCM_16")
    return buf.getvalue()


def dominant_frequency(x: npt.NDArray[np.float32], rate: int) -> float:
    """Frequency of the strongest spectral peak, refined by parabolic interpolation."""
    n = x.shape[0]
    spectrum = np.abs(np.fft.rfft(x * np.hanning(n), n=8 * n))
    k = int(np.argmax(spectrum[1:-1])) + 1
    a, b, c = np.log(spectrum[k - 1: k + 2] + 1e-12)
    shift = 0.5 * (a - c) / (a - 2 * b + c)
    return float((k + shift) * rate / (8 * n))
