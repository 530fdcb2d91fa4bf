"""`reviewer` subcommands: workspace (being built)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Adds this module's subcommands to the parser."""
