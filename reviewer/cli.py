"""The `reviewer` command line: parses arguments and dispatches to reviewer.commands.

Results go to stdout, diagnostics (progress, warnings, errors) to stderr. Expected failures
print one clear line `reviewer: ...` on stderr and exit 2 (refused input, or a part the
machine lacks: display, library, keyring) or 1 (internal error); under `--json` the failure
is also one JSON document on stdout. Tracebacks only with REVIEWER_DEBUG=1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from reviewer import __version__, offline
from reviewer.commands import global_options, json_output
from reviewer.commands.parsing import OneLineErrors
from reviewer.core.errors import ReviewerError
from reviewer.core.missing_library import as_missing_library


def build_parser() -> argparse.ArgumentParser:
    # Imported here, inside main's error handling: a library the vault needs (SQLCipher)
    # missing must be said in one line, not as a traceback from an import.
    from reviewer.commands import check, diagnostics, lead, org, workspace

    parser: argparse.ArgumentParser = OneLineErrors(
        prog="reviewer",
        description="Transcribe assigned voice-assistant clips, privately. "
                    "With no command, opens the reviewer window.")
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    global_options.add_workspace_option(parser)
    parser.add_argument("--demo", action="store_true",
                        help="open the window on a throwaway workspace with the demo package")
    parser.add_argument("--smoke-test", action="store_true",
                        help="check window, vault, keyring and audio, then exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    check.register(sub)
    workspace.register(sub)
    lead.register(sub)
    org.register(sub)
    diagnostics.register(sub)
    p = sub.add_parser("sync", help="move sealed files between the exchange and the spool "
                                    "(its own process: `reviewer sync --help`)")
    p.set_defaults(func=_sync_not_first)
    global_options.add_to_subcommands(parser)
    return parser


def _sync_not_first(args: argparse.Namespace) -> int:
    raise ReviewerError("`sync` must come first (`reviewer sync ...`): it runs as its own "
                        "process, with its own options")


def organisation_exchange(words: Sequence[str]) -> bool:
    """`org pack ... --upload`, `org collect ... --from-s3` or `org upload ...` (first words
    only)."""
    return list(words[:2]) == ["org", "upload"] or (
        list(words[:2]) in (["org", "pack"], ["org", "collect"])
        and any(w in ("--upload", "--from-s3") for w in words[2:]))


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == ["sync"]:
        # The only process that may use the network, and only as the first word: it moves
        # sealed files and never opens the vault (commands/sync.py, offline.py).
        from reviewer.commands import sync

        return sync.main(words[1:])
    if organisation_exchange(words):
        # The organisation's exchange commands talk to its store, on the organisation's
        # machine; like sync they get the vault guard instead of the no-network hook (they
        # open no workspace: nothing under it may be opened by this process).
        from reviewer.locations import workspace_path

        if words[:2] != ["org", "upload"]:  # it guards itself once its input is checked
            workspace = workspace_path(None)
            offline.install_sync_guard(workspace, workspace / ".organisation-opens-nothing-here")
    else:
        offline.install()
    args: argparse.Namespace | None = None
    try:
        args = build_parser().parse_args(argv)
        args.workspace_dir = global_options.resolve_workspace(args)
        if args.smoke_test:
            from reviewer import smoke

            return smoke.run(args)
        if args.command is None:
            from reviewer.app import run_gui

            return run_gui(args.workspace_dir, demo=args.demo)
        result: int = args.func(args)
        return result
    except ReviewerError as exc:
        if os.environ.get("REVIEWER_DEBUG") == "1":
            raise
        print(f"reviewer: {exc}", file=sys.stderr)
        if args is not None and json_output.wanted(args):
            json_output.emit_failure(args, exc, exc.exit_code)
        return exc.exit_code
    except KeyboardInterrupt:
        print("reviewer: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("REVIEWER_DEBUG") == "1":
            raise
        missing = as_missing_library(exc)  # the machine lacks a library: say which (exit 2)
        if missing is not None:
            print(f"reviewer: {missing}", file=sys.stderr)
            if args is not None and json_output.wanted(args):
                json_output.emit_failure(args, missing, missing.exit_code)
            return missing.exit_code
        # No message text: it could quote data. The type is enough to file a bug.
        print(f"reviewer: internal error ({type(exc).__name__}); run with REVIEWER_DEBUG=1 "
              "for details", file=sys.stderr)
        if args is not None and json_output.wanted(args):
            json_output.emit_failure(args, exc, 1)
        return 1


def gui_main() -> int:
    return main([])
