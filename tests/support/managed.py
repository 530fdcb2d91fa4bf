"""Runs a module as if this installation's organisation file were FILE:
`python managed.py --organisation FILE -m MODULE ARGS`.

The app reads its organisation file from one built-in, root-owned path and offers no way to
point elsewhere (no option, no variable); command-line tests in a subprocess use this
harness to hand the location in, as in-process tests do with a constructor.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path


def install(path: str) -> None:
    from reviewer.commands import anchor
    from reviewer.core.trust import parse_organisation

    data = Path(path).read_bytes()
    anchor.load = lambda: parse_organisation(data)


def run(argv: list[str]) -> None:
    if len(argv) >= 2 and argv[0] == "--organisation":
        install(argv[1])
        argv = argv[2:]
    if len(argv) < 2 or argv[0] != "-m":
        raise SystemExit("usage: managed.py [--organisation FILE] -m MODULE [ARGS...]")
    sys.argv = [argv[1], *argv[2:]]
    runpy.run_module(argv[1], run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    run(sys.argv[1:])
