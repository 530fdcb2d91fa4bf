"""Views in isolation: waveform input, player polling, settings persistence and remapping,
queue filter, import refusal, questions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from reviewer.core.package import Question, QuestionKind
from reviewer.core.playback import Peaks
from reviewer.ui.backend import ImportProgress, ImportSummary
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_settings_dialog import SettingsDialog
from reviewer.ui.qt_waveform import WaveformWidget
from reviewer.ui.qt_welcome_view import RefusedDialog
from tests.ui.conftest import settle
from tests.ui.fakes import FakeBackend, FakePlayer


def _waveform(qtbot: QtBot) -> WaveformWidget:
    w = WaveformWidget()
    qtbot.addWidget(w)
    w.resize(400, 100)
    w.show()
    qtbot.waitExposed(w)
    mins = tuple(-0.5 for _ in range(100))
    w.set_peaks(Peaks(16000, 160000, ((1600, mins, tuple(-m for m in mins)),)), 10.0)
    return w


def test_waveform_click_seeks_and_drag_loops(qtbot: QtBot) -> None:
    w = _waveform(qtbot)
    with qtbot.waitSignal(w.seek_requested) as seek:
        qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=QPoint(100, 50))
    assert abs(seek.args[0] - 2.5) < 0.05
    with qtbot.waitSignal(w.loop_selected) as loop:
        qtbot.mousePress(w, Qt.MouseButton.LeftButton, pos=QPoint(40, 50))
        qtbot.mouseMove(w, QPoint(120, 50))
        qtbot.mouseRelease(w, Qt.MouseButton.LeftButton, pos=QPoint(200, 50))
    start, end = loop.args[0]
    assert abs(start - 1.0) < 0.05
    assert abs(end - 5.0) < 0.05
    with qtbot.waitSignal(w.loop_selected) as cleared:
        qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert cleared.args == [None]


def test_waveform_zoom_follows_the_playhead(qtbot: QtBot) -> None:
    w = _waveform(qtbot)
    qtbot.keyClick(w, Qt.Key.Key_Plus)
    qtbot.keyClick(w, Qt.Key.Key_Plus)
    assert w.zoom == 4.0
    assert w.visible_seconds() == 2.5
    w.set_position(9.0)  # off screen: the view scrolls to it
    with qtbot.waitSignal(w.seek_requested) as seek:
        qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=QPoint(0, 50))
    assert 7.0 <= seek.args[0] <= 9.0
    w.grab()  # paints every level without error


def test_player_polls_position_while_playing(qtbot: QtBot, window: MainWindow,
                                             backend: FakeBackend) -> None:
    player: FakePlayer = backend.player
    player.seek(1.5)
    qtbot.waitUntil(lambda: window.player_widget.time_label.text().startswith("0:01.5"))
    assert window.player_widget._poll.isActive()
    assert window.player_widget._poll.interval() <= 33  # >= 30 Hz
    window.player_widget.pause()
    assert not window.player_widget._poll.isActive()


def test_no_audio_device_is_said_and_typing_still_works(qtbot: QtBot,
                                                        settings: UiSettings) -> None:
    backend = FakeBackend(clips=2, player=FakePlayer(available=False))
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    assert win.player_widget.device_label.isVisible()
    assert "No audio output device" in win.player_widget.device_label.text()
    qtbot.keyClicks(win.editor.editor, "still typing")
    assert win.model.annotation.transcript == "still typing"


def test_settings_persist_and_remap_a_shortcut(qtbot: QtBot, window: MainWindow,
                                               tmp_path: Path) -> None:
    dialog = SettingsDialog(window.settings, window.backend.player, window)
    qtbot.addWidget(dialog)
    dialog.jump.setValue(5.0)
    dialog.autoplay.setChecked(False)
    dialog.key_edits["skip"].setKeySequence(QKeySequence("Ctrl+Alt+K"))
    dialog.save()
    assert window.shortcuts["skip"].shortcut().toString() == "Ctrl+Alt+K"
    again = UiSettings(tmp_path / "settings.ini")  # what the next start reads
    assert again.jump_seconds == 5.0
    assert again.autoplay is False
    assert again.shortcut("skip") == "Ctrl+Alt+K"
    assert again.shortcut("submit_next") is None  # defaults are not written


def test_settings_refuse_a_key_used_twice(qtbot: QtBot, window: MainWindow) -> None:
    dialog = SettingsDialog(window.settings, window.backend.player, window)
    qtbot.addWidget(dialog)
    dialog.key_edits["skip"].setKeySequence(QKeySequence("Ctrl+Return"))
    dialog.save()
    assert "Ctrl+Return" in dialog.problem.text()
    assert window.shortcuts["skip"].shortcut().toString() == "Ctrl+Shift+K"


def test_unfinished_filter(qtbot: QtBot, window: MainWindow, backend: FakeBackend) -> None:
    qtbot.keyClicks(window.editor.editor, "done")
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.queue_view.list_model.rowCount() == 5
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.queue_view.list_model.rowCount() == 4
    assert "1 of 5 finished" in window.queue_view.summary.text()


def test_refused_import_shows_the_report(qtbot: QtBot, window: MainWindow,
                                         backend: FakeBackend) -> None:
    backend.refuse_next_import = True
    window.choose_import_path = lambda: Path("/somewhere/package.zip")
    with qtbot.waitSignal(window.import_finished) as done:
        window.shortcuts["import"].trigger()
    assert done.args == [False]
    dialog = window.refused_dialog
    assert isinstance(dialog, RefusedDialog)
    report = dialog.report.toPlainText()
    assert "clips.jsonl:3: device_id" in report
    assert "nothing was imported" in report
    assert window.model.counts().total == 5


def test_required_question_blocks_submit_until_answered(qtbot: QtBot,
                                                        settings: UiSettings) -> None:
    backend = FakeBackend(clips=0)
    backend.service.add_package(2, questions=(
        Question("intent", "Addressed on purpose?", QuestionKind.CHOICE, ("yes", "no"), True),
        Question("note", "Note", QuestionKind.TEXT)))
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    qtbot.keyClicks(win.editor.editor, "hello")
    win.submit()
    assert win.problems.text() == ("Not submitted: Answer the required question: Addressed on "
                                   "purpose?")
    combo = win.questions.fields["intent"]
    qtbot.keyClick(win.editor.editor, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert win.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClicks(win.questions.fields["note"], "fine")
    win.submit()
    settle(qtbot, win)
    assert backend.service.clips[1].annotation.answers == {"intent": "yes", "note": "fine"}


def test_import_runs_in_the_background_while_the_reviewer_types(
        qtbot: QtBot, window: MainWindow, backend: FakeBackend,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    release = threading.Event()
    original = backend.import_package

    def slow_import(path: Path, progress: ImportProgress) -> ImportSummary:
        progress(1, 4)
        assert release.wait(5)
        return original(path, progress)

    monkeypatch.setattr(backend, "import_package", slow_import)
    window.import_from(Path("/somewhere/pkg"))
    qtbot.waitUntil(lambda: window.import_bar.value() == 1)
    assert window.import_label.isVisible()
    assert not window.shortcuts["import"].isEnabled()  # one import at a time
    qtbot.keyClicks(window.editor.editor, "typing on")  # nothing modal in the way
    assert window.model.annotation.transcript == "typing on"
    with qtbot.waitSignal(window.import_finished):
        release.set()
    assert not window.import_label.isVisible()
    assert window.model.counts().total == 8


def test_voice_disguise_follows_the_package_policy(qtbot: QtBot, window: MainWindow,
                                                   backend: FakeBackend,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.core.package import Policy, VoiceDisguise

    calls: list[bool] = []
    monkeypatch.setattr(backend.player, "set_disguise", calls.append)
    pw = window.player_widget
    pw.set_policy(Policy())
    assert not pw.disguise_box.isVisibleTo(window)
    pw.set_policy(Policy(voice_disguise=VoiceDisguise.DEFAULT_ON))
    assert pw.disguise_box.isVisibleTo(window)
    assert pw.disguise_box.isChecked()
    assert calls[-1] is True
    pw.disguise_box.click()
    assert calls[-1] is False


def test_shortcut_list_shows_current_keys(qtbot: QtBot, window: MainWindow) -> None:
    from reviewer.ui.qt_settings_dialog import ShortcutsDialog

    window.settings.update(shortcuts={"skip": "Ctrl+Alt+K"})
    dialog = ShortcutsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert "Submit and next" in text
    assert "Ctrl+Alt+K" in text
    assert "Ctrl+Return" in text
