"""clips.jsonl: one clip per line, NeMo manifest names, identity-free metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reviewer.core.gate_report import Problem
from reviewer.core.package import ClipRecord
from reviewer.core.text_rules import cleaned_speech
from reviewer.intake import limits
from reviewer.intake.jsonsafe import JsonRefused, loads
from reviewer.intake.masking import mask_identity
from reviewer.intake.schema import (
    CLIP_KEYS,
    MANIFEST_FILE,
    MAX_RESPONSE,
    MAX_SHORT,
    MAX_TRANSCRIPT,
    Findings,
    get,
    is_number,
)
from reviewer.intake.shapes import OPAQUE_ID_RULE, audio_path_problem, is_opaque_id


@dataclass
class ClipsResult:
    records: list[tuple[int, ClipRecord]]  # (line number, record) of the valid lines
    problems: list[Problem]
    mentioned: set[str] = field(default_factory=set)  # every well-formed audio_filepath


def parse_clips(data: bytes, region: str | None = None) -> ClipsResult:
    """Validates every line of clips.jsonl; `region` is the package locale's region."""
    f = Findings(MANIFEST_FILE, region)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        f.add("json", None, "is not valid UTF-8")
        return ClipsResult([], f.problems)
    result = ClipsResult([], f.problems)
    records = result.records
    ids: set[str] = set()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) > limits.MAX_CLIPS:
        f.add("size", None, "more than {maximum} clips", maximum=limits.MAX_CLIPS)
        return result
    for number, line in enumerate(lines, start=1):
        f.line = number
        if not line.strip():
            f.add("json", None, "blank line")
            continue
        if len(line) > limits.MAX_MANIFEST_LINE:
            f.add("size", None, "line is too long")
            continue
        record = _clip(f, line, ids, result.mentioned)
        if record is not None:
            records.append((number, record))
    f.line = None
    if not lines:
        f.add("missing", None, "has no clips")
    return result


def _clip(f: Findings, line: str, ids: set[str], mentioned: set[str]) -> ClipRecord | None:
    try:
        obj = loads(line.encode("utf-8"))
    except JsonRefused as exc:
        f.add("json", None, str(exc))
        return None
    if not isinstance(obj, dict):
        f.add("json", None, "must be a JSON object")
        return None
    before = len(f.problems)
    f.keys(obj, CLIP_KEYS)
    for key in ("clip_id", "audio_filepath", "duration"):
        if key not in obj:
            f.add("missing", key, "required key is missing")
    clip_id = _clip_id(f, obj, ids)
    path = get(obj, "audio_filepath")
    if "audio_filepath" in obj and f.string(path, "audio_filepath", cap=2 * MAX_SHORT):
        problem = audio_path_problem(path, clip_id)
        if problem:
            f.add("path", "audio_filepath", problem)
        else:
            mentioned.add(path)
    duration = get(obj, "duration")
    if "duration" in obj and (not is_number(duration) or not 0 < duration <= 3600):
        f.add("range", "duration", "must be a number of seconds above 0")
    for key in ("pred_text", "prior_text"):
        value = get(obj, key)
        if value is not None:
            f.string(value, key, cap=MAX_TRANSCRIPT, strict=False)
    response = _response(f, get(obj, "assistant_response"))
    warning = get(obj, "content_warning", False)
    if not isinstance(warning, bool):
        f.add("type", "content_warning", "must be true or false")
    if len(f.problems) != before or clip_id is None:
        return None
    return ClipRecord(clip_id=clip_id, audio_filepath=path, duration=float(duration),
                      pred_text=get(obj, "pred_text"), assistant_response=response,
                      prior_text=get(obj, "prior_text"), content_warning=warning)


def _clip_id(f: Findings, obj: dict[str, Any], ids: set[str]) -> str | None:
    clip_id = get(obj, "clip_id")
    if "clip_id" not in obj or not f.string(clip_id, "clip_id", cap=MAX_SHORT):
        return None
    if not is_opaque_id(clip_id):
        f.add("format", "clip_id", OPAQUE_ID_RULE)
        return None
    if clip_id in ids:
        f.add("duplicate", "clip_id", "clip id used twice")
        return None
    ids.add(clip_id)
    return str(clip_id)


def _response(f: Findings, value: Any) -> str | None:
    """The assistant's answer, masked; refused only when it is not text or over the cap."""
    if value is None:
        return None
    if not isinstance(value, str):
        f.add("type", "assistant_response", "must be a string")
        return None
    if len(value) > MAX_RESPONSE:
        f.add("size", "assistant_response", "is longer than {cap} characters", cap=MAX_RESPONSE)
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        f.add("unicode", "assistant_response", "is not valid Unicode (it has a lone surrogate)")
        return None
    return mask_identity(cleaned_speech(value), f.region)
