"""Where the bundled demo package lives, in a source checkout and in a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path

from reviewer.core.errors import InternalError

_RELATIVE = Path("resources") / "demo" / "package"


def demo_package_path() -> Path:
    """The demo package folder; InternalError when the installation lacks it."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        candidate = Path(frozen_root) / _RELATIVE
    else:
        candidate = Path(__file__).resolve().parents[2] / _RELATIVE
    if not (candidate / "package.json").is_file():
        raise InternalError("the demo package is missing from this installation "
                            f"(expected at {candidate})", code="demo_missing", path=str(candidate))
    return candidate
