"""package.json: the header of a reviewer-package/1 work package."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reviewer.core.gate_report import Problem
from reviewer.core.package import (
    PACKAGE_FORMAT,
    CriticalExport,
    PackageHeader,
    Policy,
    Question,
    QuestionKind,
    TaskKind,
    VoiceDisguise,
)
from reviewer.intake.jsonsafe import JsonRefused, loads
from reviewer.intake.schema import (
    DATE,
    HEADER_FILE,
    HEADER_KEYS,
    LOCALE,
    MAX_OPTIONS,
    MAX_PROMPT,
    MAX_QUESTIONS,
    OPAQUE_ID,
    POLICY_KEYS,
    QUESTION_ID,
    QUESTION_KEYS,
    Findings,
    get,
    is_number,
)


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
        return get(obj, key)

    if "format" in obj and f.text(v("format"), "format", metadata=True) \
            and v("format") != PACKAGE_FORMAT:
        f.add("format", "format", f"must be {PACKAGE_FORMAT}")
    if "package_id" in obj and f.text(v("package_id"), "package_id", metadata=True) \
            and not OPAQUE_ID.fullmatch(v("package_id")):
        f.add("format", "package_id", "must be 8-64 characters of A-Z a-z 0-9 _ -")
    _enum(f, obj, "task", TaskKind, "task")
    if "locale" in obj and f.text(v("locale"), "locale", metadata=True) \
            and not LOCALE.fullmatch(v("locale")):
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
    value = get(obj, "created")
    if "created" not in obj or not f.text(value, "created", metadata=True):
        return None
    if DATE.fullmatch(value):
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
    seconds = get(value, "max_clip_seconds", 120)
    if not is_number(seconds) or not 1 <= seconds <= 3600:
        f.add("range", "policy.max_clip_seconds", "must be a number from 1 to 3600")
        seconds = 120
    if len(f.problems) != before:
        return Policy(max_clip_seconds=float(seconds))
    return Policy(CriticalExport(get(value, "critical_export", "redacted")),
                  VoiceDisguise(get(value, "voice_disguise", "off")), float(seconds))


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
        qid = get(q, "id")
        if "id" in q and f.text(qid, f"{where}.id", metadata=True):
            if not QUESTION_ID.fullmatch(qid):
                f.add("format", f"{where}.id", "must match [a-z][a-z0-9_]{0,31}")
            elif qid in seen:
                f.add("duplicate", f"{where}.id", "question id used twice")
            seen.add(qid)
        prompt = get(q, "prompt")
        if "prompt" in q and f.text(prompt, f"{where}.prompt", metadata=False) and \
                not 0 < len(prompt.strip()) <= MAX_PROMPT:
            f.add("range", f"{where}.prompt", f"must be 1-{MAX_PROMPT} characters")
        _enum(f, q, "kind", QuestionKind, f"{where}.kind")
        options = _options(f, q, where)
        if "required" in q and not isinstance(q["required"], bool):
            f.add("type", f"{where}.required", "must be true or false")
        if len(f.problems) == before:
            out.append(Question(qid, prompt, QuestionKind(q["kind"]), options,
                                bool(get(q, "required", False))))
    return tuple(out)


def _options(f: Findings, q: dict[str, Any], where: str) -> tuple[str, ...]:
    options = get(q, "options")
    if get(q, "kind") != QuestionKind.CHOICE:
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
