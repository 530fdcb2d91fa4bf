"""The waveform's selection model: clamped to the clip, evented, edges that never cross."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.annotation import TimeRange
from reviewer.core.time_selection import MIN_SECONDS, TimeSelection


def selection(duration: float = 10.0) -> tuple[TimeSelection, list[TimeRange | None]]:
    s = TimeSelection()
    s.reset(duration)
    seen: list[TimeRange | None] = []
    s.listen(seen.append)
    return s, seen


def test_select_in_either_order_and_tell_listeners() -> None:
    s, seen = selection()
    assert s.select(4.0, 1.5) == TimeRange(1.5, 4.0)
    assert s.range == TimeRange(1.5, 4.0)
    assert seen == [TimeRange(1.5, 4.0)]


def test_select_is_clamped_to_the_clip() -> None:
    s, _ = selection(10.0)
    assert s.select(-3.0, 12.0) == TimeRange(0.0, 10.0)
    assert s.select(11.0, 12.0) is None  # wholly after the clip: nothing left


def test_too_narrow_is_a_click_and_clears() -> None:
    s, seen = selection()
    s.select(1.0, 2.0)
    assert s.select(3.0, 3.0 + MIN_SECONDS / 2) is None
    assert seen == [TimeRange(1.0, 2.0), None]


def test_exactly_the_minimum_width_is_a_selection() -> None:
    s, _ = selection()
    assert s.select(0.3, 0.35) is not None  # 0.35 - 0.3 < 0.05 in floating point


def test_no_event_when_nothing_changes() -> None:
    s, seen = selection()
    s.select(1.0, 2.0)
    s.select(2.0, 1.0)
    s.clear()
    s.clear()
    assert seen == [TimeRange(1.0, 2.0), None]


def test_reset_clears_and_sets_the_new_clip_length() -> None:
    s, seen = selection(10.0)
    s.select(1.0, 9.0)
    s.reset(4.0)
    assert s.range is None
    assert s.duration == 4.0
    assert seen[-1] is None
    assert s.select(1.0, 9.0) == TimeRange(1.0, 4.0)


@pytest.mark.parametrize("duration", [-1.0, math.nan, math.inf])
def test_reset_with_a_nonsense_length_means_no_clip(duration: float) -> None:
    s, _ = selection()
    s.reset(duration)
    assert s.duration == 0.0
    assert s.select(0.0, 1.0) is None


def test_without_a_clip_nothing_can_be_selected() -> None:
    s = TimeSelection()
    assert s.select(0.0, 1.0) is None
    assert s.set_start(0.5) is None
    assert s.nudge(0.1, 0.1) is None


def test_times_that_are_not_numbers_change_nothing() -> None:
    s, seen = selection()
    s.select(1.0, 2.0)
    assert s.select(math.nan, 3.0) == TimeRange(1.0, 2.0)
    assert s.set_start(math.nan) == TimeRange(1.0, 2.0)
    assert s.set_end(math.inf) == TimeRange(1.0, 2.0)
    assert seen == [TimeRange(1.0, 2.0)]


def test_select_range_and_none() -> None:
    s, _ = selection()
    assert s.select_range(TimeRange(2.0, 3.0)) == TimeRange(2.0, 3.0)
    assert s.select_range(None) is None
    assert s.range is None


def test_set_start_and_end_without_a_selection_use_the_clip_edges() -> None:
    s, _ = selection(10.0)
    assert s.set_start(3.0) == TimeRange(3.0, 10.0)
    s.clear()
    assert s.set_end(4.0) == TimeRange(0.0, 4.0)


def test_set_start_then_end_selects_between_them() -> None:
    s, _ = selection(10.0)
    s.set_start(3.0)
    assert s.set_end(5.5) == TimeRange(3.0, 5.5)
    assert s.set_start(1.0) == TimeRange(1.0, 5.5)


def test_set_end_before_the_start_starts_at_zero() -> None:
    s, _ = selection(10.0)
    s.select(4.0, 6.0)
    assert s.set_end(2.0) == TimeRange(0.0, 2.0)
    assert s.set_start(8.0) == TimeRange(8.0, 10.0)  # after the end: to the clip's end


def test_an_edge_key_at_the_other_edge_keeps_the_selection() -> None:
    s, seen = selection(10.0)
    s.select(4.0, 6.0)
    assert s.set_start(5.99) == TimeRange(4.0, 6.0)
    assert s.set_end(4.01) == TimeRange(4.0, 6.0)
    s.clear()
    assert s.set_start(10.0) is None  # at the clip's end: nothing to select
    assert s.set_end(0.0) is None
    assert seen == [TimeRange(4.0, 6.0), None]


def test_nudge_moves_each_edge() -> None:
    s, _ = selection(10.0)
    s.select(4.0, 6.0)
    assert s.nudge(0.0, 0.5) == TimeRange(4.0, 6.5)
    assert s.nudge(-1.0, 0.0) == TimeRange(3.0, 6.5)
    assert s.nudge(0.0, 10.0) == TimeRange(3.0, 10.0)  # clamped to the clip
    assert s.nudge(-10.0, 0.0) == TimeRange(0.0, 10.0)


def test_nudge_never_lets_the_edges_cross() -> None:
    s, _ = selection(10.0)
    s.select(4.0, 4.2)
    assert s.nudge(0.0, -0.5) == TimeRange(4.0, 4.2)
    assert s.nudge(0.5, 0.0) == TimeRange(4.0, 4.2)


def test_nudge_without_a_selection_does_nothing() -> None:
    s, seen = selection()
    assert s.nudge(0.1, 0.1) is None
    assert seen == []


def test_a_listener_can_stop_listening() -> None:
    s, seen = selection()
    s.unlisten(seen.append)
    s.unlisten(seen.append)  # twice is harmless
    s.select(1.0, 2.0)
    assert seen == []


finite = st.floats(-20, 30, allow_nan=False)


@given(st.lists(st.tuples(st.sampled_from(["select", "start", "end", "nudge", "clear"]),
                          finite, finite), max_size=20))
def test_the_selection_is_always_inside_the_clip_and_wide_enough(
        ops: list[tuple[str, float, float]]) -> None:
    s, seen = selection(10.0)
    for op, a, b in ops:
        if op == "select":
            s.select(a, b)
        elif op == "start":
            s.set_start(a)
        elif op == "end":
            s.set_end(a)
        elif op == "nudge":
            s.nudge(a / 10, b / 10)
        else:
            s.clear()
        r = s.range
        assert r is None or 0.0 <= r.start < r.end <= 10.0
        assert r is None or r.end - r.start >= MIN_SECONDS - 1e-6
    assert (seen[-1] if seen else None) == s.range  # listeners saw the last change
