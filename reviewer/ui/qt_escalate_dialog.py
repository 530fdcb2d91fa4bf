"""The escalation dialog (category + optional note) and the aftercare message.

EscalateDialog: exec() returns Accepted only with a category chosen; read `category()` and
`note()`. AftercareDialog shows the profile's support text and offers a break; after the
third escalation of a session it suggests one. Signals:
    AftercareDialog.break_requested(): the reviewer chose to take a break.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.errors import ReviewerError
from reviewer.core.escalation import NOTE_MAX, EscalationCategory
from reviewer.core.playback import Player
from reviewer.ui.i18n import translate
from reviewer.ui.labels import label
from reviewer.ui.qt_common import problem_label
from reviewer.ui.qt_operations import EDIT_LANE, Operations
from reviewer.ui.reason_wording import reason_sentence
from reviewer.workflows.escalate import EscalationReceipt


class EscalateDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("EscalateDialog", "Escalate this clip"))
        self.setAccessibleName(translate("EscalateDialog", "Escalate this clip"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("EscalateDialog",
                "Playback has stopped. Choose what this clip may need action for. "
                       "The clip is sealed to the leads and removed from your queue."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._group = QButtonGroup(self)
        self.radios: dict[EscalationCategory, QRadioButton] = {}
        for n, category in enumerate(EscalationCategory, start=1):
            radio = QRadioButton(f"&{n} {label(category)}")
            radio.setAccessibleName(label(category))
            self._group.addButton(radio)
            self.radios[category] = radio
            layout.addWidget(radio)
        note_label = QLabel(translate("EscalateDialog", "&Note for the lead (optional):"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(translate("EscalateDialog",
                "Note for the lead (optional)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(translate("EscalateDialog",
                "What you heard, and when in the clip"))
        note_label.setBuddy(self.note_edit)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        self.error = problem_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = QPushButton(translate("EscalateDialog", "&Escalate"))
        self.confirm.setAccessibleName(translate("EscalateDialog", "Escalate"))
        self.confirm.setEnabled(False)
        buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._group.buttonToggled.connect(lambda *_: self.confirm.setEnabled(
            self.category() is not None))

    def category(self) -> EscalationCategory | None:
        for category, radio in self.radios.items():
            if radio.isChecked():
                return category
        return None

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    def _accept(self) -> None:
        if self.category() is None:
            self.error.setText(translate("EscalateDialog", "Choose a category first."))
            return
        if len(self.note()) > NOTE_MAX:
            limit = NOTE_MAX
            self.error.setText(self.tr("The note is longer than %n character(s).", "", limit))
            return
        self.accept()


class AftercareDialog(QDialog):
    break_requested = Signal()

    def __init__(self, support_text: str, suggest_break: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AftercareDialog", "Clip escalated"))
        self.setAccessibleName(translate("AftercareDialog", "Clip escalated"))
        layout = QVBoxLayout(self)
        done = QLabel(translate("AftercareDialog",
                "The clip was sealed to the leads and removed from your workspace."))
        done.setWordWrap(True)
        layout.addWidget(done)
        self.support = QLabel(support_text)
        self.support.setWordWrap(True)
        self.support.setAccessibleName(translate("AftercareDialog", "Support"))
        layout.addWidget(self.support)
        self.suggestion = QLabel(translate("AftercareDialog",
                "You have escalated several clips this session. "
                                 "We suggest taking a break now."))
        self.suggestion.setWordWrap(True)
        self.suggestion.setVisible(suggest_break)
        layout.addWidget(self.suggestion)
        buttons = QDialogButtonBox()
        self.break_button = QPushButton(translate("AftercareDialog", "Take a &break"))
        self.break_button.setAccessibleName(translate("AftercareDialog", "Take a break"))
        self.continue_button = QPushButton(translate("AftercareDialog", "&Continue"))
        self.continue_button.setAccessibleName(translate("AftercareDialog", "Continue"))
        buttons.addButton(self.break_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.RejectRole)
        (self.break_button if suggest_break else self.continue_button).setDefault(True)
        self.break_button.clicked.connect(self._take_break)
        self.continue_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _take_break(self) -> None:
        self.break_requested.emit()
        self.accept()


def escalate_interactively(parent: QWidget | None, player: Player,
                           escalate: Callable[[EscalationCategory, str], EscalationReceipt],
                           on_break: Callable[[], None] | None = None,
                           ) -> EscalationReceipt | None:
    """Ctrl+Shift+E: stop playback at once, ask category and note, escalate, then aftercare.

    `escalate` is e.g. `lambda c, n: escalator.escalate(local_id, c, n, player)`. Returns the
    receipt, or None when cancelled or refused (the refusal is shown; the clip stays locked).
    """
    player.stop()
    dialog = EscalateDialog(parent)
    if not dialog.exec():
        return None
    category = dialog.category()
    if category is None:
        return None
    try:
        receipt = escalate(category, dialog.note())
    except ReviewerError as exc:
        QMessageBox.warning(parent, translate("EscalationController", "Not escalated"),
                            reason_sentence(exc))
        return None
    after = AftercareDialog(receipt.support_text, receipt.suggest_break, parent)
    if on_break is not None:
        after.break_requested.connect(on_break)
    after.exec()
    return receipt


class PlaybackHold(Protocol):
    """What holds playback while a dialog is open (the player widget)."""

    def hold(self, reason: str) -> None: ...

    def release(self, reason: str) -> None: ...


HOLD_REASON = "escalation"


class EscalationController(QObject):
    """Ctrl+Shift+E for the reviewer window, in one object.

    `trigger()` stops playback at once, asks category and note, unloads the player, flushes the
    draft (`before`), then runs `escalate(local_id, category, note)` (e.g.
    `Escalator.escalate` without a player) on the operations' edit lane, so it follows
    any queued autosave of the same clip (the envelope then holds the latest draft). On success
    it shows the aftercare dialog and emits `escalated`; a refusal is shown (the clip stays
    locked) and emits `refused`. With `playback`, nothing plays from the moment it is
    triggered until its last dialog closes: the next clip, opened on `escalated` or
    `refused`, waits to auto-play until then.

    Signals:
        escalated(int, object): local id and the EscalationReceipt.
        refused(int, str): local id and the message shown.
        break_requested(): the reviewer chose to take a break.
    """

    escalated = Signal(int, object)
    refused = Signal(int, str)
    break_requested = Signal()

    def __init__(self, parent: QWidget, player: Player,
                 escalate: Callable[[int, EscalationCategory, str], EscalationReceipt],
                 current_clip: Callable[[], int | None],
                 operations: Operations | None = None,
                 before: Callable[[], None] | None = None,
                 playback: PlaybackHold | None = None) -> None:
        super().__init__(parent)
        self._playback = playback
        self._parent = parent
        self._player = player
        self._escalate = escalate
        self._current = current_clip
        self._ops = operations
        self._before = before

    def trigger(self) -> bool:
        """True when the escalation was started (False: no clip, or cancelled)."""
        local_id = self._current()
        if local_id is None:
            return False
        self._hold()
        self._player.stop()
        dialog = EscalateDialog(self._parent)
        category, note = (dialog.category(), dialog.note()) if dialog.exec() else (None, "")
        if category is None:
            self._release()
            return False
        self._player.unload()  # on the GUI thread; the clip's audio is about to be erased
        if self._before is not None:
            self._before()
        if self._ops is None:
            try:
                receipt = self._escalate(local_id, category, note)
            except ReviewerError as exc:
                self._failed(local_id, exc)
            else:
                self._done(local_id, receipt)
            return True
        self._ops.run(lambda: self._escalate(local_id, category, note),
                      on_success=lambda r: self._done(local_id, r),
                      on_failure=lambda e: self._failed(local_id, e), lane=EDIT_LANE)
        return True

    def _done(self, local_id: int, receipt: EscalationReceipt) -> None:
        try:
            self.escalated.emit(local_id, receipt)
            after = AftercareDialog(receipt.support_text, receipt.suggest_break, self._parent)
            after.break_requested.connect(self.break_requested)
            after.exec()
        finally:
            self._release()

    def _failed(self, local_id: int, exc: BaseException) -> None:
        message = (reason_sentence(exc) if isinstance(exc, ReviewerError)
                   else translate("EscalationController",
                           "The clip could not be escalated (internal error); it is kept."))
        try:
            self.refused.emit(local_id, message)
            QMessageBox.warning(self._parent, translate("EscalationController", "Not escalated"),
                    message)
        finally:
            self._release()

    def _hold(self) -> None:
        if self._playback is not None:
            self._playback.hold(HOLD_REASON)

    def _release(self) -> None:
        if self._playback is not None:
            self._playback.release(HOLD_REASON)
