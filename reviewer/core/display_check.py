"""Whether a window can open here, decided before Qt is asked: without a display Qt prints
five lines (one of them blaming a library that is not the cause) and aborts (exit 134). The
app says one line instead and exits 2, as for any request it cannot carry out.

Pure: the caller passes the environment, the platform and a way to test that a path exists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from reviewer.core.errors import RefusedInput

# Qt platforms that draw without a display server.
HEADLESS = frozenset({"offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs",
                      "vkkhrdisplay"})
_LOCAL_X = re.compile(r"^(?:unix)?:(\d+)(?:\.\d+)?$")
NO_DISPLAY = ("no display: the window needs a graphical session, and neither DISPLAY nor "
              "WAYLAND_DISPLAY is set (the command line works without one: reviewer --help)")


class NoDisplay(RefusedInput):
    """The window cannot open here (exit 2, one line)."""

    code = "no_display"


def display_problem(env: Mapping[str, str], platform: str,
                    exists: Callable[[str], bool]) -> str | None:
    """Why a window cannot open, or None when it can (or when only Qt can tell: Windows,
    macOS, a remote X display, a platform named in QT_QPA_PLATFORM that draws headless)."""
    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip().lower()
    display, wayland = env.get("DISPLAY", "").strip(), env.get("WAYLAND_DISPLAY", "").strip()
    if chosen in HEADLESS:
        return None
    if chosen.startswith("wayland"):
        return None if wayland else ("no display: QT_QPA_PLATFORM asks for Wayland and "
                                     "WAYLAND_DISPLAY is not set")
    if chosen == "xcb" and not display:
        return "no display: QT_QPA_PLATFORM asks for X11 (xcb) and DISPLAY is not set"
    if not chosen and not display and not wayland:
        return NO_DISPLAY
    # A platform Qt may not even have (QT_QPA_PLATFORM=nosuch) is Qt's to report.
    if display and (chosen == "xcb" or (not chosen and not wayland)):
        local = _LOCAL_X.match(display)
        # The X server's own socket, a fixed path (only looked at, never made).
        if local and not exists(f"/tmp/.X11-unix/X{local.group(1)}"):  # noqa: S108
            return (f"no display: DISPLAY is {display}, but no X server listens there "
                    "(is the graphical session still running?)")
    return None


def require_display(env: Mapping[str, str], platform: str,
                    exists: Callable[[str], bool]) -> None:
    problem = display_problem(env, platform, exists)
    if problem is not None:
        raise NoDisplay(problem)
