"""Small helpers every view uses, so accessible names always equal visible labels."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from reviewer.ui.accessibility import NotificationLabel

W = TypeVar("W", bound=QWidget)
B = TypeVar("B", bound=QAbstractButton)


def named(widget: W, label: str, description: str = "") -> W:
    widget.setAccessibleName(label)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def button(widget: B, label: str, tip: str = "") -> B:
    widget.setText(label)
    widget.setAccessibleName(label.replace("&", ""))
    if tip:
        widget.setToolTip(tip)
    return widget


def buddy(label_text: str, field: QWidget) -> QLabel:
    """A visible label for `field`; the field's accessible name is the label's text."""
    label = QLabel(label_text)
    label.setBuddy(field)
    field.setAccessibleName(label_text.replace("&", "").rstrip(":"))
    return label


# A red that reads on both the light and the dark palette.
PROBLEM_COLOUR = "#d0463c"


def problem_label(accessible_name: str = "Problem", keep_room: bool = False) -> QLabel:
    """An (initially empty, hidden) label for why an action was refused, announced as it
    appears (accessibility.NotificationLabel); `accessible_name` says what it is (its
    description: the name is the problem itself)."""
    label = NotificationLabel(accessible_name, keep_room=keep_room)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
    return label


def focus_visibly(widget: QWidget) -> None:
    """Give `widget` the keyboard as a key would, so that its focus ring shows: focus set by
    the program (Qt's OtherFocusReason) draws no ring on buttons and check boxes until the
    reviewer presses Tab; a shortcut's focus does. Every focus the app sets goes through this."""
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)


class QtTimer:
    """A single-shot QTimer as the Qt-free models' Timer port (core.review.Timer)."""

    def __init__(self, parent: QObject, ms: int, callback: Callable[[], None]) -> None:
        self._timer = QTimer(parent, singleShot=True, interval=ms)
        self._timer.timeout.connect(callback)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()


_AFTER_REPAINT = QEvent.Type(QEvent.registerEventType())


class AfterRepaint(QObject):
    """Runs callables once the event loop has dealt with what was queued before them, the
    window's repaint included: Qt posts a repaint (UpdateRequest) at low priority, and an
    event posted at the same priority after it is delivered after it. For work that a key
    press starts but that must not take the interpreter from the repaint showing its result
    (another thread's Python shares the GIL with the GUI thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queued: list[Callable[[], object]] = []

    def call(self, fn: Callable[[], object]) -> None:
        if not self._queued:
            QCoreApplication.postEvent(self, QEvent(_AFTER_REPAINT),
                                       Qt.EventPriority.LowEventPriority.value)
        self._queued.append(fn)

    def flush(self) -> None:
        """Run what is queued now (in order), e.g. before shutting down."""
        queued, self._queued = self._queued, []
        for fn in queued:
            fn()

    def event(self, event: QEvent) -> bool:
        if event.type() == _AFTER_REPAINT:
            self.flush()
            return True
        return super().event(event)
