"""A clip's spectrogram (short-time Fourier transform, numpy), for the waveform's
spectrogram view. Runs on a worker, never the GUI thread (see Player.spectrogram_job).

Windows of about 32 ms (Hann, a power of two long), a hop of a quarter window, so short
clips are sharp in time; long clips are sampled so that there are never more than
MAX_COLUMNS frames (a 60-minute clip is about 4,000 FFTs, not 450,000). Bands up to MAX_HZ
(speech lives below it). Frames are transformed in blocks, so memory stays a few megabytes
whatever the clip's length. Levels are in dB below the clip's loudest band, FLOOR_DB deep.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from reviewer.core.playback import Spectrogram

MAX_COLUMNS = 4096
MAX_HZ = 8000.0
WINDOW_SECONDS = 0.032
FLOOR_DB = 80.0
SILENT_DB = -120.0  # a loudest band below this (dB full scale) is silence: all levels 0
BLOCK_FRAMES = 256  # frames transformed at once: each numpy call stays a few ms


def window_length(rate: int) -> int:
    """The FFT length: the power of two nearest WINDOW_SECONDS at `rate` (512 at 16 kHz)."""
    return 1 << max(4, round(math.log2(max(rate, 1) * WINDOW_SECONDS)))


def compute_spectrogram(samples: npt.NDArray[np.int16], rate: int) -> Spectrogram:
    """The spectrogram of int16 mono `samples` at `rate` Hz."""
    n_fft = window_length(rate)
    x = np.asarray(samples)
    if x.shape[0] < n_fft:
        x = np.concatenate([x, np.zeros(n_fft - x.shape[0], dtype=x.dtype)])
    n = int(x.shape[0])
    hop = max(n_fft // 4, math.ceil((n - n_fft) / max(MAX_COLUMNS - 1, 1)))
    starts = np.arange(0, n - n_fft + 1, hop, dtype=np.int64)
    rows = min(n_fft // 2, int(MAX_HZ * n_fft / rate)) + 1
    window = np.hanning(n_fft).astype(np.float32)
    # A full-scale sine peaks at 0 dB: the window's gain and int16's scale divided out.
    scale = np.float32(2.0 / (32768.0 * float(window.sum())))
    offsets = np.arange(n_fft, dtype=np.int64)
    power = np.empty((starts.shape[0], rows), dtype=np.float32)
    for first in range(0, starts.shape[0], BLOCK_FRAMES):
        block = starts[first: first + BLOCK_FRAMES]
        frames = x[block[:, None] + offsets[None, :]].astype(np.float32)
        frames *= window * scale
        spectrum = np.fft.rfft(frames, axis=1)[:, :rows]
        power[first: first + block.shape[0]] = np.abs(spectrum) ** 2
    db = 10.0 * np.log10(np.maximum(power, 1e-30))
    top = float(db.max())
    if top < SILENT_DB:
        levels = np.zeros_like(db, dtype=np.uint8)
    else:
        levels = np.clip((db - (top - FLOOR_DB)) * (255.0 / FLOOR_DB), 0.0, 255.0
                         ).astype(np.uint8)
    picture = np.ascontiguousarray(levels.T[::-1])  # rows x columns, high bands on top
    first_centre = (n_fft / 2) / rate
    return Spectrogram(columns=int(starts.shape[0]), rows=rows,
                       start=first_centre - hop / 2 / rate,
                       end=first_centre + (starts.shape[0] - 0.5) * hop / rate,
                       max_hz=(rows - 1) * rate / n_fft, levels=picture.tobytes())
