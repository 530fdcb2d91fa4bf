"""JSON Schemas (draft 2020-12) of the results export's files, as plain data.

One place for them: `reviewer export verify` validates with these (workflows/export_verify.py),
and docs/formats.md carries the same schemas as JSON code blocks (a test keeps the two equal).
Codes (categories, flags, skip reasons, tasks) come from the enums that define them; the id,
question id and pseudonym shapes from the modules that check them at the door.

Patterns are ECMA-262 regular expressions matched anywhere (JSON Schema's rule), so each is
anchored with `^...$`; a validator built on Python's `re` must read that `$` as the end of the
text (Python's `$` also matches before a final newline: see export_verify.py).
"""

from __future__ import annotations

from typing import Any

from reviewer.core.annotation import CriticalCategory, Flag, SkipReason
from reviewer.core.package import (
    AUDIO_EXTENSIONS,
    OPAQUE_ID_PATTERN,
    QUESTION_ID_PATTERN,
    TaskKind,
)
from reviewer.core.profile import PSEUDONYM_PATTERN
from reviewer.core.results import RESULTS_FORMAT

DRAFT = "https://json-schema.org/draft/2020-12/schema"

MAX_CLIP_SECONDS = 3600  # reviewer-package/1's ceiling for `policy.max_clip_seconds`
MAX_QUESTIONS = 20

# Statuses of the status file: clips that are not in the training manifest.
STATUS_SKIPPED = "skipped"
STATUS_ESCALATED = "escalated"
STATUS_AUDIO_WITHHELD = "audio_withheld"  # done, but a critical span has no time range
STATUSES = (STATUS_SKIPPED, STATUS_ESCALATED, STATUS_AUDIO_WITHHELD)
REDACTED_AUDIO = ("silence", "tone")  # what replaced the critical ranges of exported audio

_ID = f"(?:{OPAQUE_ID_PATTERN})"
_EXT = "(?:" + "|".join(AUDIO_EXTENSIONS) + ")"
_HEX64 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}


def _id() -> dict[str, Any]:
    return {"type": "string", "pattern": f"^{_ID}$"}


def _count() -> dict[str, Any]:
    return {"type": "integer", "minimum": 0}


def _closed(properties: dict[str, Any], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    """An object with exactly these keys (all required but `optional`), nothing else."""
    return {"type": "object", "additionalProperties": False,
            "required": [k for k in properties if k not in optional],
            "properties": properties}


def _critical_span() -> dict[str, Any]:
    seconds = {"type": ["number", "null"], "minimum": 0}
    span = _closed({"category": {"enum": [c.value for c in CriticalCategory]},
                    "start": seconds, "end": seconds})
    # Both times, or neither (a span the reviewer gave no time range).
    span["if"] = {"properties": {"start": {"type": "null"}}}
    span["then"] = {"properties": {"end": {"type": "null"}}}
    span["else"] = {"properties": {"end": {"type": "number"}}}
    return span


def _line_properties(audio_filepath: str) -> dict[str, Any]:
    return {
        "clip_id": _id(),
        "audio_filepath": {"type": "string", "pattern": audio_filepath},
        "duration": {"type": "number", "exclusiveMinimum": 0, "maximum": MAX_CLIP_SECONDS},
        "text": {"type": "string"},
        "pred_text": {"type": ["string", "null"]},
        "critical_data": {"type": "boolean"},
        "critical_categories": {"type": "array", "uniqueItems": True,
                                "items": {"enum": [c.value for c in CriticalCategory]}},
        "critical_spans": {"type": "array", "items": _critical_span()},
        "flags": {"type": "array", "uniqueItems": True,
                  "items": {"enum": [f.value for f in Flag]}},
        "answers": {"type": "object", "maxProperties": MAX_QUESTIONS,
                    "propertyNames": {"pattern": f"^{QUESTION_ID_PATTERN}$"},
                    "additionalProperties": {"type": ["string", "boolean"]}},
        "reviewer": {"type": "string", "pattern": PSEUDONYM_PATTERN},
        "handled_ms": _count(),
        "wer_vs_pred": {"type": ["number", "null"], "minimum": 0},
        "wer_vs_prior": {"type": ["number", "null"], "minimum": 0},
    }


# A line of `<package_id>.manifest.jsonl`. `audio_filepath` is the package's own path
# (`audio/<clip_id>.<ext>`, not in the export folder) without audio, and
# `<package_id>.audio/<clip_id>.flac` with it.
MANIFEST_LINE: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": "urn:reviewer:reviewer-results-1:manifest-line",
    "title": "reviewer-results/1 training manifest line (<package_id>.manifest.jsonl)",
    **_closed(_line_properties(f"^(?:audio/{_ID}\\.{_EXT}|{_ID}\\.audio/{_ID}\\.flac)$"),
              optional=("wer_vs_prior",)),
}

