"""Foot pedals without hardware: report streams replayed from the published layouts, a fake
hidapi device and binding, and a fake pedal source for the window's tests.

The streams are what the VEC / Infinity IN-USB pedals send by their published layout (see
reviewer/core/pedal_devices.py): two bytes per report, byte 0 holding left 0x01, middle 0x02,
right 0x04, byte 1 constant zero. They are reconstructed from those sources, not captured
from a device (no USB HID device exists on these machines).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from reviewer.core.pedals import (
    DetectedPedal,
    EventListener,
    PedalButton,
    PedalEvent,
    PedalLink,
    PedalStatus,
    StatusListener,
)

INFINITY = (0x05F3, 0x00FF)
RELEASED = [0x00, 0x00]
LEFT = [0x01, 0x00]
MIDDLE = [0x02, 0x00]
RIGHT = [0x04, 0x00]
LEFT_MIDDLE = [0x03, 0x00]
ALL = [0x07, 0x00]

# (seconds, report): the middle pedal held for 1.2 s, then a left/middle chord.
HOLD_MIDDLE = [(0.000, MIDDLE), (1.200, RELEASED)]
CHORD = [(0.000, LEFT), (0.100, LEFT_MIDDLE), (0.600, MIDDLE), (0.900, RELEASED)]


class FakeClock:
    def __init__(self, now: float = 100.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Unplugged(OSError):
    """What hidapi raises from read() when the device went away ("read error")."""


class FakeHidDevice:
    """hidapi's device interface (read with a timeout, close), playing a script: each item
    is (time, report) (a report at that time; [] is a read that timed out) or an OSError to
    raise. When the script runs out the device times out forever, or is unplugged."""

    def __init__(self, script: Sequence[tuple[float, list[int]] | OSError], clock: FakeClock,
                 *, unplug_at_end: bool = True) -> None:
        self.script = list(script)
        self.clock = clock
        self.unplug_at_end = unplug_at_end
        self.reads: list[tuple[int, int]] = []  # (max_length, timeout_ms)
        self.closed = False
        self.drained = threading.Event()

    def read(self, max_length: int, timeout_ms: int = 0) -> list[int]:
        assert not self.closed, "read after close"
        self.reads.append((max_length, timeout_ms))
        if not self.script:
            self.drained.set()
            if self.unplug_at_end:
                raise Unplugged("read error")
            self.clock.now += timeout_ms / 1000
            threading.Event().wait(0.001)  # a real timeout gives the thread up
            return []
        item = self.script.pop(0)
        if isinstance(item, OSError):
            raise item
        at, report = item
        self.clock.now = max(self.clock.now, at)
        return list(report)

    def close(self) -> None:
        self.closed = True


class FakeHidApi:
    """hidapi's module interface: `enumerate` lists what is plugged in, `open_path` hands out
    the next scripted device (OSError when `deny` holds, as for a missing udev rule)."""

    def __init__(self, devices: Sequence[FakeHidDevice] = (), *,
                 plugged: Sequence[dict[str, Any]] | None = None, deny: bool = False) -> None:
        self.devices = list(devices)
        self.plugged = list(plugged) if plugged is not None else (
            [infinity_info()] if devices else [])
        self.deny = deny
        self.opened: list[bytes] = []
        self.enumerations = 0

    def enumerate(self) -> list[dict[str, Any]]:
        self.enumerations += 1
        return [dict(d) for d in self.plugged]

    def open_path(self, path: bytes) -> FakeHidDevice:
        if self.deny or not self.devices:
            raise OSError("open failed")
        self.opened.append(path)
        return self.devices.pop(0)


def infinity_info(path: bytes = b"/dev/hidraw3", usage_page: int = 0x0C) -> dict[str, Any]:
    """An enumeration entry as hidapi gives it (serial numbers and strings included)."""
    return {"path": path, "vendor_id": INFINITY[0], "product_id": INFINITY[1],
            "serial_number": "SN-1234", "release_number": 0x0120,
            "manufacturer_string": "VEC", "product_string": "VEC USB Footpedal",
            "usage_page": usage_page, "usage": 0x03, "interface_number": 0}


class FakePedalSource:
    """A PedalSource the test drives: `press`/`release` call the listeners at once (on the
    test's thread, as the real source does on its own)."""

    def __init__(self, detected: Sequence[DetectedPedal] = ()) -> None:
        self.detected = list(detected)
        self.on_event: EventListener | None = None
        self.on_status: StatusListener | None = None
        self.starts = 0
        self.stops = 0
        self.now = 0.0

    def reading(self) -> bool:
        return self.on_event is not None

    def detect(self) -> list[DetectedPedal]:
        return list(self.detected)

    def start(self, on_event: EventListener, on_status: StatusListener) -> None:
        self.starts += 1
        self.on_event, self.on_status = on_event, on_status
        on_status(PedalStatus(PedalLink.CONNECTED, "Test pedal", "Test pedal connected."))

    def stop(self) -> None:
        self.stops += 1
        if self.on_status is not None:
            self.on_status(PedalStatus(PedalLink.STOPPED))
        self.on_event = self.on_status = None

    def send(self, button: PedalButton, pressed: bool) -> None:
        assert self.on_event is not None, "the source is not running"
        self.now += 0.1
        self.on_event(PedalEvent(button, pressed, self.now))

    def press(self, button: PedalButton) -> None:
        self.send(button, True)

    def release(self, button: PedalButton) -> None:
        self.send(button, False)
