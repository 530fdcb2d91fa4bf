"""A fake output backend: the test pulls blocks from the engine as PortAudio would."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from reviewer.audio.output import NO_DEVICE, DeviceError, FillCallback, FinishedCallback
from reviewer.core.playback import OutputDevice


class FakeStream:
    def __init__(self, backend: FakeBackend, device: str | None, rate: int, blocksize: int,
                 fill: FillCallback, finished: FinishedCallback) -> None:
        self.backend = backend
        self.device = device
        self.rate = rate
        self.blocksize = blocksize
        self._fill = fill
        self._finished = finished
        self.closed = False
        self.active = True  # like the real backend, open() starts the stream
        self.starts = 1
        self.latency = backend.latency

    def start(self) -> None:
        if self.closed:
            raise RuntimeError("Stream is closed")  # as PortAudio refuses a dead stream
        self.active = True
        self.starts += 1

    def abort(self) -> None:
        self.active = False

    def stop(self) -> None:
        self.active = False

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.active = False
            self._finished()

    def pull(self, frames: int) -> npt.NDArray[np.float32]:
        out = np.full((frames, 1), np.nan, dtype=np.float32)
        self._fill(out)
        assert not np.isnan(out).any(), "the callback left part of the buffer unwritten"
        return out[:, 0].copy()

    def die(self) -> None:
        """The device disappears: PortAudio ends the stream and calls finished."""
        self.closed = True
        self.active = False
        self._finished()


class FakeBackend:
    def __init__(self, devices: list[str] | None = None, problem: str | None = None) -> None:
        self.devices = ["Speakers"] if devices is None else devices
        self.busy: set[str] = set()
        self._problem = problem
        self.streams: list[FakeStream] = []
        self.rescans = 0
        self.latency = 0.0  # output latency reported by new streams

    def problem(self) -> str | None:
        return self._problem

    def set_problem(self, problem: str | None) -> None:
        self._problem = problem

    def rescan(self) -> None:
        self.rescans += 1

    def output_devices(self) -> list[OutputDevice]:
        return [OutputDevice(name, i == 0) for i, name in enumerate(self.devices)]

    def open(self, device: str | None, sample_rate: int, blocksize: int, fill: FillCallback,
             finished: FinishedCallback) -> FakeStream:
        if not self.devices:
            raise DeviceError(NO_DEVICE, "no_device")
        name = device or self.devices[0]
        if name not in self.devices:
            raise DeviceError(f"The audio device {name!r} is not available.", "device_missing",
                              name)
        if name in self.busy:
            raise DeviceError(f"The audio device {name!r} is busy (used by another program).",
                              "device_busy", name)
        stream = FakeStream(self, device, sample_rate, blocksize, fill, finished)
        self.streams.append(stream)
        return stream

    @property
    def stream(self) -> FakeStream | None:
        open_streams = [s for s in self.streams if not s.closed]
        return open_streams[-1] if open_streams else None
