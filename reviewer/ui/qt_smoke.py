"""The Qt half of `reviewer --smoke-test`: open the reviewer window and check Qt's plugins.

The composition root (reviewer/smoke.py) may not import PySide6, so everything Qt-shaped the
smoke test needs lives here. In a frozen app this is where missing platform or image-format
plugins show up, so the checks name the plugin that is missing.
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Callable, MutableMapping
from typing import TextIO

from PySide6.QtCore import QEventLoop, QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

from reviewer.ui.backend import WorkspaceBackend

WINDOW_TIMEOUT = 15.0

# Messages Qt prints that say nothing is wrong with the app. Each entry needs a reason.
HARMLESS_QT_MESSAGES: tuple[tuple[str, str], ...] = (
    # The offscreen platform has no window manager, so it cannot honour size hints; it says
    # so once per top-level window. Harmless by construction: offscreen draws no frame.
    ("This plugin does not support propagateSizeHints()", "offscreen has no window manager"),
)


def is_harmless(message: str) -> bool:
    return any(message.startswith(prefix) for prefix, _why in HARMLESS_QT_MESSAGES)


_MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], object]
_previous_handler: _MessageHandler | None = None
_routing = False
_dropped: list[str] = []


def route_messages(stream: TextIO) -> None:
    """Send Qt's warnings to `stream` (stderr in the smoke test, so the packaging check fails
    on them), except the known-harmless ones, which are kept in `dropped_messages()`.
    Debug and info messages are dropped unless QT_DEBUG_PLUGINS asks for them."""
    global _previous_handler, _routing

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) and not os.environ.get(
                "QT_DEBUG_PLUGINS"):
            return
        if is_harmless(message):
            _dropped.append(message)
            return
        stream.write(f"qt: {message}\n")
        stream.flush()

    previous = qInstallMessageHandler(handler)
    if not _routing:  # remember the handler from before the first call, not our own
        _previous_handler, _routing = previous, True


def dropped_messages() -> list[str]:
    return list(_dropped)


def shutdown() -> None:
    """Close every window and let Qt finish its pending work before the process exits."""
    global _routing
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.closeAllWindows()
        app.processEvents()
    if _routing:
        qInstallMessageHandler(_previous_handler)
        _routing = False


def ensure_utf8_locale(environ: MutableMapping[str, str] = os.environ) -> str | None:
    """Make the character encoding UTF-8 before Qt starts; returns the variable changed.

    Under a C/POSIX or legacy-encoding locale Qt switches LC_CTYPE to UTF-8 itself, but says
    so on stderr (and the packaging check fails on stderr). Making the same switch first
    keeps Qt quiet; collation, dates and messages stay as the user set them.
    """
    name = "LC_ALL" if environ.get("LC_ALL") else "LC_CTYPE"
    current = environ.get("LC_ALL") or environ.get("LC_CTYPE") or environ.get("LANG") or "C"
    if re.search(r"\.utf-?8", current, re.IGNORECASE):
        return None
    base = re.split(r"[.@]", current, maxsplit=1)[0]
    wanted = f"{base}.UTF-8"
    if base in ("", "C", "POSIX") or not _locale_exists(wanted):
        wanted = "C.UTF-8"
    environ[name] = wanted
    return name


def _locale_exists(name: str) -> bool:
    previous = locale.setlocale(locale.LC_CTYPE)
    try:
        locale.setlocale(locale.LC_CTYPE, name)
    except locale.Error:
        return False
    finally:
        locale.setlocale(locale.LC_CTYPE, previous)
    return True


def wait_until(done: Callable[[], bool], timeout: float) -> bool:
    """Run Qt's event loop until `done()` holds or `timeout` seconds pass (no busy wait)."""
    if done():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    # Remember that it held: after quit() the loop may still deliver events of the same batch
    # (the window starting its next background job), so asking again could say no.
    held: list[bool] = []

    def check() -> None:
        if done():
            held.append(True)
            loop.quit()

    poll.timeout.connect(check)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    poll.start()
    loop.exec()
    poll.stop()
    return bool(held) or done()


def open_main_window(backend: WorkspaceBackend, timeout: float = WINDOW_TIMEOUT) -> str:
    """Open the reviewer window on `backend` (the demo workspace), wait until the first clip's
    audio is loaded into the player and background work is idle, paint it, close it.

    Raises RuntimeError naming what went wrong (icon, clip, painting).
    """
    from reviewer.ui.qt_app import app_icon, application, build_window

    ensure_utf8_locale()
    app = application()
    if app_icon().isNull():
        raise RuntimeError("the app icon did not load (icon file or SVG plugin missing)")
    window = build_window(backend)
    ready: list[int] = []
    window.model.audio_ready.connect(ready.append)
    try:
        window.show()
        if not window.model.counts().total:
            raise RuntimeError("the demo queue is empty")
        if not wait_until(lambda: bool(ready) and window.ops.pending == 0, timeout):
            raise RuntimeError(f"the first clip's audio was not ready within {timeout:.0f} s")
        if not window.isVisible():
            raise RuntimeError("the window did not become visible")
        pixels = window.grab()
        if pixels.isNull() or pixels.width() == 0:
            raise RuntimeError("the window could not be painted")
        return (f"{type(window).__name__} painted {pixels.width()}x{pixels.height()} on the "
                f"'{app.platformName()}' platform; demo queue of {window.model.counts().total} "
                "clips, first clip loaded into the player")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()


def image_formats() -> set[str]:
    """Image formats Qt can read (plugins included): the icons need svg and png."""
    return {bytes(fmt.data()).decode("ascii") for fmt in QImageReader.supportedImageFormats()}
