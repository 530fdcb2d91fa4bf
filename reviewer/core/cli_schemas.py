"""JSON Schemas (draft 2020-12) of what `reviewer COMMAND --json` prints (reviewer-cli/1).

One document a run, on stdout: `schema`, `command`, `ok`, `exit_code`, then either the
command's own fields (ok) or `error` (refused: exit 2, internal: exit 1). Every object is
closed (no other keys), so a field added without a schema change fails the tests, and a field
that could carry vault content (a transcript, a critical value, an identity field) has no
place to go. docs/formats.md carries the same schemas (resources/dev/export_schemas_md.py
writes them; tests/workflows/test_cli_json.py keeps the two equal and validates real runs).
"""

from __future__ import annotations

from typing import Any

from reviewer.core.package import OPAQUE_ID_PATTERN
from reviewer.core.profile import PSEUDONYM_PATTERN, Role

CLI_FORMAT = "reviewer-cli/1"
MAX_PROBLEMS = 200  # a refused package lists at most this many problems (problems_total: all)
DIAGNOSTICS_FORMAT = "reviewer-diagnostics/1"

_STR = {"type": "string", "minLength": 1}
_PATH = {"type": "string", "minLength": 1}
_COUNT = {"type": "integer", "minimum": 0}
_ID = {"type": "string", "pattern": f"^(?:{OPAQUE_ID_PATTERN})$"}
_PSEUDONYM = {"type": "string", "pattern": PSEUDONYM_PATTERN}
_SECONDS = {"type": "number", "minimum": 0}


def _closed(properties: dict[str, Any], optional: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": False,
            "required": [k for k in properties if k not in optional],
            "properties": properties}


def _problem() -> dict[str, Any]:
    return _closed({"file": _STR, "line": {"type": ["integer", "null"], "minimum": 1},
                    "field": {"type": ["string", "null"]}, "message": _STR, "rule": _STR})


def _failure(command: str) -> dict[str, Any]:
    error = _closed({"message": _STR,
                     "problems": {"type": "array", "maxItems": MAX_PROBLEMS,
                                  "items": _problem()},
                     "problems_total": _COUNT}, optional=("problems", "problems_total"))
    return _closed({"schema": {"const": CLI_FORMAT}, "command": {"const": command},
                    "ok": {"const": False}, "exit_code": {"enum": [1, 2]}, "error": error})


def _command(command: str, *successes: dict[str, Any]) -> dict[str, Any]:
    """A command's documents: one of its success shapes, or a failure."""
    common = {"schema": {"const": CLI_FORMAT}, "command": {"const": command},
              "ok": {"const": True}, "exit_code": {"const": 0}}
    shapes = [_closed({**common, **s}) for s in successes]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"urn:reviewer-cli:1:{command.replace(' ', '-')}",
            "oneOf": [*shapes, _failure(command)]}


_CLIPS = _closed({k: _COUNT for k in ("pending", "draft", "done", "skipped", "escalated")})
_EXPORT = _closed({"package_number": {"type": "integer", "minimum": 1}, "package_id": _ID,
                   "results": _PATH, "header": _PATH, "exported": _COUNT,
                   "unfinished": _COUNT, "purged": {"type": "boolean"},
                   "audio_files": _COUNT, "audio_withheld": _COUNT})
_AGE_RECIPIENT = {"type": "string", "pattern": "^age1[02-9ac-hj-np-z]{58}$"}

SCHEMAS: dict[str, dict[str, Any]] = {
    "status": _command("status", {"packages": _COUNT, "clips": _CLIPS}),
    "init": _command("init", {"folder": _PATH, "key_mode": {"enum": ["keyring", "passphrase"]}}),
    "audit verify": _command("audit verify", {"intact": {"const": True}, "entries": _COUNT}),
    "check": _command("check", {
        "accepted": {"const": True}, "clips": _COUNT, "seconds_of_audio": _SECONDS,
        "import_here": {"type": "boolean"},
        "import_here_reason": {"type": ["string", "null"], "minLength": 1}}),
    "import": _command("import", {"package_number": {"type": "integer", "minimum": 1},
                                  "clips": _COUNT, "seconds_of_audio": _SECONDS}),
    "export": _command("export", {"with_audio": {"type": "boolean"},
                                  "exports": {"type": "array", "items": _EXPORT}}),
    "enroll": _command(
        "enroll",
        {"action": {"const": "request"}, "request": _PATH},
        {"action": {"const": "profile"}, "reviewer": _PSEUDONYM,
         "role": {"enum": [r.value for r in Role]}, "leads": _COUNT,
         "expires": {"type": ["string", "null"], "format": "date"},
         "escalations_sent": _COUNT, "escalations_waiting": _COUNT}),
    "lead init": _command("lead init", {
        "lead": _PSEUDONYM, "folder": _PATH, "totp_enrollment_png": _PATH,
        "roster_entry": _closed({"pseudonym": _PSEUDONYM, "age": _AGE_RECIPIENT,
                                 "ed25519": _STR})}),
    "org init": _command("org init", {
        "organisation": _STR, "organisation_file": _PATH, "key_file": _PATH,
        "install_as": _PATH, "allow_unsigned_packages": {"type": "boolean"},
        "export_recipient": _AGE_RECIPIENT}),
    "org rotate": _command("org rotate", {
        "key_id": _STR, "organisation_file": _PATH, "key_file": _PATH,
        "revoked": {"type": ["string", "null"], "minLength": 1},
        "export_recipient": _AGE_RECIPIENT}),
    "org sign-profile": _command("org sign-profile", {
        "reviewer": _PSEUDONYM, "role": {"enum": [r.value for r in Role]}, "key_id": _STR,
        "days": {"type": "integer", "minimum": 1}, "profile": _PATH}),
    "org pack": _command("org pack", {
        "package_id": _ID, "clips": _COUNT, "dropped_fields": _COUNT,
        "sealed": {"type": "boolean"}, "package": {"type": ["string", "null"]},
        "map": {"type": ["string", "null"]}}, {
        # --upload: the object it created (or found) in the workstation's inbox
        "package_id": _ID, "clips": _COUNT, "dropped_fields": _COUNT,
        "sealed": {"const": True}, "package": {"type": ["string", "null"]}, "map": _PATH,
        "uploaded": _STR}),
    "org upload": _command("org upload", {
        "uploaded": _STR, "created": {"type": "boolean"}, "parts_sent": _COUNT,
        "parts_kept": _COUNT}),
    "org collect": _command("org collect", {
        "exports": _COUNT, "training_lines": _COUNT, "audio_files": _COUNT,
        "status_lines": _COUNT, "out": _PATH}, {
        # --from-s3: one batch folder (null when nothing was there), objects left upstream
        "exports": _COUNT, "decisions": _COUNT, "training_lines": _COUNT,
        "audio_files": _COUNT, "status_lines": _COUNT, "deleted": _COUNT, "refused": _COUNT,
        "batch": {"type": ["string", "null"]}, "out": _PATH}),
    "diagnostics": _command("diagnostics", {
        "out": _PATH, "format": {"const": DIAGNOSTICS_FORMAT}, "bytes": _COUNT,
        "sections": {"type": "array", "items": _STR}}),
}
