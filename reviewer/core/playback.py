"""The player port: what the review loop needs from an audio engine.

The engine lives in `reviewer.audio`; the window and workflows only see this protocol, so
they run without a sound card. Listeners may be called from any thread: the UI must marshal
to its own thread before touching widgets. Position is read by polling `position()` (the UI
polls at >= 30 Hz), so the audio thread never floods the GUI's event queue.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

# Playback rules, in one place (the engine, the player widget, the settings and the docs
# follow them).
MIN_SPEED = 0.5
MAX_SPEED = 2.0
SPEED_STEP = 0.05  # the one grid: Faster/Slower step by it and the engine renders on it
DEFAULT_JUMP_S = 2.0  # jump back / forward
DEFAULT_BACKSTEP_S = 1.0  # rewind on resume after a pause
DEFAULT_REPLAY_S = 3.0  # "replay the last seconds"


def quantise_speed(speed: float) -> float:
    """`speed` on the grid: clamped to MIN_SPEED..MAX_SPEED, rounded to the nearest step and
    to two decimals (so 1.35 is 1.35, not 1.3500000000000003). Not a number: 1.0."""
    speed = float(speed)
    if not math.isfinite(speed):
        return 1.0
    clamped = min(MAX_SPEED, max(MIN_SPEED, speed))
    return round(round(clamped / SPEED_STEP) * SPEED_STEP, 2)


def step_speed(speed: float, steps: int) -> float:
    """`steps` steps of SPEED_STEP faster (negative: slower) than `speed`, within the range."""
    return quantise_speed(quantise_speed(speed) + steps * SPEED_STEP)


# Every speed the player offers, slowest first: 0.5, 0.55, ... 2.0 (31 speeds).
SPEEDS: tuple[float, ...] = tuple(
    quantise_speed(MIN_SPEED + i * SPEED_STEP)
    for i in range(round((MAX_SPEED - MIN_SPEED) / SPEED_STEP) + 1))


def replay_start(position: float, seconds: float,
                 loop: tuple[float, float] | None = None) -> float:
    """Where "replay the last `seconds`" starts from `position`: that much earlier, never
    before the clip's start, nor before the loop's start while the playhead is in the loop."""
    floor = 0.0
    if loop is not None and loop[0] <= position <= loop[1]:
        floor = loop[0]
    return max(floor, position - max(0.0, seconds))


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
    message: str = ""  # plain English words when not available (logs, the command line)
    # What went wrong, for a window to word in its language (ui/qt_player_widget.py):
    # "starting", "no_portaudio", "no_device", "device_lost", "device_busy", "device_gone",
    # "device_missing", "rate_unsupported", "reinit_failed" or "device_error"; "" unknown.
    code: str = ""
    device: str = ""  # the device named, for codes that name one ("" the default)


@dataclass(frozen=True)
class Peaks:
    """Waveform summary: per level, min/max pairs over `samples_per_bin` samples."""

    sample_rate: int
    frames: int
    levels: tuple[tuple[int, tuple[float, ...], tuple[float, ...]], ...]
    # (samples_per_bin, mins, maxs), finest level first


@dataclass(frozen=True, eq=False)
class Spectrogram:
    """A clip's spectrogram as an 8-bit picture, for the waveform's spectrogram view.

    `levels` holds `rows` x `columns` bytes, row by row: the top row is the band at `max_hz`,
    the bottom row 0 Hz; columns are time frames, evenly spaced, the first centred at `start`
    seconds and the last ending at `end`. A level is 0 for 80 dB or more below the clip's
    loudest band, 255 for the loudest. Compared by identity: one per clip.
    """

    columns: int
    rows: int
    start: float
    end: float
    max_hz: float
    levels: bytes


# Computes the spectrogram of the clip it was made for: slow (tens of milliseconds, more for
# long clips), so it runs off the GUI thread.
SpectrogramJob = Callable[[], Spectrogram]


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

    def spectrogram_job(self) -> SpectrogramJob | None:
        """Work that computes the current clip's spectrogram, bound to that clip when asked
        for (None: no clip is ready). Run it off the GUI thread. The result is kept with the
        clip: the next job for it returns at once."""
        ...

    # devices
    def devices(self) -> list[OutputDevice]: ...

    def set_device(self, name: str | None) -> None: ...

    def device_status(self) -> DeviceStatus: ...

    def retry_device(self) -> DeviceStatus: ...

    def add_listener(self, listener: PlayerListener) -> None: ...

    def close(self) -> None: ...
