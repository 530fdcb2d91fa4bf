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

from reviewer.audio.devices import DEFAULT_RATE, LOST_AFTER_SECONDS, DeviceLink
from reviewer.audio.output import OutputBackend, SoundDeviceBackend
from reviewer.audio.preparation import Preparer, Shape
from reviewer.audio.prepared import ClipCache, PreparedClip
from reviewer.audio.transport import Transport
from reviewer.core.playback import (
    DEFAULT_BACKSTEP_S,
    DEFAULT_JUMP_S,
    DeviceStatus,
    OutputDevice,
    Peaks,
    PlayerListener,
    PlayerState,
    SpectrogramJob,
    quantise_speed,
)

_log = logging.getLogger(__name__)


class AudioEngine:
    """The real `Player`. Constructing it never fails for want of audio: without PortAudio
    or a device, `device_status()` says why and `retry_device()` tries again.

    device: output device name from settings (None: the system default); jump_seconds: the
    step of jump_back()/jump_forward(); backstep_seconds: rewind on resume after a pause (0
    disables). The keyword arguments are for tests and the benchmark.
    """

    def __init__(self, device: str | None = None, jump_seconds: float = DEFAULT_JUMP_S,
                 backstep_seconds: float = DEFAULT_BACKSTEP_S, *,
                 backend: OutputBackend | None = None,
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
        self._current: PreparedClip | None = None
        self._autoplay = False
        self._rest = PlayerState.STOPPED
        self._backstep_armed = False
        self._error = ""
        self._load_requested_at = 0.0
        self._closed = False
        self._link = DeviceLink(self._backend, self.transport, device, self._emit,
                                self._halted, lost_after_seconds, self._out_rate)
        self._prep = Preparer(self._lock, self.transport, ClipCache(cache_clips, cache_bytes),
                              self._shape, lambda: self._current, self._adopt, self._failed)
        self._dispatcher = threading.Thread(target=self._dispatch_loop, name="audio-events",
                                            daemon=True)
        self._dispatcher.start()

    # ------------------------------------------------------------------ clips
    def load(self, key: str, flac: bytes) -> None:
        with self._lock:
            self._load_requested_at = time.perf_counter()
            self._autoplay = False
            self._backstep_armed = False
            self._rest = PlayerState.STOPPED
            self._error = ""
            clip = self._prep.cache.get(key)
            if clip is not None:
                self._prep.cancel()
                self._make_current(clip)
            else:
                self._current = None
                self.transport.install(None)
                self._prep.want(key, flac)
        self._emit("state")
        if clip is not None:
            self._emit("loaded")

    def preload(self, key: str, flac: bytes) -> None:
        self._prep.preload(key, flac)

    def is_prepared(self, key: str) -> bool:
        """True when `key` is decoded and its first chunks are ready at the current settings."""
        with self._lock:
            clip = self._prep.cache.get(key) if key in self._prep.cache else None
            if clip is None:
                return False
            r = clip.rendition
            return (r is not None and self._shape().matches(r, clip)
                    and (r.count == 0 or r.ready(0)))

    def unload(self) -> None:
        with self._lock:
            self._current = None
            self._prep.cancel()
            self._autoplay = False
            self.transport.install(None)
        self._link.request("sync")
        self._emit("state")

    def _make_current(self, clip: PreparedClip) -> None:
        """Install `clip` as the playing clip (engine lock held)."""
        self._current = clip
        self._prep.cache.put(clip, keep=clip.key)
        self.transport.install(self._shape().rendition(clip))
        self._link.request("flush")  # drop the last clip's buffered tail
        self._prep.poke()

    def _shape(self) -> Shape:
        return Shape(self._speed, self._disguise, self._normalise, self._out_rate)

    def _adopt(self, clip: PreparedClip) -> None:
        """The worker prepared the clip load() asked for (engine lock held)."""
        self._make_current(clip)
        autoplay, self._autoplay = self._autoplay, False
        self._emit("loaded")
        if autoplay:
            self.play()
        else:
            self._emit("state")

    def _failed(self, message: str) -> None:
        with self._lock:
            self._autoplay = False
            self._error = message
        self._emit("error")

    # ------------------------------------------------------------------ transport
    def play(self) -> None:
        with self._lock:
            if self._current is None:
                self._autoplay = self._prep.loading is not None
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
        t.seek_frame(max(self._loop_floor(), target))

    def pause(self) -> None:
        with self._lock:
            t = self.transport
            with t.lock:
                was_playing = t.playing
                t.playing = False
            if self._current is not None:
                self._rest = PlayerState.PAUSED
                self._backstep_armed = self._backstep_armed or was_playing
                if was_playing:
                    # Pausing drops what is still buffered: rewind to what was heard.
                    t.seek_frame(max(self._loop_floor(), t.frame() - self._unheard_frames()))
            self._autoplay = False
        self._link.request("sync")
        self._emit("state")

    def _unheard_frames(self) -> int:
        """Clip frames handed to the device but not yet heard (its output latency)."""
        clip = self._current
        if clip is None:
            return 0
        return round(self._link.latency() * self._speed * clip.sample_rate)

    def _loop_floor(self) -> int:
        loop = self.transport.loop
        here = self.transport.frame()
        return loop[0] if loop is not None and loop[0] <= here <= loop[1] else 0

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
            self._prep.poke()

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
            self._prep.poke()

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
            self.transport.set_pending(self._shape().rendition(clip))
            self.transport.swap_if_ready()
        self._prep.poke()

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
        """Seconds into the clip of what is being heard (output latency allowed for)."""
        clip = self._current
        if clip is None:
            return 0.0
        frame = self.transport.frame()
        if self.transport.playing:
            frame = max(self._loop_floor(), frame - self._unheard_frames())
        return frame / clip.sample_rate

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

    def prepared_peaks(self, key: str) -> Peaks | None:
        with self._lock:
            clip = self._prep.cache.peek(key)
        return clip.peaks if clip is not None else None

    def spectrogram_job(self) -> SpectrogramJob | None:
        """The current clip's spectrogram, as work for a worker thread (bound to this clip:
        it computes this clip's even if another is loaded meanwhile); kept with the clip."""
        clip = self._current
        return clip.spectrogram_now if clip is not None else None

    def cached_keys(self) -> list[str]:
        """Keys of the prepared clips held in memory (most recently used last)."""
        with self._lock:
            return [c.key for c in self._prep.cache.clips()]

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
            self._current = None
        self._link.close()
        self._prep.close()
        self._events.put("")
        if self._dispatcher is not threading.current_thread():
            self._dispatcher.join(5.0)

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
