"""Entry point of the frozen app: the same `main` the `reviewer` console script runs."""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping, Sequence


def default_qt_platform(environ: MutableMapping[str, str], argv: Sequence[str],
                        platform: str = sys.platform) -> str | None:
    """Choose xcb in a Wayland session that has an X display (XWayland); returns the choice.

    The Linux bundle ships Qt's xcb platform but not the Wayland one (bundle_policy.py). In a
    Wayland session Qt looks for the wayland plugin first and prints that it is missing on
    stderr before falling back to xcb; going to xcb directly is the same result, quietly.
    Nothing changes when the user chose a platform, when there is no X display (Qt's own
    error is then the honest one), or for the smoke test (it runs offscreen).
    """
    if (not platform.startswith("linux") or "QT_QPA_PLATFORM" in environ
            or "--smoke-test" in argv or environ.get("XDG_SESSION_TYPE") != "wayland"
            or not environ.get("DISPLAY")):
        return None
    environ["QT_QPA_PLATFORM"] = "xcb"
    return "xcb"


def coerce_c_locale(environ: MutableMapping[str, str]) -> bool:
    """PEP 538's C-locale coercion, which CPython does at start-up but a frozen app does not.

    Without it, Qt finds a "C" locale (a minimal session, a service, `env -i`), switches to
    UTF-8 itself and says so in four lines on stderr. Same rule as CPython: only when LC_ALL
    is unset and the character-type locale is C or POSIX.
    """
    if environ.get("LC_ALL"):
        return False
    if (environ.get("LC_CTYPE") or environ.get("LANG") or "C") not in ("C", "POSIX"):
        return False
    environ["LC_CTYPE"] = "C.UTF-8"
    return True


if __name__ == "__main__":
    coerce_c_locale(os.environ)
    default_qt_platform(os.environ, sys.argv[1:])

    from reviewer.cli import main

    raise SystemExit(main())
