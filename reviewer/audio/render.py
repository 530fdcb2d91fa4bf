"""Renditions: a clip as heard at one speed and disguise setting, at the output rate.

The output stream runs at one fixed rate (48 kHz by default), whatever the clip's rate: that
avoids reopening streams between clips and the sound server's own rate conversion, which
misbehaves on stream start (underrun storms that skip audio, seen with ALSA's pulse plugin).
At 1.0x without disguise and at the output rate, the rendition is the decoded samples
themselves (one int16 chunk, no copy). Otherwise the clip is rendered in chunks of
CHUNK_SECONDS of ORIGINAL time by pedalboard's time_stretch (Rubber Band: pitch kept, or
shifted for disguise) and resampled (windowed sinc) to the output rate, on the preparation
worker, in the order the playhead needs them. Each chunk is rendered with PAD_SECONDS of
context on both sides and cropped, and joins to a neighbour rendered earlier through a short
crossfade, so chunk boundaries are inaudible. Chunks far from the playhead are dropped to bound
memory (a 60-minute clip at 0.5x would otherwise hold 460 MB of float32).

Only the worker writes `chunks`; the audio callback reads list items (atomic in CPython).
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
import pedalboard
from pedalboard.io import StreamResampler

from reviewer.audio.loudness import PEAK_CEILING, soft_limit

# The speed grid is core's rule; re-exported for the engine's callers and tests.
from reviewer.core.playback import quantise_speed as quantise_speed

CHUNK_SECONDS = 4.0
PAD_SECONDS = 0.2
FADE_SECONDS = 0.012
DISGUISE_SEMITONES = -3.0  # with formants shifted too: a different-sounding, intelligible voice

Chunk = npt.NDArray[np.int16] | npt.NDArray[np.float32]


def resample(x: npt.NDArray[np.float32], source: int, target: int) -> npt.NDArray[np.float32]:
    """Windowed-sinc (32 taps) rate conversion; the output is time-aligned with the input."""
    r = StreamResampler(source, target, 1, pedalboard.Resample.Quality.WindowedSinc32)
    head = r.process(x[np.newaxis, :])
    tail = r.process(None)
    out: npt.NDArray[np.float32] = np.concatenate([head, tail], axis=1)[0]
    return out


class Rendition:
    def __init__(self, samples: npt.NDArray[np.int16], sample_rate: int, speed: float,
                 disguise: bool, gain: float, out_rate: int | None = None) -> None:
        self.samples = samples
        self.sample_rate = sample_rate
        self.out_rate = out_rate or sample_rate
        self.speed = speed
        self.disguise = disguise
        self.gain = gain
        self.frames = int(samples.shape[0])
        # Original frames per output frame.
        self.step = speed * sample_rate / self.out_rate
        self.identity = speed == 1.0 and not disguise and self.out_rate == sample_rate
        if self.identity:
            self.chunk_frames = max(1, self.frames)
            count = 1
            # int16 in, float32 out: the callback's multiply does the conversion.
            self.scale = gain / 32768.0
        else:
            self.chunk_frames = max(1, int(CHUNK_SECONDS * sample_rate))
            count = math.ceil(self.frames / self.chunk_frames)
            self.scale = gain
        self.count = count
        self.chunks: list[Chunk | None] = [None] * count
        if self.identity:
            self.chunks[0] = samples
        self._pre: list[npt.NDArray[np.float32] | None] = [None] * count
        self._post: list[npt.NDArray[np.float32] | None] = [None] * count
        self._head_faded = [False] * count
        self._tail_faded = [False] * count

    # -- time mapping (original frames <-> chunk index and offset in rendered frames)
    def bounds(self, index: int) -> tuple[int, int]:
        start = index * self.chunk_frames
        return start, min(self.frames, start + self.chunk_frames)

    def out_length(self, index: int) -> int:
        if self.identity:
            return self.frames
        a, b = self.bounds(index)
        return round(b / self.step) - round(a / self.step)

    def locate(self, frame: int) -> tuple[int, int]:
        frame = min(max(0, frame), self.frames)
        if self.count == 0:
            return 0, 0
        index = min(self.count - 1, frame // self.chunk_frames)
        a, _ = self.bounds(index)
        offset = round((frame - a) / self.step) if not self.identity else frame
        return index, min(offset, self.out_length(index))

    def frame_at(self, index: int, offset: int) -> int:
        if self.identity:
            return min(offset, self.frames)
        if index >= self.count:
            return self.frames
        a, b = self.bounds(index)
        return min(b, a + round(offset * self.step))

    def ready(self, index: int) -> bool:
        return 0 <= index < self.count and self.chunks[index] is not None

    # -- worker side
    def wanted(self, frame: int, ahead_s: float, behind_s: float) -> list[int]:
        """Chunk indices to have ready around `frame`, most urgent first."""
        if self.identity or self.count == 0:
            return []
        here, _ = self.locate(frame)
        ahead = max(1, math.ceil(ahead_s * self.sample_rate / self.chunk_frames))
        behind = max(1, math.ceil(behind_s * self.sample_rate / self.chunk_frames))
        order = [here]
        for step in range(1, max(ahead, behind) + 1):
            if step <= ahead and here + step < self.count:
                order.append(here + step)
            if step <= behind and here - step >= 0:
                order.append(here - step)
        return [i for i in order if self.chunks[i] is None]

    def drop_outside(self, keep: set[int]) -> None:
        if self.identity:
            return
        for i in range(self.count):
            if i not in keep and self.chunks[i] is not None:
                self.chunks[i] = None
                self._pre[i] = self._post[i] = None
                self._head_faded[i] = self._tail_faded[i] = False

    def render(self, index: int) -> None:
        if self.identity or self.chunks[index] is not None:
            return
        sr = self.sample_rate
        a, b = self.bounds(index)
        pad = int(PAD_SECONDS * sr)
        lo, hi = max(0, a - pad), min(self.frames, b + pad)
        x = self.samples[lo:hi].astype(np.float32)
        x *= 1.0 / 32768.0
        y = x
        if self.speed != 1.0 or self.disguise:
            y = pedalboard.time_stretch(
                x, sr, stretch_factor=self.speed,
                pitch_shift_in_semitones=DISGUISE_SEMITONES if self.disguise else 0.0,
                preserve_formants=not self.disguise)[0]
        if self.out_rate != sr:
            y = resample(y, sr, self.out_rate)
        head = round(a / self.step) - round(lo / self.step)
        body = self.out_length(index)
        main = np.zeros(body, dtype=np.float32)
        got = y[head: head + body]
        main[: got.shape[0]] = got
        fade = max(1, int(FADE_SECONDS * self.out_rate))
        pre = y[head - fade: head].copy() if head >= fade else None
        post = y[head + body: head + body + fade].copy()
        post_arr = post if post.shape[0] == fade else None
        self._join_neighbours(index, main, fade)
        soft_limit(main, PEAK_CEILING / max(self.gain, 1e-9))
        self._pre[index] = pre
        self._post[index] = post_arr
        self.chunks[index] = main  # publish last: the callback may read it at once

    def _join_neighbours(self, index: int, main: npt.NDArray[np.float32], fade: int) -> None:
        prev_post = self._post[index - 1] if index > 0 else None
        if (index > 0 and self.chunks[index - 1] is not None and prev_post is not None
                and not self._tail_faded[index - 1]):
            n = min(fade, main.shape[0])
            w = np.linspace(0.0, 1.0, n, dtype=np.float32)
            main[:n] = prev_post[:n] * (1.0 - w) + main[:n] * w
            self._head_faded[index] = True
        nxt = index + 1
        next_pre = self._pre[nxt] if nxt < self.count else None
        if (nxt < self.count and self.chunks[nxt] is not None and next_pre is not None
                and not self._head_faded[nxt]):
            n = min(fade, main.shape[0], next_pre.shape[0])
            w = np.linspace(0.0, 1.0, n, dtype=np.float32)
            main[-n:] = main[-n:] * (1.0 - w) + next_pre[-n:] * w
            self._tail_faded[index] = True

    def rendered_bytes(self) -> int:
        if self.identity:
            return 0
        return sum(c.nbytes for c in self.chunks if c is not None)
