"""Foot pedals: turn them on, see which pedals are plugged in, press one to test it, choose
what each pedal does and how far hold-to-play steps back on release. Saved to UiSettings on
Save; preferences the organisation locked are shown disabled, with the reason.

While the dialog is open the pedal is read for the live test (even with pedals off), and no
press plays anything (the window ignores pedals while a modal dialog is open).

Pedals that type keys (Olympus RS-27H/28H/31H and many others) need nothing here: their keys
are mapped in Settings, Shortcuts, like any key.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.pedal_devices import KEYBOARD_PEDALS
from reviewer.core.pedals import (
    DetectedPedal,
    PedalAction,
    PedalButton,
    PedalEvent,
    PedalStatus,
    PedalsUnavailable,
)
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.ui.labels import label
from reviewer.ui.qt_common import buddy, button, named
from reviewer.ui.qt_pedals import PedalBridge, status_text, unavailable_text
from reviewer.ui.qt_settings import PEDAL_BACKSTEP_KEY, PEDALS_KEY, UiSettings, pedal_key
from reviewer.ui.qt_settings_dialog import lock_if

NONE_FOUND = QT_TRANSLATE_NOOP("PedalDialog", "No supported USB pedal is plugged in.")
KEYBOARD_NOTE = QT_TRANSLATE_NOOP(
    "PedalDialog",
    "Pedals that type keys ({pedals}, and most other pedals sold as \u201ckeyboard\u201d or "
    "\u201cHID keyboard\u201d) need no set-up here: give their keys to actions in Settings, "
    "Shortcuts (press the pedal in a shortcut field).")
UP_STYLE = "QLabel { border: 1px solid palette(mid); border-radius: 3px; padding: 6px; }"
DOWN_STYLE = ("QLabel { border: 1px solid palette(highlight); border-radius: 3px; padding: 6px;"
              " background: palette(highlight); color: palette(highlighted-text); }")


def keyboard_note() -> str:
    """KEYBOARD_NOTE in the interface's language, naming the pedals."""
    return translate("PedalDialog", KEYBOARD_NOTE).format(pedals=", ".join(KEYBOARD_PEDALS))


def describe(pedal: DetectedPedal) -> str:
    how = (translate("PedalDialog", "read by Reviewer") if pedal.read_here else
           translate("PedalDialog", "types keys: map them in Settings, Shortcuts"))
    return f"{pedal.name} ({pedal.usb_id}): {how}"


