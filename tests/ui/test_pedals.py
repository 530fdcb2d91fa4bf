"""Foot pedals in the window: settings, starting the source only when wanted, hold-to-play on
the real window's player, the guards (modal dialog, content warning, `enabled`), and the
pedal dialog (detected pedals, live test, mapping, back-step, locked preferences)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from reviewer.app import RealBackend
from reviewer.core.pedals import (
    DEFAULT_MAPPING,
    DetectedPedal,
    PedalAction,
    PedalButton,
    PedalLink,
    PedalMapping,
    PedalsUnavailable,
)
from reviewer.core.playback import DEFAULT_BACKSTEP_S, PlayerState
from reviewer.core.settings_policy import SettingsPolicy
from reviewer.pedals.hid_source import HidPedalSource
from reviewer.ui.backend import Capabilities
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_pedal_dialog import NONE_FOUND, PedalDialog, describe, keyboard_note
from reviewer.ui.qt_pedals import MENU_TEXT, PedalBridge
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_settings_dialog import LOCKED_TIP
from reviewer.workflows.pedal_control import NO_CLIP
from reviewer.workflows.workspace_session import SessionHandle
from tests.support.pedals import FakePedalSource
from tests.ui.fakes import FakeBackend, FakePlayer

L, M, R = PedalButton.LEFT, PedalButton.MIDDLE, PedalButton.RIGHT
INFINITY = DetectedPedal("VEC / Infinity USB foot pedal", 0x05F3, 0x00FF, read_here=True)
OLYMPUS = DetectedPedal("Olympus RS-28H foot switch", 0x07B4, 0x0218, read_here=False)


class PedalBackend(FakeBackend):
    def __init__(self, clips: int = 3, source: FakePedalSource | None = None) -> None:
        super().__init__(clips=clips)
        self.source = source or FakePedalSource([INFINITY])

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(pedals=self.source)


def open_window(qtbot: QtBot, backend: PedalBackend, settings: UiSettings) -> MainWindow:
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    if backend.service.clips:
        qtbot.waitUntil(lambda: backend.player.loaded != [])
        qtbot.waitUntil(lambda: backend.player.state() is not PlayerState.EMPTY)
        # The autoplay starts once the window has shown the clip (a posted event).
        QCoreApplication.sendPostedEvents()
    return win


def bridge_of(win: MainWindow) -> PedalBridge:
    assert win.pedals is not None
    return win.pedals


def send(qtbot: QtBot, win: MainWindow, source: FakePedalSource, button: PedalButton,
         pressed: bool) -> None:
    """A pedal event, delivered as the source's thread does: through run_on_main."""
    with qtbot.waitSignal(bridge_of(win).pedal_event, timeout=2000):
        source.send(button, pressed)


# ---------------------------------------------------------------- settings


def test_pedal_settings_default_off_and_round_trip(tmp_path: Path) -> None:
    settings = UiSettings(tmp_path / "ui.ini")
    assert settings.pedals_enabled is False
    assert settings.pedal_mapping == DEFAULT_MAPPING
    assert settings.pedal_backstep_seconds == DEFAULT_BACKSTEP_S
    settings.update_pedals(enabled=True, actions={L: PedalAction.PLAY_PAUSE},
                           backstep_seconds=2.5)
    again = UiSettings(tmp_path / "ui.ini")
    assert again.pedals_enabled is True
    assert again.pedal_mapping == PedalMapping(left=PedalAction.PLAY_PAUSE)
    assert again.pedal_backstep_seconds == 2.5


def test_hand_edited_pedal_values_are_checked(tmp_path: Path) -> None:
    ini = tmp_path / "ui.ini"
    ini.write_text("[playback]\npedals=maybe\npedal_left=explode\npedal_right=none\n"
                   "pedal_backstep_seconds=99\n", encoding="utf-8")
    settings = UiSettings(ini)
    assert settings.pedals_enabled is False
    assert settings.pedal_mapping == PedalMapping(right=PedalAction.NONE)  # left: the default
    assert settings.pedal_backstep_seconds == 10.0  # clamped


def test_organisation_locks_and_defaults_for_pedals(tmp_path: Path) -> None:
    policy = SettingsPolicy(defaults={"playback/pedal_backstep_seconds": 2.0},
                            locked={"playback/pedals": False,
                                    "playback/pedal_middle": "play_pause"})
    settings = UiSettings(tmp_path / "ui.ini", policy=policy)
    assert settings.pedal_backstep_seconds == 2.0
    settings.update_pedals(enabled=True, actions={M: PedalAction.HOLD_TO_PLAY, R: PedalAction.NONE})
    assert settings.pedals_enabled is False  # locked off
    assert settings.pedal_mapping == PedalMapping(middle=PedalAction.PLAY_PAUSE,
                                                  right=PedalAction.NONE)
    stored = (tmp_path / "ui.ini").read_text(encoding="utf-8")
    assert "pedal_right=none" in stored  # the unlocked part of the update was written
    assert "pedals=" not in stored
    assert "pedal_middle" not in stored


