"""`reviewer --smoke-test` (being built)."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    raise NotImplementedError("smoke test not built yet")
