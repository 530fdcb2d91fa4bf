"""clips.jsonl: one clip per line, NeMo manifest names, identity-free metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

from reviewer.core.gate_report import Problem
from reviewer.core.package import ClipRecord
from reviewer.intake import limits
from reviewer.intake.jsonsafe import JsonRefused, loads
from reviewer.intake.paths import path_problem
from reviewer.intake.schema import (
    CLIP_KEYS,
    MANIFEST_FILE,
    MAX_FREE_TEXT,
    OPAQUE_ID,
    Findings,
    get,
    is_number,
)


@dataclass
class ClipsResult:
    records: list[tuple[int, ClipRecord]]  # (line number, record) of the valid lines
    problems: list[Problem]
    mentioned: set[str] = field(default_factory=set)  # every well-formed audio_filepath


def parse_clips(data: bytes) -> ClipsResult:
    """Validates every line of clips.jsonl."""
    f = Findings(MANIFEST_FILE)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        f.add("json", None, "is not valid UTF-8")
        return ClipsResult([], f.problems)
    result = ClipsResult([], f.problems)
    records = result.records
    ids: set[str] = set()
    paths: set[str] = set()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) > limits.MAX_CLIPS:
        f.add("size", None, f"more than {limits.MAX_CLIPS} clips")
        return result
    for number, line in enumerate(lines, start=1):
        f.line = number
        if not line.strip():
            f.add("json", None, "blank line")
            continue
        if len(line) > limits.MAX_MANIFEST_LINE:
            f.add("size", None, "line is too long")
            continue
        record = _clip(f, line, ids, paths, result.mentioned)
        if record is not None:
            records.append((number, record))
    f.line = None
    if not lines:
        f.add("missing", None, "has no clips")
    return result


def _clip(f: Findings, line: str, ids: set[str], paths: set[str],
          mentioned: set[str]) -> ClipRecord | None:
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
    clip_id = get(obj, "clip_id")
    if "clip_id" in obj and f.text(clip_id, "clip_id", metadata=True):
        if not OPAQUE_ID.fullmatch(clip_id):
            f.add("format", "clip_id", "must be 8-64 characters of A-Z a-z 0-9 _ -")
        elif clip_id in ids:
            f.add("duplicate", "clip_id", "clip id used twice")
        ids.add(clip_id)
    path = get(obj, "audio_filepath")
    if "audio_filepath" in obj and f.text(path, "audio_filepath", metadata=True):
        problem = path_problem(path)
        if problem:
            f.add("path", "audio_filepath", f"path {problem}")
        elif path.casefold() in paths:
            f.add("duplicate", "audio_filepath", "audio file used by two clips")
        elif path in ("package.json", "clips.jsonl"):
            f.add("path", "audio_filepath", "must point to an audio file")
        paths.add(path.casefold())
        mentioned.add(path)
    duration = get(obj, "duration")
    if "duration" in obj and (not is_number(duration) or not 0 < duration <= 3600):
        f.add("range", "duration", "must be a number of seconds above 0")
    for key in ("pred_text", "assistant_response", "prior_text"):
        value = get(obj, key)
        if value is not None and f.text(value, key, metadata=False) and \
                len(value) > MAX_FREE_TEXT:
            f.add("size", key, "text is too long")
    warning = get(obj, "content_warning", False)
    if not isinstance(warning, bool):
        f.add("type", "content_warning", "must be true or false")
    if len(f.problems) != before:
        return None
    return ClipRecord(clip_id=clip_id, audio_filepath=path, duration=float(duration),
                      pred_text=get(obj, "pred_text"),
                      assistant_response=get(obj, "assistant_response"),
                      prior_text=get(obj, "prior_text"), content_warning=warning)