# ---------------------------------------------------------------- the window


def test_no_pedal_source_no_menu_item(window: MainWindow) -> None:
    assert window.pedals is None
    texts = [a.text() for m in window.menus.values() for a in m.actions()]
    assert MENU_TEXT not in texts


def test_the_source_runs_only_when_pedals_are_on(qtbot: QtBot, settings: UiSettings) -> None:
    backend = PedalBackend()
    win = open_window(qtbot, backend, settings)
    bridge = bridge_of(win)
    file_menu = [a.text() for a in win.menus["&File"].actions()]
    assert file_menu[file_menu.index("Settings…") + 1] == MENU_TEXT
    assert backend.source.starts == 0
    assert not bridge.running
    with qtbot.waitSignal(win.statusBar().messageChanged, timeout=2000):
        settings.update_pedals(enabled=True)
    assert backend.source.reading()
    assert "Test pedal connected." in win.statusBar().currentMessage()
    settings.update_pedals(enabled=False)
    assert not backend.source.reading()
    assert backend.source.stops == 1


def test_hold_to_play_plays_and_steps_back_in_the_window(qtbot: QtBot,
                                                         settings: UiSettings) -> None:
    settings.update_pedals(enabled=True, backstep_seconds=0.5)
    backend = PedalBackend()
    win = open_window(qtbot, backend, settings)
    player = backend.player
    player.pause()
    player.seek(1.5)  # where the reviewer is
    send(qtbot, win, backend.source, M, True)
    assert player.state() is PlayerState.PLAYING
    assert win.player_widget.play_button.text() == "Pause"  # the widget follows
    send(qtbot, win, backend.source, M, False)
    assert player.state() is PlayerState.PAUSED
    assert player.position() == pytest.approx(1.0)
    assert win.player_widget.play_button.text() == "Play"


def test_rewind_uses_the_jump_length_from_settings(qtbot: QtBot, settings: UiSettings) -> None:
    settings.update(jump_seconds=0.5)
    settings.update_pedals(enabled=True)
    backend = PedalBackend()
    win = open_window(qtbot, backend, settings)
    backend.player.seek(1.8)
    send(qtbot, win, backend.source, L, True)
    send(qtbot, win, backend.source, L, False)
    assert backend.player.position() == pytest.approx(1.3)


def test_pedals_do_nothing_while_off_even_when_the_dialog_test_runs(
        qtbot: QtBot, settings: UiSettings) -> None:
    backend = PedalBackend()
    win = open_window(qtbot, backend, settings)
    bridge = bridge_of(win)
    bridge.begin_test()
    backend.player.pause()
    send(qtbot, win, backend.source, M, True)
    assert backend.player.state() is PlayerState.PAUSED
    bridge.end_test()
    assert not backend.source.reading()


def test_pedals_are_ignored_behind_a_modal_dialog(qtbot: QtBot, settings: UiSettings) -> None:
    settings.update_pedals(enabled=True)
    backend = PedalBackend()
    win = open_window(qtbot, backend, settings)
    backend.player.pause()
    dialog = QDialog(win)
    dialog.open()  # window-modal, like the escalation and skip dialogs
    qtbot.waitExposed(dialog)
    send(qtbot, win, backend.source, M, True)
    assert backend.player.state() is PlayerState.PAUSED
    send(qtbot, win, backend.source, M, False)
    dialog.reject()


def test_pedals_are_ignored_while_disabled_by_the_window(qtbot: QtBot,
                                                         settings: UiSettings) -> None:
    settings.update_pedals(enabled=True)
    backend = PedalBackend()
    win = open_window(qtbot, backend, settings)
    bridge = bridge_of(win)
    backend.player.pause()
    send(qtbot, win, backend.source, M, True)
    assert backend.player.state() is PlayerState.PLAYING
    bridge.enabled = False  # e.g. the aftercare dialog appears
    assert backend.player.state() is PlayerState.PAUSED
    send(qtbot, win, backend.source, M, False)
    send(qtbot, win, backend.source, M, True)
    assert backend.player.state() is PlayerState.PAUSED
    bridge.enabled = True
    assert bridge.enabled


def test_content_warning_blocks_the_pedal(qtbot: QtBot, settings: UiSettings) -> None:
    settings.update_pedals(enabled=True)
    backend = PedalBackend()
    win = open_window(qtbot, backend, settings)
    backend.player.pause()
    win.review.set_warning(True)
    send(qtbot, win, backend.source, M, True)
    assert backend.player.state() is PlayerState.PAUSED


