"""First run: import a package or open the demo. Also the refused-package report dialog.

Signals:
    import_requested(): the reviewer wants to choose a package.
    demo_requested(): the reviewer wants the bundled demo package.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.gate_report import PackageRefused
from reviewer.ui.gate_wording import report_text
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.ui.qt_common import buddy, button, focus_visibly
from reviewer.ui.qt_shortcuts import ShortcutRegistry
from reviewer.ui.wording import with_key

IMPORT_TIP = (QT_TRANSLATE_NOOP("WelcomeView",
        "Choose a sealed package (.rpkg), or a package folder or .zip where your "
              "organisation allows them"))
# The keys hint names the keys as they are now; an action without a key is left out.
KEYS_HINT = QT_TRANSLATE_NOOP("WelcomeView",
        "Everything works from the keyboard: {keys}. All keys are in Settings.")
KEYS_HINT_NONE = QT_TRANSLATE_NOOP("WelcomeView",
        "Everything works from the keyboard. All keys are in Settings.")
KEY_SEPARATOR = QT_TRANSLATE_NOOP("WelcomeView", ", ")
KEY_CLAUSES = (("play_pause", QT_TRANSLATE_NOOP("WelcomeView", "{key} plays")), ("submit_next",
        QT_TRANSLATE_NOOP("WelcomeView", "{key} submits and moves on")),
               ("skip", QT_TRANSLATE_NOOP("WelcomeView", "{key} skips")))


class WelcomeView(QWidget):
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, demo_available: bool, setup_hint: str = "",
                 parent: QWidget | None = None, *, shortcuts: ShortcutRegistry) -> None:
        super().__init__(parent)
        self._shortcuts = shortcuts
        title = QLabel(translate("WelcomeView", "Welcome to Reviewer"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            translate("WelcomeView",
                    "Your queue is empty. Import the work package you were given to start "
            "transcribing. Packages are checked before anything is stored: a package that "
            "carries identity data (device, account, location, contacts) is refused, and "
            "everything you import stays encrypted on this computer."))
        intro.setWordWrap(True)
        # What the workstation still needs (organisation file, enrolment), before any import.
        self.setup_label = QLabel(setup_hint)
        self.setup_label.setWordWrap(True)
        self.setup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setup_label.setAccessibleName(translate("WelcomeView",
                "What this workstation still needs"))
        self.setup_label.setStyleSheet(
            "QLabel { border: 1px solid palette(mid); border-left: 4px solid palette(highlight);"
            " border-radius: 3px; padding: 8px; }")
        self.setup_label.setVisible(bool(setup_hint))
        self.import_button = button(QPushButton(), translate("WelcomeView", "Import a package…"))
        self.demo_button = button(QPushButton(), translate("WelcomeView", "Open the demo"),
                                  translate("WelcomeView",
                                          "Import the bundled demo package to try Reviewer"))
        self.demo_button.setVisible(demo_available)
        self.keys_hint = keys = QLabel()
        keys.setWordWrap(True)
        for w in (title, intro, keys):
            w.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addSpacing(12)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addWidget(self.setup_label)
        column.addSpacing(18)
        column.addWidget(self.import_button)
        column.addWidget(self.demo_button)
        column.addSpacing(18)
        column.addWidget(keys)
        column.addStretch(2)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(620)
        outer = QVBoxLayout(self)
        outer.addWidget(holder, 0, Qt.AlignmentFlag.AlignHCenter)
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        shortcuts.keys_changed.connect(self._show_keys)
        self._show_keys()

    def _show_keys(self) -> None:
        """The hints name the keys as they are now (an unbound one is not named)."""
        keys = self._shortcuts.key_text
        self.import_button.setToolTip(with_key(translate("WelcomeView", IMPORT_TIP), keys(
                "import")))
        clauses = [translate("WelcomeView", clause).format(key=keys(action_id)) for action_id,
                clause in KEY_CLAUSES
                   if keys(action_id)]
        self.keys_hint.setText(
            translate("WelcomeView", KEYS_HINT).format(
                keys=translate("WelcomeView", KEY_SEPARATOR).join(clauses))
            if clauses else translate("WelcomeView", KEYS_HINT_NONE))


class RefusedDialog(QDialog):
    """Shows a refused package's report: where and which rule, never a value."""

    def __init__(self, refused: PackageRefused, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RefusedDialog", "Package refused"))
        self.resize(720, 380)
        count = len(refused.problems)
        headline = QLabel(self.tr(
            "This package was refused: %n problem(s) found. Nothing from it was stored. Send "
            "this report to whoever gave you the package.", "", count))
        headline.setWordWrap(True)
        self.report = QPlainTextEdit(report_text(refused))
        self.report.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(buddy(translate("RefusedDialog", "&Report"), self.report))
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        focus_visibly(self.report)
