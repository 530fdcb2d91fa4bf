"""The window with the real audio engine playing into the PulseAudio null sink: the demo's
first clip auto-plays, the playhead moves at >= 30 Hz, submit-and-next plays the next clip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer.audio.engine import AudioEngine
from reviewer.core.playback import PlayerState
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from tests.ui.real_backend import real_backend

pytestmark = [pytest.mark.audio_server, pytest.mark.gui]


@pytest.fixture
def engine(audio_server: str) -> Iterator[AudioEngine]:
    e = AudioEngine()
    yield e
    e.close()


def test_demo_plays_through_the_real_engine(qtbot: QtBot, tmp_path: Path,
                                            engine: AudioEngine) -> None:
    backend = real_backend(player=engine)
    window = MainWindow(backend, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: engine.device_status().available, timeout=10000)
    qtbot.waitUntil(lambda: engine.state() is PlayerState.PLAYING, timeout=10000)
    qtbot.waitUntil(lambda: window.player_widget.play_button.text() == "Pause", timeout=1000)
    qtbot.waitUntil(lambda: engine.position() > 0.2, timeout=3000)
    assert window.player_widget._poll.isActive()
    assert window.player_widget._poll.interval() <= 33  # >= 30 Hz while playing
    before = window.player_widget.time_label.text()
    qtbot.waitUntil(lambda: window.player_widget.time_label.text() != before, timeout=1000)
    # The engine decodes asynchronously: the waveform arrives with its "loaded" event.
    qtbot.waitUntil(lambda: window.player_widget.waveform._peaks is not None, timeout=3000)
    first_key = engine.current_key()
    qtbot.keyClicks(window.editor.editor, "hey nova set a timer")
    if window.model.view and any(q.required for q in window.model.view.questions):
        for q in window.model.view.questions:
            if q.required:
                window.questions.fields[q.id].setFocus()
                qtbot.keyClick(window.questions.fields[q.id], Qt.Key.Key_Down)
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: engine.current_key() not in (None, first_key), timeout=5000)
    qtbot.waitUntil(lambda: engine.state() is PlayerState.PLAYING, timeout=5000)
    window.close()
    backend.close()
