"""`--json`: one JSON document on stdout per command run, success or failure (reviewer-cli/1).

Every document carries `schema`, `command`, `ok` and `exit_code`; a success adds the command's
own fields, a failure adds `error` (its one-line message and, for a refused package, the
gate's problems). The shapes are JSON Schemas in reviewer/core/cli_schemas.py, copied into
docs/formats.md. Nothing here reads the vault's contents: the fields are counts, ids the user
already holds, file paths and verdicts, and messages that never quote values.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from reviewer.core.cli_schemas import CLI_FORMAT, MAX_PROBLEMS
from reviewer.core.errors import ReviewerError
from reviewer.core.gate_report import PackageRefused, Problem

HELP = ("print the result as one JSON document on stdout (reviewer-cli/1, see docs/formats.md), "
        "refusals and errors too")


def add_option(parser: argparse.ArgumentParser) -> None:
    """Adds `--json` to a command; its name in the documents is the parser's, less `reviewer`."""
    parser.add_argument("--json", action="store_true", help=HELP)
    parser.set_defaults(json_command=parser.prog.split(" ", 1)[1])


def wanted(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def emit(args: argparse.Namespace, **fields: Any) -> None:
    """A success: the command's fields after the common ones."""
    _print({"schema": CLI_FORMAT, "command": args.json_command, "ok": True, "exit_code": 0,
            **fields})


def emit_failure(args: argparse.Namespace, error: BaseException | None, exit_code: int) -> None:
    """A refusal (exit 2) or internal error (exit 1); `error` None means internal."""
    body: dict[str, Any]
    if isinstance(error, ReviewerError) and exit_code == error.exit_code:
        body = {"message": str(error)}
        if isinstance(error, PackageRefused):
            body["problems"] = [problem_fields(p) for p in error.problems[:MAX_PROBLEMS]]
            body["problems_total"] = len(error.problems)
    else:
        name = type(error).__name__ if error is not None else "unknown"
        body = {"message": f"internal error ({name})"}
    _print({"schema": CLI_FORMAT, "command": args.json_command, "ok": False,
            "exit_code": exit_code, "error": body})


def problem_fields(problem: Problem) -> dict[str, Any]:
    """A gate problem as JSON: the same parts as its report line (never a package value)."""
    return {"file": problem.file, "line": problem.line, "field": problem.field,
            "message": problem.message, "rule": problem.rule}


def _print(document: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(document, ensure_ascii=False) + "\n")
    sys.stdout.flush()