class PedalDialog(QDialog):
    def __init__(self, bridge: PedalBridge, settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PedalDialog", "Foot pedals"))
        self.resize(560, 560)
        self.bridge = bridge
        self.settings = settings

        self.enabled = QCheckBox()
        button(self.enabled, translate("PedalDialog", "&Use USB foot pedals"),
               translate("PedalDialog",
                       "Read a supported USB transcription pedal while the window is open"))
        self.enabled.setChecked(settings.pedals_enabled)
        lock_if(settings, PEDALS_KEY, self.enabled)

        found_box = QGroupBox(translate("PedalDialog", "Pedals plugged in"))
        self.found = named(QListWidget(), translate("PedalDialog", "Pedals plugged in"))
        self.found.setWordWrap(True)
        self.found.setMaximumHeight(90)
        self.refresh_button = button(QPushButton(), translate("PedalDialog", "&Look again"),
                                     translate("PedalDialog",
                                             "Look for pedals again (after plugging one in)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.status = named(QLabel(), translate("PedalDialog", "Pedal status"))
        self.status.setWordWrap(True)
        found_col = QVBoxLayout(found_box)
        found_col.addWidget(self.found)
        found_row = QHBoxLayout()
        found_row.addWidget(self.status, 1)
        found_row.addWidget(self.refresh_button)
        found_col.addLayout(found_row)

        test_box = QGroupBox(translate("PedalDialog", "Press a pedal to test it"))
        self.lamps: dict[PedalButton, QLabel] = {}
        lamps = QHBoxLayout()
        for pedal in PedalButton:
            lamp = named(QLabel(), label(pedal))
            self.lamps[pedal] = lamp
            lamps.addWidget(lamp)
        self.last_press = named(QLabel(translate("PedalDialog", "Nothing pressed yet.")), translate(
                "PedalDialog", "Last pedal pressed"))
        test_col = QVBoxLayout(test_box)
        test_col.addLayout(lamps)
        test_col.addWidget(self.last_press)

        map_box = QGroupBox(translate("PedalDialog", "What each pedal does"))
        form = QFormLayout(map_box)
        self.choices: dict[PedalButton, QComboBox] = {}
        mapping = settings.pedal_mapping
        for pedal in PedalButton:
            box = QComboBox()
            for action in PedalAction:
                box.addItem(label(action), action.value)
            box.setCurrentIndex(box.findData(mapping.action(pedal).value))
            lock_if(settings, pedal_key(pedal), box)
            form.addRow(buddy(f"&{label(pedal)}", box), box)
            self.choices[pedal] = box
        self.backstep = QDoubleSpinBox(minimum=0.0, maximum=10.0, singleStep=0.25, suffix=translate(
                "PedalDialog", " s"))
        self.backstep.setValue(settings.pedal_backstep_seconds)
        lock_if(settings, PEDAL_BACKSTEP_KEY, self.backstep)
        form.addRow(buddy(translate("PedalDialog", "&Back-step on release"), self.backstep),
                self.backstep)

        self.note = named(QLabel(keyboard_note()),
                          translate("PedalDialog", "Pedals that type keys"))
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addWidget(found_box)
        layout.addWidget(test_box)
        layout.addWidget(map_box)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self._shown = self._values()
        self.show_held(frozenset())
        bridge.pedal_event.connect(self.on_pedal)
        bridge.status_changed.connect(self.show_status)
        self.finished.connect(self._closed)
        self.show_status(bridge.status)
        self.refresh()
        bridge.begin_test()

    # ------------------------------------------------------------------ live
    def refresh(self) -> None:
        """List the supported pedals plugged in now (a quick USB enumeration)."""
        self.found.clear()
        try:
            pedals = self.bridge.source.detect()
        except PedalsUnavailable as why:
            self.found.addItem(translate("Pedals", "Foot pedals cannot work here: {reason}")
                               .format(reason=unavailable_text(why.code)))
            return
        for pedal in pedals:
            self.found.addItem(describe(pedal))
        if not pedals:
            self.found.addItem(translate("PedalDialog", NONE_FOUND))

    def show_status(self, status: PedalStatus) -> None:
        self.status.setText(status_text(status))

    def on_pedal(self, event: PedalEvent) -> None:
        held = {p for p, lamp in self.lamps.items() if lamp.property("down")}
        (held.add if event.pressed else held.discard)(event.button)
        self.show_held(frozenset(held))
        text = (translate("PedalDialog", "{pedal} pressed.") if event.pressed
                else translate("PedalDialog", "{pedal} released."))
        self.last_press.setText(text.format(pedal=label(event.button)))

    def show_held(self, held: frozenset[PedalButton]) -> None:
        for pedal, lamp in self.lamps.items():
            down = pedal in held
            lamp.setProperty("down", down)
            text = (translate("PedalDialog", "{pedal}: down") if down
                    else translate("PedalDialog", "{pedal}: up"))
            lamp.setText(text.format(pedal=label(pedal)))
            lamp.setStyleSheet(DOWN_STYLE if down else UP_STYLE)

    # ------------------------------------------------------------------ saving
    def _values(self) -> tuple[bool, dict[PedalButton, PedalAction], float]:
        actions = {p: PedalAction(str(box.currentData())) for p, box in self.choices.items()}
        return self.enabled.isChecked(), actions, self.backstep.value()

    def save(self) -> None:
        """Write only what the reviewer changed, so the organisation's defaults keep applying
        to the rest."""
        enabled, actions, backstep = self._values()
        was_enabled, was_actions, was_backstep = self._shown
        self.settings.update_pedals(
            enabled=None if enabled == was_enabled else enabled,
            actions={p: a for p, a in actions.items() if a != was_actions[p]},
            backstep_seconds=None if backstep == was_backstep else backstep)
        self.accept()

    def _closed(self, _result: int) -> None:
        self.bridge.pedal_event.disconnect(self.on_pedal)
        self.bridge.status_changed.disconnect(self.show_status)
        self.bridge.end_test()
