"""package.json and clips.jsonl follow the reviewer-package/1 schema, field by field."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from reviewer.core.package import CriticalExport, QuestionKind, TaskKind, VoiceDisguise
from reviewer.intake.header import parse_header
from reviewer.intake.manifest import parse_clips
from tests.intake.conftest import Gate
from tests.support.package_builder import PACKAGE_ID, PackageBuilder, clip_id

VALID_HEADER: dict[str, Any] = PackageBuilder().header


def header_problems(**changes: Any) -> set[tuple[str, str | None]]:
    header = {**VALID_HEADER, **changes}
    header = {k: v for k, v in header.items() if v is not ...}
    import json
    result = parse_header(json.dumps(header).encode())
    assert (result.header is None) == bool(result.problems)
    return {(p.rule, p.field) for p in result.problems}


def test_full_header_is_parsed() -> None:
    import json
    header = {**VALID_HEADER, "task": "verify",
              "policy": {"critical_export": "full", "voice_disguise": "default_on",
                         "max_clip_seconds": 30},
              "questions": [{"id": "wake", "prompt": "On purpose?", "kind": "choice",
                             "options": ["yes", "no"], "required": True},
                            {"id": "note", "prompt": "Anything else?", "kind": "text"}]}
    parsed = parse_header(json.dumps(header).encode()).header
    assert parsed is not None
    assert parsed.task is TaskKind.VERIFY
    assert parsed.created == dt.date(2026, 11, 1)
    assert parsed.policy.critical_export is CriticalExport.FULL
    assert parsed.policy.voice_disguise is VoiceDisguise.DEFAULT_ON
    assert parsed.policy.max_clip_seconds == 30
    assert [q.kind for q in parsed.questions] == [QuestionKind.CHOICE, QuestionKind.TEXT]
    assert parsed.questions[0].options == ("yes", "no")
    assert parsed.questions[0].required
    assert not parsed.questions[1].required


@pytest.mark.parametrize(("changes", "expected"), [
    ({"format": "reviewer-package/2"}, ("format", "format")),
    ({"format": ...}, ("missing", "format")),
    ({"package_id": "short"}, ("format", "package_id")),
    ({"package_id": "has space in it"}, ("format", "package_id")),
    ({"package_id": 12345678}, ("type", "package_id")),
    ({"task": "translate"}, ("format", "task")),
    ({"locale": "english"}, ("format", "locale")),
    ({"created": "2026-11-01T10:00:00"}, ("format", "created")),
    ({"created": "2026-02-30"}, ("format", "created")),
    ({"retention_days": 0}, ("range", "retention_days")),
    ({"retention_days": 366}, ("range", "retention_days")),
    ({"retention_days": True}, ("range", "retention_days")),
    ({"retention_days": 3.5}, ("range", "retention_days")),
    ({"policy": []}, ("type", "policy")),
    ({"policy": {"critical_export": "all"}}, ("format", "policy.critical_export")),
    ({"policy": {"voice_disguise": "on"}}, ("format", "policy.voice_disguise")),
    ({"policy": {"max_clip_seconds": 0}}, ("range", "policy.max_clip_seconds")),
    ({"policy": {"max_clip_seconds": 3601}}, ("range", "policy.max_clip_seconds")),
    ({"questions": {}}, ("type", "questions")),
    ({"questions": [{"id": "Bad", "prompt": "p", "kind": "text"}]}, ("format", "questions[0].id")),
    ({"questions": [{"id": "a", "prompt": "p", "kind": "choice"}]},
     ("type", "questions[0].options")),
    ({"questions": [{"id": "a", "prompt": "p", "kind": "choice", "options": ["x"]}]},
     ("range", "questions[0].options")),
    ({"questions": [{"id": "a", "prompt": "p", "kind": "text", "options": ["x", "y"]}]},
     ("format", "questions[0].options")),
    ({"questions": [{"id": "a", "prompt": "p", "kind": "bool", "required": "yes"}]},
     ("type", "questions[0].required")),
    ({"questions": [{"id": "a", "prompt": "", "kind": "bool"}]}, ("range", "questions[0].prompt")),
    ({"questions": [{"id": "a", "prompt": "p", "kind": "bool"}] * 2},
     ("duplicate", "questions[1].id")),
    ({"questions": [{"id": f"q{i}", "prompt": "p", "kind": "bool"} for i in range(21)]},
     ("range", "questions")),
])
def test_header_rule(changes: dict[str, Any], expected: tuple[str, str]) -> None:
    assert expected in header_problems(**changes)


@pytest.mark.parametrize("data", [b"", b"[]", b"{", b"\xff\xfe", b'{"retention_days": NaN}',
                                  b"[" * 100_000])
def test_header_must_be_strict_json_object(data: bytes) -> None:
    result = parse_header(data)
    assert result.header is None
    assert [p.rule for p in result.problems] == ["json"]


@pytest.mark.parametrize(("line", "expected"), [
    ({"clip_id": clip_id(1), "audio_filepath": "a.wav"}, ("missing", "duration")),
    ({"clip_id": "c1", "audio_filepath": "a.wav", "duration": 1}, ("format", "clip_id")),
    ({"clip_id": clip_id(1), "audio_filepath": "a.wav", "duration": 0}, ("range", "duration")),
    ({"clip_id": clip_id(1), "audio_filepath": "a.wav", "duration": "1"},
     ("range", "duration")),
    ({"clip_id": clip_id(1), "audio_filepath": 7, "duration": 1}, ("type", "audio_filepath")),
    ({"clip_id": clip_id(1), "audio_filepath": "a.wav", "duration": 1, "pred_text": 5},
     ("type", "pred_text")),
    ({"clip_id": clip_id(1), "audio_filepath": "a.wav", "duration": 1,
      "content_warning": "yes"}, ("type", "content_warning")),
    ({"clip_id": clip_id(1), "audio_filepath": "clips.jsonl", "duration": 1},
     ("path", "audio_filepath")),
])
def test_clip_line_rule(line: dict[str, Any], expected: tuple[str, str]) -> None:
    import json
    result = parse_clips((json.dumps(line) + "\n").encode())
    assert expected in {(p.rule, p.field) for p in result.problems}
    assert result.records == []


def test_clip_lines_report_line_numbers_and_duplicates() -> None:
    import json
    good = {"clip_id": clip_id(1), "audio_filepath": f"audio/{clip_id(1)}.wav", "duration": 1}
    text = "\n".join([json.dumps(good), "not json", "", json.dumps(good),
                      json.dumps({**good, "clip_id": clip_id(2)})]) + "\n"
    result = parse_clips(text.encode())
    assert [(p.rule, p.line, p.field) for p in result.problems] == [
        ("json", 2, None), ("json", 3, None), ("duplicate", 4, "clip_id"),
        ("path", 5, "audio_filepath")]
    assert [n for n, _ in result.records] == [1]


def test_empty_manifest_is_refused() -> None:
    assert [(p.rule, p.line) for p in parse_clips(b"").problems] == [("missing", None)]


def test_content_warning_and_texts_are_kept(builder: PackageBuilder, gate_accepts: Any) -> None:
    builder.lines[0].update(content_warning=True, prior_text="first pass", pred_text=None)
    record = gate_accepts(builder).clips[0].record
    assert record.content_warning is True
    assert record.prior_text == "first pass"
    assert record.pred_text is None


def test_many_problems_are_reported_at_once(builder: PackageBuilder, gate_refuses: Gate) -> None:
    builder.header.update(task="nope", retention_days=0, device_id="x")
    builder.lines[0]["duration"] = -1
    builder.lines[1]["email"] = "x"
    problems = gate_refuses(builder)
    assert {(p.file, p.rule) for p in problems} == {
        ("package.json", "format"), ("package.json", "range"), ("package.json", "identity-key"),
        ("clips.jsonl", "range"), ("clips.jsonl", "identity-key")}


@pytest.mark.parametrize(("changes", "field"), [
    ({"package_id": PACKAGE_ID + "\n"}, "package_id"), ({"locale": "en-US\n"}, "locale"),
    ({"created": "2026-11-01\n"}, "created"),
    ({"questions": [{"id": "q\n", "prompt": "p", "kind": "bool"}]}, "questions[0].id"),
])
def test_trailing_newlines_do_not_slip_through(changes: dict[str, Any], field: str) -> None:
    assert {("format", field), ("unicode", field)} & header_problems(**changes)


def test_clip_id_with_trailing_newline_is_refused() -> None:
    import json
    line = {"clip_id": clip_id(1) + "\n", "audio_filepath": "a.wav", "duration": 1}
    result = parse_clips((json.dumps(line) + "\n").encode())
    assert {("format", "clip_id"), ("unicode", "clip_id")} & {
        (p.rule, p.field) for p in result.problems}
