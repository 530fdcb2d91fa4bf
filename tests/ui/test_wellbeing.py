"""Wellbeing that works: nothing plays while an escalation or aftercare dialog is open (the
next clip's autoplay waits for the dialog to close); "Take a break" starts a break screen that
stops the clip clock and playback, shows a timer and resumes with a key; breaks are suggested
by policy (minutes of work, content-warning clips), each suggestion dismissible, and the
organisation can lock the policy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from reviewer.core.escalation import EscalationCategory, EscalationRefused
from reviewer.core.playback import PlayerState
from reviewer.core.settings_policy import SettingsPolicy
from reviewer.ui.backend import Capabilities
from reviewer.ui.qt_escalate_dialog import AftercareDialog, EscalateDialog
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_player_widget import PlayerWidget
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_settings_dialog import SettingsDialog
from reviewer.ui.qt_wellbeing import BreakPrompt, BreakView, minutes_text
from reviewer.workflows.escalate import EscalationReceipt
from tests.ui.conftest import settle
from tests.ui.fakes import FakeBackend, FakePlayer
from tests.ui.test_window_escalation import EscalatingFake

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def open_window(qtbot: QtBot, backend: FakeBackend, settings: UiSettings) -> MainWindow:
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, win)
    QCoreApplication.sendPostedEvents()  # the autoplay starts once the window has shown the clip
    return win


def on_modal(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Run `act` on the modal dialog of `kind` once its exec() loop runs."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(20, attempt)


def answer_escalation(dialog: QDialog) -> None:
    assert isinstance(dialog, EscalateDialog)
    dialog.radios[EscalationCategory.OTHER_DISTRESS].setChecked(True)
    dialog._accept()


def playing(backend: FakeBackend) -> bool:
    return backend.player.state() is PlayerState.PLAYING


def on_break(win: MainWindow) -> bool:
    return win.wellbeing.on_break


# ---------------------------------------------------------------- no playback behind dialogs
def test_the_next_clip_waits_for_the_aftercare_dialog_to_close(qtbot: QtBot,
                                                               settings: UiSettings) -> None:
    backend = EscalatingFake()
    win = open_window(qtbot, backend, settings)
    assert playing(backend)  # the first clip auto-plays
    seen: list[tuple[str, PlayerState]] = []

    def aftercare(dialog: QDialog) -> None:
        # The next clip opens and its audio arrives while the dialog is up ...
        qtbot.waitUntil(lambda: backend.player.loaded[-1] == "2")
        settle(qtbot, win)
        qtbot.wait(50)
        seen.append((backend.player.loaded[-1], backend.player.state()))
        play_key = win.shortcuts["play_pause"]
        play_key.trigger()  # not even the play key starts it behind the dialog
        seen.append(("key", backend.player.state()))
        dialog.reject()  # Continue

    on_modal(EscalateDialog, answer_escalation)
    on_modal(AftercareDialog, aftercare)
    win.shortcuts["escalate"].trigger()
    settle(qtbot, win)
    assert seen == [("2", PlayerState.STOPPED), ("key", PlayerState.STOPPED)]
    qtbot.waitUntil(lambda: playing(backend))  # ... and plays once it is closed
    assert win.model.current_id == 2


class RefusingFake(EscalatingFake):
    def escalate(self, local_id: int, category: EscalationCategory,
                 note: str) -> EscalationReceipt:
        raise EscalationRefused("The leads' keys are not available; the clip is kept.")

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(escalate=self.escalate)


def test_nothing_plays_behind_a_refused_escalations_message(qtbot: QtBot,
                                                            settings: UiSettings) -> None:
    backend = RefusingFake()
    win = open_window(qtbot, backend, settings)
    states: list[PlayerState] = []

    def refused(box: QDialog) -> None:
        settle(qtbot, win)
        qtbot.wait(50)
        states.append(backend.player.state())
        box.accept()

    on_modal(EscalateDialog, answer_escalation)
    on_modal(QMessageBox, refused)
    win.shortcuts["escalate"].trigger()
    settle(qtbot, win)
    assert states == [PlayerState.STOPPED]
    qtbot.waitUntil(lambda: playing(backend))


def test_a_cancelled_escalation_lets_playback_go_on_being_asked_for(
        qtbot: QtBot, settings: UiSettings) -> None:
    backend = EscalatingFake()
    win = open_window(qtbot, backend, settings)
    on_modal(EscalateDialog, lambda d: d.reject())
    win.shortcuts["escalate"].trigger()
    assert backend.player.state() is PlayerState.STOPPED  # stopped for the question
    assert not win.player_widget.held
    win.shortcuts["play_pause"].trigger()
    assert playing(backend)


def test_a_hold_pauses_and_defers_autoplay_until_released(qtbot: QtBot,
                                                          tmp_path: Path) -> None:
    player = FakePlayer()
    widget = PlayerWidget(player, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(widget)
    player.load("a", b"")
    widget.loaded()
    widget.autoplay()
    QCoreApplication.sendPostedEvents()  # it starts once the window has shown the clip
    assert player.state() is PlayerState.PLAYING
    widget.hold("dialog")
    assert player.state() is PlayerState.PAUSED
    for act in (widget.play, widget.toggle, widget.replay, widget.replay_last):
        act()
        assert player.state() is PlayerState.PAUSED, act
    widget.unloaded()  # the next clip opens under the hold
    player.load("b", b"")
    widget.loaded()
    widget.autoplay()
    QCoreApplication.sendPostedEvents()
    assert player.state() is PlayerState.STOPPED
    widget.hold("break")
    widget.release("dialog")
    assert player.state() is PlayerState.STOPPED  # another hold is still on
    widget.release("break")
    assert player.state() is PlayerState.PLAYING  # the waiting autoplay, now
    widget.hold("dialog")
    widget.release("dialog")
    assert player.state() is PlayerState.PAUSED  # what was paused stays paused


# ---------------------------------------------------------------- the break
def test_take_a_break_from_the_aftercare_dialog(qtbot: QtBot, settings: UiSettings) -> None:
    backend = EscalatingFake()
    win = open_window(qtbot, backend, settings)
    clock = Clock()
    win.wellbeing.clock = clock

    def take_break(dialog: QDialog) -> None:
        assert isinstance(dialog, AftercareDialog)
        qtbot.waitUntil(lambda: backend.player.loaded[-1] == "2")
        dialog.break_button.click()

    on_modal(EscalateDialog, answer_escalation)
    on_modal(AftercareDialog, take_break)
    win.shortcuts["escalate"].trigger()
    settle(qtbot, win)
    assert on_break(win)
    assert win.stack.currentWidget() is win.wellbeing.view
    assert not playing(backend)  # the next clip waits out the break too
    clock.now += 125
    win.wellbeing.view.show_time()
    assert win.wellbeing.view.timer_label.text() == "2:05"
    qtbot.keyClick(win.wellbeing.view.resume_button, Qt.Key.Key_Return)
    assert not on_break(win)
    assert win.stack.currentWidget() is win.review
    qtbot.waitUntil(lambda: playing(backend))
    assert win.model.current_id == 2


def test_a_break_stops_the_clip_clock_and_every_clip_action(qtbot: QtBot, window: MainWindow,
                                                            backend: FakeBackend) -> None:
    assert playing(backend)
    qtbot.keyClicks(window.editor.editor, "hello")
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_B, CTRL_SHIFT)  # Take a break
    assert on_break(window)
    assert window.stack.currentWidget() is window.wellbeing.view
    assert window.wellbeing.view.resume_button.hasFocus()
    assert backend.player.state() is PlayerState.PAUSED
    assert window.statusBar().currentMessage() == "On a break: the clip clock is stopped."
    stopped_at = window.model.handled_ms()
    qtbot.wait(120)
    assert window.model.handled_ms() == stopped_at  # the clip clock does not run
    for action_id in ("submit_next", "play_pause", "skip", "next_clip", "replay_last"):
        window.shortcuts[action_id].trigger()
    assert backend.player.state() is PlayerState.PAUSED
    assert window.model.current_id == 1  # nothing submitted, nothing skipped
    assert window.shortcuts["take_break"].isEnabled()
    window.model.refresh_queue()  # an import finishing meanwhile
    assert window.stack.currentWidget() is window.wellbeing.view
    assert not window.shortcuts["submit_next"].isEnabled()
    qtbot.keyClick(window.wellbeing.view.resume_button, Qt.Key.Key_B, CTRL_SHIFT)  # again
    assert not on_break(window)
    assert window.shortcuts["submit_next"].isEnabled()
    assert window.editor.editor.hasFocus()
    qtbot.waitUntil(lambda: window.model.handled_ms() > stopped_at + 50)  # running again
    assert backend.player.state() is PlayerState.PAUSED  # resuming work is not pressing play
    assert window.model.annotation.transcript.endswith("hello")


def test_escape_resumes_and_the_hint_names_the_break_key(qtbot: QtBot, window: MainWindow,
                                                         settings: UiSettings) -> None:
    view = window.wellbeing.view
    assert view.resume_hint.text() == "Press Return to resume, or Ctrl+Shift+B."
    window.settings.update(shortcuts={"take_break": ""})
    assert view.resume_hint.text() == "Press Return to resume."
    window.wellbeing.start()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not on_break(window)
    assert "Take a break" in [a.text() for a in window.menus["&Review"].actions()]


def test_the_break_timer_reads_minutes_and_hours() -> None:
    assert [minutes_text(s) for s in (0, 59.9, 65, 3599, 3723)] == [
        "0:00", "0:59", "1:05", "59:59", "1:02:03"]


def test_the_break_view_counts_from_its_start(qtbot: QtBot, window: MainWindow) -> None:
    clock = Clock()
    view = BreakView(window.shortcuts, clock)
    qtbot.addWidget(view)
    view.start()
    assert view.timer_label.text() == "0:00"
    clock.now += 61
    view.show_time()
    assert view.timer_label.text() == "1:01"
    view.stop()
    assert view.elapsed() == 0.0


# ---------------------------------------------------------------- suggestions by policy
def warned_backend(n: int) -> FakeBackend:
    backend = FakeBackend(clips=0)
    backend.service.add_package(n)
    for clip in backend.service.clips.values():
        clip.content_warning = True
    return backend


def prompt_of(win: MainWindow) -> BreakPrompt:
    return win.wellbeing.prompt


def test_a_break_is_suggested_after_content_warning_clips(qtbot: QtBot,
                                                          settings: UiSettings) -> None:
    settings.update(break_after_warnings=2, break_after_minutes=0)
    backend = warned_backend(3)
    win = open_window(qtbot, backend, settings)
    assert not prompt_of(win).isVisible()  # one warned clip so far
    win.warning_panel.read_button.click()
    win.editor.editor.setFocus()
    win.shortcuts["next_clip"].trigger()
    settle(qtbot, win)
    assert prompt_of(win).isVisible()
    assert prompt_of(win).text.text() == ("You have opened 2 clips with a content warning "
                                          "since your last break.")
    assert win.warning_panel.read_button.hasFocus()  # the suggestion took no keys
    prompt_of(win).dismiss_button.click()  # Not now
    assert not prompt_of(win).isVisible()
    win.shortcuts["next_clip"].trigger()
    settle(qtbot, win)
    assert not prompt_of(win).isVisible()  # counted again from the dismissal: 1 of 2
    win.shortcuts["previous_clip"].trigger()  # a clip seen before the dismissal counts anew
    settle(qtbot, win)
    assert prompt_of(win).isVisible()
    prompt_of(win).break_button.click()
    assert on_break(win)
    assert not prompt_of(win).isVisible()


def test_a_break_is_suggested_after_minutes_of_work(qtbot: QtBot,
                                                    settings: UiSettings) -> None:
    settings.update(break_after_minutes=20)
    win = open_window(qtbot, FakeBackend(clips=3), settings)
    clock = Clock()
    wellbeing = win.wellbeing
    wellbeing.clock = clock
    wellbeing.prompts.restart(clock())
    clock.now += 19 * 60
    wellbeing.check()
    assert not prompt_of(win).isVisible()
    wellbeing.set_app_active(False)  # in another application: not work
    clock.now += 30 * 60
    wellbeing.set_app_active(True)
    wellbeing.check()
    assert not prompt_of(win).isVisible()
    clock.now += 60
    wellbeing.check()
    assert prompt_of(win).text.text() == "You have worked 20 minutes since your last break."
    assert "20 minutes" in win.statusBar().currentMessage()
    prompt_of(win).dismiss_button.click()
    clock.now += 19 * 60
    wellbeing.check()
    assert not prompt_of(win).isVisible()  # a full stretch again after "Not now"
    clock.now += 60
    wellbeing.check()
    assert prompt_of(win).isVisible()


def test_the_organisation_locks_the_break_policy(qtbot: QtBot, tmp_path: Path) -> None:
    policy = SettingsPolicy(locked={"wellbeing/break_after_warnings": 1,
                                    "wellbeing/break_after_minutes": 30})
    settings = UiSettings(tmp_path / "ui.ini", policy=policy)
    settings.update(break_after_warnings=0, break_after_minutes=0)  # the user tries: ignored
    assert (settings.break_after_warnings, settings.break_after_minutes) == (1, 30)
    dialog = SettingsDialog(settings, FakePlayer())
    qtbot.addWidget(dialog)
    assert not dialog.break_warnings.isEnabled()
    assert not dialog.break_minutes.isEnabled()
    assert dialog.break_minutes.text() == "30 min of work"
    win = open_window(qtbot, warned_backend(2), settings)
    assert prompt_of(win).isVisible()  # the first warned clip is enough


def test_the_break_settings_are_in_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    settings = UiSettings(tmp_path / "ui.ini")
    assert (settings.break_after_minutes, settings.break_after_warnings) == (50, 5)
    dialog = SettingsDialog(settings, FakePlayer())
    qtbot.addWidget(dialog)
    dialog.break_minutes.setValue(0)
    assert dialog.break_minutes.text() == "Never"
    dialog.break_warnings.setValue(3)
    dialog.save()
    assert (settings.break_after_minutes, settings.break_after_warnings) == (0, 3)
    settings.update(break_after_minutes=10_000)
    assert settings.break_after_minutes == 480


@pytest.mark.parametrize("reason", ["worked", "warnings"])
def test_a_suggestion_never_shows_during_a_break(qtbot: QtBot, settings: UiSettings,
                                                 reason: str) -> None:
    settings.update(break_after_minutes=1, break_after_warnings=1)
    win = open_window(qtbot, FakeBackend(clips=2), settings)
    clock = Clock()
    win.wellbeing.clock = clock
    win.wellbeing.start()
    if reason == "worked":
        clock.now += 3600
    else:
        win.wellbeing.prompts.warning_clip(99)
    win.wellbeing.check()
    assert not prompt_of(win).isVisible()


def test_a_foot_pedal_does_not_play_during_a_break(qtbot: QtBot,
                                                   settings: UiSettings) -> None:
    from reviewer.core.pedals import PedalButton
    from tests.ui.test_pedals import PedalBackend, send
    from tests.ui.test_pedals import open_window as open_pedal_window

    settings.update_pedals(enabled=True)
    backend = PedalBackend()
    win = open_pedal_window(qtbot, backend, settings)
    win.wellbeing.start()
    assert backend.player.state() is PlayerState.PAUSED
    send(qtbot, win, backend.source, PedalButton.MIDDLE, True)  # hold to play
    assert backend.player.state() is PlayerState.PAUSED
    send(qtbot, win, backend.source, PedalButton.MIDDLE, False)
    win.wellbeing.resume()
    send(qtbot, win, backend.source, PedalButton.MIDDLE, True)
    assert playing(backend)
    win.wellbeing.start()  # a break while the pedal is held down: it stops, and stays so
    assert backend.player.state() is PlayerState.PAUSED
    assert win.pedals is not None
    assert not win.pedals.enabled
    send(qtbot, win, backend.source, PedalButton.MIDDLE, False)
    send(qtbot, win, backend.source, PedalButton.MIDDLE, True)
    assert backend.player.state() is PlayerState.PAUSED
    send(qtbot, win, backend.source, PedalButton.MIDDLE, False)
    win.wellbeing.resume()
    assert win.pedals.enabled
