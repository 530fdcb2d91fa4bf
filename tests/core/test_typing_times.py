"""Typing times: the playback position at which each character was typed, and the default
time range of a span made from them."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pytest

from reviewer.core.annotation import TimeRange
from reviewer.core.typing_times import LEAD_S, TRAIL_S, TypingTimes


def typed(text: str, times: Sequence[float | None], start: int = 0) -> TypingTimes:
    """`text` typed one character at a time at `times` (after `start` untyped characters)."""
    t = TypingTimes(start)
    for i, at in enumerate(times):
        t.edited(start + i, 0, 1, at)
    assert len(t) == start + len(text)
    return t


def test_default_range_runs_from_before_the_first_to_after_the_last() -> None:
    t = typed("anna", [5.0, 5.2, 5.4, 5.6])
    assert t.default_range(0, 4, 10.0) == TimeRange(5.0 - LEAD_S, 5.6 + TRAIL_S)


def test_default_range_is_clamped_to_the_clip() -> None:
    t = typed("hi", [0.5, 9.9])
    assert t.default_range(0, 2, 10.0) == TimeRange(0.0, 10.0)


def test_only_the_span_characters_count() -> None:
    t = typed("call anna", [1.0] * 5 + [6.0, 6.1, 6.2, 6.3])
    r = t.default_range(5, 9, 10.0)
    assert r == TimeRange(6.0 - LEAD_S, 6.3 + TRAIL_S)


def test_text_not_typed_while_listening_has_no_default() -> None:
    t = TypingTimes(9)  # a clip opened with its draft: times unknown
    assert t.default_range(0, 9, 10.0) is None
    t.edited(9, 0, 4, None)  # pasted
    assert t.default_range(9, 13, 10.0) is None


def test_partly_typed_span_uses_the_typed_part() -> None:
    t = TypingTimes(3)
    t.edited(3, 0, 1, 4.0)
    assert t.default_range(0, 4, 10.0) == TimeRange(4.0 - LEAD_S, 4.0 + TRAIL_S)


def test_an_edit_shifts_the_times_that_follow() -> None:
    t = typed("ab", [1.0, 2.0])
    t.edited(0, 0, 3, None)  # three untimed characters before them
    assert len(t) == 5
    assert t.default_range(0, 3, 10.0) is None
    assert t.default_range(3, 4, 10.0) == TimeRange(0.0, 1.0 + TRAIL_S)
    assert t.default_range(4, 5, 10.0) == TimeRange(0.0, 2.0 + TRAIL_S)


def test_replacing_characters_forgets_their_times() -> None:
    t = typed("abcd", [1.0, 1.0, 8.0, 8.0])
    t.edited(2, 2, 1, None)  # "cd" replaced by one pasted character
    assert len(t) == 3
    assert t.default_range(0, 3, 10.0) == TimeRange(0.0, 1.0 + TRAIL_S)
    t.edited(0, 3, 0, None)  # everything deleted
    assert len(t) == 0


def test_reset_forgets_everything() -> None:
    t = typed("ab", [1.0, 2.0])
    t.reset(5)
    assert len(t) == 5
    assert t.default_range(0, 5, 10.0) is None


def test_edits_outside_the_text_are_clamped() -> None:
    t = typed("ab", [1.0, 2.0])
    t.edited(99, 0, 1, 3.0)  # past the end: appended
    t.edited(-4, 0, 1, None)  # before the start: prepended
    assert len(t) == 4
    assert t.default_range(3, 4, 10.0) == TimeRange(1.0, 3.0 + TRAIL_S)


@pytest.mark.parametrize(("start", "end"), [(2, 2), (3, 1), (0, -1), (-5, 0), (10, 20)])
def test_empty_or_backwards_character_ranges_have_no_default(start: int, end: int) -> None:
    t = typed("abc", [1.0, 2.0, 3.0])
    assert t.default_range(start, end, 10.0) is None


@pytest.mark.parametrize("duration", [0.0, -1.0, math.nan])
def test_no_default_without_a_clip_length(duration: float) -> None:
    assert typed("a", [1.0]).default_range(0, 1, duration) is None


def test_typed_after_the_clip_ended_has_no_default_inside_it() -> None:
    t = typed("a", [12.0 + LEAD_S])
    assert t.default_range(0, 1, 10.0) is None


@pytest.mark.parametrize(("at", "expected"), [
    (-0.7, TimeRange(0.0, TRAIL_S)),  # a position before the start reads as 0 s
    (math.nan, None),  # not a position at all: not dated
    (math.inf, None),
])
def test_odd_positions_never_break_the_default(at: float, expected: TimeRange | None) -> None:
    t = typed("a", [at])
    assert t.default_range(0, 1, 10.0) == expected
