"""The composition root's backend: notices name packages by number, never by id; the demo
opens with no keyring and says so."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from reviewer.app import RealBackend
from reviewer.workflows.retention import PurgeNotice
from reviewer.workflows.workspace_session import SessionHandle
from tests.support.memory_keyring import MemoryKeyring
from tests.support.trust import TestOrganisation
from tests.ui.fakes import FakePlayer
from tests.ui.real_backend import real_backend


def test_purge_notice_names_the_package_by_number() -> None:
    notice = PurgeNotice(package_number=3, package_id="pkgSecretIdent01", reason="expired",
                         expired_on=dt.date(2026, 11, 1), unexported_finished=2, unfinished=5)
    handle = SimpleNamespace(banner="", notices=[notice])  # all that .notice reads
    text = RealBackend(cast(SessionHandle, handle), FakePlayer()).notice
    assert "Package 3" in text
    assert "2 finished clips never exported, 5 unfinished clips." in text  # plural forms
    assert "pkgSecretIdent01" not in text


def test_demo_opens_without_a_keyring_and_says_so(memory_keyring: MemoryKeyring) -> None:
    backend = real_backend()
    try:
        assert "Demo mode" in backend.notice
        assert "in-memory key" in backend.notice
        assert backend.review.counts().total >= 4
        assert memory_keyring.secrets == {}  # nothing went to the keyring
    finally:
        backend.close()


def test_real_workspace_opens_the_demo_in_its_own_window(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.app import open_backend
    from reviewer.ui.qt_main_window import MainWindow
    from reviewer.ui.qt_settings import UiSettings

    backend = open_backend(tmp_path / "ws", False, "a passphrase for this test",
                           player=FakePlayer())
    launched: list[bool] = []
    monkeypatch.setattr(backend, "launch_demo", lambda: launched.append(True))
    try:
        assert backend.demo_package() is None  # the demo never enters a real workspace
        window = MainWindow(backend, UiSettings(tmp_path / "ui.ini"))
        qtbot.addWidget(window)
        window.show()
        assert window.welcome.demo_button.isVisible()
        window.welcome.demo_button.click()
        assert launched == [True]
        assert window.model.counts().total == 0
        window.close()
    finally:
        backend.close()


def test_welcome_says_what_the_workstation_still_needs(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        organisation: TestOrganisation) -> None:
    from reviewer.app import open_backend
    from reviewer.commands import anchor
    from reviewer.ui.qt_main_window import MainWindow
    from reviewer.ui.qt_settings import UiSettings

    def hint(folder: str) -> str:
        backend = open_backend(tmp_path / folder, False, "a passphrase for this test",
                               player=FakePlayer())
        try:
            window = MainWindow(backend, UiSettings(tmp_path / "ui.ini"))
            qtbot.addWidget(window)
            window.show()
            label = window.welcome.setup_label
            return label.text() if label.isVisible() else ""
        finally:
            backend.close()

    assert "not enrolled yet" in hint("managed")
    assert "enroll --request" in hint("managed")
    workspace = tmp_path / "managed"
    from reviewer.vault.workspace import Workspace

    with Workspace.open(workspace, None, create=False,
                        passphrase="a passphrase for this test") as ws:
        organisation.enroll(ws)
    assert hint("managed") == ""
    monkeypatch.setattr(anchor, "load", lambda: None)
    assert "not managed yet" in hint("unmanaged")
    assert "try the demo" in hint("unmanaged")


def test_the_window_uses_the_organisations_locked_settings(qtbot: QtBot) -> None:
    from reviewer.core.settings_policy import SettingsPolicy
    from reviewer.ui.qt_app import build_window
    from tests.ui.fakes import FakeBackend

    backend = FakeBackend(clips=1)
    backend.settings_policy = SettingsPolicy(locked={"playback/jump_seconds": 7})
    window = build_window(backend)
    qtbot.addWidget(window)
    assert window.settings.jump_seconds == 7.0
    assert window.settings.is_locked("playback/jump_seconds")
