"""Foot pedals in the window: the pedal source's events, marshalled to the GUI thread, drive the
player through the pedal workflow (reviewer.workflows.pedal_control).

The source (a capability the composition root provides; none in a backend without it) runs
only while the reviewer has pedals turned on in the pedal dialog (off by default), or while
that dialog is open for its live test. Presses are ignored while a modal dialog is open, while
a content warning waits for the reviewer's choice, and while `enabled` is False (the window
sets it while a dialog that blocks playback is shown).

Signals:
    pedal_event(object): a PedalEvent, on the GUI thread (the dialog's live test).
    status_changed(object): the source's PedalStatus, on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from reviewer.core.pedals import PedalEvent, PedalLink, PedalSource, PedalStatus
from reviewer.core.playback import Player
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.ui.qt_common import QtTimer
from reviewer.ui.qt_operations import run_on_main
from reviewer.ui.qt_settings import UiSettings
from reviewer.workflows.pedal_control import PedalController

if TYPE_CHECKING:
    from reviewer.ui.qt_main_window import MainWindow

MENU_TEXT = QT_TRANSLATE_NOOP("Pedals", "Foot &pedals…")
# Worth a word in the status bar; so is searching for a pedal that went away (it names the
# model), but not searching after a start with none plugged in (the dialog shows that).
ANNOUNCED = (PedalLink.CONNECTED, PedalLink.NO_ACCESS, PedalLink.UNAVAILABLE)


class PedalBridge(QObject):
    pedal_event = Signal(object)
    status_changed = Signal(object)

    def __init__(self, source: PedalSource, player: Player, settings: UiSettings, *,
                 may_play: Callable[[], bool] = lambda: True,
                 notify: Callable[[str], None] = lambda _t: None,
                 after_action: Callable[[], None] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.settings = settings
        self.notify = notify
        self.after_action = after_action
        self.controller = PedalController(
            player, lambda ms, fn: QtTimer(self, ms, fn), may_play=may_play, notify=notify)
        self.status = PedalStatus(PedalLink.STOPPED)
        self._running = False
        self._testing = False
        self._closed = False
        self.menu_action: QAction | None = None  # "Foot pedals…", set by install_pedals
        settings.changed.connect(self.apply_settings)
        self.apply_settings()

    # ------------------------------------------------------------------ control
    @property
    def enabled(self) -> bool:
        """False while a dialog that blocks playback is open (pedal presses are ignored)."""
        return self.controller.enabled

    @enabled.setter
    def enabled(self, on: bool) -> None:
        self.controller.enabled = on

    @property
    def running(self) -> bool:
        return self._running

    def apply_settings(self) -> None:
        if self._closed:
            return
        s = self.settings
        self.controller.configure(mapping=s.pedal_mapping, backstep_s=s.pedal_backstep_seconds,
                                  jump_s=s.jump_seconds)
        if not s.pedals_enabled:
            self.controller.release_all()
        self._run(s.pedals_enabled or self._testing)

    def begin_test(self) -> None:
        """The pedal dialog is open: read the pedal for its live test, even when off."""
        self._testing = True
        self._run(True)

    def end_test(self) -> None:
        self._testing = False
        self._run(self.settings.pedals_enabled)

    def shutdown(self) -> None:
        """The window is closing: stop reading (waits for the source's thread)."""
        self._run(False)
        self._closed = True

    def _run(self, on: bool) -> None:
        if on == self._running or (on and self._closed):
            return
        self._running = on
        if on:
            self.source.start(lambda e: run_on_main(partial(self._on_event, e)),
                              lambda s: run_on_main(partial(self._on_status, s)))
        else:
            self.source.stop()

    # ------------------------------------------------------------------ from the source
    def _on_event(self, event: PedalEvent) -> None:
        if self._closed:
            return
        self.pedal_event.emit(event)
        if self.settings.pedals_enabled:
            self.controller.handle(event)
            self.after_action()

    def _on_status(self, status: PedalStatus) -> None:
        if self._closed:
            return
        self.status = status
        self.status_changed.emit(status)
        worth_saying = status.link in ANNOUNCED or (status.link is PedalLink.SEARCHING
                                                    and bool(status.model))
        if worth_saying and self.settings.pedals_enabled and status.message:
            self.notify(status_text(status))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.shutdown()
        return False


def status_text(status: PedalStatus) -> str:
    """Where the pedal source stands, in the interface's language (the source's own message
    is English: it is also logged; an unavailable library's reason comes as a code)."""
    if status.link is PedalLink.STOPPED:
        return translate("Pedals", "Not reading pedals.")
    if status.link is PedalLink.CONNECTED:
        return translate("Pedals", "{model} connected.").format(model=status.model)
    if status.link is PedalLink.NO_ACCESS:
        return translate(
            "Pedals", "{model} is plugged in, but this account may not read it. On Linux the "
            "Reviewer package installs a rule for it (70-reviewer-pedals.rules): unplug the "
            "pedal and plug it in again, or ask IT to install the rule (docs/deployment.md)."
        ).format(model=status.model)
    if status.link is PedalLink.SEARCHING:
        return (translate("Pedals", "The foot pedal was unplugged; plug it in again to go on.")
                if status.model else
                translate("Pedals", "No supported foot pedal is plugged in."))
    return translate("Pedals", "Foot pedals cannot work here: {reason}").format(
        reason=unavailable_text(status.code))


def unavailable_text(code: str) -> str:
    """Why the HID library cannot be used (PedalsUnavailable.code), in the interface's
    language."""
    if code == "hid_incompatible":
        return translate("Pedals", "an incompatible 'hid' module is installed instead of "
                                   "hidapi.")
    return translate("Pedals", "the hidapi library is missing; pedals that type keys still "
                               "work.")


def install_pedals(window: MainWindow) -> PedalBridge | None:
    """Foot pedals for `window` when its backend offers a pedal source: the bridge, and
    "Foot pedals…" in the menu that holds Settings. None without a source."""
    source = window.backend.capabilities.pedals
    if source is None:
        return None

    def may_play() -> bool:
        # A modal dialog (escalation, skip, settings, this dialog), a content warning not
        # yet answered, or anything holding playback (an escalation's dialogs, a break):
        # the pedal never starts playback behind it.
        return (QApplication.activeModalWidget() is None
                and not window.warning_panel.isVisible()
                and not window.player_widget.held)

    bridge = PedalBridge(source, window.backend.player, window.settings, may_play=may_play,
                         notify=lambda text: window.statusBar().showMessage(text, 6000),
                         after_action=window.player_widget.refresh, parent=window)
    window.installEventFilter(bridge)
    # A pedal held down when playback becomes held (an escalation, a break) lets go of it.
    window.player_widget.held_changed.connect(
        lambda held: setattr(bridge, "enabled", not held))
    action = QAction(translate("Pedals", MENU_TEXT), window)
    action.setStatusTip(translate("Pedals", "Set up USB foot pedals and test them"))
    action.triggered.connect(lambda: open_pedal_dialog(window, bridge))
    settings_action = window.shortcuts.actions["settings"]
    for menu in window.menus.values():
        actions = menu.actions()
        if settings_action in actions:
            after = actions.index(settings_action) + 1
            if after < len(actions):
                menu.insertAction(actions[after], action)
            else:
                menu.addAction(action)
            break
    bridge.menu_action = action
    return bridge


def open_pedal_dialog(window: MainWindow, bridge: PedalBridge) -> None:
    from reviewer.ui.qt_pedal_dialog import PedalDialog  # loaded when first opened

    PedalDialog(bridge, window.settings, window).exec()
