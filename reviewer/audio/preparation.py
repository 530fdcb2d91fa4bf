"""The preparation worker: decodes, analyses and renders clips off the GUI thread.

Work is picked by urgency each time: the clip the reviewer asked for; then chunks around the
playhead (a pending speed/disguise change first); then queued preloads; then the first seconds
of preloaded clips at today's settings, so "next" starts at once. It shares the engine's lock
(a Condition on it) and never holds it while decoding or rendering.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from reviewer.audio.decode import AudioDecodeError
from reviewer.audio.prepared import ClipCache, PreparedClip, prepare
from reviewer.audio.render import Rendition
from reviewer.audio.transport import Transport

AHEAD_SECONDS = 45.0  # rendered audio kept ready ahead of the playhead (original time)
BEHIND_SECONDS = 6.0  # ... and behind it, for back-steps and short jumps back
PRELOAD_AHEAD_SECONDS = 9.0


@dataclass(frozen=True)
class Shape:
    """The settings a rendition depends on."""

    speed: float
    disguise: bool
    normalise: bool
    out_rate: int

    def rendition(self, clip: PreparedClip) -> Rendition:
        return clip.rendition_for(self.speed, self.disguise, self.normalise, self.out_rate)

    def matches(self, r: Rendition, clip: PreparedClip) -> bool:
        return (r.speed == self.speed and r.disguise == self.disguise
                and r.gain == clip.gain(self.normalise) and r.out_rate == self.out_rate)


class Preparer:
    def __init__(self, lock: threading.RLock, transport: Transport, cache: ClipCache,
                 shape: Callable[[], Shape], current: Callable[[], PreparedClip | None],
                 adopt: Callable[[PreparedClip], None],
                 failed: Callable[[str], None]) -> None:
        self._lock = lock
        self._work = threading.Condition(lock)
        self._transport = transport
        self.cache = cache
        self._shape = shape
        self._current = current
        self._adopt = adopt  # called with the lock held: the clip asked for is ready
        self._failed = failed  # called without the lock: the clip asked for does not decode
        self.loading: tuple[str, bytes] | None = None
        self.preloads: OrderedDict[str, bytes] = OrderedDict()
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name="audio-prepare", daemon=True)
        self._thread.start()

    # ---- any thread (the engine calls these with or without its lock)
    def want(self, key: str, data: bytes) -> None:
        with self._lock:
            self.preloads.pop(key, None)
            self.loading = (key, data)
            self._work.notify_all()

    def cancel(self) -> None:
        with self._lock:
            self.loading = None

    def preload(self, key: str, data: bytes) -> None:
        with self._lock:
            if key not in self.cache and key not in self.preloads:
                self.preloads[key] = data
                while len(self.preloads) > self.cache.max_clips:
                    self.preloads.popitem(last=False)
            self._work.notify_all()

    def poke(self) -> None:
        with self._lock:
            self._work.notify_all()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._work.notify_all()
        if self._thread is not threading.current_thread():
            self._thread.join(5.0)
        with self._lock:
            self.preloads.clear()
            self.cache.clear()

    # ---- the worker thread
    def _loop(self) -> None:
        while True:
            with self._lock:
                if self._closed:
                    return
                job = self._next_job()
                if job is None:
                    self._work.wait(0.2)  # also re-checks the playhead as it moves
                    continue
            job()

    def _next_job(self) -> Callable[[], None] | None:
        """The most urgent piece of work (lock held); None when idle."""
        if self.loading is not None:
            key, data = self.loading
            return lambda: self._prepare(key, data)
        clip = self._current()
        t = self._transport
        if clip is not None:
            frame = t.frame()
            for r in (t.pending, t.rendition):
                if r is None:
                    continue
                wanted = r.wanted(frame, AHEAD_SECONDS, BEHIND_SECONDS)
                if not wanted and t.loop is not None:
                    wanted = r.wanted(t.loop[0], AHEAD_SECONDS, 0.0)
                if wanted:
                    return self._render_job(r, wanted[0], frame)
        if self.preloads:
            key, data = next(iter(self.preloads.items()))
            return lambda: self._prepare(key, data)
        shape = self._shape()
        for other in self.cache.clips():
            if other is clip:
                continue
            r = shape.rendition(other)
            wanted = r.wanted(0, PRELOAD_AHEAD_SECONDS, 0.0)
            if wanted:
                return self._render_job(r, wanted[0], None)
        return None

    def _render_job(self, r: Rendition, index: int, frame: int | None) -> Callable[[], None]:
        return lambda: self._render(r, index, frame)

    def _render(self, rendition: Rendition, index: int, frame: int | None) -> None:
        rendition.render(index)
        if frame is not None:  # the playing clip: keep a window around the playhead
            rate = rendition.sample_rate
            first, _ = rendition.locate(frame - round(BEHIND_SECONDS * rate))
            last, _ = rendition.locate(frame + round(AHEAD_SECONDS * rate))
            keep = set(range(first, last + 1))
            loop = self._transport.loop
            if loop is not None:
                a, _ = rendition.locate(loop[0])
                b, _ = rendition.locate(loop[1])
                keep.update(range(a, b + 1))
            rendition.drop_outside(keep)
            self._transport.swap_if_ready()
        with self._lock:
            current = self._current()
            self.cache.trim(keep=current.key if current else None)

    def _prepare(self, key: str, data: bytes) -> None:
        try:
            clip: PreparedClip | None = prepare(key, data)
            problem = ""
        except AudioDecodeError as exc:
            clip, problem = None, str(exc)
        with self._lock:
            self.preloads.pop(key, None)
            asked = self.loading is not None and self.loading[0] == key
            if asked:
                self.loading = None
            if clip is not None:
                current = self._current()
                self.cache.put(clip, keep=current.key if current else None)
                self._shape().rendition(clip)
                if asked:
                    self._adopt(clip)
        if asked and clip is None:
            self._failed(problem)
