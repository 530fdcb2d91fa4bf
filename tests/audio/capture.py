"""Recording what really reached the PulseAudio null sink (its monitor), for real-path tests."""

from __future__ import annotations

import threading
import time
from typing import Any

import numpy as np
import numpy.typing as npt

RATE = 48000  # the null sink's rate: no resampling between what we play and what we record


class Recorder:
    def __init__(self) -> None:
        self._blocks: list[npt.NDArray[np.float32]] = []
        self._lock = threading.Lock()
        self._stream: Any = None

    def __enter__(self) -> Recorder:
        import sounddevice

        def callback(indata: npt.NDArray[np.float32], frames: int, when: Any,
                     status: Any) -> None:
            with self._lock:
                self._blocks.append(indata[:, 0].copy())

        self._stream = sounddevice.InputStream(device="pulse", samplerate=RATE, channels=1,
                                               dtype="float32", callback=callback,
                                               latency="low")
        self._stream.start()
        time.sleep(0.2)  # let the monitor settle before anything is played
        return self

    def __exit__(self, *exc: object) -> None:
        self._stream.stop()
        self._stream.close()

    def samples(self) -> npt.NDArray[np.float32]:
        with self._lock:
            return np.concatenate(self._blocks) if self._blocks else np.zeros(0, np.float32)


def locate(needle: npt.NDArray[np.float32], hay: npt.NDArray[np.float32]) -> tuple[int, float]:
    """Offset in `hay` where `needle` fits best, and the normalised correlation there."""
    n = needle.shape[0]
    size = 1 << int(np.ceil(np.log2(hay.shape[0] + n)))
    corr = np.fft.irfft(np.fft.rfft(hay, size) * np.conj(np.fft.rfft(needle, size)), size)
    corr = corr[: hay.shape[0] - n + 1]
    energy = np.convolve(hay.astype(np.float64) ** 2, np.ones(n), mode="valid")
    ncc = corr / np.sqrt(np.maximum(energy, 1e-12) * float(np.dot(needle, needle)))
    at = int(np.argmax(ncc))
    return at, float(ncc[at])


def ncc_at(a: npt.NDArray[np.float32], b: npt.NDArray[np.float32]) -> float:
    return float(np.dot(a, b) / np.sqrt(np.dot(a, a) * np.dot(b, b)))


def sounding(x: npt.NDArray[np.float32], threshold: float = 0.01,
             window: int = 240) -> npt.NDArray[np.bool_]:
    """Per-window flags: True where the captured signal is audible."""
    whole = x.shape[0] // window
    rms: npt.NDArray[np.float32] = np.sqrt(
        np.mean(x[: whole * window].reshape(whole, window) ** 2, axis=1))
    return rms > threshold
