"""What a reviewer records about one clip, and the rules for submitting it."""

from __future__ import annotations

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
class CriticalSpan:
    """Characters [start, end) of the transcript hold critical data of one category."""

    start: int
    end: int
    category: CriticalCategory


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

    def mark_span(self, start: int, end: int, category: CriticalCategory) -> Annotation:
        """Mark [start, end) critical; marking a span ticks the critical box."""
        if not 0 <= start < end <= len(self.transcript):
            raise ValueError("span outside the transcript")
        spans = tuple(sorted((*self.spans, CriticalSpan(start, end, category)),
                             key=lambda s: (s.start, s.end)))
        return replace(self, spans=spans, critical=True,
                       categories=self.categories | {category})

    def to_json(self) -> dict[str, Any]:
        return {
            "transcript": self.transcript,
            "critical": self.critical,
            "categories": sorted(c.value for c in self.categories),
            "spans": [[s.start, s.end, s.category.value] for s in self.spans],
            "flags": sorted(f.value for f in self.flags),
            "answers": dict(self.answers),
            "skip_reason": self.skip_reason.value if self.skip_reason else None,
            "handled_ms": self.handled_ms,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Annotation:
        return cls(
            transcript=str(data.get("transcript", "")),
            critical=bool(data.get("critical", False)),
            categories=frozenset(CriticalCategory(c) for c in data.get("categories", ())),
            spans=tuple(CriticalSpan(int(a), int(b), CriticalCategory(c))
                        for a, b, c in data.get("spans", ())),
            flags=frozenset(Flag(f) for f in data.get("flags", ())),
            answers=dict(data.get("answers", {})),
            skip_reason=SkipReason(data["skip_reason"]) if data.get("skip_reason") else None,
            handled_ms=int(data.get("handled_ms", 0)),
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


def submit_problems(annotation: Annotation, questions: tuple[Question, ...]) -> list[str]:
    """Why this annotation cannot be submitted yet; empty when it can."""
    problems: list[str] = []
    for q in questions:
        value = annotation.answers.get(q.id)
        if q.required and (value is None or (isinstance(value, str) and not value.strip())):
            problems.append(f"Answer the required question: {q.prompt}")
        elif q.kind is QuestionKind.CHOICE and value is not None and value not in q.options:
            problems.append(f"Pick one of the offered answers: {q.prompt}")
        elif q.kind is QuestionKind.BOOL and value is not None and not isinstance(value, bool):
            problems.append(f"Answer yes or no: {q.prompt}")
    nothing_heard = annotation.flags & {Flag.NO_SPEECH, Flag.ACCIDENTAL_ACTIVATION,
                                        Flag.UNINTELLIGIBLE, Flag.OTHER_LANGUAGE}
    if not annotation.transcript.strip() and not nothing_heard:
        problems.append("Type the transcript, or flag the clip (no speech, unintelligible, ...)")
    if annotation.critical and not annotation.categories:
        problems.append("Choose at least one critical-data category")
    return problems
