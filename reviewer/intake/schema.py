"""Shared checks of the package's JSON files: known keys, identity keys, typed values.

Every check appends a Problem and carries on, so one run reports everything it can. Messages
are fixed wording: they name the file, line and field, never a value. Each string is checked
in a fixed order, cheapest and strictest first: its type, its length cap (so no detector ever
sees more than the cap), its characters, then its shape or the detectors.
"""

from __future__ import annotations

import math
from typing import Any

from reviewer.core.errors import Param
from reviewer.core.gate_report import Problem
from reviewer.core.text_rules import TextKind, text_fault
from reviewer.intake.detect.find import Mode, identity_kind
from reviewer.intake.paths import key_is_identity, shown_key
from reviewer.intake.problems import worded
from reviewer.intake.shapes import (
    CLIP_KEYS,
    HEADER_FILE,
    HEADER_KEYS,
    MANIFEST_FILE,
    POLICY_KEYS,
    QUESTION_KEYS,
)

__all__ = ["CLIP_KEYS", "HEADER_FILE", "HEADER_KEYS", "MANIFEST_FILE", "POLICY_KEYS",
           "QUESTION_KEYS", "Findings"]

MAX_QUESTIONS = 20
MAX_OPTIONS = 20
MAX_PROMPT = 500
MAX_OPTION = 100
MAX_SHORT = 64  # ids, enums, dates, locale, paths
MAX_RESPONSE = 4096
MAX_TRANSCRIPT = 20_000
# Prompts, options and question ids together: what the detectors read in one header, so the
# header's worst case stays well under half a second whatever its shape.
MAX_SHOWN_TEXT = 16_384
_SCAN_DEPTH = 32


class Findings:
    """Collects problems for one file (and one line of it, when set)."""

    def __init__(self, file: str, region: str | None = None) -> None:
        self.file = file
        self.region = region  # the package locale's region, for national phone numbers
        self.line: int | None = None
        self.problems: list[Problem] = []
        self._shown_left = MAX_SHOWN_TEXT

    def add(self, rule: str, field: str | None, message: str, **params: Param) -> None:
        """A problem; with `params`, `message` is fixed wording with {placeholders} for them
        (a "kind" of identity data is named in words)."""
        self.problems.append(worded(rule, self.file, message, self.line, field, params))

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

    def string(self, value: Any, field: str, *, cap: int, strict: bool = True) -> bool:
        """True when `value` is a string within `cap` characters with no forbidden character;
        `strict` for what the organisation writes (ids, prompts), else speech rules."""
        if not isinstance(value, str):
            self.add("type", field, "must be a string")
            return False
        if len(value) > cap:
            self.add("size", field, "is longer than {cap} characters", cap=cap)
            return False
        fault = text_fault(value, TextKind.METADATA if strict else TextKind.SPEECH)
        if fault is not None:
            self.add("unicode", field, fault.value)
            return False
        return True

    def identity_free(self, value: str, field: str) -> bool:
        """True when no detector finds identity in shown text written by the organisation."""
        if self._shown_left < len(value):
            if self._shown_left >= 0:
                self.add("size", "questions", "prompts, options and ids are longer than "
                         "{cap} characters together", cap=MAX_SHOWN_TEXT)
            self._shown_left = -1
            return False
        self._shown_left -= len(value)
        found = identity_kind(value, self.region, Mode.METADATA)
        if found:
            self.add("identity-value", field, "value looks like {kind}", kind=found)
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
