"""Creating the QApplication without Qt's abort: when no platform plugin starts, Qt prints
several lines (one of them blaming libxcb-cursor0 whatever the cause) and aborts (exit 134).

Here Qt's messages are held back while the QApplication is made. If Qt gives up (its fatal
message), the real cause is found and said in one line, then the process exits with the
documented code: 2 for what the user or the machine's administrator can fix (a platform
QT_QPA_PLATFORM names but this installation lacks, a library the plugin needs, a display
nobody answers on), 1 when only a reinstall or a bug report can. The cause costs nothing on
a good start: the held-back messages (usually none) are passed on, and only a failed start
loads the plugin file again to read the loader's own error, which names the missing library.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from reviewer.core.missing_library import MissingLibrary, missing_library_in

# Patterns, compiled by `re` on first use: only a failed start reads Qt's messages.
_NOT_FOUND = r'Could not find the Qt platform plugin "([^"]*)"'
_NOT_LOADED = r'Could not load the Qt platform plugin "([^"]*)"'
_AVAILABLE = r"(?m)Available platform plugins are: ([^\n]*?)\.?\s*$"
_NO_X = r"(?i)could not connect to display"
_NO_WAYLAND = r"Failed to create wl_display"

App = TypeVar("App")
# A platform plugin's name -> the loader's error for its file (None: it loads, or no file).
LoadError = Callable[[str], str | None]


class StartFailure:
    """The one line to print and the exit code (a plain class: a dataclass would cost a
    good start a few milliseconds to define)."""

    def __init__(self, line: str, exit_code: int) -> None:
        self.line, self.exit_code = line, exit_code


def diagnose(messages: Sequence[str], env: Mapping[str, str],
             load_error: LoadError) -> StartFailure:
    """Why no platform plugin started, from Qt's messages (the fatal one last)."""
    text = "\n".join(messages)
    for name in re.findall(_NOT_LOADED, text):
        error = load_error(name)
        plugin = f'the Qt platform plugin "{name}"'
        if error is not None:
            library = missing_library_in(error)
            if library is not None:
                lacking = MissingLibrary(library, plugin)
                return StartFailure(str(lacking), lacking.exit_code)
            return StartFailure(f"{plugin} cannot be loaded: {_first_line(error)}", 1)
        if re.search(_NO_X, text):
            return StartFailure(f"no display: cannot connect to the X display "
                                f"{env.get('DISPLAY', '')!r} (is the graphical session "
                                "still running, and may this user use it?)", 2)
        if re.search(_NO_WAYLAND, text):
            return StartFailure(f"no display: cannot connect to the Wayland display "
                                f"{env.get('WAYLAND_DISPLAY', '')!r}", 2)
        return StartFailure(f"{plugin} was found but could not start (QT_DEBUG_PLUGINS=1 "
                            "shows why)", 1)
    missing = re.findall(_NOT_FOUND, text)
    if missing:
        available = re.search(_AVAILABLE, text)
        has = f" (it has: {available.group(1)})" if available else ""
        if env.get("QT_QPA_PLATFORM", "").strip():
            return StartFailure(f'no Qt platform plugin "{missing[0]}": QT_QPA_PLATFORM asks '
                                f"for a platform this installation does not have{has}", 2)
        return StartFailure(f'no Qt platform plugin "{missing[0]}" in this installation '
                            f"(reinstall Reviewer){has}", 1)
    fatal = messages[-1] if messages else ""
    return StartFailure(f"Qt could not start: {_first_line(fatal) or 'no reason given'}", 1)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def plugin_folders(env: Mapping[str, str]) -> list[str]:
    """Where Qt looks for platform plugins: QT_QPA_PLATFORM_PLUGIN_PATH first, then the
    `platforms` folder of QT_PLUGIN_PATH's entries and of Qt's own plugin folder."""
    from PySide6.QtCore import QLibraryInfo  # only after a failed start

    folders = [f for f in env.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if f]
    roots = [r for r in env.get("QT_PLUGIN_PATH", "").split(os.pathsep) if r]
    roots.append(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return folders + [os.path.join(root, "platforms") for root in roots]


def plugin_files(name: str) -> list[str]:
    """File names a platform plugin of that name may have (several names share one file:
    "wayland-egl" is in libqwayland.so)."""
    base = name.split("-", 1)[0]
    stems = dict.fromkeys([f"q{name}", f"q{base}", f"q{base}-generic"])
    return [f"{prefix}{stem}{suffix}" for stem in stems
            for prefix, suffix in (("lib", ".so"), ("lib", ".dylib"), ("", ".dll"))]


def load_error(name: str, env: Mapping[str, str] = os.environ) -> str | None:
    """The dynamic loader's error for the plugin's file, loaded again now (only after Qt
    failed, when the process is about to exit anyway); None when it loads or is not found."""
    import ctypes  # only after a failed start: a good one does not pay for it

    for folder in plugin_folders(env):
        for file in plugin_files(name):
            path = os.path.join(folder, file)
            if os.path.isfile(path):
                try:
                    ctypes.CDLL(path)
                except OSError as exc:
                    return _loader_text(exc)
                return None
    return None


def _loader_text(exc: BaseException) -> str:
    """The loader's own text: a frozen app's ctypes wraps it in its own error ("Failed to
    load dynlib/dll ..."), keeping the original as the cause."""
    while exc.__cause__ is not None:
        exc = exc.__cause__
    return str(exc)


def start_application(make: Callable[[], App]) -> App:
    """`make()` (which creates the QApplication) with Qt's start-up messages held back: on
    a fatal one, say the cause in one line and exit; otherwise pass them on as Qt would."""
    held: list[tuple[QtMsgType, str, str]] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        held.append((kind, context.category or "default", message))
        if kind == QtMsgType.QtFatalMsg:
            _exit_with(diagnose([m for _k, _c, m in held], os.environ, load_error), held)

    previous = qInstallMessageHandler(handler)
    try:
        app = make()
    finally:
        qInstallMessageHandler(previous)
    for kind, category, message in held:
        if previous is not None:
            previous(kind, QMessageLogContext(), message)
        else:  # Qt's own default format
            prefix = "" if category == "default" else f"{category}: "
            sys.stderr.write(f"{prefix}{message}\n")
    return app


def _exit_with(failure: StartFailure, held: Sequence[tuple[QtMsgType, str, str]]) -> None:
    """Print the cause and leave now: returning would let Qt abort."""
    if os.environ.get("REVIEWER_DEBUG") == "1":  # Qt's own words too, for a bug report
        for _kind, category, message in held:
            sys.stderr.write(f"{category}: {message}\n")
    sys.stderr.write(f"reviewer: {failure.line}\n")
    sys.stderr.flush()
    sys.stdout.flush()
    os._exit(failure.exit_code)
