"""When to suggest a break: after so many minutes of work, or after so many clips that
upstream screening marked as possibly distressing (content warning).

Plain and clock-free: the caller says when work starts and stops and what the time is (the
window: the clip clock's own rule, app in front with a clip open and no break running). Both
counts start again when the reviewer takes a break or dismisses a suggestion, so a dismissed
suggestion comes back after another full stretch, never at once. A limit of 0 never suggests.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

DEFAULT_BREAK_AFTER_MINUTES = 50
DEFAULT_BREAK_AFTER_WARNINGS = 5
MAX_BREAK_AFTER_MINUTES = 480
MAX_BREAK_AFTER_WARNINGS = 100


class BreakReason(StrEnum):
    WORKED = "worked"  # the minutes of work are up
    WARNINGS = "warnings"  # so many content-warning clips


@dataclass(frozen=True)
class BreakPolicy:
    after_minutes: float = DEFAULT_BREAK_AFTER_MINUTES  # 0: never for time
    after_warnings: int = DEFAULT_BREAK_AFTER_WARNINGS  # 0: never for warnings


class BreakPrompts:
    def __init__(self, policy: BreakPolicy) -> None:
        self.policy = policy
        self._worked = 0.0  # seconds of work before `_since`
        self._since: float | None = None  # when the current stretch of work began
        self._warned: set[int] = set()  # content-warning clips (local ids) seen

    def set_working(self, working: bool, now: float) -> None:
        if working and self._since is None:
            self._since = now
        elif not working and self._since is not None:
            self._worked += max(0.0, now - self._since)
            self._since = None

    def worked_seconds(self, now: float) -> float:
        running = 0.0 if self._since is None else max(0.0, now - self._since)
        return self._worked + running

    def warning_clip(self, local_id: int) -> None:
        """A clip with a content warning was opened (each clip counts once)."""
        self._warned.add(local_id)

    @property
    def warning_clips(self) -> int:
        return len(self._warned)

    def due(self, now: float) -> BreakReason | None:
        """Why a break should be suggested now, or None."""
        limit = self.policy.after_warnings
        if limit > 0 and len(self._warned) >= limit:
            return BreakReason.WARNINGS
        minutes = self.policy.after_minutes
        if minutes > 0 and self.worked_seconds(now) >= minutes * 60:
            return BreakReason.WORKED
        return None

    def restart(self, now: float) -> None:
        """A break was taken or a suggestion dismissed: count both again from zero."""
        self._worked = 0.0
        if self._since is not None:
            self._since = now
        self._warned.clear()
