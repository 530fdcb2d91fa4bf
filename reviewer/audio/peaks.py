"""Multi-resolution waveform peaks, computed once per clip (off the GUI thread).

Finest level: a power-of-two bin of at least 32 samples, chosen so a 60-minute clip has
about 250,000 bins; each coarser level merges 4 bins, down to a few hundred. The window
draws from these levels at any zoom without touching the samples again.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from reviewer.core.playback import Peaks

MIN_BIN = 32
MAX_FINEST_BINS = 250_000
FACTOR = 4
COARSEST_BINS = 256


def _finest_bin(frames: int) -> int:
    size = MIN_BIN
    while frames / size > MAX_FINEST_BINS:
        size *= 2
    return size


def _level(mins: npt.NDArray[np.int16], maxs: npt.NDArray[np.int16],
           factor: int) -> tuple[npt.NDArray[np.int16], npt.NDArray[np.int16]]:
    n = mins.shape[0]
    whole = n // factor
    cmin = mins[: whole * factor].reshape(whole, factor).min(axis=1)
    cmax = maxs[: whole * factor].reshape(whole, factor).max(axis=1)
    if n % factor:
        cmin = np.append(cmin, mins[whole * factor:].min())
        cmax = np.append(cmax, maxs[whole * factor:].max())
    return cmin, cmax


def compute_peaks(samples: npt.NDArray[np.int16], sample_rate: int) -> Peaks:
    frames = int(samples.shape[0])
    size = _finest_bin(frames)
    whole = frames // size
    if whole:
        blocks = samples[: whole * size].reshape(whole, size)
        mins = blocks.min(axis=1)
        maxs = blocks.max(axis=1)
    else:
        mins = np.empty(0, dtype=np.int16)
        maxs = np.empty(0, dtype=np.int16)
    if frames % size:
        tail = samples[whole * size:]
        mins = np.append(mins, tail.min())
        maxs = np.append(maxs, tail.max())
    levels: list[tuple[int, tuple[float, ...], tuple[float, ...]]] = []
    scale = 1.0 / 32768.0
    while True:
        levels.append((size, tuple((mins * scale).tolist()), tuple((maxs * scale).tolist())))
        if mins.shape[0] <= COARSEST_BINS:
            break
        mins, maxs = _level(mins, maxs, FACTOR)
        size *= FACTOR
    return Peaks(sample_rate=sample_rate, frames=frames, levels=tuple(levels))
