"""Shared checks of the package's JSON files: known keys, identity keys, typed values.

Every check appends a Problem and carries on, so one run reports everything it can. Messages
are fixed wording: they name the file, line and field, never a value.
"""

from __future__ import annotations

import math
import re
from typing import Any

from reviewer.core.gate_report import Problem
from reviewer.intake.identity import KIND_WORDS, identity_kind
from reviewer.intake.paths import key_is_identity, shown_key

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
            for k, v in children(value):
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


def children(value: Any) -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return list(value.items())
    if isinstance(value, list):
        out: list[tuple[str, Any]] = []
        for item in value:
            out += children(item)
        return out
    return []


def get(obj: dict[str, Any], key: str, default: Any = None) -> Any:
    """dict.get typed as Any: values come from JSON and are checked where used."""
    return obj.get(key, default)


def is_number(value: Any) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value))
