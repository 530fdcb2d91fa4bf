"""`reviewer check PKG`: runs the identity gate on a package without importing anything.

Exit 0 with a one-line summary when accepted, 2 with the report on stdout when refused,
1 only for an internal error (raised to cli, which prints one line). A last line says whether
this installation would import the package (seal, signature, the organisation's policy).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from reviewer.core.errors import ReviewerError
from reviewer.core.gate_report import PackageRefused
from reviewer.core.package import AcceptedPackage
from reviewer.intake.gate import read_package
from reviewer.workflows.trust import RPKG_SUFFIX


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Adds `check` to the parser."""
    parser = sub.add_parser(
        "check", help="check a work package against the identity gate (imports nothing)",
        description="Check a work package (folder or .zip) against the identity gate. "
                    "Nothing is imported or written.")
    parser.add_argument("package", type=Path, metavar="PKG",
                        help="package folder or .zip, or an .rpkg sealed to this workstation")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="the workspace passphrase (passphrase-mode workspaces, .rpkg)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path: Path = args.package
    if path.suffix == RPKG_SUFFIX:
        return _run_sealed(args, path)
    verdict = _plain_verdict()
    try:
        package = read_package(path)
    except PackageRefused as refused:
        print(report_text(refused))
        print(f"Import here: no ({verdict or 'the gate refuses it'}).")
        return refused.exit_code
    _accepted(package)
    print(f"Import here: {'no (' + verdict + ')' if verdict else 'yes'}.")
    return 0


def _accepted(package: AcceptedPackage) -> None:
    count = len(package.clips)
    print(f"Package accepted: {count} clip{'s' if count != 1 else ''}, "
          f"{format_duration(package.total_seconds)} of audio.")


def _plain_verdict() -> str:
    """Why this installation would not import a plain package ("" when it would)."""
    from reviewer.commands.anchor import current_trust
    from reviewer.workflows.trust import require_unsigned_allowed

    try:
        require_unsigned_allowed(current_trust())
    except ReviewerError as why:
        return str(why)
    return ""


def _run_sealed(args: argparse.Namespace, path: Path) -> int:
    """An .rpkg sealed to this workstation: opened (seal, signature) first, then the gate."""
    from reviewer.commands.anchor import current_trust
    from reviewer.commands.workspace import open_workspace
    from reviewer.intake.gate import read_package_bytes
    from reviewer.workflows.trust import MAX_RPKG_BYTES, open_sealed_package, read_limited

    trust = current_trust()
    data = read_limited(path, "package", MAX_RPKG_BYTES)
    with open_workspace(args, create=False) as ws:
        package_zip, signature = open_sealed_package(ws, trust, data)
    try:
        package = read_package_bytes(package_zip)
    except PackageRefused as refused:
        print(report_text(refused))
        print("Import here: no (the gate refuses it).")
        return refused.exit_code
    _accepted(package)
    if package.header.package_id != signature.package_id:
        print("Import here: no (its header names another package than its signature).")
        return 2
    print(f"Import here: yes (sealed to this workstation, signed by {trust.require().name}).")
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