def test_an_unplugged_pedal_is_said_in_the_status_bar(qtbot: QtBot,
                                                      settings: UiSettings) -> None:
    from reviewer.core.pedals import PedalStatus

    settings.update_pedals(enabled=True)
    backend = PedalBackend()
    win = open_window(qtbot, backend, settings)
    assert backend.source.on_status is not None
    win.statusBar().clearMessage()
    with qtbot.waitSignal(bridge_of(win).status_changed, timeout=2000):
        backend.source.on_status(PedalStatus(PedalLink.SEARCHING, message="None plugged in."))
    assert win.statusBar().currentMessage() == ""  # nothing went away: not worth a word
    with qtbot.waitSignal(bridge_of(win).status_changed, timeout=2000):
        backend.source.on_status(PedalStatus(PedalLink.SEARCHING, "Test pedal", "Unplugged."))
    # The window words the status itself (the source's English message is for the log).
    assert win.statusBar().currentMessage() == ("The foot pedal was unplugged; plug it in "
                                                "again to go on.")


def test_no_clip_open_is_said_in_the_status_bar(qtbot: QtBot, settings: UiSettings) -> None:
    settings.update_pedals(enabled=True)
    backend = PedalBackend(clips=0)
    win = open_window(qtbot, backend, settings)
    send(qtbot, win, backend.source, M, True)
    assert win.statusBar().currentMessage() == NO_CLIP


def test_closing_the_window_stops_the_source(qtbot: QtBot, settings: UiSettings) -> None:
    settings.update_pedals(enabled=True)
    backend = PedalBackend()
    win = open_window(qtbot, backend, settings)
    assert backend.source.reading()
    win.close()
    assert not backend.source.reading()
    settings.update_pedals(enabled=True, backstep_seconds=3.0)  # after closing: no restart
    assert not backend.source.reading()


def test_the_real_backend_offers_one_hidapi_source(tmp_path: Path) -> None:
    closed: list[bool] = []
    handle = SimpleNamespace(close=lambda: closed.append(True))
    backend = RealBackend(cast(SessionHandle, handle), FakePlayer())
    source = backend.capabilities.pedals
    assert isinstance(source, HidPedalSource)
    assert backend.capabilities.pedals is source  # one source for the backend's life
    assert not source.running  # nothing opened until the window starts it
    backend.close()
    assert closed == [True]


# ---------------------------------------------------------------- the dialog


def test_dialog_lists_pedals_and_tests_them_live(qtbot: QtBot, settings: UiSettings) -> None:
    settings.update_pedals(enabled=True)
    backend = PedalBackend(source=FakePedalSource([INFINITY, OLYMPUS]))
    win = open_window(qtbot, backend, settings)
    backend.player.pause()
    dialog = PedalDialog(bridge_of(win), settings, win)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    rows = [dialog.found.item(i).text() for i in range(dialog.found.count())]
    assert rows == [describe(INFINITY), describe(OLYMPUS)]
    assert "05f3:00ff" in rows[0]
    assert "types keys" in rows[1]
    assert dialog.status.text() == "Test pedal connected."
    assert dialog.note.text() == keyboard_note()
    assert "RS-28H" in dialog.note.text()
    send(qtbot, win, backend.source, L, True)
    send(qtbot, win, backend.source, M, True)
    assert dialog.lamps[L].text() == "Left pedal: down"
    assert dialog.lamps[M].text() == "Middle pedal: down"
    assert dialog.lamps[R].text() == "Right pedal: up"
    assert backend.player.state() is PlayerState.PAUSED  # testing never plays
    send(qtbot, win, backend.source, L, False)
    assert dialog.lamps[L].text() == "Left pedal: up"
    assert dialog.last_press.text() == "Left pedal released."
    dialog.reject()
    assert backend.source.reading()  # pedals are on: reading goes on after the test


def test_the_menu_item_opens_the_dialog(qtbot: QtBot, settings: UiSettings) -> None:
    backend = PedalBackend()
    win = open_window(qtbot, backend, settings)
    bridge = bridge_of(win)
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PedalDialog)
        seen.append(dialog.windowTitle())
        assert backend.source.reading()  # the live test reads the pedal
        dialog.reject()

    QTimer.singleShot(0, close_it)
    assert bridge.menu_action is not None
    bridge.menu_action.trigger()  # runs the dialog until close_it rejects it
    assert seen == ["Foot pedals"]
    assert not backend.source.reading()


