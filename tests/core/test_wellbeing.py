"""When a break is suggested: minutes of work (only while working) and content-warning clips,
both counted again after a break or a dismissed suggestion; 0 never suggests."""

from __future__ import annotations

from reviewer.core.settings_policy import parse_settings_policy
from reviewer.core.wellbeing import (
    DEFAULT_BREAK_AFTER_MINUTES,
    DEFAULT_BREAK_AFTER_WARNINGS,
    BreakPolicy,
    BreakPrompts,
    BreakReason,
)


def test_defaults_are_fifty_minutes_and_five_warnings() -> None:
    assert BreakPolicy() == BreakPolicy(DEFAULT_BREAK_AFTER_MINUTES,
                                        DEFAULT_BREAK_AFTER_WARNINGS) == BreakPolicy(50, 5)


def test_only_time_at_work_counts() -> None:
    prompts = BreakPrompts(BreakPolicy(after_minutes=10, after_warnings=0))
    assert prompts.due(0.0) is None
    prompts.set_working(True, 100.0)
    assert prompts.due(100.0 + 9 * 60) is None
    prompts.set_working(False, 100.0 + 9 * 60)  # in another application for an hour
    assert prompts.due(100.0 + 69 * 60) is None
    assert prompts.worked_seconds(100.0 + 69 * 60) == 9 * 60
    prompts.set_working(True, 5000.0)
    prompts.set_working(True, 5010.0)  # said twice: the stretch began at 5000
    assert prompts.due(5000.0 + 59) is None
    assert prompts.due(5000.0 + 60) is BreakReason.WORKED


def test_content_warning_clips_count_once_each() -> None:
    prompts = BreakPrompts(BreakPolicy(after_minutes=0, after_warnings=3))
    for local_id in (4, 4, 9):
        prompts.warning_clip(local_id)
    assert prompts.warning_clips == 2
    assert prompts.due(0.0) is None
    prompts.warning_clip(12)
    assert prompts.due(0.0) is BreakReason.WARNINGS


def test_warnings_come_before_time_and_restart_counts_both_again() -> None:
    prompts = BreakPrompts(BreakPolicy(after_minutes=1, after_warnings=1))
    prompts.set_working(True, 0.0)
    prompts.warning_clip(1)
    assert prompts.due(120.0) is BreakReason.WARNINGS
    prompts.restart(120.0)  # dismissed, or a break taken
    assert prompts.warning_clips == 0
    assert prompts.due(120.0) is None
    assert prompts.due(179.0) is None  # a full stretch again, not at once
    assert prompts.due(180.0) is BreakReason.WORKED


def test_zero_never_suggests() -> None:
    prompts = BreakPrompts(BreakPolicy(after_minutes=0, after_warnings=0))
    prompts.set_working(True, 0.0)
    for local_id in range(100):
        prompts.warning_clip(local_id)
    assert prompts.due(10 * 3600.0) is None


def test_the_organisation_can_set_and_lock_them() -> None:
    policy = parse_settings_policy({"defaults": {"wellbeing/break_after_minutes": 30},
                                    "locked": {"wellbeing/break_after_warnings": 2}})
    assert policy.defaults == {"wellbeing/break_after_minutes": 30}
    assert policy.is_locked("wellbeing/break_after_warnings")
