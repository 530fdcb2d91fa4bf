"""Rules the views follow, kept in core once (issue 11: a verify clip without a prior
transcript was titled "Automatic transcript" while its diff said "vs the prior transcript")."""

from __future__ import annotations

import itertools

import pytest

from reviewer.core.annotation import Annotation, ClipStatus
from reviewer.core.package import Policy, TaskKind
from reviewer.core.playback import (
    MAX_SPEED,
    MIN_SPEED,
    SPEED_STEP,
    SPEEDS,
    quantise_speed,
    replay_start,
    step_speed,
)
from reviewer.core.review import ClipSummary, ClipView, StatusCounts, counts_of


def _view(task: TaskKind, prior: str | None) -> ClipView:
    summary = ClipSummary(1, 1, 1, 1, ClipStatus.NEW, 2.0)
    return ClipView(summary, task, "en-US", Policy(), (), "automatic words", prior, None,
                    Annotation())


@pytest.mark.parametrize(("task", "prior", "is_prior", "text"), [
    (TaskKind.VERIFY, "prior words", True, "prior words"),
    (TaskKind.VERIFY, None, False, "automatic words"),
    (TaskKind.VERIFY, "", False, "automatic words"),
    (TaskKind.TRANSCRIBE, "prior words", False, "automatic words"),
])
def test_one_reference_for_title_diff_and_summary(task: TaskKind, prior: str | None,
                                                  is_prior: bool, text: str) -> None:
    view = _view(task, prior)
    assert view.reference_is_prior is is_prior
    assert view.reference_text == text


def test_counts_come_from_one_place() -> None:
    queue = [ClipSummary(i, 1 + i % 2, i, 3, status, 1.0) for i, status in enumerate(
        (ClipStatus.NEW, ClipStatus.DRAFT, ClipStatus.DONE, ClipStatus.SKIPPED,
         ClipStatus.ESCALATED, ClipStatus.DONE))]
    counts = counts_of(queue)
    assert counts == StatusCounts(2, 1, 1, 2, 1, 1)
    assert (counts.total, counts.finished) == (6, 4)


def test_every_speed_lies_on_the_engines_grid() -> None:
    for speed in SPEEDS:
        assert abs(round(speed / SPEED_STEP) * SPEED_STEP - speed) < 1e-9
        assert quantise_speed(speed) == speed  # exactly, as two decimals
    assert list(SPEEDS) == sorted(SPEEDS)
    assert 1.0 in SPEEDS


def test_speeds_are_half_to_double_in_steps_of_five_hundredths() -> None:
    assert SPEED_STEP == 0.05
    assert (SPEEDS[0], SPEEDS[-1]) == (MIN_SPEED, MAX_SPEED) == (0.5, 2.0)
    assert len(SPEEDS) == 31
    assert all(round(b - a, 2) == 0.05 for a, b in itertools.pairwise(SPEEDS))
    assert [f"{s:.2f}" for s in SPEEDS[9:12]] == ["0.95", "1.00", "1.05"]


def test_a_step_moves_one_grid_step_and_stops_at_the_ends() -> None:
    walked = [SPEEDS[0]]
    while walked[-1] != MAX_SPEED:
        walked.append(step_speed(walked[-1], +1))
    assert tuple(walked) == SPEEDS  # every speed is reached, none is skipped
    assert step_speed(MAX_SPEED, +1) == MAX_SPEED
    assert step_speed(MIN_SPEED, -1) == MIN_SPEED
    assert step_speed(1.0, -3) == 0.85
    assert step_speed(1.27, +1) == 1.3  # off the grid: onto it first, then one step
    assert step_speed(1.0, +100) == MAX_SPEED


def test_speeds_off_the_grid_are_put_on_it() -> None:
    assert quantise_speed(0.1) == 0.5
    assert quantise_speed(7) == 2.0
    assert quantise_speed(1.33) == 1.35
    assert quantise_speed(1.1 + 0.05 + 0.05 + 0.05) == 1.25  # float drift does not show
    assert quantise_speed(float("nan")) == 1.0
    assert quantise_speed(float("inf")) == 1.0


def test_replay_start_goes_back_within_the_clip_and_the_loop() -> None:
    assert replay_start(10.0, 3.0) == 7.0
    assert replay_start(1.5, 3.0) == 0.0
    assert replay_start(10.0, 3.0, loop=(8.0, 12.0)) == 8.0  # inside the loop: its start
    assert replay_start(10.0, 3.0, loop=(2.0, 5.0)) == 7.0  # outside it: the clip's rule
    assert replay_start(10.0, -1.0) == 10.0
