"""What a reviewer records about one clip, and the rules for submitting it."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from reviewer.core.package import Question, QuestionKind


class ClipStatus(StrEnum):
    NEW = "new"
    DRAFT = "draft"
    DONE = "done"
    SKIPPED = "skipped"
    ESCALATED = "escalated"

    @property
    def finished(self) -> bool:
        return self in (ClipStatus.DONE, ClipStatus.SKIPPED, ClipStatus.ESCALATED)


class CriticalCategory(StrEnum):
    NAME = "name"
    FINANCIAL = "financial"
    HEALTH = "health"
    LOCATION = "location"
    CONTACT = "contact"
    CREDENTIALS = "credentials"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]

    @property
    def tag(self) -> str:
        """The tag that replaces a span in a redacted export, e.g. `<FINANCIAL>`."""
        return f"<{self.value.upper()}>"


_CATEGORY_LABELS = {
    CriticalCategory.NAME: "Name",
    CriticalCategory.FINANCIAL: "Financial",
    CriticalCategory.HEALTH: "Health",
    CriticalCategory.LOCATION: "Address or location",
    CriticalCategory.CONTACT: "Contact details",
    CriticalCategory.CREDENTIALS: "Credentials",
    CriticalCategory.OTHER: "Other",
}


class Flag(StrEnum):
    ACCIDENTAL_ACTIVATION = "accidental_activation"
    UNINTELLIGIBLE = "unintelligible"
    NO_SPEECH = "no_speech"
    BACKGROUND_SPEECH_ONLY = "background_speech_only"
    MEDIA_PLAYING = "media_playing"
    OTHER_LANGUAGE = "other_language"

    @property
    def label(self) -> str:
        return _FLAG_LABELS[self]


_FLAG_LABELS = {
    Flag.ACCIDENTAL_ACTIVATION: "Accidental activation",
    Flag.UNINTELLIGIBLE: "Unintelligible",
    Flag.NO_SPEECH: "No speech",
    Flag.BACKGROUND_SPEECH_ONLY: "Background speech only",
    Flag.MEDIA_PLAYING: "Media playing (TV/radio)",
    Flag.OTHER_LANGUAGE: "Other language",
}


class SkipReason(StrEnum):
    CANT_HEAR = "cant_hear"
    WRONG_LANGUAGE = "wrong_language"
    DISTRESSING = "distressing"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _SKIP_LABELS[self]


_SKIP_LABELS = {
    SkipReason.CANT_HEAR: "Can't hear",
    SkipReason.WRONG_LANGUAGE: "Wrong language",
    SkipReason.DISTRESSING: "Distressing",
    SkipReason.OTHER: "Other",
}

Answer = str | bool


@dataclass(frozen=True)
class TimeRange:
    """Seconds [start, end) of a clip's audio."""

    start: float
    end: float

    def __post_init__(self) -> None:
        if not (math.isfinite(self.start) and math.isfinite(self.end)
                and 0.0 <= self.start < self.end):
            raise ValueError("a time range runs forward from 0 s")

    def clamped(self, duration: float) -> TimeRange | None:
        """This range inside [0, duration]; None when nothing of it is left."""
        start, end = max(self.start, 0.0), min(self.end, duration)
        return TimeRange(start, end) if start < end else None


@dataclass(frozen=True)
class CriticalSpan:
    """Characters [start, end) of the transcript hold critical data of one category, said
    in the audio's `time` range (None until the reviewer gives one: then the clip's audio
    never leaves redacted)."""

    start: int
    end: int
    category: CriticalCategory
    time: TimeRange | None = None

    def to_json(self) -> list[Any]:
        base: list[Any] = [self.start, self.end, self.category.value]
        return base if self.time is None else [*base, self.time.start, self.time.end]

    @classmethod
    def from_json(cls, item: Any) -> CriticalSpan:
        """[start, end, category] or [start, end, category, t0, t1]; ValueError otherwise."""
        if not isinstance(item, list | tuple) or len(item) not in (3, 5):
            raise ValueError("a span is [start, end, category] or [start, end, category, "
                             "t0, t1]")
        start, end, category, *time = item
        if not all(_is_number(v) for v in (start, end, *time)):
            raise ValueError("a span's positions and times are numbers")
        return cls(int(start), int(end), CriticalCategory(category),
                   TimeRange(float(time[0]), float(time[1])) if time else None)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@dataclass(frozen=True)
