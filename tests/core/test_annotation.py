from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.annotation import (
    Annotation,
    CriticalCategory,
    CriticalSpan,
    Flag,
    SkipReason,
    redact,
    submit_problems,
    valid_spans,
)
from reviewer.core.package import Question, QuestionKind

WAKE = Question("wake", "Was the assistant addressed on purpose?", QuestionKind.CHOICE,
                ("yes", "no", "unsure"), required=True)
NOTE = Question("note", "Anything else?", QuestionKind.TEXT)
GOOD = Question("good", "Was the response helpful?", QuestionKind.BOOL)


def test_marking_a_span_ticks_critical_and_adds_the_category() -> None:
    a = Annotation(transcript="call anna on her mobile")
    b = a.mark_span(5, 9, CriticalCategory.NAME)
    assert b.critical
    assert b.categories == {CriticalCategory.NAME}
    assert b.spans == (CriticalSpan(5, 9, CriticalCategory.NAME),)
    assert a.spans == ()  # annotations are values


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 3), (4, 2), (0, 99)])
def test_spans_outside_the_transcript_are_refused(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="outside"):
        Annotation(transcript="short").mark_span(start, end, CriticalCategory.OTHER)


def test_redact_replaces_each_span_with_its_category_tag() -> None:
    a = (Annotation(transcript="pay 4111 1111 1111 1111 to anna")
         .mark_span(4, 23, CriticalCategory.FINANCIAL)
         .mark_span(27, 31, CriticalCategory.NAME))
    assert redact(a) == "pay <FINANCIAL> to <NAME>"


def test_redact_ignores_stale_and_overlapping_spans() -> None:
    a = Annotation(transcript="hello anna", spans=(
        CriticalSpan(6, 10, CriticalCategory.NAME),
        CriticalSpan(7, 9, CriticalCategory.OTHER),  # overlaps: first one wins
        CriticalSpan(8, 40, CriticalCategory.OTHER),  # stale after an edit
    ))
    assert valid_spans(a) == (CriticalSpan(6, 10, CriticalCategory.NAME),)
    assert redact(a) == "hello <NAME>"


@given(st.text(max_size=40), st.lists(st.tuples(st.integers(-5, 50), st.integers(-5, 50),
                                                st.sampled_from(list(CriticalCategory))),
                                      max_size=6))
def test_redact_never_leaves_a_marked_character_in_place(
        text: str, raw: list[tuple[int, int, CriticalCategory]]) -> None:
    a = Annotation(transcript=text, spans=tuple(CriticalSpan(s, e, c) for s, e, c in raw))
    kept = valid_spans(a)
    out = redact(a)
    # Rebuild from the kept spans: every gap of the transcript is in the output, in order.
    pos = 0
    rest = out
    for s in kept:
        gap = text[pos : s.start]
        assert rest.startswith(gap + s.category.tag)
        rest = rest[len(gap) + len(s.category.tag):]
        pos = s.end
    assert rest == text[pos:]


def test_json_round_trip_keeps_everything() -> None:
    a = Annotation(transcript="pay anna", critical=True,
                   categories=frozenset({CriticalCategory.NAME}),
                   spans=(CriticalSpan(4, 8, CriticalCategory.NAME),),
                   flags=frozenset({Flag.MEDIA_PLAYING}), answers={"wake": "yes", "good": True},
                   skip_reason=SkipReason.OTHER, handled_ms=1234)
    assert Annotation.from_json(a.to_json()) == a


def test_submit_requires_required_answers_and_a_transcript_or_flag() -> None:
    empty = Annotation()
    problems = submit_problems(empty, (WAKE, NOTE))
    assert any("required question" in p for p in problems)
    assert any("Type the transcript" in p for p in problems)
    ok = Annotation(transcript="turn on the lights", answers={"wake": "yes"})
    assert submit_problems(ok, (WAKE, NOTE)) == []


def test_a_no_speech_flag_stands_in_for_an_empty_transcript() -> None:
    a = Annotation(flags=frozenset({Flag.NO_SPEECH}), answers={"wake": "no"})
    assert submit_problems(a, (WAKE,)) == []


def test_answers_must_fit_their_question_kind() -> None:
    a = Annotation(transcript="x", answers={"wake": "maybe", "good": "yes"})
    problems = submit_problems(a, (WAKE, GOOD))
    assert any("offered answers" in p for p in problems)
    assert any("yes or no" in p for p in problems)


def test_critical_needs_a_category() -> None:
    a = Annotation(transcript="x", critical=True)
    assert any("category" in p for p in submit_problems(a, ()))


def test_finished_statuses() -> None:
    from reviewer.core.annotation import ClipStatus

    assert {s for s in ClipStatus if s.finished} == {
        ClipStatus.DONE, ClipStatus.SKIPPED, ClipStatus.ESCALATED}
