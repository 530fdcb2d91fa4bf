"""Global options accepted after the subcommand too: `reviewer status --workspace W`.

`--workspace DIR` is defined on the top-level parser and again on every subcommand (at every
level: `export`, `export verify`, `org pack`, ...). Each copy stores under its own name and only
when given (default SUPPRESS), so `resolve_workspace` sees every place it was given: the same
folder any number of times is fine; two different folders are refused (exit 2) rather than
one silently winning, because a command run on the wrong workspace (`wipe`, `purge`) cannot
be undone.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer.app import workspace_path
from reviewer.core.errors import RefusedInput

WORKSPACE_HELP = ("workspace folder (default: $REVIEWER_WORKSPACE, else the platform's user "
                  "data folder); accepted before or after the command")
_AFTER = "workspace_after:"  # prefix of the per-subcommand copies' dests


def add_workspace_option(parser: argparse.ArgumentParser) -> None:
    """The top-level `--workspace`."""
    parser.add_argument("--workspace", metavar="DIR", help=WORKSPACE_HELP)


def add_to_subcommands(parser: argparse.ArgumentParser) -> None:
    """Adds `--workspace` to every subcommand below `parser`, recursively."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                if not any("--workspace" in a.option_strings for a in sub._actions):
                    sub.add_argument("--workspace", metavar="DIR", help=WORKSPACE_HELP,
                                     dest=_AFTER + sub.prog, default=argparse.SUPPRESS)
                add_to_subcommands(sub)


def resolve_workspace(args: argparse.Namespace) -> Path:
    """The workspace folder, from wherever `--workspace` was given (else the default)."""
    given = [args.workspace] if args.workspace else []
    given += [v for k, v in sorted(vars(args).items()) if k.startswith(_AFTER)]
    folders = {workspace_path(g) for g in given}
    if len(folders) > 1:
        raise RefusedInput("--workspace was given twice with different folders ("
                           + ", ".join(sorted(str(f) for f in folders))
                           + "); give it once")
    return folders.pop() if folders else workspace_path(None)
