"""Foot pedals, without Qt or I/O: buttons, events, what each button does, the report decoder
and the port a pedal adapter implements.

A pedal source (reviewer.pedals for USB HID pedals, a fake in tests) reads the device on its
own thread, turns each input report into press/release events with `ReportDecoder`, and hands
them to its listener; the pedal workflow (reviewer.workflows.pedal_control) turns them into
player actions. Pedals that present themselves as keyboards never come through here: their
keys reach the window like any key and are mapped in Settings (Shortcuts).

The device table (ids and report layouts, with their sources) is reviewer.core.pedal_devices.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class PedalButton(StrEnum):
    LEFT = "left"
    MIDDLE = "middle"
    RIGHT = "right"


class PedalAction(StrEnum):
    NONE = "none"
    HOLD_TO_PLAY = "hold_to_play"  # plays while held; on release pauses and steps back
    PLAY_PAUSE = "play_pause"  # each press toggles, like the play key
    REWIND = "rewind"  # one jump back per press, and more while held
    FAST_FORWARD = "fast_forward"  # one jump forward per press, and more while held


ACTION_LABELS: dict[PedalAction, str] = {
    PedalAction.NONE: "Nothing",
    PedalAction.HOLD_TO_PLAY: "Play while held (back-step on release)",
    PedalAction.PLAY_PAUSE: "Play / pause",
    PedalAction.REWIND: "Rewind (jump back, repeating while held)",
    PedalAction.FAST_FORWARD: "Fast forward (jump ahead, repeating while held)",
}

BUTTON_LABELS: dict[PedalButton, str] = {
    PedalButton.LEFT: "Left pedal",
    PedalButton.MIDDLE: "Middle pedal",
    PedalButton.RIGHT: "Right pedal",
}


@dataclass(frozen=True)
class PedalMapping:
    """What each pedal does. The default is the transcription pedal's classic layout."""

    left: PedalAction = PedalAction.REWIND
    middle: PedalAction = PedalAction.HOLD_TO_PLAY
    right: PedalAction = PedalAction.FAST_FORWARD

    def action(self, button: PedalButton) -> PedalAction:
        action: PedalAction = getattr(self, button.value)
        return action


DEFAULT_MAPPING = PedalMapping()


@dataclass(frozen=True)
class PedalEvent:
    button: PedalButton
    pressed: bool  # False: released
    at: float  # seconds on the source's monotonic clock


class PedalLink(StrEnum):
    """Where a pedal source stands, for the window's status and the pedal dialog."""

    STOPPED = "stopped"  # not reading (pedals off)
    SEARCHING = "searching"  # reading, no supported pedal plugged in
    CONNECTED = "connected"
    NO_ACCESS = "no_access"  # a pedal is plugged in, but this user may not open it
    UNAVAILABLE = "unavailable"  # the HID library is missing: pedals cannot work here


@dataclass(frozen=True)
class PedalStatus:
    link: PedalLink
    model: str = ""  # the pedal's model name from the device table, when one is involved
    message: str = ""  # plain English words (logs); the window words `link` and `code`
    code: str = ""  # UNAVAILABLE: PedalsUnavailable.code


@dataclass(frozen=True)
class DetectedPedal:
    """A supported pedal seen on the USB bus (never its serial number: it names a machine)."""

    name: str
    vendor_id: int
    product_id: int
    read_here: bool  # True: read by the pedal source; False: types keys (map them in Settings)

    @property
    def usb_id(self) -> str:
        return f"{self.vendor_id:04x}:{self.product_id:04x}"


class PedalsUnavailable(Exception):
    """The HID library cannot be loaded here; the message says so in plain English words,
    `code` ("hid_missing" or "hid_incompatible") what a window words."""

    def __init__(self, message: str, code: str = "hid_missing") -> None:
        super().__init__(message)
        self.code = code


EventListener = Callable[[PedalEvent], None]
StatusListener = Callable[[PedalStatus], None]


