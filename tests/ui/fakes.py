"""In-memory stand-ins for the review workflows and the audio engine (UI unit tests only)."""

from __future__ import annotations

import threading
from pathlib import Path

from reviewer.core.gate_report import PackageRefused, Problem
from reviewer.core.package import Question, QuestionKind
from reviewer.core.playback import (
    DeviceStatus,
    OutputDevice,
    Peaks,
    PlayerListener,
    PlayerState,
    Spectrogram,
    SpectrogramJob,
)
from reviewer.core.settings_policy import SettingsPolicy
from reviewer.ui.backend import Capabilities, ExportSummary, ImportProgress, ImportSummary

# Re-exported for the UI tests (the `X as X` form says so to mypy).
from tests.support.fake_review import SECRET_PACKAGE_ID as SECRET_PACKAGE_ID
from tests.support.fake_review import FakeClip as FakeClip
from tests.support.fake_review import FakeReviewService as FakeReviewService
from tests.support.fake_review import secret_clip_id as secret_clip_id


class FakePlayer:
    """Keeps transport state like the engine would; position advances only when told."""

    def __init__(self, available: bool = True) -> None:
        self._state = PlayerState.EMPTY
        self._pos = 0.0
        self._dur = 0.0
        self._speed = 1.0
        self.volume = 1.0
        self.loop: tuple[float | None, float | None] = (None, None)
        self.loaded: list[str] = []
        self.preloaded: list[str] = []
        self._peaks: dict[str, Peaks] = {}
        self.device: str | None = None
        self.available = available
        self.listeners: list[PlayerListener] = []
        self.backstep = 0.0
        # Spectrogram jobs: the thread each ran on, and (when set) an event each waits for
        # before it finishes, so a test can switch clips while one is being computed.
        self.spectrogram_threads: list[threading.Thread] = []
        self.spectrogram_gate: threading.Event | None = None
        self.spectrograms: dict[str, Spectrogram] = {}

    def load(self, key: str, flac: bytes) -> None:
        self.loaded.append(key)
        self._state, self._pos, self._dur = PlayerState.STOPPED, 0.0, 2.0
        self._emit("loaded")

    def preload(self, key: str, flac: bytes) -> None:
        self.preloaded.append(key)

    def unload(self) -> None:
        self._state, self._pos, self._dur = PlayerState.EMPTY, 0.0, 0.0

    def play(self) -> None:
        if self._state is not PlayerState.EMPTY and self.available:
            self._state = PlayerState.PLAYING
            self._emit("state")

    def pause(self) -> None:
        if self._state is PlayerState.PLAYING:
            self._state = PlayerState.PAUSED
            self._emit("state")

    def toggle(self) -> None:
        self.pause() if self._state is PlayerState.PLAYING else self.play()

    def stop(self) -> None:
        self._state, self._pos = PlayerState.STOPPED, 0.0

    def seek(self, seconds: float) -> None:
        self._pos = min(max(seconds, 0.0), self._dur)

    def jump(self, delta_seconds: float) -> None:
        self.seek(self._pos + delta_seconds)

    def replay(self) -> None:
        self._pos = 0.0
        self.play()

    def set_loop(self, start: float | None, end: float | None) -> None:
        self.loop = (start, end)

    def set_speed(self, speed: float) -> None:
        self._speed = speed

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def set_normalise(self, on: bool) -> None:
        pass

    def set_disguise(self, on: bool) -> None:
        pass

    def set_backstep(self, seconds: float) -> None:
        self.backstep = seconds

    def state(self) -> PlayerState:
        return self._state

    def position(self) -> float:
        return self._pos

    def duration(self) -> float:
        return self._dur

    def speed(self) -> float:
        return self._speed

    def peaks(self) -> Peaks | None:
        """The loaded clip's peaks: one object per clip, as the engine keeps them."""
        if self._state is PlayerState.EMPTY or not self.loaded:
            return None
        return self._peaks_of(self.loaded[-1])

    def _peaks_of(self, key: str) -> Peaks:
        if key not in self._peaks:
            n = 400
            mins = tuple(-0.5 * abs(((i % 50) - 25) / 25) for i in range(n))
            self._peaks[key] = Peaks(16000, 32000, ((80, mins, tuple(-m for m in mins)),))
        return self._peaks[key]

    def prepared_peaks(self, key: str) -> Peaks | None:
        return self._peaks_of(key) if key in self.preloaded or key in self.loaded else None

    def spectrogram_job(self) -> SpectrogramJob | None:
        """A job for the loaded clip: one Spectrogram object per clip, as the engine keeps."""
        if self._state is PlayerState.EMPTY or not self.loaded:
            return None
        key, gate = self.loaded[-1], self.spectrogram_gate

        def job() -> Spectrogram:
            self.spectrogram_threads.append(threading.current_thread())
            if gate is not None:
                assert gate.wait(10.0), "the test never let the spectrogram job finish"
            return self.spectrograms.setdefault(key, Spectrogram(
                columns=8, rows=4, start=0.0, end=2.0, max_hz=8000.0,
                levels=bytes(range(0, 256, 8))))

        return job

    def devices(self) -> list[OutputDevice]:
        return [OutputDevice("Fake speakers", True)] if self.available else []

    def set_device(self, name: str | None) -> None:
        self.device = name

    def device_status(self) -> DeviceStatus:
        if self.available:
            return DeviceStatus(True)
        return DeviceStatus(False, "No audio output device was found.", "no_device")

    def retry_device(self) -> DeviceStatus:
        return self.device_status()

    def add_listener(self, listener: PlayerListener) -> None:
        self.listeners.append(listener)

    def _emit(self, event: str) -> None:
        for listener in self.listeners:
            listener(event)

    def close(self) -> None:
        pass


class FakeBackend:
    def __init__(self, clips: int = 5, *, player: FakePlayer | None = None,
                 notice: str = "") -> None:
        self.service = FakeReviewService()
        if clips:
            self.service.add_package(clips)
        self._player = player or FakePlayer()
        self._notice = notice
        self.exports: list[tuple[Path, bool]] = []  # (folder, with_audio)
        self.refuse_next_import = False

    @property
    def review(self) -> FakeReviewService:
        return self.service

    @property
    def player(self) -> FakePlayer:
        return self._player

    @property
    def notice(self) -> str:
        return self._notice

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities()

    setup_hint = ""
    settings_policy = SettingsPolicy()

    def import_package(self, path: Path, progress: ImportProgress) -> ImportSummary:
        if self.refuse_next_import:
            raise PackageRefused([Problem("identity-key", "clips.jsonl",
                                          "identity key is not allowed", line=3,
                                          field="device_id")])
        for i in range(1, 4):
            progress(i, 3)
        self.service.add_package(3, questions=(Question("noise", "Background noise?",
                                                        QuestionKind.BOOL, (), False),))
        return ImportSummary(3)

    def demo_package(self) -> Path | None:
        return Path("/nonexistent/demo")

    def export(self, folder: Path, with_audio: bool) -> ExportSummary:
        self.exports.append((folder, with_audio))
        finished = [c for c in self.service.clips.values() if c.status.finished]
        return ExportSummary(1 if finished else 0, len(finished), folder)

    def close(self) -> None:
        pass
