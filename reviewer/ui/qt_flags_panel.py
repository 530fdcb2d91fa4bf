"""Flags (accidental activation, unintelligible, …) and the skip dialog."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.annotation import Annotation, Flag, SkipReason
from reviewer.core.review import ClipView
from reviewer.ui.i18n import translate
from reviewer.ui.labels import label
from reviewer.ui.qt_common import button, focus_visibly
from reviewer.ui.qt_review_model import ReviewModel
from reviewer.ui.qt_shortcuts import FLAG_ORDER, ShortcutRegistry, flag_action_id


class FlagsPanel(QGroupBox):
    def __init__(self, model: ReviewModel, shortcuts: ShortcutRegistry,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("FlagsPanel", "Flags"), parent)
        self.setAccessibleName(translate("FlagsPanel", "Flags"))
        self.model = model
        self._shortcuts = shortcuts
        self._updating = False
        self.boxes: dict[Flag, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setVerticalSpacing(0)  # six rows: compact, so the side column fits small screens
        for i, flag in enumerate(FLAG_ORDER):
            box = QCheckBox()
            button(box, label(flag))
            box.toggled.connect(lambda on, f=flag: self._toggled(f, on))
            self.boxes[flag] = box
            grid.addWidget(box, i, 0)
        model.annotation_changed.connect(self._show)
        model.clip_opened.connect(self._clip_opened)
        shortcuts.keys_changed.connect(self._show_keys)
        self._show_keys()
        self._clip_opened(model.view)

    def _show_keys(self) -> None:
        """Each box's tooltip is the key that toggles it now (none when unbound)."""
        for flag, box in self.boxes.items():
            box.setToolTip(self._shortcuts.key_text(flag_action_id(flag)))

    def _clip_opened(self, view: ClipView | None) -> None:
        self.setEnabled(view is not None)
        self._show(self.model.annotation)

    def _show(self, annotation: Annotation) -> None:
        self._updating = True
        try:
            for flag, box in self.boxes.items():
                box.setChecked(flag in annotation.flags)
        finally:
            self._updating = False

    def _toggled(self, flag: Flag, on: bool) -> None:
        if self._updating:
            return
        a = self.model.annotation
        flags = a.flags | {flag} if on else a.flags - {flag}
        self.model.update(replace(a, flags=frozenset(flags)))

    def toggle(self, flag: Flag) -> None:
        if self.isEnabled():
            self.boxes[flag].toggle()


SKIP_NOTE_MAX = 200  # characters of the reviewer's own words for "Other"


@dataclass(frozen=True)
class SkipChoice:
    """Why the reviewer skips: the reason, and their own words for "Other" ("" otherwise)."""

    reason: SkipReason
    note: str = ""


class SkipDialog(QDialog):
    """Asks why the clip is skipped; arrow keys choose, Enter confirms, Escape cancels. "Other"
    opens a line for the reviewer's own words (Tab reaches it), kept with the skip."""

    def __init__(self, parent: QWidget | None = None,
                 preset: SkipReason = SkipReason.CANT_HEAR) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SkipDialog", "Skip this clip"))
        self.setAccessibleName(translate("SkipDialog", "Skip this clip"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("SkipDialog",
                "Why are you skipping this clip? Skipping carries no penalty.")))
        self.choices: dict[SkipReason, QRadioButton] = {}
        for reason in SkipReason:
            radio = QRadioButton()
            button(radio, label(reason))
            layout.addWidget(radio)
            self.choices[reason] = radio
        self.note = QLineEdit()
        self.note.setMaxLength(SKIP_NOTE_MAX)
        self.note.setPlaceholderText(translate("SkipDialog", "In your own words (optional)"))
        self.note.setAccessibleName(translate("SkipDialog", "Other reason"))
        layout.addWidget(self.note)
        self.choices[SkipReason.OTHER].toggled.connect(self._other_toggled)
        self.choices[preset].setChecked(True)
        self._other_toggled(preset is SkipReason.OTHER)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(translate("SkipDialog", "Skip"),
                QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setAccessibleName(translate("SkipDialog", "Skip"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)  # Enter confirms the chosen reason; Escape cancels
        self._ok = ok
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        focus_visibly(self.choices[preset])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ok.setDefault(True)  # the button box picks its own default when shown

    def _other_toggled(self, on: bool) -> None:
        self.note.setEnabled(on)
        if on:
            focus_visibly(self.note)  # typing right away says why

    def reason(self) -> SkipReason:
        return next(r for r, radio in self.choices.items() if radio.isChecked())

    def choice(self) -> SkipChoice:
        reason = self.reason()
        note = self.note.text().strip() if reason is SkipReason.OTHER else ""
        return SkipChoice(reason, note)
