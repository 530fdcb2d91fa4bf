"""The command line's argument parser class, shared by `reviewer` and `reviewer sync`."""

from __future__ import annotations

import argparse
from typing import NoReturn


class OneLineErrors(argparse.ArgumentParser):
    """Usage errors as one line on stderr, exit 2, like every other refusal (argparse prints
    the whole usage first); subcommands' parsers are of the same class (add_subparsers)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"reviewer: {message} (see `{self.prog} --help`)\n")