# A line of `<package_id>.status.jsonl`.
STATUS_LINE: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": "urn:reviewer:reviewer-results-1:status-line",
    "title": "reviewer-results/1 status line (<package_id>.status.jsonl, status.jsonl)",
    **_closed({"clip_id": _id(),
               "status": {"enum": list(STATUSES)},
               "skip_reason": {"enum": [*(r.value for r in SkipReason), None]}}),
    # A skipped clip names its reason; the others have none.
    "if": {"properties": {"status": {"const": STATUS_SKIPPED}}},
    "then": {"properties": {"skip_reason": {"type": "string"}}},
    "else": {"properties": {"skip_reason": {"type": "null"}}},
}

_COUNTS = _closed({name: _count() for name in (
    "done", "skipped", "escalated", "unfinished", "texts_dropped_unsure", "audio_files",
    "audio_withheld")}, optional=("texts_dropped_unsure",))

# `<package_id>.header.json`, and each line of a collected `headers.jsonl`.
HEADER: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": "urn:reviewer:reviewer-results-1:header",
    "title": "reviewer-results/1 header (<package_id>.header.json, a line of headers.jsonl)",
    **_closed({
        "format": {"const": RESULTS_FORMAT},
        "package_id": _id(),
        "task": {"enum": [t.value for t in TaskKind]},
        "locale": {"type": "string", "maxLength": 16,
                   "pattern": "^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$"},
        "reviewer": {"type": "string", "pattern": PSEUDONYM_PATTERN},
        "exported_at": {"type": "string", "pattern":
                        "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\+00:00$"},
        "clips_in_package": {"type": "integer", "minimum": 1},
        "counts": _COUNTS,
        "manifest_file": {"type": "string", "pattern": f"^{_ID}\\.manifest\\.jsonl$"},
        "manifest_sha256": _HEX64,
        "status_file": {"type": "string", "pattern": f"^{_ID}\\.status\\.jsonl$"},
        "status_sha256": _HEX64,
        "audit_head": _closed({"entries": _count(), "mac": _HEX64}),
        "audio": {"type": "boolean"},
        "audio_dir": {"type": ["string", "null"], "pattern": f"^{_ID}\\.audio$"},
        "redacted_audio": {"enum": [*REDACTED_AUDIO, None]},
        "audio_sha256": {"type": ["string", "null"], "pattern": "^[0-9a-f]{64}$"},
    }),
    # With audio: its folder and digest; without: neither, and nothing was redacted in it.
    "if": {"properties": {"audio": {"const": True}}},
    "then": {"properties": {"audio_dir": {"type": "string"},
                            "audio_sha256": {"type": "string"}}},
    "else": {"properties": {"audio_dir": {"type": "null"}, "redacted_audio": {"type": "null"},
                            "audio_sha256": {"type": "null"},
                            "counts": {"properties": {"audio_files": {"const": 0},
                                                      "audio_withheld": {"const": 0}}}}},
}

# A line of a collected `manifest.jsonl` (`reviewer org collect`): a training manifest line
# whose `audio_filepath` became `<package_id>/<file name>`, and `source_audio_filepath` added
# when a join map knows the clip.
COLLECTED_MANIFEST_LINE: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": "urn:reviewer:collected-results:manifest-line",
    "title": "collected training manifest line (org collect's manifest.jsonl)",
    **_closed({**_line_properties(f"^{_ID}/{_ID}\\.{_EXT}$"),
               "source_audio_filepath": {"type": "string", "minLength": 1}},
              optional=("wer_vs_prior", "source_audio_filepath")),
}

SCHEMAS: dict[str, dict[str, Any]] = {
    "manifest_line": MANIFEST_LINE,
    "status_line": STATUS_LINE,
    "header": HEADER,
    "collected_manifest_line": COLLECTED_MANIFEST_LINE,
}


def known_keys() -> frozenset[str]:
    """Every key name these schemas define (the only ones a report may print as they are)."""
    names: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            props = node.get("properties")
            if isinstance(props, dict):
                names.update(props)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(SCHEMAS)
    return frozenset(names)