def test_events_after_the_window_closed_are_dropped(qtbot: QtBot,
                                                    settings: UiSettings) -> None:
    from reviewer.core.pedals import PedalEvent, PedalStatus

    settings.update_pedals(enabled=True)
    backend = PedalBackend()
    win = open_window(qtbot, backend, settings)
    bridge = bridge_of(win)
    on_event, on_status = backend.source.on_event, backend.source.on_status
    assert on_event is not None
    assert on_status is not None
    win.close()  # stops the player too
    events: list[object] = []
    bridge.pedal_event.connect(events.append)
    on_event(PedalEvent(M, True, 1.0))  # a late event from the source's thread
    on_status(PedalStatus(PedalLink.CONNECTED, "x", "late"))
    qtbot.wait(20)
    assert events == []
    assert backend.player.state() is not PlayerState.PLAYING
    assert bridge.status.message != "late"


def test_dialog_starts_reading_for_the_test_and_stops_after(qtbot: QtBot,
                                                            settings: UiSettings) -> None:
    backend = PedalBackend(source=FakePedalSource([]))
    win = open_window(qtbot, backend, settings)
    dialog = PedalDialog(bridge_of(win), settings, win)
    qtbot.addWidget(dialog)
    assert backend.source.reading()
    assert dialog.found.item(0).text() == NONE_FOUND
    dialog.reject()
    assert not backend.source.reading()
    qtbot.waitUntil(lambda: bridge_of(win).status.link is PedalLink.STOPPED)


def test_dialog_saves_only_what_changed(qtbot: QtBot, tmp_path: Path) -> None:
    ini = tmp_path / "ui.ini"
    policy = SettingsPolicy(defaults={"playback/pedal_backstep_seconds": 2.0})
    settings = UiSettings(ini, policy=policy)
    backend = PedalBackend()
    win = open_window(qtbot, backend, settings)
    dialog = PedalDialog(bridge_of(win), settings, win)
    qtbot.addWidget(dialog)
    assert dialog.backstep.value() == 2.0
    dialog.enabled.setChecked(True)
    right = dialog.choices[R]
    right.setCurrentIndex(right.findData(PedalAction.PLAY_PAUSE.value))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.pedals_enabled
    assert settings.pedal_mapping == PedalMapping(right=PedalAction.PLAY_PAUSE)
    stored = ini.read_text(encoding="utf-8")
    assert "pedal_right=play_pause" in stored
    assert "pedal_left" not in stored  # unchanged: follows the default
    assert "pedal_backstep" not in stored  # the organisation's default keeps applying
    assert backend.source.reading()  # on, once the dialog closed


def test_dialog_shows_locked_preferences_disabled(qtbot: QtBot, tmp_path: Path) -> None:
    policy = SettingsPolicy(locked={"playback/pedals": True, "playback/pedal_left": "none",
                                    "playback/pedal_backstep_seconds": 1.5})
    settings = UiSettings(tmp_path / "ui.ini", policy=policy)
    backend = PedalBackend()
    win = open_window(qtbot, backend, settings)
    dialog = PedalDialog(bridge_of(win), settings, win)
    qtbot.addWidget(dialog)
    for widget in (dialog.enabled, dialog.choices[L], dialog.backstep):
        assert not widget.isEnabled()
        assert widget.toolTip() == LOCKED_TIP
    assert dialog.choices[M].isEnabled()
    assert dialog.choices[L].currentData() == "none"
    assert dialog.backstep.value() == 1.5
    dialog.reject()


def test_dialog_says_when_hidapi_is_missing(qtbot: QtBot, settings: UiSettings) -> None:
    class Missing(FakePedalSource):
        def detect(self) -> list[DetectedPedal]:
            raise PedalsUnavailable("Foot pedal support is not installed here.")

    backend = PedalBackend(source=Missing())
    win = open_window(qtbot, backend, settings)
    dialog = PedalDialog(bridge_of(win), settings, win)
    qtbot.addWidget(dialog)
    assert dialog.found.item(0).text() == (
        "Foot pedals cannot work here: the hidapi library is missing; pedals that type keys "
        "still work.")
    dialog.reject()


def test_unavailable_status_reaches_the_dialog(qtbot: QtBot, settings: UiSettings) -> None:
    from reviewer.core.pedals import PedalStatus

    backend = PedalBackend()
    win = open_window(qtbot, backend, settings)
    dialog = PedalDialog(bridge_of(win), settings, win)
    qtbot.addWidget(dialog)
    assert backend.source.on_status is not None
    with qtbot.waitSignal(bridge_of(win).status_changed, timeout=2000):
        backend.source.on_status(PedalStatus(PedalLink.UNAVAILABLE, message="No hidapi.",
                                             code="hid_incompatible"))
    assert dialog.status.text() == ("Foot pedals cannot work here: an incompatible 'hid' "
                                    "module is installed instead of hidapi.")
    dialog.reject()