class Annotation:
    transcript: str = ""
    critical: bool = False
    categories: frozenset[CriticalCategory] = frozenset()
    spans: tuple[CriticalSpan, ...] = ()
    flags: frozenset[Flag] = frozenset()
    answers: Mapping[str, Answer] = field(default_factory=dict)
    skip_reason: SkipReason | None = None
    handled_ms: int = 0
    # The reviewer's words for a skip with the reason "other" ("" for none). Kept in the
    # vault with the skip; not exported (free text on a skipped clip has no critical marks
    # to redact it by).
    skip_note: str = ""

    def mark_span(self, start: int, end: int, category: CriticalCategory,
                  time: TimeRange | None = None) -> Annotation:
        """Mark [start, end) critical, said in `time`; marking a span ticks the critical box."""
        if not 0 <= start < end <= len(self.transcript):
            raise ValueError("span outside the transcript")
        spans = tuple(sorted((*self.spans, CriticalSpan(start, end, category, time)),
                             key=lambda s: (s.start, s.end)))
        return replace(self, spans=spans, critical=True,
                       categories=self.categories | {category})

    def with_span_time(self, index: int, time: TimeRange | None) -> Annotation:
        """The `index`th span (in self.spans) said in `time` instead."""
        spans = list(self.spans)
        spans[index] = replace(spans[index], time=time)
        return replace(self, spans=tuple(spans))

    def without_span(self, index: int) -> Annotation:
        """The `index`th span unmarked (the critical box and categories stay as they are)."""
        return replace(self, spans=self.spans[:index] + self.spans[index + 1:])

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "transcript": self.transcript,
            "critical": self.critical,
            "categories": sorted(c.value for c in self.categories),
            "spans": [s.to_json() for s in self.spans],
            "flags": sorted(f.value for f in self.flags),
            "answers": dict(self.answers),
            "skip_reason": self.skip_reason.value if self.skip_reason else None,
            "handled_ms": self.handled_ms,
        }
        if self.skip_note:  # only when there is one: older annotations read as they were
            out["skip_note"] = self.skip_note
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Annotation:
        return cls(
            transcript=str(data.get("transcript", "")),
            critical=bool(data.get("critical", False)),
            categories=frozenset(CriticalCategory(c) for c in data.get("categories", ())),
            spans=tuple(CriticalSpan.from_json(item) for item in data.get("spans", ())),
            flags=frozenset(Flag(f) for f in data.get("flags", ())),
            answers=dict(data.get("answers", {})),
            skip_reason=SkipReason(data["skip_reason"]) if data.get("skip_reason") else None,
            handled_ms=int(data.get("handled_ms", 0)),
            skip_note=str(data.get("skip_note", "")),
        )


def valid_spans(annotation: Annotation) -> tuple[CriticalSpan, ...]:
    """Spans that still fit the transcript, without overlaps (first one wins)."""
    out: list[CriticalSpan] = []
    end = -1
    for s in sorted(annotation.spans, key=lambda s: (s.start, s.end)):
        if 0 <= s.start < s.end <= len(annotation.transcript) and s.start >= end:
            out.append(s)
            end = s.end
    return tuple(out)


def redact(annotation: Annotation) -> str:
    """The transcript with each critical span replaced by its category tag."""
    text = annotation.transcript
    for s in reversed(valid_spans(annotation)):
        text = text[: s.start] + s.category.tag + text[s.end :]
    return text


