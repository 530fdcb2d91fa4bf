"""Breaks: the break screen, the suggestion to take one, and the window's wiring of both.

"Take a break" (its key, the Review menu, the suggestion's button, the aftercare dialog's
button) puts the break screen in place of the review page: the clip is out of sight, the
clip clock stops (the loop's handled_ms does not count the break), nothing plays, and every
action but the break's own key, Settings, the key list and Quit waits. The screen shows how
long the break has lasted; Return (or Escape, or the break key again) resumes.

A break is suggested by the organisation's or the reviewer's policy (Settings: after so many
minutes of work, after so many clips with a content warning; core.wellbeing counts) in a
banner above the page that takes no focus, so typing never lands in it; "Not now" dismisses
it until the next full stretch.

Signals:
    BreakView.resume_requested(): the reviewer asked to go back to work.
    BreakPrompt.take_break(), BreakPrompt.dismissed(): the banner's two buttons.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.review import ClipView
from reviewer.core.wellbeing import BreakPolicy, BreakPrompts, BreakReason
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.ui.qt_common import button, named
from reviewer.ui.qt_shortcuts import ShortcutRegistry
from reviewer.ui.wording import with_key

if TYPE_CHECKING:
    from reviewer.ui.qt_main_window import MainWindow

HOLD_REASON = "break"
CHECK_MS = 15_000  # how often the suggestion's policy is looked at
TICK_MS = 1000  # the break timer
# Actions that still work during a break (the rest would act on a clip out of sight).
DURING_BREAK = frozenset({"take_break", "settings", "help_keys", "quit"})

RESUME_TIP = QT_TRANSLATE_NOOP("Wellbeing", "Go back to work")


def minutes_text(seconds: float) -> str:
    """A break's length as the timer shows it: 4:05, 1:02:03."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class BreakView(QWidget):
    resume_requested = Signal()

    def __init__(self, shortcuts: ShortcutRegistry,
                 clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Wellbeing", "Break"))
        self.clock = clock
        self._shortcuts = shortcuts
        self._started: float | None = None
        title = QLabel(translate("Wellbeing", "On a break"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(translate("Wellbeing",
                "The clip clock is stopped and nothing plays. Look away from the screen, "
                      "stretch, get a drink of water. Take the time you need."))
        text.setWordWrap(True)
        self.timer_label = named(QLabel("0:00"), translate("Wellbeing", "Break time"))
        big = self.timer_label.font()
        big.setPointSizeF(big.pointSizeF() * 2.5)
        self.timer_label.setFont(big)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.resume_button = button(QPushButton(), translate("Wellbeing", "&Resume work"))
        self.resume_button.setDefault(True)
        self.resume_button.setAutoDefault(True)
        self.resume_hint = QLabel()
        self.resume_hint.setAccessibleName(translate("Wellbeing", "How to resume"))
        for w in (title, text, self.resume_hint):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(12)
        column.addWidget(self.timer_label)
        column.addSpacing(12)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.resume_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.resume_hint)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self.show_time)
        self.resume_button.clicked.connect(self.resume_requested)
        shortcuts.keys_changed.connect(self._show_keys)
        self._show_keys()

    def _show_keys(self) -> None:
        key = self._shortcuts.key_text("take_break")
        self.resume_hint.setText(translate("Wellbeing", "Press Return to resume, or {key}.").format(
                key=key) if key
                                 else translate("Wellbeing", "Press Return to resume."))
        self.resume_button.setToolTip(with_key(translate("Wellbeing", RESUME_TIP), key))

    def start(self) -> None:
        self._started = self.clock()
        self.show_time()
        self._tick.start()
        self.resume_button.setFocus()

    def stop(self) -> None:
        self._tick.stop()
        self._started = None

    def elapsed(self) -> float:
        return 0.0 if self._started is None else max(0.0, self.clock() - self._started)

    def show_time(self) -> None:
        # Rounded: the tick comes a hair before each whole second.
        self.timer_label.setText(minutes_text(round(self.elapsed())))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.resume_requested.emit()
        else:
            super().keyPressEvent(event)


class BreakPrompt(QFrame):
    take_break = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Wellbeing", "Break suggestion"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(translate("Wellbeing", "Break suggestion"))
        self.break_button = button(QPushButton(), translate("Wellbeing", "Take a &break"))
        self.dismiss_button = button(QPushButton(), translate("Wellbeing", "&Not now"))
        for b in (self.break_button, self.dismiss_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click never takes the keyboard
            b.setAutoDefault(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.break_button)
        row.addWidget(self.dismiss_button)
        self.break_button.clicked.connect(self.take_break)
        self.dismiss_button.clicked.connect(self.dismissed)
        self.setVisible(False)

    def suggest(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(True)


class Wellbeing(QObject):
    """The window's breaks: built by MainWindow once its page, stack and actions exist."""

    def __init__(self, window: MainWindow, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self._window = window
        self.clock = clock
        self.on_break = False
        self._app_active = True
        self._enabled_before: dict[str, bool] = {}
        self.prompts = BreakPrompts(window.settings.break_policy)
        self.view = BreakView(window.shortcuts, lambda: self.clock())
        window.stack.addWidget(self.view)
        self.prompt = BreakPrompt()
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.prompt)  # under the notice, above the page
        self._check = QTimer(self, interval=CHECK_MS)
        self._check.timeout.connect(self.check)
        self._check.start()
        actions = window.shortcuts.actions
        actions["take_break"].triggered.connect(self.toggle)
        if window.escalation is not None:
            window.escalation.break_requested.connect(self.start)
        self.view.resume_requested.connect(self.resume)
        self.prompt.take_break.connect(self.start)
        self.prompt.dismissed.connect(self.dismiss)
        window.model.clip_opened.connect(self._clip_opened)
        window.model.queue_changed.connect(self._keep_break)  # after the window's own
        window.settings.changed.connect(self._policy_changed)
        self._run_clocks()

    # ------------------------------------------------------------------ the break
    def toggle(self) -> None:
        if self.on_break:
            self.resume()
        else:
            self.start()

    def start(self) -> None:
        if self.on_break:
            return
        self.on_break = True
        self._window.player_widget.hold(HOLD_REASON)
        self._run_clocks()
        self.prompt.setVisible(False)
        self._window.statusBar().showMessage(translate("Wellbeing",
                "On a break: the clip clock is stopped."), 8000)
        self._keep_break()
        self.view.start()

    def resume(self) -> None:
        if not self.on_break:
            return
        self.on_break = False
        self.view.stop()
        for action_id, enabled in self._enabled_before.items():
            self._window.shortcuts[action_id].setEnabled(enabled)
        self._enabled_before = {}
        self._window.show_stack()
        self.prompts.restart(self.clock())
        self._run_clocks()
        self._window.player_widget.release(HOLD_REASON)
        self._window.statusBar().clearMessage()
        self._window.focus_work()

    def _keep_break(self) -> None:
        """During a break: the break screen stays in front and the clip's actions wait,
        whatever else changed the page (an import that finished, an escalated clip)."""
        if not self.on_break:
            return
        window = self._window
        window.stack.setCurrentWidget(self.view)
        for action_id, action in window.shortcuts.actions.items():
            if action_id in DURING_BREAK:
                continue
            if action.isEnabled() or action_id not in self._enabled_before:
                self._enabled_before[action_id] = action.isEnabled()
            action.setEnabled(False)

    # ------------------------------------------------------------------ clocks
    def set_app_active(self, active: bool) -> None:
        self._app_active = active
        self._run_clocks()

    def _run_clocks(self) -> None:
        """The clip clock runs while the app is in front and no break is on; work (for the
        suggestion) is that time with a clip open."""
        running = self._app_active and not self.on_break
        self._window.model.set_clock_running(running)
        self.prompts.set_working(running and self._window.model.view is not None,
                                 self.clock())

    def _clip_opened(self, view: ClipView | None) -> None:
        if view is not None and view.summary.content_warning:
            self.prompts.warning_clip(view.summary.local_id)
        self._run_clocks()
        if view is not None and view.summary.content_warning:
            self.check()

    # ------------------------------------------------------------------ suggestions
    def _policy_changed(self) -> None:
        policy = self._window.settings.break_policy
        if policy != self.prompts.policy:
            self.prompts.policy = policy

    @property
    def policy(self) -> BreakPolicy:
        return self.prompts.policy

    def check(self) -> None:
        """Suggest a break when the policy says one is due (and none is suggested or on)."""
        if self.on_break or self.prompt.isVisible():
            return
        reason = self.prompts.due(self.clock())
        if reason is None:
            return
        if reason is BreakReason.WORKED:
            minutes = round(self.prompts.policy.after_minutes)
            text = self.tr("You have worked %n minute(s) since your last break.", "", minutes)
        else:
            clips = self.prompts.warning_clips
            text = self.tr("You have opened %n clip(s) with a content warning since your last "
                           "break.", "", clips)
        self.prompt.suggest(text)
        self._window.statusBar().showMessage(text, 8000)

    def dismiss(self) -> None:
        self.prompt.setVisible(False)
        self.prompts.restart(self.clock())
        self._window.focus_work()
