"""Settings: a keymap preset and every shortcut remappable on top of it, jump, back-step and
replay lengths, auto-play, audio device, font size, when to suggest a break. Saved to
UiSettings when the reviewer chooses Save. Preferences the organisation locked are shown,
disabled, with the reason; only what the reviewer changed is written, so the organisation's
defaults keep applying to the rest. A key used twice, or one the transcript's text field owns
on this platform, is refused with why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.playback import Player
from reviewer.core.wellbeing import MAX_BREAK_AFTER_MINUTES, MAX_BREAK_AFTER_WARNINGS
from reviewer.ui.accessibility import NamedComboBox
from reviewer.ui.i18n import (
    LANGUAGE_KEY,
    LANGUAGE_NAMES,
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    SYSTEM,
    translate,
)
from reviewer.ui.key_tables import QUESTION_KEYS_NOTE, HelpRow, keymap_line, shortcut_rows
from reviewer.ui.keymaps import PRESETS, current_platform, text_field_use
from reviewer.ui.qt_common import buddy, button, focus_visibly, problem_label
from reviewer.ui.qt_settings import (
    AUTOPLAY_KEY,
    BACKSTEP_KEY,
    BREAK_MINUTES_KEY,
    BREAK_WARNINGS_KEY,
    DEVICE_KEY,
    FONT_SIZE_KEY,
    JUMP_KEY,
    KEYMAP_KEY,
    REPLAY_KEY,
    UiSettings,
    shortcut_key,
)
from reviewer.ui.qt_shortcuts import ACTIONS, SPEC_BY_ID, action_label, key_for, preset_default

SYSTEM_DEVICE = QT_TRANSLATE_NOOP("SettingsDialog", "System default")
# Why Save refused the keys ({problems}: the reasons below, joined by "; ").
NOT_SAVED = QT_TRANSLATE_NOOP("SettingsDialog", "Not saved: {problems}")
KEY_TWICE = QT_TRANSLATE_NOOP("SettingsDialog", "each key can do one thing: {problem}")
TEXT_FIELD_KEY = (QT_TRANSLATE_NOOP("SettingsDialog",
        "{key} belongs to the transcript (it {does} there): choose another key for "
                  "“{action}”"))
LOCKED_TIP = QT_TRANSLATE_NOOP("SettingsDialog", "Set by your organisation")
LOCKED_MARK = QT_TRANSLATE_NOOP("SettingsDialog", " (set by your organisation)")
# The keymap presets' names (keymaps.PRESETS, plain data) for pyside6-lupdate.
PRESET_NAMES = (QT_TRANSLATE_NOOP("Keymaps", "Standard"),
                QT_TRANSLATE_NOOP("Keymaps", "Express Scribe-like (function keys)"),
                QT_TRANSLATE_NOOP("Keymaps", "oTranscribe-like (Esc and function keys)"))


# What the text field does with a key (keymaps.TEXT_FIELD_KEYS `does`), for lupdate.
KEY_USES = frozenset({
    QT_TRANSLATE_NOOP("Keymaps", "moves the cursor"),
    QT_TRANSLATE_NOOP("Keymaps", "moves the cursor by page"),
    QT_TRANSLATE_NOOP("Keymaps", "moves to the start or end of the line"),
    QT_TRANSLATE_NOOP("Keymaps", "moves to the start or end of the text"),
    QT_TRANSLATE_NOOP("Keymaps", "moves the cursor by word"),
    QT_TRANSLATE_NOOP("Keymaps", "moves to the end of the line"),
    QT_TRANSLATE_NOOP("Keymaps", "moves to the start or end of the paragraph"),
    QT_TRANSLATE_NOOP("Keymaps", "extends the selection"),
    QT_TRANSLATE_NOOP("Keymaps", "selects to the start or end of the line"),
    QT_TRANSLATE_NOOP("Keymaps", "selects to the start or end of the text"),
    QT_TRANSLATE_NOOP("Keymaps", "selects by word"),
    QT_TRANSLATE_NOOP("Keymaps", "selects to the start or end of the paragraph"),
    QT_TRANSLATE_NOOP("Keymaps", "selects everything"),
    QT_TRANSLATE_NOOP("Keymaps", "clears the selection"),
    QT_TRANSLATE_NOOP("Keymaps", "copies, cuts and pastes"),
    QT_TRANSLATE_NOOP("Keymaps", "copies, pastes and cuts"),
    QT_TRANSLATE_NOOP("Keymaps", "pastes, copies and cuts"),
    QT_TRANSLATE_NOOP("Keymaps", "cuts and pastes"),
    QT_TRANSLATE_NOOP("Keymaps", "copies, cuts and pastes (keys some keyboards have)"),
    QT_TRANSLATE_NOOP("Keymaps", "undoes and redoes"),
    QT_TRANSLATE_NOOP("Keymaps", "undoes"),
    QT_TRANSLATE_NOOP("Keymaps", "undoes and redoes (keys some keyboards have)"),
    QT_TRANSLATE_NOOP("Keymaps", "deletes a character"),
    QT_TRANSLATE_NOOP("Keymaps", "deletes a word"),
    QT_TRANSLATE_NOOP("Keymaps", "deletes to the end of the line"),
    QT_TRANSLATE_NOOP("Keymaps", "deletes the line"),
    QT_TRANSLATE_NOOP("Keymaps", "starts a new line"),
    QT_TRANSLATE_NOOP("Keymaps", "moves to the next or previous field"),
    QT_TRANSLATE_NOOP("Keymaps", "opens the text field's menu"),
})


def lock_if(settings: UiSettings, key: str, widget: QWidget) -> None:
    """Disable the control of a locked preference and say why (also to screen readers)."""
    if settings.is_locked(key):
        widget.setEnabled(False)
        widget.setToolTip(translate("SettingsDialog", LOCKED_TIP))
        widget.setAccessibleDescription(translate("SettingsDialog", LOCKED_TIP))


_V = TypeVar("_V")


@dataclass(frozen=True)
class _General:
    """The General tab's values as shown."""

    jump_seconds: float
    backstep_seconds: float
    replay_seconds: float
    autoplay: bool
    audio_device: str
    font_size: int
    language: str
    break_after_minutes: int
    break_after_warnings: int