class SubmitProblemCode(StrEnum):
    """Why a clip cannot be submitted yet (the window words each one: ui/wording.py)."""

    UNANSWERED = "unanswered"  # a required question has no answer
    NOT_AN_OPTION = "not_an_option"  # a choice question's answer is not one of its options
    NOT_YES_NO = "not_yes_no"  # a yes/no question's answer is not yes or no
    NO_TRANSCRIPT = "no_transcript"  # no transcript, and no flag that says nothing was heard
    NO_CATEGORY = "no_category"  # marked critical without a category


@dataclass(frozen=True)
class SubmitProblem:
    """One thing that blocks submitting; `question_id` names the question it is about (the
    three question codes), None otherwise."""

    code: SubmitProblemCode
    question_id: str | None = None

    def __str__(self) -> str:  # for logs and exception texts; the window words it itself
        if self.question_id is None:
            return self.code.value
        return f"{self.code.value} ({self.question_id})"


def next_answer(question: Question, value: Answer | None) -> Answer | None:
    """The answer after `value` when the question's key is pressed: a yes/no question goes
    Yes, No, unanswered (None); a choice goes through its options, then unanswered; an answer
    that is not one of them starts over. A text question is typed, not cycled: `value` as it
    is."""
    if question.kind is QuestionKind.TEXT:
        return value
    order: list[Answer | None] = ([True, False] if question.kind is QuestionKind.BOOL
                                  else list(question.options))
    order.append(None)
    for i, answer in enumerate(order):
        # bool is an int in Python: a yes/no answer matches True or False, nothing else.
        if answer == value and isinstance(answer, bool) == isinstance(value, bool):
            return order[(i + 1) % len(order)]
    return order[0]


def carried_answers(previous: tuple[Question, ...], answers: Mapping[str, Answer],
                    questions: tuple[Question, ...]) -> dict[str, Answer]:
    """The answers of an earlier clip (asked `previous`) that fit the questions of this one:
    a question with the same id and kind, and for a choice an answer among its options."""
    kinds = {q.id: q.kind for q in previous}
    out: dict[str, Answer] = {}
    for q in questions:
        value = answers.get(q.id)
        if value is None or kinds.get(q.id) is not q.kind:
            continue
        fits = (isinstance(value, bool) if q.kind is QuestionKind.BOOL
                else isinstance(value, str) and (q.kind is QuestionKind.TEXT
                                                 or value in q.options))
        if fits:
            out[q.id] = value
    return out


def submit_problems(annotation: Annotation,
                    questions: tuple[Question, ...]) -> list[SubmitProblem]:
    """Why this annotation cannot be submitted yet, in the order the window lists them;
    empty when it can."""
    problems: list[SubmitProblem] = []
    for q in questions:
        value = annotation.answers.get(q.id)
        if q.required and (value is None or (isinstance(value, str) and not value.strip())):
            problems.append(SubmitProblem(SubmitProblemCode.UNANSWERED, q.id))
        elif q.kind is QuestionKind.CHOICE and value is not None and value not in q.options:
            problems.append(SubmitProblem(SubmitProblemCode.NOT_AN_OPTION, q.id))
        elif q.kind is QuestionKind.BOOL and value is not None and not isinstance(value, bool):
            problems.append(SubmitProblem(SubmitProblemCode.NOT_YES_NO, q.id))
    nothing_heard = annotation.flags & {Flag.NO_SPEECH, Flag.ACCIDENTAL_ACTIVATION,
                                        Flag.UNINTELLIGIBLE, Flag.OTHER_LANGUAGE}
    if not annotation.transcript.strip() and not nothing_heard:
        problems.append(SubmitProblem(SubmitProblemCode.NO_TRANSCRIPT))
    if annotation.critical and not annotation.categories:
        problems.append(SubmitProblem(SubmitProblemCode.NO_CATEGORY))
    return problems
