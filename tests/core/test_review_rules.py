"""Rules the views follow, kept in core once (issue 11: a verify clip without a prior
transcript was titled "Automatic transcript" while its diff said "vs the prior transcript")."""

from __future__ import annotations

import pytest

from reviewer.core.annotation import Annotation, ClipStatus
from reviewer.core.package import Policy, TaskKind
from reviewer.core.playback import SPEED_PRESETS, SPEED_STEP
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


def test_every_speed_preset_lies_on_the_engines_grid() -> None:
    for speed in SPEED_PRESETS:
        assert abs(round(speed / SPEED_STEP) * SPEED_STEP - speed) < 1e-9
    assert list(SPEED_PRESETS) == sorted(SPEED_PRESETS)
    assert 1.0 in SPEED_PRESETS
