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
    RedactedAudio,
    TaskKind,
    VoiceDisguise,
)
from reviewer.intake.jsonsafe import JsonRefused, loads
from reviewer.intake.schema import (
    HEADER_FILE,
    HEADER_KEYS,
    MAX_OPTION,
    MAX_OPTIONS,
    MAX_PROMPT,
    MAX_QUESTIONS,
    MAX_SHORT,
    POLICY_KEYS,
    QUESTION_KEYS,
    Findings,
    get,
    is_number,
)
from reviewer.intake.shapes import (
    DATE,
    OPAQUE_ID_RULE,
    QUESTION_ID,
    is_opaque_id,
    locale_problem,
    locale_region,
)


@dataclass
class HeaderResult:
    header: PackageHeader | None  # None when any problem was found
    problems: list[Problem]
    policy: Policy  # best effort even when refused, so audio can still be checked
    region: str | None = None  # the locale's region, for phone numbers in the clips


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

    if "format" in obj and f.string(v("format"), "format", cap=MAX_SHORT) \
            and v("format") != PACKAGE_FORMAT:
        f.add("format", "format", "must be {value}", value=PACKAGE_FORMAT)
    if "package_id" in obj and f.string(v("package_id"), "package_id", cap=MAX_SHORT) \
            and not is_opaque_id(v("package_id")):
        f.add("format", "package_id", OPAQUE_ID_RULE)
    _enum(f, obj, "task", TaskKind, "task")
    if "locale" in obj and f.string(v("locale"), "locale", cap=MAX_SHORT):
        problem = locale_problem(v("locale"))
        if problem:
            f.add("format", "locale", problem)
        else:
            f.region = locale_region(v("locale"))
    created = _created(f, obj)
    retention = v("retention_days")
    if "retention_days" in obj and (type(retention) is not int or not 1 <= retention <= 365):
        f.add("range", "retention_days", "must be a whole number of days from 1 to 365")
    policy = _policy(f, v("policy"))
    questions = _questions(f, v("questions"))
    if f.problems or created is None:
        return HeaderResult(None, f.problems, policy, f.region)
    header = PackageHeader(package_id=obj["package_id"], task=TaskKind(obj["task"]),
                           locale=obj["locale"], created=created, retention_days=retention,
                           policy=policy, questions=questions)
    return HeaderResult(header, f.problems, policy, f.region)


def _enum(f: Findings, obj: dict[str, Any], key: str, kind: type[Any], field: str) -> None:
    if key in obj and f.string(obj[key], field, cap=MAX_SHORT) and \
            obj[key] not in {m.value for m in kind}:
        f.add("format", field, "must be one of: {values}",
              values=", ".join(m.value for m in kind))


def _created(f: Findings, obj: dict[str, Any]) -> dt.date | None:
    value = get(obj, "created")
    if "created" not in obj or not f.string(value, "created", cap=MAX_SHORT):
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
    _enum(f, value, "redacted_audio", RedactedAudio, "policy.redacted_audio")
    seconds = get(value, "max_clip_seconds", 120)
    if not is_number(seconds) or not 1 <= seconds <= 3600:
        f.add("range", "policy.max_clip_seconds", "must be a number from 1 to 3600")
        seconds = 120
    if len(f.problems) != before:
        return Policy(max_clip_seconds=float(seconds))
    return Policy(CriticalExport(get(value, "critical_export", "redacted")),
                  VoiceDisguise(get(value, "voice_disguise", "off")), float(seconds),
                  RedactedAudio(get(value, "redacted_audio", "silence")))


def _questions(f: Findings, value: Any) -> tuple[Question, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        f.add("type", "questions", "must be a list")
        return ()
    if len(value) > MAX_QUESTIONS:
        f.add("range", "questions", "at most {maximum} questions", maximum=MAX_QUESTIONS)
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
        if "id" in q and f.string(qid, f"{where}.id", cap=MAX_SHORT):
            if not QUESTION_ID.fullmatch(qid):
                f.add("format", f"{where}.id", "must match [a-z][a-z0-9_]{0,31}")
            elif qid in seen:
                f.add("duplicate", f"{where}.id", "question id used twice")
            else:
                f.identity_free(qid, f"{where}.id")
            seen.add(qid)
        prompt = get(q, "prompt")
        if "prompt" in q and f.string(prompt, f"{where}.prompt", cap=MAX_PROMPT):
            if not prompt.strip():
                f.add("range", f"{where}.prompt", "must be 1-{maximum} characters",
                      maximum=MAX_PROMPT)
            else:
                f.identity_free(prompt, f"{where}.prompt")
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
    field = f"{where}.options"
    if get(q, "kind") != QuestionKind.CHOICE:
        if options is not None:
            f.add("format", field, "only choice questions have options")
        return ()
    if not isinstance(options, list):
        f.add("type", field, "must be a list of strings")
        return ()
    if not 2 <= len(options) <= MAX_OPTIONS:
        f.add("range", field, "must be 2-{maximum} options", maximum=MAX_OPTIONS)
        return ()
    cleaned: list[str] = []
    for n, option in enumerate(options):
        if not f.string(option, f"{field}[{n}]", cap=MAX_OPTION):
            continue
        if not option.strip():
            f.add("range", f"{field}[{n}]", "must not be empty")
            continue
        if f.identity_free(option, f"{field}[{n}]"):
            cleaned.append(option.strip())
    if len(set(cleaned)) != len(cleaned):
        f.add("duplicate", field, "an option appears twice")
    return tuple(cleaned)
