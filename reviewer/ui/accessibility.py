"""What a screen reader is told beyond names: announcements, status labels whose text is
their accessible name, the waveform as a slider, and combo boxes named by what they choose.

What reaches an AT-SPI client from PySide6 6.11 (PLATFORM.md, "Accessibility and
translation"): an announcement event arrives as `object:announcement`; a label's text change
arrives as a name change only when the label has no fixed accessible name; description
changes always arrive; value changes only from a widget whose accessible interface has a
value interface (a Python one cannot supply it). So a changing label keeps its text as its
name and says what it is in its description, and a change the reviewer must hear is also
announced.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QLabel, QWidget


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Ask the screen reader to say `text` (polite: after what it is saying; assertive: now).
    Nothing is sent while no assistive technology listens."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def status_label(label: QLabel, what: str) -> QLabel:
    """A label whose text changes: its text stays its accessible name (so each change is
    sent as a name change) and `what` it shows is its description."""
    label.setAccessibleName("")
    label.setAccessibleDescription(what)
    return label


class NotificationLabel(QLabel):
    """Why something was refused or failed: shown only while it says something, announced
    (assertive) as it appears, and read as a notification with its text as its name. Orca
    43 (Debian 12) ignores announcements but speaks a notification when it is shown; later
    readers speak the announcement. `what` it is stays its description; with `keep_room`,
    its room stays while it is hidden (beside buttons that must not jump as it comes)."""

    def __init__(self, what: str, parent: QWidget | None = None,
                 keep_room: bool = False) -> None:
        install()  # before Qt first asks for its interface: a notification
        super().__init__(parent)
        status_label(self, what)
        if keep_room:
            policy = self.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            self.setSizePolicy(policy)
        self.setVisible(False)

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        self.setVisible(bool(text))
        if changed:
            announce(self, text, assertive=True)

    def clear(self) -> None:
        self.setText("")


class SliderRole(QWidget):
    """A custom control that reads as a slider. Its position and range go in its accessible
    description: a Python accessible interface cannot hand Qt's AT-SPI bridge a value
    interface (tried with PySide6 6.11: interface_cast to a Python QAccessibleValueInterface
    crashes the bridge), so value-change events from it would be dropped."""


class _SliderAccessible(QAccessibleWidget):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Slider)


# Qt's cache owns the interfaces a factory returns and deletes them with their widget, but
# the Python wrapper says Python owns it: dropped, it would delete an interface Qt still
# uses. So each one is kept; once Qt deletes it, what stays here is an empty shell (a
# few per window, as many as sliders).
_made: list[QAccessibleInterface] = []


class _NotificationAccessible(QAccessibleWidget):
    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Notification)
        self._label = label

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self._label.accessibleName() or self._label.text()
        return super().text(t)


class NamedComboBox(QComboBox):
    """A combo box a screen reader names by what it chooses ("Language"), not by its
    current value: on Linux Qt's own interface makes the value the name (and leaves the
    label to a relation), so a reader landing on it says only "As the system". Its value is
    its description too, so a change is sent as a description change (see SliderRole for
    why not as a value)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        install()  # before Qt first asks for its interface
        super().__init__(parent)
        self.currentTextChanged.connect(self.setAccessibleDescription)


class _ComboAccessible(QAccessibleWidget):
    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo, QAccessible.Role.ComboBox)
        self._combo = combo

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self._combo.accessibleName() or self._combo.currentText()
        if t == QAccessible.Text.Value:
            return self._combo.currentText()
        return super().text(t)


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    made: QAccessibleInterface | None = None
    if isinstance(obj, SliderRole):
        made = _SliderAccessible(obj)
    elif isinstance(obj, NotificationLabel):
        made = _NotificationAccessible(obj)
    elif isinstance(obj, NamedComboBox):
        made = _ComboAccessible(obj)
    if made is not None:
        _made.append(made)
    return made


_installed = False


def install() -> None:
    """Let Qt build the app's own accessible interfaces (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