class PedalSource(Protocol):
    """A source of pedal events. `start` begins reading on the source's own thread and calls
    the listeners there (the window marshals to its own thread); `stop` ends it and waits.
    A pedal unplugged while held is released (events), so nothing plays on by itself."""

    def detect(self) -> list[DetectedPedal]:
        """The supported pedals plugged in now; raises PedalsUnavailable."""
        ...

    def start(self, on_event: EventListener, on_status: StatusListener) -> None: ...

    def stop(self) -> None: ...


# ---------------------------------------------------------------- decoding input reports


@dataclass(frozen=True)
class ReportLayout:
    """Where each button sits in one input report: `length` bytes exactly (as hidapi returns
    them, without a report id for devices that have none), each button a bit mask in a byte.
    Bits no button uses are ignored (padding, or a model's extra switch)."""

    length: int
    bits: tuple[tuple[PedalButton, int, int], ...]  # (button, byte index, mask)

    @property
    def buttons(self) -> tuple[PedalButton, ...]:
        return tuple(b for b, _i, _m in self.bits)


def decode_report(layout: ReportLayout, report: Sequence[int]) -> frozenset[PedalButton] | None:
    """The buttons a report says are down, or None for a report that is not one of this
    layout's (wrong length: short, truncated or from another collection)."""
    if len(report) != layout.length or any(not 0 <= b <= 255 for b in report):
        return None
    return frozenset(button for button, index, mask in layout.bits if report[index] & mask)


DEBOUNCE_S = 0.025  # a switch that changes back within this is bouncing, not being pressed


@dataclass
class _Switch:
    reported: bool = False  # what the listener was last told
    raw: bool = False  # what the last report said
    raw_at: float = 0.0
    last_edge: float = float("-inf")  # when the reported state last changed


@dataclass
class ReportDecoder:
    """Turns a device's stream of state reports into press/release events.

    Reports carry the state of every pedal, not changes: a repeated report says nothing new,
    two bits changing in one report are two events (a chord). A switch that flips back within
    DEBOUNCE_S of its last reported change is contact bounce: the flip is held back, and it is
    reported only if it lasts (at the next report or `flush`, with the time it happened).
    Garbage (a report of the wrong length) is ignored. `release_all` ends every press, for
    a device that went away while held."""

    layout: ReportLayout
    debounce_s: float = DEBOUNCE_S
    _switches: dict[PedalButton, _Switch] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._switches = {button: _Switch() for button in self.layout.buttons}

    def feed(self, report: Sequence[int], now: float) -> list[PedalEvent]:
        down = decode_report(self.layout, report)
        if down is not None:
            for button, switch in self._switches.items():
                raw = button in down
                if raw != switch.raw:
                    switch.raw, switch.raw_at = raw, now
        return self.flush(now)

    def flush(self, now: float) -> list[PedalEvent]:
        """Report the changes whose bounce window has passed by `now`."""
        events = []
        for button, switch in self._switches.items():
            # (1e-9: the deadline pending_until() gives is due, whatever the float rounding)
            if switch.raw != switch.reported and now - switch.last_edge >= self.debounce_s - 1e-9:
                switch.reported, switch.last_edge = switch.raw, switch.raw_at
                events.append(PedalEvent(button, switch.raw, switch.raw_at))
        return events

    def pending_until(self) -> float | None:
        """When the earliest held-back change is due (None when nothing is held back)."""
        due = [s.last_edge + self.debounce_s for s in self._switches.values()
               if s.raw != s.reported]
        return min(due) if due else None

    def held(self) -> frozenset[PedalButton]:
        return frozenset(b for b, s in self._switches.items() if s.reported)

    def release_all(self, now: float) -> list[PedalEvent]:
        events = [PedalEvent(b, False, now) for b, s in self._switches.items() if s.reported]
        self._switches = {button: _Switch() for button in self.layout.buttons}
        return events


def replay(layout: ReportLayout, reports: Iterable[tuple[float, Sequence[int]]],
           end: float | None = None) -> list[PedalEvent]:
    """Decode a recorded stream of (time, report) pairs, flushing at `end` if given."""
    decoder = ReportDecoder(layout)
    events: list[PedalEvent] = []
    for at, report in reports:
        events += decoder.feed(report, at)
    if end is not None:
        events += decoder.flush(end)
    return events