def _changed(now: _V, shown: _V) -> _V | None:
    """`now` when it differs from what the dialog showed, else None (`update` leaves it)."""
    return None if now == shown else now


class SettingsDialog(QDialog):
    def __init__(self, settings: UiSettings, player: Player,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.resize(560, 520)
        self.settings = settings
        tabs = QTabWidget()
        # A focusable node (it hands the keyboard to its tab bar): named.
        tabs.setAccessibleName(QCoreApplication.translate("SettingsDialog", "Settings pages"))

        general = QWidget()
        form = QFormLayout(general)
        self.jump = QDoubleSpinBox(minimum=0.5, maximum=30.0, singleStep=0.5, suffix=translate(
                "SettingsDialog", " s"))
        self.jump.setValue(settings.jump_seconds)
        self.backstep = QDoubleSpinBox(minimum=0.0, maximum=10.0, singleStep=0.25, suffix=translate(
                "SettingsDialog", " s"))
        self.backstep.setValue(settings.backstep_seconds)
        self.replay = QDoubleSpinBox(minimum=0.5, maximum=30.0, singleStep=0.5, suffix=translate(
                "SettingsDialog", " s"))
        self.replay.setValue(settings.replay_seconds)
        self.autoplay = QCheckBox()
        button(self.autoplay, translate("SettingsDialog", "Play each clip when it opens"),
               translate("SettingsDialog", "Never for clips with a content warning"))
        self.autoplay.setChecked(settings.autoplay)
        self.device = NamedComboBox()
        self.device.addItem(translate("SettingsDialog", SYSTEM_DEVICE), "")
        for dev in player.devices():
            self.device.addItem(dev.name + (translate("SettingsDialog",
                    " (default)") if dev.is_default else ""), dev.name)
        current = self.device.findData(settings.audio_device or "")
        self.device.setCurrentIndex(max(current, 0))
        self.font_size = QSpinBox(minimum=0, maximum=40, suffix=translate("SettingsDialog", " pt"))
        self.font_size.setSpecialValueText(translate("SettingsDialog", "System size"))
        self.font_size.setValue(settings.font_size)
        self.break_minutes = QSpinBox(minimum=0, maximum=MAX_BREAK_AFTER_MINUTES,
                                      singleStep=5, suffix=translate("SettingsDialog",
                                              " min of work"))
        self.break_minutes.setSpecialValueText(translate("SettingsDialog", "Never"))
        self.break_minutes.setValue(settings.break_after_minutes)
        self.break_warnings = QSpinBox(minimum=0, maximum=MAX_BREAK_AFTER_WARNINGS,
                                       suffix=translate("SettingsDialog",
                                               " clips with a content warning"))
        self.break_warnings.setSpecialValueText(translate("SettingsDialog", "Never"))
        self.break_warnings.setValue(settings.break_after_warnings)
        form.addRow(buddy(translate("SettingsDialog", "&Jump length"), self.jump), self.jump)
        form.addRow(buddy(translate("SettingsDialog", "&Back-step on resume"), self.backstep),
                self.backstep)
        form.addRow(buddy(translate("SettingsDialog", "&Replay the last"), self.replay),
                self.replay)
        form.addRow(QLabel(""), self.autoplay)
        form.addRow(buddy(translate("SettingsDialog", "Audio &device"), self.device), self.device)
        form.addRow(buddy(translate("SettingsDialog", "&Font size"), self.font_size),
                    self.font_size)
        self.language = NamedComboBox()
        self.language.addItem(translate("SettingsDialog", "As the system"), SYSTEM)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.language.setToolTip(translate("SettingsDialog", "Takes effect at the next start"))
        form.addRow(buddy(translate("SettingsDialog", "&Language"), self.language),
                    self.language)
        form.addRow(buddy(translate("SettingsDialog", "Suggest a break after (&minutes)"),
                self.break_minutes),
                    self.break_minutes)
        form.addRow(buddy(translate("SettingsDialog", "… or after (&warnings)"),
                self.break_warnings), self.break_warnings)
        for key, widget in ((JUMP_KEY, self.jump), (BACKSTEP_KEY, self.backstep),
                            (REPLAY_KEY, self.replay),
                            (AUTOPLAY_KEY, self.autoplay), (DEVICE_KEY, self.device),
                            (FONT_SIZE_KEY, self.font_size), (LANGUAGE_KEY, self.language),
                            (BREAK_MINUTES_KEY, self.break_minutes),
                            (BREAK_WARNINGS_KEY, self.break_warnings)):
            lock_if(settings, key, widget)
        self._shown = self._general()
        tabs.addTab(general, translate("SettingsDialog", "General"))

        keys = QWidget()
        keys_form = QFormLayout(keys)
        self.preset = NamedComboBox()
        for preset in PRESETS:
            self.preset.addItem(translate("Keymaps", preset.label), preset.id)
        self.preset.setCurrentIndex(max(self.preset.findData(settings.keymap_preset), 0))
        self.preset.setToolTip(translate("SettingsDialog",
                "Keys you change below apply on top of the keymap"))
        lock_if(settings, KEYMAP_KEY, self.preset)
        self._shown_preset = self._editing_preset = self._preset_id()
        keys_form.addRow(buddy(translate("SettingsDialog", "&Keymap"), self.preset), self.preset)
        self.key_edits: dict[str, QKeySequenceEdit] = {}
        for spec in ACTIONS:
            edit = QKeySequenceEdit(key_for(spec, settings))
            edit.setMaximumSequenceLength(1)
            edit.setClearButtonEnabled(True)
            keys_form.addRow(buddy(action_label(spec), edit), edit)
            lock_if(settings, shortcut_key(spec.id), edit)
            self.key_edits[spec.id] = edit
        self.preset.currentIndexChanged.connect(self._preset_changed)
        scroll = QScrollArea()
        scroll.setWidget(keys)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no unnamed stop before the keys
        tabs.addTab(scroll, translate("SettingsDialog", "Shortcuts"))

        # announced as it appears
        self.problem = problem_label(translate("SettingsDialog", "Settings problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_default_keys)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _preset_id(self) -> str:
        return str(self.preset.currentData())

    def _default_key(self, action_id: str, preset_id: str | None = None) -> str:
        """The organisation's default key where it set one, else the keymap preset's (the
        one chosen in the dialog unless `preset_id` names another)."""
        chosen = self.settings.default_shortcut(action_id)
        preset = self._preset_id() if preset_id is None else preset_id
        default = preset_default(SPEC_BY_ID[action_id], preset) if chosen is None else chosen
        return QKeySequence(default).toString()

    def _preset_changed(self) -> None:
        """Keys that followed the old preset follow the new one; changed keys stay."""
        old, self._editing_preset = self._editing_preset, self._preset_id()
        for spec in ACTIONS:
            edit = self.key_edits[spec.id]
            if (not self.settings.is_locked(shortcut_key(spec.id))
                    and edit.keySequence().toString() == self._default_key(spec.id, old)):
                edit.setKeySequence(QKeySequence(self._default_key(spec.id)))

    def _general(self) -> _General:
        return _General(jump_seconds=self.jump.value(), backstep_seconds=self.backstep.value(),
                        replay_seconds=self.replay.value(),
                        autoplay=self.autoplay.isChecked(),
                        audio_device=str(self.device.currentData()),
                        font_size=self.font_size.value(),
                        language=str(self.language.currentData()),
                        break_after_minutes=self.break_minutes.value(),
                        break_after_warnings=self.break_warnings.value())

    def restore_default_keys(self) -> None:
        if self.preset.isEnabled():
            default = self.settings.default_keymap_preset()
            self.preset.setCurrentIndex(max(self.preset.findData(default), 0))
        for spec in ACTIONS:
            if not self.settings.is_locked(shortcut_key(spec.id)):
                self.key_edits[spec.id].setKeySequence(QKeySequence(self._default_key(spec.id)))

    def conflicts(self) -> list[str]:
        """Keys used by two actions."""
        seen: dict[str, str] = {}
        out = []
        for spec in ACTIONS:
            text = self.key_edits[spec.id].keySequence().toString()
            if not text:
                continue
            if text in seen:
                out.append(translate("SettingsDialog",
                                     "{key} is used by both “{first}” and “{second}”").format(
                    key=text, first=seen[text], second=action_label(spec)))
            seen[text] = action_label(spec)
        return out

    def text_field_keys(self) -> list[str]:
        """Keys given to an action that the transcript's text field owns on this platform.
        (Locked keys are the organisation's: settings reading skips such a key anyway.)"""
        out = []
        for spec in ACTIONS:
            if self.settings.is_locked(shortcut_key(spec.id)):
                continue
            text = self.key_edits[spec.id].keySequence().toString()
            use = text_field_use(text, (current_platform(),))
            if use is not None:
                out.append(translate("SettingsDialog", TEXT_FIELD_KEY).format(key=text,
                        does=translate("Keymaps", use.does), action=action_label(spec)))
        return out

    def save(self) -> None:
        problems = [*(translate("SettingsDialog", KEY_TWICE).format(
                problem=c) for c in self.conflicts()),
                    *self.text_field_keys()]
        if problems:
            self.problem.setText(translate("SettingsDialog", NOT_SAVED).format(
                problems=translate("SettingsDialog", "; ").join(problems)))
            return
        shortcuts: dict[str, str | None] = {}
        for spec in ACTIONS:  # update() leaves locked keys out
            text = self.key_edits[spec.id].keySequence().toString()
            # A key equal to the default is not stored, so it follows the default.
            shortcuts[spec.id] = None if text == self._default_key(spec.id) else text
        # Unchanged values are not written: that would pin the organisation's defaults.
        now, shown = self._general(), self._shown
        self.settings.update(
            shortcuts=shortcuts,
            keymap_preset=_changed(self._preset_id(), self._shown_preset),
            jump_seconds=_changed(now.jump_seconds, shown.jump_seconds),
            backstep_seconds=_changed(now.backstep_seconds, shown.backstep_seconds),
            replay_seconds=_changed(now.replay_seconds, shown.replay_seconds),
            autoplay=_changed(now.autoplay, shown.autoplay),
            audio_device=_changed(now.audio_device, shown.audio_device),
            font_size=_changed(now.font_size, shown.font_size),
            language=_changed(now.language, shown.language),
            break_after_minutes=_changed(now.break_after_minutes, shown.break_after_minutes),
            break_after_warnings=_changed(now.break_after_warnings, shown.break_after_warnings))
        self.accept()


class ShortcutsDialog(QDialog):
    """Every action and its key as set now, grouped as in the menus, and the keys the
    transcript keeps (F1), as a table a screen reader reads by row and column ("Action",
    "Keys"). Written by reviewer/ui/key_tables.py, which also writes the README's key
    tables. Remap them in Settings."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard shortcuts"))
        self.resize(620, 640)
        keys = {spec.id: key_for(spec, settings).toString(
            QKeySequence.SequenceFormat.NativeText) for spec in ACTIONS}
        locked = {spec.id for spec in ACTIONS if settings.is_locked(shortcut_key(spec.id))}
        self.keymap = QLabel(keymap_line(settings.keymap_preset))
        self.rows = shortcut_rows(keys, locked, translate("SettingsDialog", LOCKED_MARK))
        self.table = _help_table(self.rows)
        self.note = QLabel(translate("KeyTables", QUESTION_KEYS_NOTE))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keymap)
        layout.addWidget(buddy(translate("ShortcutsDialog",
                                  "&Shortcuts (change them in Settings)"), self.table))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        focus_visibly(self.table)

    def text(self) -> str:
        """What the dialog says, as plain text: the keymap, the rows (action, tab, keys), the
        note on question keys."""
        lines = [self.keymap.text()]
        lines += [row.action if row.group else f"{row.action}\t{row.keys}" for row in self.rows]
        lines.append(self.note.text())
        return "\n".join(lines)


def _help_table(rows: list[HelpRow]) -> QTableWidget:
    """Two columns, "Action" and "Keys"; a group's heading spans both, in bold."""
    table = QTableWidget(len(rows), 2)
    table.setHorizontalHeaderLabels([translate("ShortcutsDialog", "Action"),
                                     translate("ShortcutsDialog", "Keys")])
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
    for i, row in enumerate(rows):
        action = QTableWidgetItem(row.action)
        keys = QTableWidgetItem(row.keys)
        if row.group:
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            table.setSpan(i, 0, 1, 2)
            # The cell under the heading's span still reaches a screen reader: named too.
            keys.setData(Qt.ItemDataRole.AccessibleTextRole, row.action)
        elif row.keys.startswith("—"):
            keys.setData(Qt.ItemDataRole.AccessibleTextRole,
                         QCoreApplication.translate("ShortcutsDialog", "no key")
                         + row.keys.removeprefix("—"))
        table.setItem(i, 0, action)
        table.setItem(i, 1, keys)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.resizeRowsToContents()
    return table
