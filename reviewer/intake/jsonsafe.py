"""Strict JSON decoding for package files: no duplicate keys, no NaN, bounded depth."""

from __future__ import annotations

import json
from typing import Any


class JsonRefused(Exception):
    """The text is not acceptable JSON; the message is fixed wording, never the text."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise JsonRefused("has a key that appears twice in one object")
        out[key] = value
    return out


def _no_constants(_name: str) -> Any:
    raise JsonRefused("uses NaN or Infinity, which JSON does not allow")


def loads(data: bytes) -> Any:
    """Decodes UTF-8 JSON strictly; raises JsonRefused with a message fit for the report."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise JsonRefused("is not valid UTF-8") from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constants)
    except JsonRefused:
        raise
    except RecursionError as exc:
        raise JsonRefused("is nested too deeply") from exc
    except ValueError as exc:  # JSONDecodeError; its message would quote the text
        raise JsonRefused("is not valid JSON") from exc
