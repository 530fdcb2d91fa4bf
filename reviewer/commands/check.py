"""`reviewer check PKG`: runs the identity gate on a package without importing anything.

Exit 0 with a one-line summary when accepted, 2 with the report on stdout when refused,
1 only for an internal error (raised to cli, which prints one line).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reviewer.core.gate_report import PackageRefused
from reviewer.intake.gate import read_package


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Adds `check` to the parser."""
    parser = sub.add_parser(
        "check", help="check a work package against the identity gate (imports nothing)",
        description="Check a work package (folder or .zip) against the identity gate. "
                    "Nothing is imported or written.")
    parser.add_argument("package", type=Path, metavar="PKG", help="package folder or .zip")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        package = read_package(args.package)
    except PackageRefused as refused:
        print(report_text(refused))
        return refused.exit_code
    count = len(package.clips)
    print(f"Package accepted: {count} clip{'s' if count != 1 else ''}, "
          f"{format_duration(package.total_seconds)} of audio.")
    return 0


MAX_LISTED = 200


def report_text(refused: PackageRefused) -> str:
    """The refusal report; a flood of problems (a broken 100,000-line manifest) is cut short."""
    lines = refused.report().splitlines()
    hidden = len(lines) - 1 - MAX_LISTED
    if hidden <= 0:
        return "\n".join(lines)
    return "\n".join([*lines[: MAX_LISTED + 1], f"  ... and {hidden} more problem(s)"])


def format_duration(seconds: float) -> str:
    """`0:42.3`, `12:05.0` or `1:02:03.4`."""
    tenths = round(seconds * 10)
    hours, rest = divmod(tenths, 36000)
    minutes, rest = divmod(rest, 600)
    secs = rest / 10
    if hours:
        return f"{hours}:{minutes:02d}:{secs:04.1f}"
    return f"{minutes}:{secs:04.1f}"
