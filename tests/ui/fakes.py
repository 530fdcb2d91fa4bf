"""In-memory stand-ins for the review workflows and the audio engine (UI unit tests only)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from pathlib import Path

from reviewer.core.annotation import Annotation, ClipStatus, SkipReason, submit_problems
from reviewer.core.errors import ReviewerError
from reviewer.core.gate_report import PackageRefused, Problem
from reviewer.core.package import EncodedAudio, Policy, Question, QuestionKind, TaskKind
from reviewer.core.playback import (
    DeviceStatus,
    OutputDevice,
    Peaks,
    PlayerListener,
    PlayerState,
)
from reviewer.core.review import ClipSummary, ClipView, StatusCounts, SubmitRefused
from reviewer.core.settings_policy import SettingsPolicy
from reviewer.ui.backend import Capabilities, ExportSummary, ImportProgress, ImportSummary

# Identity-like values the fake package carries upstream; the window must never show them.
SECRET_PACKAGE_ID = "pkgSECRET_a1b2c3d4"


def secret_clip_id(n: int) -> str:
    return f"upstreamCLIP_{n:05d}_zz"


@dataclass
class FakeClip:
    upstream_id: str
    audio_path: str
    package_number: int
    ordinal: int
    package_total: int
    duration: float
    pred_text: str
    task: TaskKind = TaskKind.TRANSCRIBE
    prior_text: str | None = None
    assistant_response: str | None = None
    content_warning: bool = False
    questions: tuple[Question, ...] = ()
    status: ClipStatus = ClipStatus.NEW
    annotation: Annotation = field(default_factory=Annotation)


@dataclass
class FakeReviewService:
    clips: dict[int, FakeClip] = field(default_factory=dict)
    fail_saves: int = 0  # the next N saves raise, as a full disk would
    saves: list[tuple[int, Annotation]] = field(default_factory=list)
    audio_openings: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add_package(self, n: int, *, seconds: float = 2.0, content_warning_at: int = 0,
                    questions: tuple[Question, ...] = ()) -> None:
        number = 1 + max((c.package_number for c in self.clips.values()), default=0)
        start = len(self.clips)
        for i in range(1, n + 1):
            self.clips[start + i] = FakeClip(
                upstream_id=secret_clip_id(start + i),
                audio_path=f"audio/{secret_clip_id(start + i)}.wav",
                package_number=number, ordinal=i, package_total=n, duration=seconds,
                pred_text=f"turn on the kitchen lights number {i}",
                assistant_response="Calling [PHONE] now",
                content_warning=(i == content_warning_at), questions=questions)

    def _summary(self, local_id: int, c: FakeClip) -> ClipSummary:
        return ClipSummary(local_id, c.package_number, c.ordinal, c.package_total, c.status,
                           c.duration, c.content_warning)

    def queue(self) -> list[ClipSummary]:
        with self.lock:
            return [self._summary(i, c) for i, c in sorted(self.clips.items())]

    def open_clip(self, local_id: int) -> ClipView:
        with self.lock:
            c = self.clips[local_id]
            return ClipView(self._summary(local_id, c), c.task, "en-US", Policy(), c.questions,
                            c.pred_text, c.prior_text, c.assistant_response, c.annotation)

    def clip_audio(self, local_id: int) -> EncodedAudio:
        with self.lock:
            self.audio_openings.append(local_id)
            c = self.clips[local_id]
        return EncodedAudio(b"fLaC-fake", 16000, int(c.duration * 16000))

    def save_draft(self, local_id: int, annotation: Annotation) -> None:
        with self.lock:
            if self.fail_saves > 0:
                self.fail_saves -= 1
                raise ReviewerError("the disk is full")
            c = self.clips[local_id]
            c.annotation = annotation
            if c.status is ClipStatus.NEW:
                c.status = ClipStatus.DRAFT
            self.saves.append((local_id, annotation))

    def submit(self, local_id: int, annotation: Annotation) -> None:
        with self.lock:
            c = self.clips[local_id]
            problems = submit_problems(annotation, c.questions)
            if problems:
                raise SubmitRefused(problems)
            c.annotation, c.status = annotation, ClipStatus.DONE

    def skip(self, local_id: int, reason: SkipReason, annotation: Annotation) -> None:
        with self.lock:
            c = self.clips[local_id]
            c.annotation = replace(annotation, skip_reason=reason)
            c.status = ClipStatus.SKIPPED

    def counts(self) -> StatusCounts:
        with self.lock:
            statuses = [c.status for c in self.clips.values()]
            packages = len({c.package_number for c in self.clips.values()})
        return StatusCounts(packages, *(statuses.count(s) for s in (
            ClipStatus.NEW, ClipStatus.DRAFT, ClipStatus.DONE, ClipStatus.SKIPPED,
            ClipStatus.ESCALATED)))


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
        self.device: str | None = None
        self.available = available
        self.listeners: list[PlayerListener] = []
        self.backstep = 0.0

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
        if self._state is PlayerState.EMPTY:
            return None
        n = 400
        mins = tuple(-0.5 * abs(((i % 50) - 25) / 25) for i in range(n))
        return Peaks(16000, 32000, ((80, mins, tuple(-m for m in mins)),))

    def devices(self) -> list[OutputDevice]:
        return [OutputDevice("Fake speakers", True)] if self.available else []

    def set_device(self, name: str | None) -> None:
        self.device = name

    def device_status(self) -> DeviceStatus:
        if self.available:
            return DeviceStatus(True)
        return DeviceStatus(False, "No audio output device was found.")

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
