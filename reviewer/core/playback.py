"""The player port: what the review loop needs from an audio engine.

The engine lives in `reviewer.audio`; the window and workflows only see this protocol, so
they run without a sound card. Listeners may be called from any thread: the UI must marshal
to its own thread before touching widgets. Position is read by polling `position()` (the UI
polls at >= 30 Hz), so the audio thread never floods the GUI's event queue.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

# Playback rules, in one place (the engine, the player widget, the settings and the docs
# follow them).
MIN_SPEED = 0.5
MAX_SPEED = 2.0
SPEED_STEP = 0.05  # the engine's grid: any speed is rounded to it
SPEED_PRESETS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)  # the keys step
DEFAULT_JUMP_S = 2.0  # jump back / forward
DEFAULT_BACKSTEP_S = 1.0  # rewind on resume after a pause


class PlayerState(StrEnum):
    EMPTY = "empty"  # nothing loaded
    STOPPED = "stopped"
    PLAYING = "playing"
    PAUSED = "paused"


@dataclass(frozen=True)
class OutputDevice:
    name: str
    is_default: bool = False


@dataclass(frozen=True)
class DeviceStatus:
    available: bool
    message: str = ""  # plain words for the user when not available


@dataclass(frozen=True)
class Peaks:
    """Waveform summary: per level, min/max pairs over `samples_per_bin` samples."""

    sample_rate: int
    frames: int
    levels: tuple[tuple[int, tuple[float, ...], tuple[float, ...]], ...]
    # (samples_per_bin, mins, maxs), finest level first


# Event names: "state" (transport state changed), "device" (device_status() changed),
# "loaded" (the clip asked for is ready: peaks and duration readable), "ended" (playback
# reached the end of the clip), "error" (the clip asked for could not be decoded).
PlayerListener = Callable[[str], None]


class Player(Protocol):
    # clips
    def load(self, key: str, flac: bytes) -> None:
        """Make `key` the current clip (decoding now unless it was preloaded)."""
        ...

    def preload(self, key: str, flac: bytes) -> None:
        """Decode and prepare `key` ahead of time, off the calling thread."""
        ...

    def unload(self) -> None: ...

    # transport
    def play(self) -> None: ...

    def pause(self) -> None: ...

    def toggle(self) -> None: ...

    def stop(self) -> None: ...

    def seek(self, seconds: float) -> None: ...

    def jump(self, delta_seconds: float) -> None: ...

    def replay(self) -> None: ...

    def set_loop(self, start: float | None, end: float | None) -> None: ...

    # shaping
    def set_speed(self, speed: float) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def set_normalise(self, on: bool) -> None: ...

    def set_disguise(self, on: bool) -> None: ...

    def set_backstep(self, seconds: float) -> None: ...

    # reading
    def state(self) -> PlayerState: ...

    def position(self) -> float: ...

    def duration(self) -> float: ...

    def speed(self) -> float: ...

    def peaks(self) -> Peaks | None: ...

    def prepared_peaks(self, key: str) -> Peaks | None:
        """The peaks of a clip prepared ahead (`preload`), the same object `peaks()` gives
        once it is loaded; None when it is not prepared."""
        ...

    # devices
    def devices(self) -> list[OutputDevice]: ...

    def set_device(self, name: str | None) -> None: ...

    def device_status(self) -> DeviceStatus: ...

    def retry_device(self) -> DeviceStatus: ...

    def add_listener(self, listener: PlayerListener) -> None: ...

    def close(self) -> None: ...
