"""`reviewer check PKG`: runs the identity gate on a package without importing anything.

Exit 0 with a one-line summary when accepted, 2 with the report on stdout when refused (the
verdict is this command's result), 1 only for an internal error (raised to cli, which prints
one line). A last line says whether this installation would import the package (seal,
signature, the organisation's policy). With --json: one reviewer-cli/1 document instead.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer.commands import json_output
from reviewer.core.errors import ReviewerError
from reviewer.core.gate_report import PackageRefused
from reviewer.core.package import AcceptedPackage
from reviewer.core.trust import RPKG_SUFFIX


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Adds `check` to the parser."""
    parser = sub.add_parser(
        "check", help="check a work package against the identity gate (imports nothing)",
        description="Check a work package (folder or .zip) against the identity gate. "
                    "Nothing is imported or written.")
    parser.add_argument("package", type=Path, metavar="PKG",
                        help="package folder or .zip, or an .rpkg sealed to this workstation")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="the workspace passphrase (passphrase-mode workspaces, .rpkg)")
    json_output.add_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # The gate (and its detector libraries) loads only when a package is checked: every
    # other command starts without it.
    from reviewer.intake import gate

    path: Path = args.package
    sealed = path.suffix == RPKG_SUFFIX
    verdict = "" if sealed else _plain_verdict()
    try:
        package = _open_sealed(args, path) if sealed else gate.read_package(path)
    except PackageRefused as refused:
        if json_output.wanted(args):
            raise  # cli prints the one-line error (stderr) and the JSON refusal (stdout)
        print(report_text(refused))
        print(f"Import here: no ({verdict or 'the gate refuses it'}).")
        return refused.exit_code
    count = len(package.clips)
    if json_output.wanted(args):
        json_output.emit(args, accepted=True, clips=count,
                         seconds_of_audio=round(package.total_seconds, 3),
                         import_here=not verdict, import_here_reason=verdict or None)
        return 0
    print(f"Package accepted: {count} clip{'s' if count != 1 else ''}, "
          f"{format_duration(package.total_seconds)} of audio.")
    print(f"Import here: {'no (' + verdict + ')' if verdict else 'yes'}.")
    return 0


def _plain_verdict() -> str:
    """Why this installation would not import a plain package ("" when it would)."""
    from reviewer.commands.anchor import current_trust
    from reviewer.workflows.trust import require_unsigned_allowed

    try:
        require_unsigned_allowed(current_trust())
    except ReviewerError as why:
        return str(why)
    return ""


def _open_sealed(args: argparse.Namespace, path: Path) -> AcceptedPackage:
    """An .rpkg sealed to this workstation, through the gate `import` runs (seal, signature,
    recipient, then the identity gate); a refusal of the seal or signature is one line."""
    from reviewer.commands.anchor import current_trust
    from reviewer.commands.workspace import open_workspace
    from reviewer.intake.gate import read_package, read_package_bytes
    from reviewer.workflows.trust import trusted_gate

    with open_workspace(args, create=False) as ws:
        return trusted_gate(ws, current_trust(), read_package, read_package_bytes)(path, None)


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
