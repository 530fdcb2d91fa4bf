"""The output backend: a tiny seam between the engine and PortAudio.

`SoundDeviceBackend` is the real one (sounddevice imported lazily, so a machine without the
PortAudio library still runs the app); unit tests substitute a fake with the same surface.
Every failure becomes a `DeviceError` whose message is plain enough to show the reviewer.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Protocol

import numpy as np
import numpy.typing as npt

from reviewer.core.playback import OutputDevice

FillCallback = Callable[[npt.NDArray[np.float32]], None]
FinishedCallback = Callable[[], None]

# Says what to install: the window shows it, and `--smoke-test` fails with it.
NO_PORTAUDIO = ("Audio is unavailable: the PortAudio library (libportaudio.so.2) is not "
                "installed (on Debian and Ubuntu: sudo apt install libportaudio2).")
NO_DEVICE = "No audio output device found. Connect one and choose Retry."
REINIT_FAILED = "Audio could not be re-initialised"


class DeviceError(Exception):
    """Opening or running an output stream failed; `str()` is an English message for the
    user, `code` and `device` what a window words (core.playback.DeviceStatus)."""

    def __init__(self, message: str, code: str = "device_error", device: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.device = device


def problem_code(problem: str) -> str:
    """The DeviceStatus code of a backend's problem() text."""
    if problem == NO_PORTAUDIO:
        return "no_portaudio"
    return "reinit_failed" if problem.startswith(REINIT_FAILED) else "device_error"


class OutputStream(Protocol):
    @property
    def latency(self) -> float: ...

    @property
    def active(self) -> bool: ...

    def start(self) -> None: ...

    def abort(self) -> None:
        """Stop at once, dropping what is buffered (start() resumes)."""
        ...

    def stop(self) -> None:
        """Stop after what is buffered has played (start() resumes)."""
        ...

    def close(self) -> None: ...


class OutputBackend(Protocol):
    def problem(self) -> str | None:
        """None when the backend can be used, else why not (e.g. PortAudio missing)."""
        ...

    def rescan(self) -> None:
        """Look for devices again (devices plugged in after start-up)."""
        ...

    def output_devices(self) -> list[OutputDevice]: ...

    def open(self, device: str | None, sample_rate: int, blocksize: int, fill: FillCallback,
             finished: FinishedCallback) -> OutputStream:
        """Open and start a mono float32 stream; raise DeviceError with a plain message."""
        ...


def _explain(exc: BaseException, device: str | None) -> tuple[str, str]:
    """The English message and the code."""
    text = str(exc)
    lowered = text.lower()
    what = f"the audio device {device!r}" if device else "the default audio device"
    if "busy" in lowered or "unavailable" in lowered or "-9985" in text:
        return f"{what.capitalize()} is busy (used by another program).", "device_busy"
    if "querying device -1" in lowered or "no default" in lowered:
        return NO_DEVICE, "no_device"
    if "no device" in lowered or "invalid device" in lowered or "-9996" in text:
        return f"{what.capitalize()} is not available any more.", "device_gone"
    if "sample rate" in lowered or "-9997" in text:
        return (f"{what.capitalize()} does not support this clip's sample rate.",
                "rate_unsupported")
    return (f"{what.capitalize()} could not be opened ({text.splitlines()[0][:120]}).",
            "device_error")


class SoundDeviceBackend:
    """PortAudio through sounddevice.

    `latency` is the device buffer PortAudio is asked for: 40 ms rides out a busy machine
    without underruns. It delays what is heard, not when the callback takes new samples
    (that is the block size the engine chooses).
    """

    def __init__(self, latency: float = 0.04) -> None:
        self._latency = latency
        self._sd: ModuleType | None = None  # sounddevice (untyped), loaded lazily
        self._problem: str | None = None
        self._load()

    def _load(self) -> None:
        try:
            import sounddevice
        except (OSError, ImportError):  # the PortAudio library (or the module) is missing
            self._sd, self._problem = None, NO_PORTAUDIO
            return
        self._sd, self._problem = sounddevice, None

    def problem(self) -> str | None:
        return self._problem

    def rescan(self) -> None:
        if self._sd is None:
            self._load()
            return
        # PortAudio lists devices once per initialisation: re-initialise to see new ones.
        try:
            self._sd._terminate()
            self._sd._initialize()
        except Exception as exc:  # PortAudio reports its own error type
            self._problem = f"{REINIT_FAILED} ({type(exc).__name__})."
        else:
            self._problem = None

    def output_devices(self) -> list[OutputDevice]:
        if self._sd is None:
            return []
        try:
            devices = self._sd.query_devices()
            default_out = self._sd.default.device[1]
        except Exception:  # PortAudio without a server: treat as no devices
            return []
        found: list[OutputDevice] = []
        for index, info in enumerate(devices):
            if int(info.get("max_output_channels", 0)) > 0:
                found.append(OutputDevice(name=str(info["name"]), is_default=index == default_out))
        return found

    def open(self, device: str | None, sample_rate: int, blocksize: int, fill: FillCallback,
             finished: FinishedCallback) -> OutputStream:
        if self._sd is None:
            problem = self._problem or NO_PORTAUDIO
            raise DeviceError(problem, problem_code(problem))
        sd = self._sd
        if device is not None and device not in {d.name for d in self.output_devices()}:
            raise DeviceError(f"The audio device {device!r} is not available.",
                              "device_missing", device)

        def callback(outdata: npt.NDArray[np.float32], frames: int, time: object,
                     status: object) -> None:
            fill(outdata)

        try:
            stream = sd.OutputStream(
                samplerate=sample_rate, blocksize=blocksize, channels=1, dtype="float32",
                device=device, latency=self._latency, callback=callback, finished_callback=finished)
            stream.start()
        except Exception as exc:  # PortAudioError, ValueError for bad device names
            raise DeviceError(*_explain(exc, device), device or "") from None
        return _Stream(stream, blocksize / sample_rate)


class _Stream:
    """A sounddevice stream whose latency also counts the block being written: PortAudio's
    figure leaves it out (measured through the null sink: resuming after a pause skipped
    about 13 ms of audio without it)."""

    def __init__(self, stream: OutputStream, block_seconds: float) -> None:
        self._stream = stream
        self._block = block_seconds

    @property
    def latency(self) -> float:
        return float(self._stream.latency) + self._block

    @property
    def active(self) -> bool:
        return bool(self._stream.active)

    def start(self) -> None:
        self._stream.start()

    def abort(self) -> None:
        self._stream.abort()

    def stop(self) -> None:
        self._stream.stop()

    def close(self) -> None:
        self._stream.close()
