"""A gate problem whose message carries values: the English filled in for the command line,
and the fixed wording with its values kept apart for a window to word (ui/gate_wording.py)."""

from __future__ import annotations

from collections.abc import Mapping

from reviewer.core.errors import Param
from reviewer.core.gate_report import Problem
from reviewer.intake.detect.find import kind_words


def worded(rule: str, file: str, message: str, line: int | None = None,
           field: str | None = None, params: Mapping[str, Param] | None = None) -> Problem:
    """A Problem; with `params`, `message` has {placeholders} for them ("kind": a kind of
    identity data, named in English words in the filled-in message)."""
    if not params:
        return Problem(rule, file, message, line, field)
    english = {k: kind_words(str(v)) if k == "kind" else v for k, v in params.items()}
    return Problem(rule, file, message.format(**english), line, field, message,
                   tuple(params.items()))
