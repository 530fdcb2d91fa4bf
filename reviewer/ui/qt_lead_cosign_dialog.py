"""Co-signing a disclosure request in the lead window (the second lead of the two).

Shows what is being signed (case, ids, reason, who asked), then takes the passphrase and the
current code. The signature is added through `cosign`, which goes through the gate (audited,
same back-off) and refuses requests whose existing signatures do not verify.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.disclosure import DisclosureRequest
from reviewer.core.errors import ReviewerError
from reviewer.ui.i18n import translate
from reviewer.ui.qt_common import problem_label
from reviewer.ui.reason_wording import reason_sentence

Cosign = Callable[[str, str], DisclosureRequest]


class CosignDialog(QDialog):
    def __init__(self, request: DisclosureRequest, cosign: Cosign,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cosign = cosign
        self.signed: DisclosureRequest | None = None
        self.setWindowTitle(translate("CosignDialog", "Co-sign a disclosure request"))
        self.setAccessibleName(translate("CosignDialog", "Co-sign a disclosure request"))
        layout = QVBoxLayout(self)
        summary = QFormLayout()
        for caption, value in ((translate("CosignDialog", "Case:"), request.case_id), (translate(
                "CosignDialog", "Requested by:"), request.requested_by),
                             (translate("CosignDialog", "Created:"), request.created), (translate(
                                     "CosignDialog", "Clip:"), request.clip_id),
                             (translate("CosignDialog", "Package:"), request.package_id), (
                                     translate("CosignDialog", "Reason:"), request.reason),
                             (translate("CosignDialog", "Signed by:"), ", ".join(
                                     s.lead for s in request.signatures)
                              or translate("CosignDialog", "nobody yet"))):
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setAccessibleName(caption.rstrip(":"))
            summary.addRow(caption, shown)
        layout.addLayout(summary)
        note = QLabel(translate("CosignDialog",
                "Sign only if you agree the speaker must be identified. The organisation's "
                      "data controller acts on requests signed by two different leads."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QLineEdit()
        self.code.setMaxLength(7)
        for text, field in ((translate("CosignDialog", "&Passphrase:"), self.passphrase), (
                translate("CosignDialog", "Current &code:"), self.code)):
            buddy = QLabel(text)
            buddy.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(buddy, field)
        layout.addLayout(form)
        self.error = problem_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = QPushButton(translate("CosignDialog", "Co-&sign"))
        self.sign_button.setAccessibleName(translate("CosignDialog", "Co-sign"))
        buttons.addButton(self.sign_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.try_sign)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_sign(self) -> None:
        try:
            self.signed = self._cosign(self.passphrase.text(), self.code.text().strip())
        except ReviewerError as exc:
            self.error.setText(reason_sentence(exc))
            self.passphrase.clear()
            self.code.clear()
            return
        self.passphrase.clear()
        self.accept()
