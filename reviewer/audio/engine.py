"""AudioEngine: the `Player` the window uses, on PortAudio through sounddevice.

Threads (none of them the GUI's):
- the PortAudio callback runs `Transport.fill` (no decoding, no rendering, a tiny lock);
- the preparation worker decodes, analyses and renders clips (preloads ahead of time);
- the device thread (DeviceLink) opens, starts, aborts and closes the stream, and watches
  for a lost device;
- the dispatcher calls listeners, so a slow listener never stalls audio or the worker.
GUI-side calls only change small state under short locks and post work to those threads.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from reviewer.audio.decode import AudioDecodeError
from reviewer.audio.devices import DEFAULT_RATE, LOST_AFTER_SECONDS, DeviceLink
from reviewer.audio.output import OutputBackend, SoundDeviceBackend
from reviewer.audio.prepared import ClipCache, PreparedClip, prepare
from reviewer.audio.render import quantise_speed
from reviewer.audio.transport import Transport
from reviewer.core.playback import DeviceStatus, OutputDevice, Peaks, PlayerListener, PlayerState

_log = logging.getLogger(__name__)

AHEAD_SECONDS = 45.0  # rendered audio kept ready ahead of the playhead (original time)
BEHIND_SECONDS = 6.0  # ... and behind it, for back-steps and short jumps back
PRELOAD_AHEAD_SECONDS = 9.0


class AudioEngine:
    def __init__(self, device: str | None = None, jump_seconds: float = 2.0,
                 backstep_seconds: float = 1.0, *, backend: OutputBackend | None = None,
                 cache_clips: int = 4, cache_bytes: int = 256 * 1024 * 1024,
                 lost_after_seconds: float | None = LOST_AFTER_SECONDS,
                 output_rate: int = DEFAULT_RATE) -> None:
        self._backend: OutputBackend = backend if backend is not None else SoundDeviceBackend()
        self._out_rate = int(output_rate)
        self.jump_seconds = float(jump_seconds)
        self._backstep = max(0.0, float(backstep_seconds))
        self._speed = 1.0
        self._disguise = False
        self._normalise = True
        self._lock = threading.RLock()  # engine state; never taken by the audio callback
        self._events: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._listeners: list[PlayerListener] = []
        self.transport = Transport(self._events)
        self._cache = ClipCache(cache_clips, cache_bytes)
        self._current: PreparedClip | None = None
        self._loading: tuple[str, bytes] | None = None
        self._autoplay = False
        self._preloads: OrderedDict[str, bytes] = OrderedDict()
        self._rest = PlayerState.STOPPED
        self._backstep_armed = False
        self._error = ""
        self._load_requested_at = 0.0
        self._work = threading.Condition(self._lock)
        self._closed = False
        self._link = DeviceLink(self._backend, self.transport, device, self._emit,
                                self._halted, lost_after_seconds)
        self._link.rate = self._out_rate
        self._threads = [
            threading.Thread(target=self._dispatch_loop, name="audio-events", daemon=True),
            threading.Thread(target=self._worker_loop, name="audio-prepare", daemon=True),
        ]
        for t in self._threads:
            t.start()

    # ------------------------------------------------------------------ clips
    def load(self, key: str, flac: bytes) -> None:
        with self._lock:
            self._load_requested_at = time.perf_counter()
            self._autoplay = False
            self._backstep_armed = False
            self._rest = PlayerState.STOPPED
            self._error = ""
            clip = self._cache.get(key)
            self._preloads.pop(key, None)
            if clip is not None:
                self._loading = None
                self._make_current(clip)
            else:
                self._current = None
                self._loading = (key, flac)
                self.transport.install(None)
                self._work.notify_all()
        self._emit("state")

    def preload(self, key: str, flac: bytes) -> None:
        with self._lock:
            if key in self._cache or key in self._preloads:
                self._work.notify_all()  # still render its first chunks at today's settings
                return
            self._preloads[key] = flac
            while len(self._preloads) > self._cache.max_clips:
                self._preloads.popitem(last=False)
            self._work.notify_all()

    def is_prepared(self, key: str) -> bool:
        """True when `key` is decoded and its first chunks are ready at the current settings."""
        with self._lock:
            clip = self._cache.get(key) if key in self._cache else None
            if clip is None:
                return False
            r = clip.rendition
            return (r is not None and r.speed == self._speed and r.disguise == self._disguise
                    and (r.count == 0 or r.ready(0)))

    def unload(self) -> None:
        with self._lock:
            self._current = None
            self._loading = None
            self._autoplay = False
            self.transport.install(None)
        self._emit("state")

    def _make_current(self, clip: PreparedClip) -> None:
        """Install `clip` as the playing clip (engine lock held)."""
        self._current = clip
        self._cache.put(clip, keep=clip.key)
        rendition = clip.rendition_for(self._speed, self._disguise, self._normalise,
                                      self._out_rate)
        self.transport.install(rendition)
        self._link.request("flush")  # drop the last clip's buffered tail
        self._work.notify_all()

    # ------------------------------------------------------------------ transport
    def play(self) -> None:
        with self._lock:
            if self._current is None:
                self._autoplay = self._loading is not None
                return
            t = self.transport
            if t.at_end:
                t.seek_frame(0)
            elif self._backstep_armed and self._backstep > 0:
                self._step_back()
            self._backstep_armed = False
            with t.lock:
                t.playing = True
        self._link.request("sync")
        self._emit("state")

    def _step_back(self) -> None:
        t = self.transport
        rate = self._current.sample_rate if self._current else 1
        target = t.frame() - round(self._backstep * rate)
        loop = t.loop
        floor = loop[0] if loop is not None and loop[0] <= t.frame() < loop[1] else 0
        t.seek_frame(max(floor, target))

    def pause(self) -> None:
        with self._lock:
            t = self.transport
            with t.lock:
                was_playing = t.playing
                t.playing = False
            if self._current is not None:
                self._rest = PlayerState.PAUSED
                self._backstep_armed = self._backstep_armed or was_playing
            self._autoplay = False
        self._link.request("sync")
        self._emit("state")

    def toggle(self) -> None:
        if self.state() == PlayerState.PLAYING:
            self.pause()
        else:
            self.play()

    def stop(self) -> None:
        with self._lock:
            t = self.transport
            with t.lock:
                t.playing = False
            t.seek_frame(0)
            self._rest = PlayerState.STOPPED
            self._backstep_armed = False
            self._autoplay = False
        self._link.request("sync")
        self._emit("state")

    def seek(self, seconds: float) -> None:
        with self._lock:
            if self._current is None:
                return
            self.transport.seek_frame(round(max(0.0, seconds) * self._current.sample_rate))
            self._backstep_armed = False
            self._work.notify_all()

    def jump(self, delta_seconds: float) -> None:
        self.seek(self.position() + delta_seconds)

    def jump_back(self) -> None:
        self.jump(-self.jump_seconds)

    def jump_forward(self) -> None:
        self.jump(self.jump_seconds)

    def set_jump(self, seconds: float) -> None:
        self.jump_seconds = max(0.0, float(seconds))

    def replay(self) -> None:
        with self._lock:
            self.transport.seek_frame(0)
            self._backstep_armed = False
        self.play()

    def set_loop(self, start: float | None, end: float | None) -> None:
        with self._lock:
            clip = self._current
            t = self.transport
            if clip is None or start is None or end is None or end <= start:
                with t.lock:
                    t.loop = None
                return
            rate = clip.sample_rate
            a = max(0, round(start * rate))
            b = min(clip.decoded.frames, round(end * rate))
            with t.lock:
                t.loop = (a, b)
            here = t.frame()
            if not a <= here < b:
                t.seek_frame(a)
            self._work.notify_all()

    # ------------------------------------------------------------------ shaping
    def set_speed(self, speed: float) -> None:
        with self._lock:
            q = quantise_speed(speed)
            if q == self._speed:
                return
            self._speed = q
            self._reshape()

    def set_disguise(self, on: bool) -> None:
        with self._lock:
            if bool(on) == self._disguise:
                return
            self._disguise = bool(on)
            self._reshape()

    def set_normalise(self, on: bool) -> None:
        with self._lock:
            if bool(on) == self._normalise:
                return
            self._normalise = bool(on)
            self._reshape()

    def _reshape(self) -> None:
        """Settings changed: prepare the new rendition, swap it in once its chunk is ready."""
        clip = self._current
        if clip is not None:
            self.transport.set_pending(clip.rendition_for(self._speed, self._disguise,
                                                          self._normalise, self._out_rate))
            self.transport.swap_if_ready()
        self._work.notify_all()

    def set_volume(self, volume: float) -> None:
        with self.transport.lock:
            self.transport.volume = min(1.0, max(0.0, float(volume)))

    def set_backstep(self, seconds: float) -> None:
        self._backstep = max(0.0, float(seconds))

    # ------------------------------------------------------------------ reading
    def state(self) -> PlayerState:
        with self._lock:
            if self._current is None:
                return PlayerState.EMPTY
            t = self.transport
            if t.playing:
                return PlayerState.PLAYING
            if t.at_end:
                return PlayerState.STOPPED
            return self._rest

    def position(self) -> float:
        clip = self._current
        return self.transport.frame() / clip.sample_rate if clip is not None else 0.0

    def duration(self) -> float:
        clip = self._current
        return clip.decoded.seconds if clip is not None else 0.0

    def speed(self) -> float:
        return self._speed

    def volume(self) -> float:
        return self.transport.volume

    def normalise(self) -> bool:
        return self._normalise

    def disguise(self) -> bool:
        return self._disguise

    def backstep(self) -> float:
        return self._backstep

    def peaks(self) -> Peaks | None:
        clip = self._current
        return clip.peaks if clip is not None else None

    def current_key(self) -> str | None:
        clip = self._current
        return clip.key if clip is not None else None

    def last_error(self) -> str:
        return self._error

    def start_latency_ms(self) -> float | None:
        """From the last load() to its first samples handed to PortAudio (None: not yet)."""
        started = self.transport.first_samples_at
        if started is None or self._current is None:
            return None
        return (started - self._load_requested_at) * 1000.0

    # ------------------------------------------------------------------ devices
    def devices(self) -> list[OutputDevice]:
        return self._backend.output_devices()

    def set_device(self, name: str | None) -> None:
        self._link.device = name or None
        self._link.request("reopen")

    def device(self) -> str | None:
        return self._link.device

    def device_status(self) -> DeviceStatus:
        return self._link.status

    def retry_device(self) -> DeviceStatus:
        """Look for devices again and reopen (waits for the device thread, at most 5 s)."""
        return self._link.retry()

    def add_listener(self, listener: PlayerListener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._work.notify_all()
        self._link.close()
        self._events.put("")
        for t in self._threads:
            if t is not threading.current_thread():
                t.join(5.0)
        with self._lock:
            self._cache.clear()
            self._current = None
            self._preloads.clear()

    # ------------------------------------------------------------------ threads
    def _emit(self, event: str) -> None:
        self._events.put(event)

    def _halted(self) -> None:
        """The device thread had to stop playback (device lost or failing)."""
        with self._lock:
            if self._current is not None:
                self._rest = PlayerState.PAUSED
        self._emit("state")

    def _dispatch_loop(self) -> None:
        while True:
            event = self._events.get()
            if not event:
                return
            if event == "ended":
                with self._lock:
                    self._rest = PlayerState.STOPPED
                self._link.request("drain")  # stop the stream once its tail has played
            with self._lock:
                listeners = list(self._listeners)
            for name in (event, "state") if event == "ended" else (event,):
                for listener in listeners:
                    try:
                        listener(name)
                    except Exception:  # a faulty listener must not stop playback events
                        _log.exception("player listener failed on %r", name)

    def _worker_loop(self) -> None:
        while True:
            with self._lock:
                if self._closed:
                    return
                job = self._next_job()
                if job is None:
                    self._work.wait(0.2)
                    continue
            job()

    def _next_job(self) -> Callable[[], None] | None:
        """The most urgent piece of preparation (engine lock held); None when idle."""
        if self._loading is not None:
            key, data = self._loading
            return lambda: self._prepare_current(key, data)
        clip = self._current
        if clip is not None:
            frame = self.transport.frame()
            for r in (self.transport.pending, self.transport.rendition):
                if r is None:
                    continue
                wanted = r.wanted(frame, AHEAD_SECONDS, BEHIND_SECONDS)
                loop = self.transport.loop
                if not wanted and loop is not None:
                    wanted = r.wanted(loop[0], AHEAD_SECONDS, 0.0)
                if wanted:
                    index = wanted[0]
                    return lambda r=r, index=index: self._render(r, index, frame)  # type: ignore[misc]
        if self._preloads:
            key, data = next(iter(self._preloads.items()))
            return lambda: self._prepare_preload(key, data)
        for other in self._cache.clips():
            if other is clip:
                continue
            r = other.rendition_for(self._speed, self._disguise, self._normalise,
                                      self._out_rate)
            wanted = r.wanted(0, PRELOAD_AHEAD_SECONDS, 0.0)
            if wanted:
                index = wanted[0]
                return lambda r=r, index=index: self._render(r, index, None)  # type: ignore[misc]
        return None

    def _render(self, rendition: object, index: int, frame: int | None) -> None:
        from reviewer.audio.render import Rendition

        assert isinstance(rendition, Rendition)
        rendition.render(index)
        if frame is not None:
            keep_from, _ = rendition.locate(frame - round(BEHIND_SECONDS * rendition.sample_rate))
            keep_to, _ = rendition.locate(frame + round(AHEAD_SECONDS * rendition.sample_rate))
            keep = set(range(keep_from, keep_to + 1))
            loop = self.transport.loop
            if loop is not None:
                a, _ = rendition.locate(loop[0])
                b, _ = rendition.locate(loop[1])
                keep.update(range(a, b + 1))
            rendition.drop_outside(keep)
            self.transport.swap_if_ready()
        with self._lock:
            self._cache.trim(keep=self._current.key if self._current else None)

    def _prepare_current(self, key: str, data: bytes) -> None:
        try:
            clip = prepare(key, data)
        except AudioDecodeError as exc:
            with self._lock:
                if self._loading is not None and self._loading[0] == key:
                    self._loading = None
                    self._autoplay = False
                    self._error = str(exc)
            self._emit("error")
            return
        with self._lock:
            if self._loading is None or self._loading[0] != key:
                self._cache.put(clip)
                return
            self._loading = None
            self._make_current(clip)
            autoplay, self._autoplay = self._autoplay, False
        self._emit("loaded")
        if autoplay:
            self.play()
        else:
            self._emit("state")

    def _prepare_preload(self, key: str, data: bytes) -> None:
        try:
            clip: PreparedClip | None = prepare(key, data)
        except AudioDecodeError:
            clip = None  # reported when (if) the clip is loaded
        with self._lock:
            self._preloads.pop(key, None)
            if clip is not None:
                self._cache.put(clip, keep=self._current.key if self._current else None)
                clip.rendition_for(self._speed, self._disguise, self._normalise,
                                      self._out_rate)
