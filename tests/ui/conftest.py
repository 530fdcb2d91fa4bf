"""Fixtures for the window's tests: a real MainWindow over in-memory fakes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_settings_dialog import SettingsDialog
from tests.support.translations import ensure_compiled
from tests.ui.fakes import FakeBackend

# The offscreen platform has no window manager and says so once per top-level window.
HARMLESS_QT = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(HARMLESS_QT))


@pytest.fixture(scope="session")
def english(qapp: QApplication) -> None:
    """The windows' tests read English: its plural forms ("1 clip") come from its .qm."""
    from reviewer.ui.i18n import install_language

    ensure_compiled()
    install_language("en")


@pytest.fixture(autouse=True)
def application(qapp: QApplication, english: None) -> QApplication:
    """The app's own set-up of pytest-qt's QApplication (installs the main-thread runner)."""
    from reviewer.ui.qt_app import application as app_setup

    assert app_setup() is qapp
    return qapp


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend(clips=5)


@pytest.fixture
def settings(tmp_path: Path) -> UiSettings:
    return UiSettings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot: QtBot, backend: FakeBackend, settings: UiSettings) -> MainWindow:
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: backend.player.loaded != [])
    return win


def settle(qtbot: QtBot, win: MainWindow) -> None:
    """Wait until every background operation has finished and its callback ran."""
    qtbot.waitUntil(lambda: win.ops.pending == 0, timeout=5000)


def remap(win: MainWindow, keys: dict[str, str]) -> None:
    """Change keys as the reviewer does: in the settings dialog, then Save ("" clears)."""
    dialog = SettingsDialog(win.settings, win.backend.player, win)
    for action_id, key in keys.items():
        dialog.key_edits[action_id].setKeySequence(QKeySequence(key))
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted, dialog.problem.text()
