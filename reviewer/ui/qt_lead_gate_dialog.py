"""The lead gate dialog: passphrase, current code and a written reason open one case.

The dialog only collects; the gate decides (and audits) through `attempt`, which returns the
opened case or raises AccessDenied. With `operations`, the attempt (an Argon2id stretch and
an age decryption) runs off the GUI thread while the form is disabled. After a denial the
passphrase and code are cleared and the reason is kept, so nothing typed at length is lost.

Keys: Return (or Enter) opens the case from any field, the reason included (Shift+Return
breaks its line); Open is the default button. Escape cancels; the passphrase and code are
dropped then, and `typed_reason` lets the window keep the reason for the next attempt.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.errors import ReviewerError
from reviewer.core.escalation import InboxEntry
from reviewer.ui.accessibility import status_label
from reviewer.ui.i18n import translate
from reviewer.ui.labels import label as enum_label
from reviewer.ui.qt_common import problem_label
from reviewer.ui.qt_operations import Operations
from reviewer.ui.reason_wording import reason_sentence
from reviewer.workflows.lead_desk import CaseView
from reviewer.workflows.lead_gate import MIN_REASON, AccessDenied, visible_reason

Attempt = Callable[[str, str, str], CaseView]


def entry_label(entry: InboxEntry) -> str:
    when = entry.created[:16].replace("T", " ") + " UTC"  # minutes are enough to triage
    return f"{enum_label(entry.category)} — {when}"


class LeadGateDialog(QDialog):
    def __init__(self, entry: InboxEntry, attempt: Attempt, parent: QWidget | None = None,
                 operations: Operations | None = None) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self._operations = operations
        self.view: CaseView | None = None
        self.setWindowTitle(translate("LeadGateDialog", "Open an escalated case"))
        self.setAccessibleName(translate("LeadGateDialog", "Open an escalated case"))
        layout = QVBoxLayout(self)
        head = QLabel(translate(
            "LeadGateDialog", "<b>{case}</b><br>Opening this case is recorded in the audit log "
            "with your reason. Access covers this case only and ends after 10 idle minutes or "
            "when you close it.").format(case=entry_label(entry)))
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(head)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("LeadGateDialog", "Passphrase"))
        self.code = QLineEdit()
        self.code.setAccessibleName(translate("LeadGateDialog", "Current code"))
        self.code.setMaxLength(7)
        self.code.setPlaceholderText(translate("LeadGateDialog",
                "6 digits from your authenticator"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(translate("LeadGateDialog", "Reason for opening"))
        self.reason.setTabChangesFocus(True)
        least = MIN_REASON
        self.reason.setPlaceholderText(
            self.tr("Why you open this case (at least %n character(s))", "", least))
        self.reason.setFixedHeight(90)
        for text, field in ((translate("LeadGateDialog", "&Passphrase:"), self.passphrase), (
                translate("LeadGateDialog", "Current &code:"), self.code),
                            (translate("LeadGateDialog", "&Reason:"), self.reason)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.counter = QLabel("")
        status_label(self.counter, translate("LeadGateDialog", "Reason length"))
        layout.addWidget(self.counter)
        self.error = problem_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.open_button = QPushButton(translate("LeadGateDialog", "&Open case"))
        self.open_button.setAccessibleName(translate("LeadGateDialog", "Open case"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        self.cancel_button: QPushButton = cancel
        # Return opens, from any field: never Cancel, which would drop what was typed.
        self.cancel_button.setAutoDefault(False)
        buttons.accepted.connect(self.try_open)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.open_button.setDefault(True)  # once in the dialog, so that the dialog knows
        self.reason.installEventFilter(self)
        self.reason.textChanged.connect(self._count)
        self._count()
        self.resize(460, 360)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Return in the reason opens the case too (line breaks count as spaces anyway);
        Shift+Return still breaks the line."""
        if (watched is self.reason and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.try_open()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return and Enter open the case from every field (Escape cancels, as in any
        dialog); never the focused Cancel-like default that drops what was typed."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            focused = self.focusWidget()
            if focused is self.cancel_button:
                self.reject()
            else:
                self.try_open()
            return
        super().keyPressEvent(event)

    @property
    def busy(self) -> bool:
        return not self.open_button.isEnabled()

    def reject(self) -> None:
        """Escape or Cancel; ignored while an attempt is being checked (its answer, a case
        opened or not, must reach this dialog)."""
        if self.busy:
            return
        self.passphrase.clear()
        self.code.clear()
        super().reject()

    def typed_reason(self) -> str:
        """The reason as typed (the window keeps it for the next attempt at this case)."""
        return self.reason.toPlainText()

    def _count(self) -> None:
        n = len(visible_reason(self.reason.toPlainText()))
        least = MIN_REASON
        self.counter.setText(self.tr("Reason: %n character(s)", "", n) + (
            "" if n >= least else " " + self.tr("(at least %n)", "", least)))

    def try_open(self) -> None:
        """Asks the gate once; on denial shows why and clears the secrets."""
        if self.busy:
            return  # one attempt at a time
        passphrase, code = self.passphrase.text(), self.code.text().strip()
        reason = self.reason.toPlainText()
        if self._operations is None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                view = self._attempt(passphrase, code, reason)
            except AccessDenied as denied:
                self._denied(denied)
                return
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._granted(view)
            return
        self._set_busy(True)
        self._operations.run(lambda: self._attempt(passphrase, code, reason),
                             on_success=self._granted, on_failure=self._failed,
                             lane="lead-gate")

    def _set_busy(self, busy: bool) -> None:
        for w in (self.passphrase, self.code, self.reason, self.open_button,
                  self.cancel_button):
            w.setEnabled(not busy)
        if busy:
            self.error.setText(translate("LeadGateDialog", "Checking…"))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, AccessDenied):
            self._denied(exc)
        else:
            self.error.setText(reason_sentence(exc) if isinstance(exc, ReviewerError)
                               else translate("LeadGateDialog",
                                       "The case could not be opened (internal error)."))

    def _denied(self, denied: AccessDenied) -> None:
        self.error.setText(reason_sentence(denied))
        self.passphrase.clear()
        self.code.clear()
        self.passphrase.setFocus()

    def _granted(self, view: CaseView) -> None:
        self._set_busy(False)
        self.error.clear()
        self.view = view
        self.passphrase.clear()
        self.accept()
