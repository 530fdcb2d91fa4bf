from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.core.annotation import (
    Annotation,
    CriticalCategory,
    CriticalSpan,
    Flag,
    SkipReason,
    SubmitProblem,
    SubmitProblemCode,
    TimeRange,
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
    assert submit_problems(empty, (WAKE, NOTE)) == [
        SubmitProblem(SubmitProblemCode.UNANSWERED, "wake"),
        SubmitProblem(SubmitProblemCode.NO_TRANSCRIPT)]
    blank = Annotation(transcript="  ", answers={"wake": " "})  # whitespace is no answer
    assert submit_problems(blank, (WAKE, NOTE)) == [
        SubmitProblem(SubmitProblemCode.UNANSWERED, "wake"),
        SubmitProblem(SubmitProblemCode.NO_TRANSCRIPT)]
    ok = Annotation(transcript="turn on the lights", answers={"wake": "yes"})
    assert submit_problems(ok, (WAKE, NOTE)) == []


def test_a_no_speech_flag_stands_in_for_an_empty_transcript() -> None:
    a = Annotation(flags=frozenset({Flag.NO_SPEECH}), answers={"wake": "no"})
    assert submit_problems(a, (WAKE,)) == []


def test_answers_must_fit_their_question_kind() -> None:
    a = Annotation(transcript="x", answers={"wake": "maybe", "good": "yes"})
    assert submit_problems(a, (WAKE, GOOD)) == [
        SubmitProblem(SubmitProblemCode.NOT_AN_OPTION, "wake"),
        SubmitProblem(SubmitProblemCode.NOT_YES_NO, "good")]


def test_critical_needs_a_category() -> None:
    a = Annotation(transcript="x", critical=True)
    assert submit_problems(a, ()) == [SubmitProblem(SubmitProblemCode.NO_CATEGORY)]
    chosen = Annotation(transcript="x", critical=True,
                        categories=frozenset({CriticalCategory.HEALTH}))
    assert submit_problems(chosen, ()) == []


def test_finished_statuses() -> None:
    from reviewer.core.annotation import ClipStatus

    assert {s for s in ClipStatus if s.finished} == {
        ClipStatus.DONE, ClipStatus.SKIPPED, ClipStatus.ESCALATED}


# ---------------------------------------------------------------- spans with a time range
def test_a_span_keeps_its_time_through_json() -> None:
    a = Annotation(transcript="pay anna now").mark_span(
        4, 8, CriticalCategory.NAME, TimeRange(1.25, 2.5))
    data = a.to_json()
    assert data["spans"] == [[4, 8, "name", 1.25, 2.5]]
    back = Annotation.from_json(json.loads(json.dumps(data)))
    assert back == a
    assert back.spans[0].time == TimeRange(1.25, 2.5)


def test_an_untimed_span_is_stored_in_the_old_three_element_form() -> None:
    a = Annotation(transcript="pay anna").mark_span(4, 8, CriticalCategory.NAME)
    assert a.to_json()["spans"] == [[4, 8, "name"]]


def test_drafts_from_before_span_times_still_open() -> None:
    old = {"transcript": "call anna", "critical": True, "categories": ["name"],
           "spans": [[5, 9, "name"]]}
    a = Annotation.from_json(old)
    assert a.spans == (CriticalSpan(5, 9, CriticalCategory.NAME, None),)


@pytest.mark.parametrize("item", [
    [4, 8, "name", math.nan, 2.0],  # not a number
    [4, 8, "name", 1.0, math.inf],
    [4, 8, "name", -1.0, 2.0],  # before the clip
    [4, 8, "name", 3.0, 2.0],  # backwards
    [4, 8, "name", 2.0, 2.0],  # empty
    [4, 8, "name", 1.0],  # half a range
    [4, 8, "name", 1.0, 2.0, 3.0],
    [4, 8, "name", None, None],
    [4, 8, "name", "1.0", "2.0"],  # numbers, not text
    [4, 8, "name", True, 2.0],
    [4, 8, "nickname"],  # an unknown category
    [4, 8],
    ["4", 8, "name"],
    {"start": 4, "end": 8, "category": "name"},
    "4,8,name",
    None,
])
def test_bad_spans_are_refused_with_a_value_error(item: object) -> None:
    with pytest.raises(ValueError, match=r"span|time|nickname"):
        CriticalSpan.from_json(item)


@pytest.mark.parametrize(("start", "end"), [(math.nan, 1.0), (-0.5, 1.0), (2.0, 1.0),
                                            (1.0, 1.0)])
def test_a_time_range_runs_forward_from_zero(start: float, end: float) -> None:
    with pytest.raises(ValueError, match="forward"):
        TimeRange(start, end)


def test_time_range_clamped_to_a_clip() -> None:
    assert TimeRange(1.0, 5.0).clamped(3.0) == TimeRange(1.0, 3.0)
    assert TimeRange(4.0, 5.0).clamped(3.0) is None


def test_span_time_can_be_set_and_the_span_removed() -> None:
    a = (Annotation(transcript="anna and bob").mark_span(9, 12, CriticalCategory.NAME)
         .mark_span(0, 4, CriticalCategory.NAME))
    assert [s.start for s in a.spans] == [0, 9]  # in text order
    b = a.with_span_time(1, TimeRange(2.0, 3.0))
    assert b.spans[1].time == TimeRange(2.0, 3.0)
    assert b.spans[0].time is None
    assert b.with_span_time(1, None).spans[1].time is None
    c = b.without_span(0)
    assert c.spans == (CriticalSpan(9, 12, CriticalCategory.NAME, TimeRange(2.0, 3.0)),)
    assert c.critical  # the box stays ticked
    assert c.categories == {CriticalCategory.NAME}


def test_next_answer_cycles_yes_no_and_the_options() -> None:
    from reviewer.core.annotation import next_answer
    from reviewer.core.package import Question, QuestionKind

    yes_no = Question("intent", "Was it a request?", QuestionKind.BOOL)
    room = Question("room", "Which room?", QuestionKind.CHOICE, ("kitchen", "hall"))
    note = Question("note", "Note", QuestionKind.TEXT)
    assert [next_answer(yes_no, v) for v in (None, True, False)] == [True, False, None]
    assert next_answer(yes_no, "yes") is True  # not a yes/no answer: starts over
    one: object = 1  # an int is not True, though Python says 1 == True
    assert next_answer(yes_no, one) is True  # type: ignore[arg-type]
    assert [next_answer(room, v) for v in (None, "kitchen", "hall", "attic")] == [
        "kitchen", "hall", None, "kitchen"]
    assert next_answer(note, "typed") == "typed"


def test_carried_answers_keep_what_fits_the_new_questions() -> None:
    from reviewer.core.annotation import carried_answers
    from reviewer.core.package import Question, QuestionKind

    before = (Question("intent", "?", QuestionKind.BOOL),
              Question("room", "?", QuestionKind.CHOICE, ("kitchen", "hall")),
              Question("note", "?", QuestionKind.TEXT), Question("gone", "?", QuestionKind.BOOL))
    now = (Question("intent", "?", QuestionKind.TEXT),  # same id, another kind
           Question("room", "?", QuestionKind.CHOICE, ("hall", "attic")),
           Question("note", "?", QuestionKind.TEXT), Question("new", "?", QuestionKind.BOOL))
    answers: dict[str, str | bool] = {"intent": True, "room": "hall", "note": "tv on",
                                      "gone": False}
    assert carried_answers(before, answers, now) == {"room": "hall", "note": "tv on"}
    assert carried_answers(before, {"room": "kitchen"}, now) == {}  # no longer an option
    assert carried_answers((), answers, now) == {}
