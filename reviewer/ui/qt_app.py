"""Starts Qt and shows the reviewer window (called by the composition root, app.py)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from reviewer import APP_ID
from reviewer.core.errors import ReviewerError
from reviewer.core.missing_library import as_missing_library
from reviewer.core.workspace_errors import PassphraseRequired, WrongKey
from reviewer.ui.backend import WorkspaceBackend
from reviewer.ui.i18n import choose_language, install_language, translate
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_operations import install_main_runner
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_start import start_application
from reviewer.ui.qt_theme import apply_font_size
from reviewer.ui.reason_wording import reason_sentence

# Opens the workspace; given a passphrase when the workspace asked for one.
BackendFactory = Callable[[str | None], WorkspaceBackend]
PASSPHRASE_TRIES = 3


GUI_SWITCH_INTERVAL_S = 0.001


def application() -> QApplication:
    """The QApplication, created once, with the main-thread runner installed (run_on_main)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Wayland's app id, and the desktop entry a shell matches the window to (the package
        # installs /usr/share/applications/<APP_ID>.desktop).
        QGuiApplication.setDesktopFileName(APP_ID)
        # No platform plugin: one line and the documented exit code, not Qt's abort.
        app = start_application(lambda: QApplication(sys.argv[:1]))
        app.setApplicationName("Reviewer")
        app.setWindowIcon(app_icon())
        app.setOrganizationName("reviewer")
        # The window's thread gets the interpreter back within 1 ms of asking, not 5 (the
        # default): a worker decrypting or writing must not hold up a repaint for longer.
        sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    install_main_runner()
    return app


def app_icon() -> QIcon:
    """The app icon from resources/icons (source checkout or frozen bundle); may be empty."""
    roots = [Path(getattr(sys, "_MEIPASS", "")), Path(__file__).resolve().parents[2]]
    for root in roots:
        svg = root / "resources" / "icons" / "reviewer.svg"
        if root != Path() and svg.is_file():
            return QIcon(str(svg))
    return QIcon()


def build_window(backend: WorkspaceBackend) -> MainWindow:
    app = application()
    settings = UiSettings(policy=backend.settings_policy)
    install_language(choose_language(settings.language))
    system_font = app.font()
    apply_font_size(app, settings.font_size, system_font)
    settings.changed.connect(lambda: apply_font_size(app, settings.font_size, system_font))
    return MainWindow(backend, settings)


def _ask_passphrase(attempt: int, wrong: bool) -> str | None:
    prompt = (translate("App", "That passphrase did not open the workspace. Try again:")
              if wrong else translate("App", "This workspace is protected by a passphrase:"))
    text, ok = QInputDialog.getText(None, translate("App", "Workspace passphrase"), prompt,
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None


def quit_when_idle() -> None:
    """Close every window once the first clip is open (or the welcome view shows)."""
    app = application()

    def check() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and windows[0].ops.pending == 0:
            print("reviewer: window ready", flush=True)
            for w in windows:
                w.close()
            app.quit()
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)


def _refuse(exc: ReviewerError) -> int:
    """The window could not open the workspace: one line on stderr (for a terminal or the
    session's log, in English) and the same in a dialog, in the user's language (for a start
    from the desktop)."""
    print(f"reviewer: {exc}", file=sys.stderr, flush=True)
    QMessageBox.critical(None, "Reviewer", reason_sentence(exc))
    return exc.exit_code


def run_window(make_backend: BackendFactory, on_shown: Callable[[], None] | None = None) -> int:
    """Open the workspace (errors shown in a dialog, exit 2) and run the window until closed."""
    app = application()
    # The user's language for what comes before the workspace (its passphrase, its errors);
    # build_window applies the organisation's policy once the workspace is open.
    install_language(choose_language(UiSettings().language))
    passphrase: str | None = None
    tries = 0
    while True:
        try:
            backend = make_backend(passphrase)
            break
        except (PassphraseRequired, WrongKey) as exc:
            if isinstance(exc, WrongKey) and passphrase is None:
                QMessageBox.critical(None, "Reviewer", reason_sentence(exc))
                return exc.exit_code
            tries += 1
            passphrase = _ask_passphrase(tries, wrong=isinstance(exc, WrongKey))
            if passphrase is None or tries > PASSPHRASE_TRIES:
                return exc.exit_code
        except ReviewerError as exc:
            return _refuse(exc)
        except (OSError, ImportError) as exc:  # a library the machine lacks, named
            missing = as_missing_library(exc, "the window")
            if missing is None:
                raise
            return _refuse(missing)
    try:
        window = build_window(backend)
        window.show()
        if on_shown is not None:
            QTimer.singleShot(0, on_shown)
        return app.exec()
    finally:
        backend.close()
