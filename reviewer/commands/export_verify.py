"""`reviewer export verify DIR`: checks an export folder or collected results (no workspace).

Valid: one summary line on stdout, exit 0. Not valid: `invalid: N problem(s) in DIR`, then
one problem a line (`  file[:line]: message`, at most MAX_PRINTED), on stdout, exit 2. A
folder that holds no results, or sealed exports, is one line on stderr, exit 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path

MAX_PRINTED = 200


def _verify(args: argparse.Namespace) -> int:
    from reviewer.core.errors import RefusedInput
    from reviewer.workflows.export_verify import verify_export

    if getattr(args, "out", None):
        raise RefusedInput("`export verify DIR` takes no --out: give the folder to check")
    if getattr(args, "json", False):  # `export --json verify`: the verdict has no JSON shape
        raise RefusedInput("`export verify DIR` has no --json: its output is described in "
                           "docs/formats.md (Verifying results)")
    folder = Path(args.folder)
    report = verify_export(folder)
    if report.valid:
        print(report.summary())
        return 0
    print(f"invalid: {len(report.problems)} problem(s) in {folder} ({report.layout.value})")
    for problem in report.problems[:MAX_PRINTED]:
        print(f"  {problem}")
    if len(report.problems) > MAX_PRINTED:
        print(f"  ... and {len(report.problems) - MAX_PRINTED} more problem(s)")
    return 2


def register(export_parser: argparse.ArgumentParser) -> None:
    """Adds `verify DIR` under `reviewer export` (which keeps its own options)."""
    actions: argparse._SubParsersAction[argparse.ArgumentParser] = export_parser.add_subparsers(
        dest="export_action", metavar="ACTION", prog=export_parser.prog)
    v = actions.add_parser(
        "verify", help="check an export folder or collected results",
        description="Check the results in DIR, as written by `reviewer export --out DIR` or "
                    "`reviewer org collect --out DIR`: every file and line against its JSON "
                    "Schema (docs/formats.md), the header's digests and counts, that every "
                    "training line is valid for NeMo's manifest reader and, where the audio "
                    "was exported, that each file is in DIR, decodes completely and lasts "
                    "its duration within 0.1 s. Needs no workspace.")
    v.add_argument("folder", metavar="DIR", help="the folder to check")
    v.set_defaults(func=_verify)
