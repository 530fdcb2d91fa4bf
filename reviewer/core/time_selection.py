"""The waveform's selection: one time range of the open clip, shared by everything that acts
on "the selected audio" (a critical span's time, looping a region).

Qt-free and evented: views subscribe with `listen` and are told the new range (or None) after
every change; tests drive it without a window. Every change is clamped to the clip.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from reviewer.core.annotation import TimeRange

MIN_SECONDS = 0.05  # narrower than this is a click, not a selection
_EPSILON = 1e-9  # 0.35 - 0.3 is a hair under 0.05 in floating point


Listener = Callable[[TimeRange | None], None]


class TimeSelection:
    def __init__(self) -> None:
        self._duration = 0.0
        self._range: TimeRange | None = None
        self._listeners: list[Listener] = []

    @property
    def range(self) -> TimeRange | None:
        return self._range

    @property
    def duration(self) -> float:
        return self._duration

    def listen(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unlisten(self, listener: Listener) -> None:
        """Stop telling `listener` (a view that goes away before the model)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def reset(self, duration: float) -> None:
        """A new clip: nothing selected."""
        self._duration = duration if math.isfinite(duration) and duration > 0 else 0.0
        self._set(None)

    def select(self, start: float, end: float) -> TimeRange | None:
        """Select [start, end] (either order), clamped to the clip; too narrow clears.
        A time that is not a number changes nothing."""
        if not (math.isfinite(start) and math.isfinite(end)):
            return self._range
        a, b = sorted((start, end))
        a, b = max(a, 0.0), min(b, self._duration)
        self._set(TimeRange(a, b) if _wide_enough(a, b) else None)
        return self._range

    def select_range(self, time: TimeRange | None) -> TimeRange | None:
        if time is None:
            self.clear()
            return None
        return self.select(time.start, time.end)

    def clear(self) -> None:
        self._set(None)

    def set_start(self, at: float) -> TimeRange | None:
        """Start the selection at `at` (keeping its end, or the clip's end). Too close to
        that end changes nothing: an edge key never wipes the selection."""
        end = self._range.end if self._range and self._range.end > at else self._duration
        return self._edge(at, end)

    def set_end(self, at: float) -> TimeRange | None:
        """End the selection at `at` (keeping its start, or the clip's start); too close to
        that start changes nothing."""
        start = self._range.start if self._range and self._range.start < at else 0.0
        return self._edge(start, at)

    def _edge(self, start: float, end: float) -> TimeRange | None:
        if not (math.isfinite(start) and math.isfinite(end)):
            return self._range
        if not _wide_enough(max(start, 0.0), min(end, self._duration)):
            return self._range
        return self.select(start, end)

    def nudge(self, start_by: float, end_by: float) -> TimeRange | None:
        """Move the edges by these many seconds; no-op without a selection."""
        if self._range is None:
            return None
        start = min(max(self._range.start + start_by, 0.0), self._duration)
        end = min(max(self._range.end + end_by, 0.0), self._duration)
        if not _wide_enough(start, end):
            return self._range  # an edge may not cross the other
        return self.select(start, end)

    def _set(self, new: TimeRange | None) -> None:
        if new == self._range:
            return
        self._range = new
        for listener in list(self._listeners):
            listener(new)


def _wide_enough(start: float, end: float) -> bool:
    return end - start >= MIN_SECONDS - _EPSILON
