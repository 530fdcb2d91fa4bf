"""Replay the last seconds (a setting, 3 s by default) and loop the waveform's selection
(I and O at the playhead), through the real engine and through the window's keys."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer.audio.engine import AudioEngine
from reviewer.core.playback import DEFAULT_REPLAY_S, PlayerState
from reviewer.core.settings_policy import SettingsPolicy
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_player_widget import PlayerWidget
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_settings_dialog import SettingsDialog, ShortcutsDialog
from tests.audio.conftest import wait_until
from tests.audio.fake_output import FakeBackend as FakeOutput
from tests.audio.fake_output import FakeStream
from tests.audio.signals import flac, speechlike
from tests.ui.fakes import FakeBackend, FakePlayer

RATE = 16000


@pytest.fixture
def output() -> FakeOutput:
    return FakeOutput()


@pytest.fixture
def engine(output: FakeOutput) -> Iterator[AudioEngine]:
    eng = AudioEngine(backend=output, lost_after_seconds=None, output_rate=RATE)
    wait_until(lambda: eng.device_status().available)
    yield eng
    eng.close()


@pytest.fixture
def playing(qtbot: QtBot, tmp_path: Path, engine: AudioEngine,
            output: FakeOutput) -> tuple[PlayerWidget, FakeStream]:
    """A 4-second clip loaded into the real engine, shown by a player widget."""
    data = flac(speechlike(4.0, RATE), RATE)
    engine.preload("a", data)
    wait_until(lambda: engine.is_prepared("a"))
    engine.load("a", data)
    widget = PlayerWidget(engine, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(widget)
    widget.show()
    widget.loaded()
    wait_until(lambda: output.stream is not None)
    stream = output.stream
    assert stream is not None
    return widget, stream


def test_replay_goes_back_the_set_seconds_and_plays(playing: tuple[PlayerWidget, FakeStream],
                                                    engine: AudioEngine) -> None:
    widget, stream = playing
    assert widget.settings.replay_seconds == DEFAULT_REPLAY_S == 3.0
    assert widget.replay_last_button.text() == "Last 3 s"
    widget.play()
    stream.pull(int(3.5 * RATE))
    assert engine.position() == pytest.approx(3.5, abs=0.01)
    widget.replay_last_button.click()
    assert engine.position() == pytest.approx(0.5, abs=0.01)
    assert engine.state() is PlayerState.PLAYING
    stream.pull(int(0.25 * RATE))  # and it is heard from there
    assert engine.position() == pytest.approx(0.75, abs=0.01)

    widget.settings.update(replay_seconds=1.0)
    assert widget.replay_last_button.text() == "Last 1 s"
    stream.pull(RATE)
    widget.pause()
    assert engine.position() == pytest.approx(1.75, abs=0.01)
    widget.replay_last()  # from a pause: back from where it stopped, and playing
    assert engine.position() == pytest.approx(0.75, abs=0.01)
    assert engine.state() is PlayerState.PLAYING
    widget.replay_last()
    assert engine.position() == pytest.approx(0.0)  # never before the start


def test_i_and_o_loop_the_real_engine_and_replay_stays_in_the_loop(
        qtbot: QtBot, playing: tuple[PlayerWidget, FakeStream], engine: AudioEngine) -> None:
    widget, stream = playing
    wave = widget.waveform
    wave.setFocus()
    widget.seek(1.0)
    qtbot.keyClick(wave, Qt.Key.Key_I)
    widget.seek(2.0)
    qtbot.keyClick(wave, Qt.Key.Key_O)
    time = wave.selection.range
    assert time is not None
    assert (time.start, time.end) == pytest.approx((1.0, 2.0))
    widget.play()
    positions = []
    for _ in range(30):  # 3 s of output: the 1 s loop comes round three times
        stream.pull(RATE // 10)
        positions.append(engine.position())
    assert all(1.0 <= p < 2.0 + 1e-3 for p in positions)
    assert any(b < a for a, b in itertools.pairwise(positions))  # it wrapped
    assert engine.state() is PlayerState.PLAYING
    widget.replay_last()  # 3 s back, but the loop starts at 1.0
    assert engine.position() == pytest.approx(1.0, abs=0.01)
    qtbot.keyClick(wave, Qt.Key.Key_Escape)  # the loop ends with the selection
    assert wave.selection.range is None
    stream.pull(int(1.5 * RATE))
    assert engine.position() == pytest.approx(2.5, abs=0.02)


def test_replay_with_no_clip_does_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    player = FakePlayer()
    widget = PlayerWidget(player, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(widget)
    widget.replay_last()
    assert player.state() is PlayerState.EMPTY
    assert not widget.replay_last_button.isEnabled()


def test_the_replay_key_works_from_the_transcript(qtbot: QtBot, window: MainWindow,
                                                  backend: FakeBackend) -> None:
    window.settings.update(replay_seconds=1.0)
    window.player_widget.pause()
    window.player_widget.seek(1.75)
    window.editor.editor.setFocus()
    before = window.editor.editor.toPlainText()
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert backend.player.position() == pytest.approx(0.75)
    assert backend.player.state() is PlayerState.PLAYING
    assert window.editor.editor.toPlainText() == before  # the key is not typed
    playback = [a.text() for a in window.menus["&Playback"].actions()]
    assert playback.index("Replay the last seconds") == playback.index(
        "Replay from the start") + 1


def test_the_replay_length_is_a_setting_the_organisation_can_lock(qtbot: QtBot,
                                                                  tmp_path: Path) -> None:
    settings = UiSettings(tmp_path / "ui.ini")
    dialog = SettingsDialog(settings, FakePlayer())
    qtbot.addWidget(dialog)
    assert dialog.replay.value() == 3.0
    dialog.replay.setValue(5.0)
    dialog.save()
    assert UiSettings(tmp_path / "ui.ini").replay_seconds == 5.0
    settings.update(replay_seconds=500)
    assert settings.replay_seconds == 30.0  # clamped

    locked = UiSettings(tmp_path / "locked.ini",
                        policy=SettingsPolicy(locked={"playback/replay_seconds": 2}))
    locked.update(replay_seconds=9.0)
    assert locked.replay_seconds == 2.0
    dialog = SettingsDialog(locked, FakePlayer())
    qtbot.addWidget(dialog)
    assert not dialog.replay.isEnabled()


def test_f1_lists_the_new_keys_and_the_waveforms_own(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ShortcutsDialog(UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert "Replay the last seconds" in text
    assert "Ctrl+Shift+R" in text
    waveform = text[text.index("On the waveform"):]
    assert "I / O" in waveform
    assert "loops while playing" in waveform
    assert "Esc" in waveform  # Qt's own name for the key, as the menus show it
