"""The demo's lead side, in the demo window only: "About the demo" and "Demo lead desk…".

The demo workspace comes with a demo lead (see reviewer.workflows.lead_demo) whose keyring
half lives in memory, so its lead window opens in this process. The help dialog shows what a
real lead never sees on screen: the demo lead's passphrase, TOTP secret and the current code
(refreshed every second), so a tester can pass the gate without an authenticator app.

Signals:
    DemoHelpDialog.open_desk_requested(): the tester asked for the demo lead desk.
    DemoLeadDesk.opened(object): the lead window was shown (the LeadWindow).
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.errors import ReviewerError
from reviewer.core.escalation import InboxEntry
from reviewer.core.playback import Player, PlayerState
from reviewer.ui.accessibility import status_label
from reviewer.ui.backend import DemoLeadSource
from reviewer.ui.qt_lead_gate_dialog import LeadGateDialog
from reviewer.ui.qt_lead_window import GateFactory, LeadWindow
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_shortcuts import ShortcutRegistry, default_key_text

if TYPE_CHECKING:
    from reviewer.ui.qt_main_window import MainWindow
from reviewer.workflows.lead_demo import DemoLead, current_code

Clock = Callable[[], float]


def _copy_row(field: QWidget, copy: Callable[[], str], what: str) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, 1)
    b = QPushButton("Copy")
    b.setAccessibleName(f"Copy the {what}")
    b.setToolTip(f"Copy the {what} to the clipboard")
    b.clicked.connect(lambda: QGuiApplication.clipboard().setText(copy()))
    row.addWidget(b)
    return row


def _read_only(text: str, name: str) -> QLineEdit:
    field = QLineEdit(text)
    field.setReadOnly(True)
    field.setAccessibleName(name)
    field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    field.setCursorPosition(0)
    return field


def _show_in_front(window: QWidget) -> None:
    """A new window opens in front; one already open (maybe behind others) is raised."""
    if window.isVisible():
        window.raise_()
        window.activateWindow()
    else:
        window.show()


# The first step names the escalate key as it is now; without one, the menu entry alone.
ESCALATE_STEP = ("<li>Open a clip and press <b>{keys}</b> (Review &gt; Escalate…). The clip "
                 "is sealed to the demo lead <b>{lead}</b> and leaves your queue.</li>")
ESCALATE_STEP_NO_KEY = ("<li>Open a clip and choose <b>Review &gt; Escalate…</b>. The clip "
                        "is sealed to the demo lead <b>{lead}</b> and leaves your queue.</li>")


class DemoHelpDialog(QDialog):
    """The demo lead's credentials and how to try escalation. It names the escalate key of
    `shortcuts` (the window's, followed as it is remapped); without one, the built-in key."""

    open_desk_requested = Signal()

    def __init__(self, lead: DemoLead, parent: QWidget | None = None,
                 clock: Clock = time.time, shortcuts: ShortcutRegistry | None = None) -> None:
        super().__init__(parent)
        self._lead = lead
        self._clock = clock
        self._shortcuts = shortcuts
        self.setWindowTitle("About the demo")
        self.setAccessibleName("About the demo")
        layout = QVBoxLayout(self)
        warning = QLabel("<b>Demo only.</b> These are the credentials of a throwaway demo "
                         "lead. Reviewer never shows a real lead's passphrase or second "
                         "factor: a real lead keeps the passphrase in mind and the code in "
                         "an authenticator app.")
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.RichText)
        warning.setAccessibleName("Demo only")
        warning.setStyleSheet("QLabel { background: #fff4d6; color: #4a3300; border: 1px solid "
                              "#d08a00; border-radius: 3px; padding: 6px; }")
        layout.addWidget(warning)
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        self._show_keys()
        if shortcuts is not None:
            shortcuts.keys_changed.connect(self._show_keys)

        form = QFormLayout()
        self.passphrase = _read_only(lead.passphrase, "Demo lead passphrase")
        form.addRow("Passphrase:", _copy_row(self.passphrase, lambda: lead.passphrase,
                                             "passphrase"))
        self.secret = _read_only(lead.totp_secret, "Demo lead TOTP secret (base32)")
        self.secret.setToolTip("Add this secret to an authenticator app to get the same codes")
        form.addRow("TOTP secret (base32):", _copy_row(self.secret, lambda: lead.totp_secret,
                                                       "TOTP secret"))
        self.code = status_label(QLabel(), "Current code")  # its name is the code itself
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Selected with the mouse, copied with the button beside it: no focusable label.
        self.code.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        big = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setWeight(QFont.Weight.Bold)
        self.code.setFont(big)
        self.countdown = QLabel()
        self.countdown.setAccessibleName("Code changes in")
        code_row = QHBoxLayout()
        code_row.addWidget(self.code)
        code_row.addWidget(self.countdown, 1)
        copy = QPushButton("Copy")
        copy.setAccessibleName("Copy the current code")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.current()[0]))
        code_row.addWidget(copy)
        form.addRow("Current code:", code_row)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.desk_button = QPushButton("Open the demo &lead desk…")
        self.desk_button.setAccessibleName("Open the demo lead desk")
        buttons.addButton(self.desk_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.desk_button.clicked.connect(self.open_desk_requested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()
        self.resize(560, self.sizeHint().height())

    def _show_keys(self) -> None:
        keys = (self._shortcuts.key_text("escalate") if self._shortcuts is not None
                else default_key_text("escalate"))
        step = (ESCALATE_STEP.format(keys=html.escape(keys), lead=self._lead.name) if keys
                else ESCALATE_STEP_NO_KEY.format(lead=self._lead.name))
        self.intro.setText(
            "<b>This is the demo.</b> Its workspace is throwaway and keyed in memory only: "
            "nothing is kept after the window closes.<br><br>"
            f"To try the escalation flow on this machine:<ol>{step}"
            "<li>Open <b>Help &gt; Demo lead desk…</b> (or the button below): the lead's "
            "inbox lists the case, locked.</li>"
            "<li>Open the case with the passphrase, the current code and a reason of at "
            "least 20 characters.</li></ol>")

    def current(self) -> tuple[str, int]:
        return current_code(self._lead, self._clock())

    def refresh(self) -> None:
        code, left = self.current()
        self.code.setText(f"{code[:3]} {code[3:]}")
        self.countdown.setText(f"changes in {left} s")


class DemoCodeHint(QLabel):
    """The demo gate's reminder: the demo lead's passphrase and the live code (selectable,
    since the gate dialog is modal and the help dialog cannot be reached meanwhile)."""

    def __init__(self, lead: DemoLead, parent: QWidget | None = None,
                 clock: Clock = time.time) -> None:
        super().__init__(parent)
        self._lead = lead
        self._clock = clock
        self.setWordWrap(True)
        self.setAccessibleName("Demo credentials")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("QLabel { background: #fff4d6; color: #4a3300; border: 1px solid "
                           "#d08a00; border-radius: 3px; padding: 4px; }")
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        code, left = current_code(self._lead, self._clock())
        # Plain spaces only: a code copied from here must pass the gate as it is.
        self.setText(f"Demo only — passphrase: {self._lead.passphrase}\n"
                     f"Current code: {code[:3]} {code[3:]} (changes in {left} s)")


class DemoLeadDesk(QObject):
    """Opens the demo lead's window in this process (one at a time) and the demo help."""

    opened = Signal(object)

    def __init__(self, parent: QWidget, source: DemoLeadSource, reviewer_player: Player,
                 settings: UiSettings | None = None,
                 gate_factory: GateFactory | None = None,
                 shortcuts: ShortcutRegistry | None = None) -> None:
        super().__init__(parent)
        self.help_action: QAction | None = None  # Help menu entries, once installed
        self.desk_action: QAction | None = None
        lead = source.demo_lead
        assert lead is not None
        self.lead = lead
        self._parent = parent
        self._source = source
        self._reviewer_player = reviewer_player
        self._settings = settings
        self._shortcuts = shortcuts
        self.gate_factory: GateFactory = gate_factory or self._demo_gate
        self.window: LeadWindow | None = None
        self.help: DemoHelpDialog | None = None

    def show_help(self) -> DemoHelpDialog:
        if self.help is None:
            self.help = DemoHelpDialog(self.lead, self._parent, shortcuts=self._shortcuts)
            self.help.open_desk_requested.connect(self.open_desk)
        _show_in_front(self.help)
        return self.help

    def open_desk(self) -> LeadWindow | None:
        """Stops the reviewer's playback, opens (or raises) the lead window, imports new
        envelopes from the demo escalations folder."""
        self._reviewer_player.stop()
        if self.window is None or not self.window.isVisible():
            try:
                desk = self._source.demo_lead_desk()
                player = self._source.demo_lead_player()
            except ReviewerError as exc:
                QMessageBox.warning(self._parent, "Demo lead desk", str(exc))
                return None
            if self.window is not None:
                self.window.deleteLater()  # closed earlier; its workers are already stopped
            self.window = LeadWindow(desk, player, self.gate_factory, settings=self._settings)
            self.window.setWindowTitle(f"{self.window.windowTitle()} (demo)")
            self.window.player_widget.state_changed.connect(self._lead_state)
        self.window.import_new()
        _show_in_front(self.window)
        self.opened.emit(self.window)
        return self.window

    def _demo_gate(self, entry: InboxEntry, parent: QWidget) -> LeadGateDialog:
        """The lead window's gate dialog, with the demo credentials shown in it."""
        window = self.window
        assert window is not None
        desk = window.desk
        dialog = LeadGateDialog(entry, lambda p, c, r: desk.open_case(entry.case_id, p, c, r),
                                parent, window.operations)
        layout = dialog.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(1, DemoCodeHint(self.lead, dialog))
        return dialog

    # One voice at a time: the two windows have their own engines on the same output.
    def _lead_state(self, state: str) -> None:
        if state == PlayerState.PLAYING.value:
            self._reviewer_player.stop()

    def reviewer_state(self, state: str) -> None:
        if state == PlayerState.PLAYING.value and self.window is not None:
            self.window.player.stop()

    def close(self) -> None:
        if self.help is not None:
            self.help.close()
        if self.window is not None:
            self.window.close()


def install_demo_lead(window: MainWindow, help_menu: QMenu, notice: QLabel
                      ) -> DemoLeadDesk | None:
    """Demo only: the demo lead's help and desk in the Help menu, and a link in the banner.
    None for a workspace without a demo lead."""
    backend = window.backend
    source = backend.capabilities.demo_lead
    if source is None:
        return None
    desk = DemoLeadDesk(window, source, backend.player, window.settings,
                        shortcuts=window.shortcuts)
    help_menu.addSeparator()
    desk.help_action = help_menu.addAction("About the &demo…")
    desk.help_action.triggered.connect(desk.show_help)
    desk.desk_action = help_menu.addAction("Demo &lead desk…")
    desk.desk_action.setStatusTip("Open the demo lead's window on the cases you escalated "
                                  "(demo only)")
    desk.desk_action.triggered.connect(desk.open_desk)
    window.player_widget.state_changed.connect(desk.reviewer_state)
    lines = [html.escape(line) for line in backend.notice.splitlines()]
    link = ('<a href="#demo-help">How to try escalation and the lead side, with the demo '
            'lead\'s passphrase and code…</a>')
    notice.setTextFormat(Qt.TextFormat.RichText)
    notice.setText("<br>".join([*lines, link]))
    notice.setVisible(True)
    notice.linkActivated.connect(lambda _href: desk.show_help())
    return desk
