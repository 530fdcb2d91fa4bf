"""Where playback was when each character of the transcript was typed.

A transcriber types a word shortly after hearing it, so the playback position at the moment
of typing dates the words. Marking a span critical takes its default time range from the
positions of its characters: from LEAD_S before the earliest to TRAIL_S after the latest. Text
that was not typed while listening (pasted, started from the automatic transcript, typed
before playing) has no time, and a span made only of it has no default: the reviewer selects
its range on the waveform instead.
"""

from __future__ import annotations

import math

from reviewer.core.annotation import TimeRange

LEAD_S = 2.0  # typists trail the audio by up to about two seconds
TRAIL_S = 0.5


class TypingTimes:
    def __init__(self, length: int = 0) -> None:
        self._times: list[float | None] = [None] * length

    def reset(self, length: int) -> None:
        """A clip opened with `length` characters already typed (of unknown time)."""
        self._times = [None] * length

    def edited(self, position: int, removed: int, added: int, at: float | None) -> None:
        """`removed` characters at `position` were replaced by `added` ones, typed while
        playback was at `at` seconds (None: not while listening; a time that is not a
        number counts as None, one before the clip's start as 0 s)."""
        if at is not None:
            at = max(at, 0.0) if math.isfinite(at) else None
        position = min(max(position, 0), len(self._times))
        removed = max(removed, 0)
        self._times[position:position + removed] = [at] * added

    def __len__(self) -> int:
        return len(self._times)

    def default_range(self, start: int, end: int, duration: float) -> TimeRange | None:
        """The default time range of characters [start, end); None when none was typed while
        listening."""
        start = max(start, 0)
        known = [t for t in self._times[start:max(end, start)] if t is not None]
        if not known or not duration > 0:  # also NaN
            return None
        return TimeRange(max(min(known) - LEAD_S, 0.0), max(known) + TRAIL_S).clamped(duration)
