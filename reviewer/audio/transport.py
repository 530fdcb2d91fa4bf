"""The playhead and the audio callback's hot path.

One small lock guards the playhead; both the GUI-side calls and the callback hold it only for
arithmetic and one block copy (microseconds). The callback never decodes, renders or allocates:
it multiplies views of prepared chunks straight into PortAudio's buffer. Events (ended) leave
through a SimpleQueue for the engine's dispatcher thread, never as direct listener calls.
"""

from __future__ import annotations

import queue
import threading
import time

import numpy as np
import numpy.typing as npt

from reviewer.audio.render import Rendition


class Transport:
    def __init__(self, events: queue.SimpleQueue[str]) -> None:
        self.lock = threading.Lock()
        self._events = events
        self.rendition: Rendition | None = None
        self.pending: Rendition | None = None  # a speed/disguise change waiting for its chunk
        self.index = 0
        self.offset = 0
        self.playing = False
        self.at_end = False
        self.volume = 1.0
        self.loop: tuple[int, int] | None = None  # original frames [start, end)
        self.generation = 0  # bumped on every load: lets a start-latency probe match its clip
        self.first_samples_at: float | None = None
        self.last_callback_at = 0.0
        self.underruns = 0

    # ---- GUI side (callers hold no other engine lock while calling these)
    def install(self, rendition: Rendition | None, frame: int = 0) -> None:
        with self.lock:
            self.rendition = rendition
            self.pending = None
            self.loop = None
            self.at_end = False
            self.generation += 1
            self.first_samples_at = None
            self.playing = False  # a new clip waits for play()
            if rendition is not None:
                self.index, self.offset = rendition.locate(frame)
            else:
                self.index = self.offset = 0

    def frame(self) -> int:
        with self.lock:
            return self._frame()

    def _frame(self) -> int:
        r = self.rendition
        return 0 if r is None else r.frame_at(self.index, self.offset)

    def seek_frame(self, frame: int) -> None:
        with self.lock:
            r = self.rendition
            if r is None:
                return
            self.index, self.offset = r.locate(frame)
            self.at_end = False

    def set_pending(self, rendition: Rendition) -> None:
        with self.lock:
            self.pending = rendition

    def swap_if_ready(self) -> bool:
        with self.lock:
            return self._swap_pending()

    def _swap_pending(self) -> bool:
        p = self.pending
        if p is None:
            return False
        frame = self._frame()
        index, offset = p.locate(frame)
        if p.count and not p.ready(index):
            return False
        self.rendition, self.pending = p, None
        self.index, self.offset = index, offset
        return True

    # ---- audio thread
    def fill(self, out: npt.NDArray[np.float32]) -> None:
        """Write mono frames into `out` (shape (frames, 1)); runs in the PortAudio callback."""
        now = time.perf_counter()
        self.last_callback_at = now
        frames = out.shape[0]
        written = 0
        with self.lock:
            r = self.rendition
            if self.playing and r is not None:
                if self.pending is not None:
                    self._swap_pending()
                    r = self.rendition
                assert r is not None
                gain = np.float32(r.scale * self.volume)
                while written < frames:
                    if self.index >= r.count:
                        self._ended()
                        break
                    chunk = r.chunks[self.index]
                    if chunk is None:  # not rendered yet: hold the position, play silence
                        self.underruns += 1
                        break
                    take = min(frames - written, chunk.shape[0] - self.offset)
                    loop = self.loop
                    inside = False
                    if loop is not None:
                        here = r.frame_at(self.index, self.offset)
                        if loop[0] <= here < loop[1]:
                            inside = True
                            left = loop[1] - here
                            take = min(take, left if r.identity else max(1, round(left / r.step)))
                    if take > 0:
                        np.multiply(chunk[self.offset: self.offset + take], gain,
                                    out=out[written: written + take, 0])
                        if self.first_samples_at is None:
                            self.first_samples_at = now
                        written += take
                        self.offset += take
                    if self.offset >= chunk.shape[0]:
                        self.index += 1
                        self.offset = 0
                    if (inside and loop is not None
                            and r.frame_at(self.index, self.offset) >= loop[1]):
                        self.index, self.offset = r.locate(loop[0])  # also at a chunk seam
                        continue
                    if self.index >= r.count:
                        self._ended()
                        break
        if written:
            np.clip(out[:written], -1.0, 1.0, out=out[:written])
        if written < frames:
            out[written:].fill(0.0)

    def _ended(self) -> None:
        self.playing = False
        self.at_end = True
        self._events.put_nowait("ended")
