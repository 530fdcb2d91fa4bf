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
from reviewer.ui.reason_wording import reason_sentence

if TYPE_CHECKING:
    from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.workflows.lead_demo import DemoLead, current_code

Clock = Callable[[], float]


def _copy_row(field: QWidget, copy: Callable[[], str], what: str) -> QHBoxLayout:
    """`what`: the copied thing's name, translated ("passphrase")."""
    row = QHBoxLayout()
    row.addWidget(field, 1)
    b = QPushButton(translate("DemoHelp", "Copy"))
    b.setAccessibleName(translate("DemoHelp", "Copy the {what}").format(what=what))
    b.setToolTip(translate("DemoHelp", "Copy the {what} to the clipboard").format(what=what))
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
ESCALATE_STEP = (QT_TRANSLATE_NOOP("DemoHelp",
        "<li>Open a clip and press <b>{keys}</b> (Review &gt; Escalate…). The clip "
                 "is sealed to the demo lead <b>{lead}</b> and leaves your queue.</li>"))
ESCALATE_STEP_NO_KEY = (QT_TRANSLATE_NOOP("DemoHelp",
        "<li>Open a clip and choose <b>Review &gt; Escalate…</b>. The clip "
                        "is sealed to the demo lead <b>{lead}</b> and leaves your queue.</li>"))


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
        self.setWindowTitle(translate("DemoHelp", "About the demo"))
        self.setAccessibleName(translate("DemoHelp", "About the demo"))
        layout = QVBoxLayout(self)
        warning = QLabel(translate("DemoHelp",
                "<b>Demo only.</b> These are the credentials of a throwaway demo "
                         "lead. Reviewer never shows a real lead's passphrase or second "
                         "factor: a real lead keeps the passphrase in mind and the code in "
                         "an authenticator app."))
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.RichText)
        warning.setAccessibleName(translate("DemoHelp", "Demo only"))
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
        self.passphrase = _read_only(lead.passphrase, translate("DemoHelp", "Demo lead passphrase"))
        form.addRow(translate("DemoHelp", "Passphrase:"),
                    _copy_row(self.passphrase, lambda: lead.passphrase,
                              translate("DemoHelp", "passphrase")))
        self.secret = _read_only(lead.totp_secret, translate("DemoHelp",
                "Demo lead TOTP secret (base32)"))
        self.secret.setToolTip(translate("DemoHelp",
                "Add this secret to an authenticator app to get the same codes"))
        form.addRow(translate("DemoHelp", "TOTP secret (base32):"),
                    _copy_row(self.secret, lambda: lead.totp_secret,
                              translate("DemoHelp", "TOTP secret")))
        # Its name is the code itself.
        self.code = status_label(QLabel(), translate("DemoHelp", "Current code"))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Selected with the mouse, copied with the button beside it: no focusable label.
        self.code.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        big = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setWeight(QFont.Weight.Bold)
        self.code.setFont(big)
        self.countdown = QLabel()
        self.countdown.setAccessibleName(translate("DemoHelp", "Code changes in"))
        code_row = QHBoxLayout()
        code_row.addWidget(self.code)
        code_row.addWidget(self.countdown, 1)
        copy = QPushButton(translate("DemoHelp", "Copy"))
        copy.setAccessibleName(translate("DemoHelp", "Copy the current code"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.current()[0]))
        code_row.addWidget(copy)
        form.addRow(translate("DemoHelp", "Current code:"), code_row)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.desk_button = QPushButton(translate("DemoHelp", "Open the demo &lead desk…"))
        self.desk_button.setAccessibleName(translate("DemoHelp", "Open the demo lead desk"))
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
        step = (translate("DemoHelp", ESCALATE_STEP).format(keys=html.escape(keys),
                                                          lead=self._lead.name) if keys
                else translate("DemoHelp", ESCALATE_STEP_NO_KEY).format(lead=self._lead.name))
        self.intro.setText(translate(
            "DemoHelp",
            "<b>This is the demo.</b> Its workspace is throwaway and keyed in memory only: "
            "nothing is kept after the window closes.<br><br>"
            "To try the escalation flow on this machine:<ol>{step}"
            "<li>Open <b>Help &gt; Demo lead desk…</b> (or the button below): the lead's "
            "inbox lists the case, locked.</li>"
            "<li>Open the case with the passphrase, the current code and a reason of at "
            "least 20 characters.</li></ol>").format(step=step))

    def current(self) -> tuple[str, int]:
        return current_code(self._lead, self._clock())

    def refresh(self) -> None:
        code, left = self.current()
        self.code.setText(f"{code[:3]} {code[3:]}")
        self.countdown.setText(translate("DemoHelp", "changes in {seconds} s").format(seconds=left))


class DemoCodeHint(QLabel):
    """The demo gate's reminder: the demo lead's passphrase and the live code (selectable,
    since the gate dialog is modal and the help dialog cannot be reached meanwhile)."""

    def __init__(self, lead: DemoLead, parent: QWidget | None = None,
                 clock: Clock = time.time) -> None:
        super().__init__(parent)
        self._lead = lead
        self._clock = clock
        self.setWordWrap(True)
        self.setAccessibleName(translate("DemoCodeHint", "Demo credentials"))
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
        self.setText(translate("DemoCodeHint", "Demo only — passphrase: {passphrase}\n"
                               "Current code: {code} (changes in {seconds} s)").format(
            passphrase=self._lead.passphrase, code=f"{code[:3]} {code[3:]}", seconds=left))


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
                QMessageBox.warning(self._parent, translate("DemoLeadDesk", "Demo lead desk"),
                                    reason_sentence(exc))
                return None
            if self.window is not None:
                self.window.deleteLater()  # closed earlier; its workers are already stopped
            self.window = LeadWindow(desk, player, self.gate_factory, settings=self._settings)
            self.window.setWindowTitle(translate("DemoLeadDesk", "{title} (demo)").format(
                title=self.window.windowTitle()))
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
    desk.help_action = help_menu.addAction(translate("DemoLeadDesk", "About the &demo…"))
    desk.help_action.triggered.connect(desk.show_help)
    desk.desk_action = help_menu.addAction(translate("DemoLeadDesk", "Demo &lead desk…"))
    desk.desk_action.setStatusTip(translate("DemoLeadDesk",
            "Open the demo lead's window on the cases you escalated "
                                  "(demo only)"))
    desk.desk_action.triggered.connect(desk.open_desk)
    window.player_widget.state_changed.connect(desk.reviewer_state)
    lines = [html.escape(line) for line in backend.notice.splitlines()]
    link = '<a href="#demo-help">{}</a>'.format(html.escape(translate(
        "DemoLeadDesk",
        "How to try escalation and the lead side, with the demo lead's passphrase and code…")))
    notice.setTextFormat(Qt.TextFormat.RichText)
    notice.setText("<br>".join([*lines, link]))
    notice.setVisible(True)
    notice.linkActivated.connect(lambda _href: desk.show_help())
    return desk
