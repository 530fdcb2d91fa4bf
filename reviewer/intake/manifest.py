"""Schema of package.json and clips.jsonl: known keys only, typed, identity-free metadata.

Every check appends a Problem and carries on, so one run reports everything it can. Messages
are fixed wording: they name the file, line and field, never a value.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any

from reviewer.core.gate_report import Problem
from reviewer.core.package import (
    PACKAGE_FORMAT,
    ClipRecord,
    CriticalExport,
    PackageHeader,
    Policy,
    Question,
    QuestionKind,
    TaskKind,
    VoiceDisguise,
)
from reviewer.intake import limits
from reviewer.intake.identity import KIND_WORDS, identity_kind
from reviewer.intake.jsonsafe import JsonRefused, loads
from reviewer.intake.paths import key_is_identity, path_problem, shown_key

HEADER_FILE = "package.json"
MANIFEST_FILE = "clips.jsonl"

OPAQUE_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
QUESTION_ID = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
LOCALE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?"
                    r"(?:-(?:[A-Za-z0-9]{5,8}|\d[A-Za-z0-9]{3}))*$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

HEADER_KEYS = frozenset({"format", "package_id", "task", "locale", "created", "retention_days",
                         "policy", "questions"})
POLICY_KEYS = frozenset({"critical_export", "voice_disguise", "max_clip_seconds"})
QUESTION_KEYS = frozenset({"id", "prompt", "kind", "options", "required"})
CLIP_KEYS = frozenset({"clip_id", "audio_filepath", "duration", "pred_text",
                       "assistant_response", "prior_text", "content_warning"})
MAX_QUESTIONS = 20
MAX_OPTIONS = 20
MAX_PROMPT = 500
MAX_FREE_TEXT = 20_000
_SCAN_DEPTH = 32


class Findings:
    """Collects problems for one file (and one line of it, when set)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.line: int | None = None
        self.problems: list[Problem] = []

    def add(self, rule: str, field: str | None, message: str) -> None:
        self.problems.append(Problem(rule, self.file, message, self.line, field))

    def keys(self, obj: dict[str, Any], allowed: frozenset[str], prefix: str = "") -> None:
        """Reports unknown keys (identity keys as such), also inside their values."""
        for key, value in obj.items():
            if key not in allowed:
                self._unknown(key, value, prefix, 0)

    def _unknown(self, key: str, value: Any, prefix: str, depth: int) -> None:
        name = f"{prefix}{shown_key(key)}"
        if key_is_identity(key):
            self.add("identity-key", name, "identity field; packages must not carry identity")
        elif depth == 0:
            self.add("unknown-key", name, "unknown key")
        if depth < _SCAN_DEPTH:
            for k, v in _children(value):
                self._unknown(k, v, f"{name}.", depth + 1)

    def text(self, value: Any, field: str, *, metadata: bool) -> bool:
        """True when `value` is a string; metadata strings must be identity-free."""
        if not isinstance(value, str):
            self.add("type", field, "must be a string")
            return False
        if metadata:
            kind = identity_kind(value)
            if kind:
                self.add("identity-value", field, f"value looks like {KIND_WORDS[kind]}")
                return False
        return True


def _children(value: Any) -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return list(value.items())
    if isinstance(value, list):
        out: list[tuple[str, Any]] = []
        for item in value:
            out += _children(item)
        return out
    return []


def _get(obj: dict[str, Any], key: str, default: Any = None) -> Any:
    """dict.get typed as Any: values come from JSON and are checked where used."""
    return obj.get(key, default)


def _is_number(value: Any) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value))


# ------------------------------------------------------------------ package.json

@dataclass
class HeaderResult:
    header: PackageHeader | None  # None when any problem was found
    problems: list[Problem]
    policy: Policy  # best effort even when refused, so audio can still be checked


def parse_header(data: bytes) -> HeaderResult:
    f = Findings(HEADER_FILE)
    try:
        obj = loads(data)
    except JsonRefused as exc:
        f.add("json", None, str(exc))
        return HeaderResult(None, f.problems, Policy())
    if not isinstance(obj, dict):
        f.add("json", None, "must be a JSON object")
        return HeaderResult(None, f.problems, Policy())
    f.keys(obj, HEADER_KEYS)
    for key in ("format", "package_id", "task", "locale", "created", "retention_days"):
        if key not in obj:
            f.add("missing", key, "required key is missing")
    def v(key: str) -> Any:
        return _get(obj, key)

    if "format" in obj and f.text(v("format"), "format", metadata=True) \
            and v("format") != PACKAGE_FORMAT:
        f.add("format", "format", f"must be {PACKAGE_FORMAT}")
    if "package_id" in obj and f.text(v("package_id"), "package_id", metadata=True) \
            and not OPAQUE_ID.match(v("package_id")):
        f.add("format", "package_id", "must be 8-64 characters of A-Z a-z 0-9 _ -")
    _enum(f, obj, "task", TaskKind, "task")
    if "locale" in obj and f.text(v("locale"), "locale", metadata=True) \
            and not LOCALE.match(v("locale")):
        f.add("format", "locale", "must be a BCP 47 language tag such as en-US")
    created = _created(f, obj)
    retention = v("retention_days")
    if "retention_days" in obj and (type(retention) is not int or not 1 <= retention <= 365):
        f.add("range", "retention_days", "must be a whole number of days from 1 to 365")
    policy = _policy(f, v("policy"))
    questions = _questions(f, v("questions"))
    if f.problems or created is None:
        return HeaderResult(None, f.problems, policy)
    header = PackageHeader(package_id=obj["package_id"], task=TaskKind(obj["task"]),
                           locale=obj["locale"], created=created, retention_days=retention,
                           policy=policy, questions=questions)
    return HeaderResult(header, f.problems, policy)


