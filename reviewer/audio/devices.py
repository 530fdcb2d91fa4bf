"""DeviceLink: owns the output stream on its own thread, so no GUI call waits on PortAudio.

The stream is kept open at the current clip's rate and is *running only while playing*:
starting a stopped stream makes PortAudio pull its buffer at once, so a new clip's first
samples reach the device within a few milliseconds instead of waiting for the next callback
period, pausing drops the buffered tail at once, and a paused app costs no CPU. Every command
is idempotent: the thread makes the stream match the wanted (device, rate, playing) state.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable

from reviewer.audio.output import DeviceError, OutputBackend, OutputStream, problem_code
from reviewer.audio.transport import Transport
from reviewer.core.playback import DeviceStatus

BLOCK_SECONDS = 0.01  # callback period once running
LOST_AFTER_SECONDS = 1.5  # no callback for this long while playing: the device is gone
DEVICE_LOST = "The audio device stopped responding (disconnected?). Choose Retry to continue."
DEFAULT_RATE = 48000
DRAIN_SECONDS = 0.4  # after a clip ends, keep the stream running this long (silence)


class DeviceLink:
    def __init__(self, backend: OutputBackend, transport: Transport, device: str | None,
                 notify: Callable[[str], None], on_halted: Callable[[], None],
                 lost_after: float | None = LOST_AFTER_SECONDS, rate: int = DEFAULT_RATE) -> None:
        self._backend = backend
        self._transport = transport
        self._notify = notify  # posts a listener event ("device")
        self._on_halted = on_halted  # playback had to stop: the engine records PAUSED
        self._lost_after = lost_after
        self.device = device
        self.rate = rate
        self._failed = False  # after a failure, only play() or retry() opens a stream again
        problem = backend.problem()
        self.status = (DeviceStatus(False, problem, problem_code(problem)) if problem
                       else DeviceStatus(False, "Audio is starting.", "starting"))
        self._stream: OutputStream | None = None
        self._key: tuple[str | None, int] | None = None
        self._running = False
        self._halt_at: float | None = None
        self._token = 0
        self._queue: queue.SimpleQueue[tuple[str, threading.Event | None]] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name="audio-device", daemon=True)
        self._thread.start()
        if not problem:
            self.request("sync")

    # ---- any thread
    def request(self, command: str, done: threading.Event | None = None) -> None:
        self._queue.put((command, done))

    def retry(self, timeout: float = 5.0) -> DeviceStatus:
        done = threading.Event()
        self.request("retry", done)
        done.wait(timeout)
        return self.status

    def latency(self) -> float:
        """Seconds between handing samples to the stream and hearing them (0 without one)."""
        stream = self._stream
        if stream is None:
            return 0.0
        try:
            return float(stream.latency)
        except Exception:  # a stream closed under us
            return 0.0

    def close(self) -> None:
        self.request("quit")
        if self._thread is not threading.current_thread():
            self._thread.join(5.0)

    # ---- the device thread
    def _loop(self) -> None:
        while True:
            wait = 0.5
            if self._halt_at is not None:
                wait = min(wait, max(0.0, self._halt_at - time.monotonic()))
            try:
                command, done = self._queue.get(timeout=wait)
            except queue.Empty:
                self._drained()
                self._watchdog()
                continue
            if command == "quit":
                self._close()
                if done is not None:
                    done.set()
                return
            if command == "retry":
                self._close()  # before PortAudio is re-initialised under it
                self._backend.rescan()
                self._failed = False
            elif command == "reopen":
                self._close()
                self._failed = False
            elif command == "flush" and self._running and self._stream is not None:
                self._halt()  # drop the old clip's buffered tail; sync restarts if playing
            elif command == "drain" and self._running and not self._transport.playing:
                # The clip ended: its last samples are still in PortAudio's and the sound
                # server's buffers (stopping the PCM drops the server's part): halt later.
                self._halt_at = time.monotonic() + DRAIN_SECONDS
            if command == "lost":
                if self._really_lost():
                    self._close()
                    self._fail(DEVICE_LOST, "device_lost")
            else:
                self._sync()
            if done is not None:
                done.set()

    def _drained(self) -> None:
        if self._halt_at is None or time.monotonic() < self._halt_at:
            return
        self._halt_at = None
        if self._running and not self._transport.playing and self._stream is not None:
            self._halt()

    def _really_lost(self) -> bool:
        """A finished notice can trail a deliberate abort; a running stream is not lost."""
        stream = self._stream
        if stream is None or not self._running:
            return False
        try:
            return not stream.active
        except Exception:  # the stream object itself failed: it is gone
            return True

    def _sync(self) -> None:
        problem = self._backend.problem()
        if problem:
            self._fail(problem, problem_code(problem))
            return
        playing = self._transport.playing
        if self._stream is None and self._failed and not playing:
            return
        key = (self.device, self.rate)
        if (self._stream is None or self._key != key) and not self._open(key):
            return
        if playing:
            self._halt_at = None
        elif self._halt_at is not None:
            return  # a finished clip is still draining
        try:
            if playing and not self._running:
                self._transport.last_callback_at = time.perf_counter()
                assert self._stream is not None
                self._stream.start()
                self._running = True
            elif not playing and self._running:
                self._halt()
        except Exception:  # PortAudio errors on a vanished device
            self._close()
            self._fail(DEVICE_LOST, "device_lost")

    def _open(self, key: tuple[str | None, int]) -> bool:
        self._close()
        token = self._token

        def finished() -> None:
            if token == self._token and self._running:  # not stopped or closed on purpose
                self.request("lost")

        try:
            self._transport.last_callback_at = time.perf_counter()
            self._stream = self._backend.open(key[0], key[1], max(16, int(key[1] * BLOCK_SECONDS)),
                                              self._transport.fill, finished)
        except DeviceError as exc:
            self._fail(str(exc), exc.code, exc.device)
            return False
        self._key = key
        self._failed = False
        self._running = True  # open() starts the stream; _sync halts it unless playing
        if not self.status.available:
            self.status = DeviceStatus(True, "")
            self._notify("device")
        return True

    def _halt(self) -> None:
        self._running = False
        self._halt_at = None
        stream = self._stream
        if stream is not None:
            stream.abort()

    def _close(self) -> None:
        stream, self._stream, self._key = self._stream, None, None
        self._running = False
        self._token += 1
        if stream is not None:
            # Closing a stream on a lost device may fail; it is gone anyway.
            with contextlib.suppress(Exception):
                stream.close()

    def _fail(self, message: str, code: str, device: str = "") -> None:
        self._failed = True
        t = self._transport
        with t.lock:
            was_playing = t.playing
            t.playing = False
        if was_playing:
            self._on_halted()
        failed = DeviceStatus(False, message, code, device)
        changed = self.status != failed
        self.status = failed
        if changed or was_playing:
            self._notify("device")

    def _watchdog(self) -> None:
        t = self._transport
        if (self._lost_after is not None and self._running and t.playing
                and time.perf_counter() - t.last_callback_at > self._lost_after):
            self._close()
            self._fail(DEVICE_LOST, "device_lost")
