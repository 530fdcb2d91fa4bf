"""The `reviewer` command line: parses arguments and dispatches to reviewer.commands.

Expected failures print one clear line and exit 2 (refused input, or a part the machine
lacks: display, library, keyring) or 1 (internal error); tracebacks only with REVIEWER_DEBUG=1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from reviewer import __version__, offline
from reviewer.app import workspace_path
from reviewer.core.errors import ReviewerError
from reviewer.core.missing_library import as_missing_library


def build_parser() -> argparse.ArgumentParser:
    # Imported here, inside main's error handling: a library the vault needs (SQLCipher)
    # missing must be said in one line, not as a traceback from an import.
    from reviewer.commands import check, lead, org, workspace

    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Transcribe assigned voice-assistant clips, privately. "
                    "With no command, opens the reviewer window.")
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    parser.add_argument("--workspace", metavar="DIR",
                        help="workspace folder (default: $REVIEWER_WORKSPACE, else the "
                             "platform's user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open the window on a throwaway workspace with the demo package")
    parser.add_argument("--smoke-test", action="store_true",
                        help="check window, vault, keyring and audio, then exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    check.register(sub)
    workspace.register(sub)
    lead.register(sub)
    org.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    offline.install()
    try:
        args = build_parser().parse_args(argv)
        args.workspace_dir = workspace_path(args.workspace)
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
            return missing.exit_code
        # No message text: it could quote data. The type is enough to file a bug.
        print(f"reviewer: internal error ({type(exc).__name__}); run with REVIEWER_DEBUG=1 "
              "for details", file=sys.stderr)
        return 1


def gui_main() -> int:
    return main([])