def _enum(f: Findings, obj: dict[str, Any], key: str, kind: type[Any], field: str) -> None:
    if key in obj and f.text(obj[key], field, metadata=True) and \
            obj[key] not in {m.value for m in kind}:
        f.add("format", field, "must be one of: " + ", ".join(m.value for m in kind))


def _created(f: Findings, obj: dict[str, Any]) -> dt.date | None:
    value = _get(obj, "created")
    if "created" not in obj or not f.text(value, "created", metadata=True):
        return None
    if DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    f.add("format", "created", "must be a date YYYY-MM-DD (no time of day)")
    return None


def _policy(f: Findings, value: Any) -> Policy:
    if value is None:
        return Policy()
    if not isinstance(value, dict):
        f.add("type", "policy", "must be an object")
        return Policy()
    before = len(f.problems)
    f.keys(value, POLICY_KEYS, "policy.")
    _enum(f, value, "critical_export", CriticalExport, "policy.critical_export")
    _enum(f, value, "voice_disguise", VoiceDisguise, "policy.voice_disguise")
    seconds = _get(value, "max_clip_seconds", 120)
    if not _is_number(seconds) or not 1 <= seconds <= 3600:
        f.add("range", "policy.max_clip_seconds", "must be a number from 1 to 3600")
        seconds = 120
    if len(f.problems) != before:
        return Policy(max_clip_seconds=float(seconds))
    return Policy(CriticalExport(_get(value, "critical_export", "redacted")),
                  VoiceDisguise(_get(value, "voice_disguise", "off")), float(seconds))


def _questions(f: Findings, value: Any) -> tuple[Question, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        f.add("type", "questions", "must be a list")
        return ()
    if len(value) > MAX_QUESTIONS:
        f.add("range", "questions", f"at most {MAX_QUESTIONS} questions")
    out: list[Question] = []
    seen: set[str] = set()
    for i, q in enumerate(value[:MAX_QUESTIONS]):
        where = f"questions[{i}]"
        if not isinstance(q, dict):
            f.add("type", where, "must be an object")
            continue
        before = len(f.problems)
        f.keys(q, QUESTION_KEYS, f"{where}.")
        for key in ("id", "prompt", "kind"):
            if key not in q:
                f.add("missing", f"{where}.{key}", "required key is missing")
        qid = _get(q, "id")
        if "id" in q and f.text(qid, f"{where}.id", metadata=True):
            if not QUESTION_ID.match(qid):
                f.add("format", f"{where}.id", "must match [a-z][a-z0-9_]{0,31}")
            elif qid in seen:
                f.add("duplicate", f"{where}.id", "question id used twice")
            seen.add(qid)
        prompt = _get(q, "prompt")
        if "prompt" in q and f.text(prompt, f"{where}.prompt", metadata=False) and \
                not 0 < len(prompt.strip()) <= MAX_PROMPT:
            f.add("range", f"{where}.prompt", f"must be 1-{MAX_PROMPT} characters")
        _enum(f, q, "kind", QuestionKind, f"{where}.kind")
        options = _options(f, q, where)
        if "required" in q and not isinstance(q["required"], bool):
            f.add("type", f"{where}.required", "must be true or false")
        if len(f.problems) == before:
            out.append(Question(qid, prompt, QuestionKind(q["kind"]), options,
                                bool(_get(q, "required", False))))
    return tuple(out)


def _options(f: Findings, q: dict[str, Any], where: str) -> tuple[str, ...]:
    options = _get(q, "options")
    if _get(q, "kind") != QuestionKind.CHOICE:
        if options is not None:
            f.add("format", f"{where}.options", "only choice questions have options")
        return ()
    if not isinstance(options, list) or not all(isinstance(o, str) for o in options):
        f.add("type", f"{where}.options", "must be a list of strings")
        return ()
    cleaned = [o.strip() for o in options]
    if not 2 <= len(cleaned) <= MAX_OPTIONS or any(not o or len(o) > 100 for o in cleaned):
        f.add("range", f"{where}.options", "must be 2-20 non-empty options of <= 100 characters")
    elif len(set(cleaned)) != len(cleaned):
        f.add("duplicate", f"{where}.options", "an option appears twice")
    return tuple(cleaned)


# ------------------------------------------------------------------ clips.jsonl

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
    clip_id = _get(obj, "clip_id")
    if "clip_id" in obj and f.text(clip_id, "clip_id", metadata=True):
        if not OPAQUE_ID.match(clip_id):
            f.add("format", "clip_id", "must be 8-64 characters of A-Z a-z 0-9 _ -")
        elif clip_id in ids:
            f.add("duplicate", "clip_id", "clip id used twice")
        ids.add(clip_id)
    path = _get(obj, "audio_filepath")
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
    duration = _get(obj, "duration")
    if "duration" in obj and (not _is_number(duration) or not 0 < duration <= 3600):
        f.add("range", "duration", "must be a number of seconds above 0")
    for key in ("pred_text", "assistant_response", "prior_text"):
        value = _get(obj, key)
        if value is not None and f.text(value, key, metadata=False) and \
                len(value) > MAX_FREE_TEXT:
            f.add("size", key, "text is too long")
    warning = _get(obj, "content_warning", False)
    if not isinstance(warning, bool):
        f.add("type", "content_warning", "must be true or false")
    if len(f.problems) != before:
        return None
    return ClipRecord(clip_id=clip_id, audio_filepath=path, duration=float(duration),
                      pred_text=_get(obj, "pred_text"),
                      assistant_response=_get(obj, "assistant_response"),
                      prior_text=_get(obj, "prior_text"), content_warning=warning)
