"""Prepared clips (decoded samples, peaks, loudness, and the spectrogram once asked for)
and their bounded LRU cache."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from reviewer.audio.decode import Decoded, decode
from reviewer.audio.loudness import level_dbfs, normalising_gain
from reviewer.audio.peaks import compute_peaks
from reviewer.audio.render import Rendition
from reviewer.audio.spectrogram import compute_spectrogram
from reviewer.core.playback import Peaks, Spectrogram

PARALLEL_ANALYSIS_FRAMES = 2_000_000


@dataclass(eq=False)
class PreparedClip:
    key: str
    decoded: Decoded
    peaks: Peaks
    level: float | None
    peak: float
    rendition: Rendition | None = field(default=None)
    spectrogram: Spectrogram | None = field(default=None)  # computed on a worker, kept

    @property
    def sample_rate(self) -> int:
        return self.decoded.sample_rate

    def gain(self, normalise: bool) -> float:
        return normalising_gain(self.level, self.peak) if normalise else 1.0

    def rendition_for(self, speed: float, disguise: bool, normalise: bool,
                      out_rate: int) -> Rendition:
        """The rendition at these settings, reusing the last one when it matches."""
        gain = self.gain(normalise)
        r = self.rendition
        if (r is not None and r.speed == speed and r.disguise == disguise and r.gain == gain
                and r.out_rate == out_rate):
            return r
        r = Rendition(self.decoded.samples, self.sample_rate, speed, disguise, gain, out_rate)
        self.rendition = r
        return r

    def spectrogram_now(self) -> Spectrogram:
        """The clip's spectrogram: computed on the first call (slow: on a worker thread,
        never the GUI's), then kept with the clip. Two calls at once both compute it; both
        results are equal and one is kept."""
        found = self.spectrogram
        if found is None:
            found = compute_spectrogram(self.decoded.samples, self.sample_rate)
            self.spectrogram = found
        return found

    def nbytes(self) -> int:
        extra = self.rendition.rendered_bytes() if self.rendition is not None else 0
        if self.spectrogram is not None:
            extra += len(self.spectrogram.levels)
        return int(self.decoded.samples.nbytes) + extra


def prepare(key: str, data: bytes) -> PreparedClip:
    """Decode and analyse a clip. Runs on the preparation worker, never the GUI thread.

    On long clips the loudness level is measured on a second thread while the peaks are
    computed (numpy releases the GIL); the clip's peak comes from the coarsest peaks level.
    """
    decoded = decode(data)
    samples, rate = decoded.samples, decoded.sample_rate
    level: list[float | None] = []
    helper = None
    if samples.shape[0] >= PARALLEL_ANALYSIS_FRAMES:
        helper = threading.Thread(target=lambda: level.append(level_dbfs(samples, rate)),
                                  name="audio-analyse")
        helper.start()
    peaks = compute_peaks(samples, rate)
    if helper is not None:
        helper.join()
    else:
        level.append(level_dbfs(samples, rate))
    _, mins, maxs = peaks.levels[-1]
    peak = max(max(maxs, default=0.0), -min(mins, default=0.0))
    return PreparedClip(key=key, decoded=decoded, peaks=peaks, level=level[0] if level else None,
                        peak=peak)


class ClipCache:
    """Most recently used prepared clips, bounded by count and by bytes."""

    def __init__(self, max_clips: int, max_bytes: int) -> None:
        self._items: OrderedDict[str, PreparedClip] = OrderedDict()
        self.max_clips = max_clips
        self.max_bytes = max_bytes

    def get(self, key: str) -> PreparedClip | None:
        clip = self._items.get(key)
        if clip is not None:
            self._items.move_to_end(key)
        return clip

    def peek(self, key: str) -> PreparedClip | None:
        """The clip, without counting it as used."""
        return self._items.get(key)

    def __contains__(self, key: str) -> bool:
        return key in self._items

    def put(self, clip: PreparedClip, keep: str | None = None) -> None:
        self._items[clip.key] = clip
        self._items.move_to_end(clip.key)
        self.trim(keep)

    def trim(self, keep: str | None = None) -> None:
        """Evict least recently used clips over the bounds, never the one named `keep`."""
        while len(self._items) > 1 and (len(self._items) > self.max_clips
                                        or self.total_bytes() > self.max_bytes):
            victim = next((k for k in self._items if k != keep), None)
            if victim is None:
                break
            del self._items[victim]

    def total_bytes(self) -> int:
        return sum(c.nbytes() for c in self._items.values())

    def clips(self) -> list[PreparedClip]:
        return list(self._items.values())

    def clear(self) -> None:
        self._items.clear()
