"""The spectrogram view: a toggle on the waveform area (button, Ctrl+G), computed by the
player's job on a worker thread, never the GUI's, and not inside the key press that changed
clip; a result for a clip that is no longer shown is dropped."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from reviewer.audio.engine import AudioEngine
from reviewer.core.playback import Spectrogram, SpectrogramJob
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_player_widget import PlayerWidget
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_waveform import COLOUR_TABLE, WaveformWidget
from tests.audio.conftest import wait_until
from tests.audio.fake_output import FakeBackend as FakeOutput
from tests.audio.signals import flac, tone
from tests.ui.conftest import settle
from tests.ui.fakes import FakeBackend, FakePlayer


def press_ctrl_g(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)


def shown_key(backend: FakeBackend) -> str:
    return backend.player.loaded[-1]


def spectral(wave: WaveformWidget) -> bool:
    """Read afresh (mypy would keep an earlier assert's narrowing of the property)."""
    return wave.view_spectrogram


def test_ctrl_g_shows_the_spectrogram_computed_on_a_worker(
        qtbot: QtBot, window: MainWindow, backend: FakeBackend) -> None:
    wave = window.player_widget.waveform
    assert not spectral(wave)
    text_before = window.editor.editor.toPlainText()
    press_ctrl_g(qtbot, window)
    assert window.editor.editor.toPlainText() == text_before  # not typed
    assert spectral(wave)
    assert window.player_widget.spectrogram_button.isChecked()
    qtbot.waitUntil(lambda: wave.spectrogram is not None)
    assert wave.spectrogram is backend.player.spectrograms[shown_key(backend)]
    (thread,) = backend.player.spectrogram_threads
    assert thread is not threading.main_thread()
    assert thread.name.startswith("op-spectrogram")
    # Drawn: the picture's colours, not the palette's base under a wave.
    image = wave.grab().toImage()
    middle = image.pixelColor(image.width() // 3, image.height() // 2)
    assert middle != wave.palette().base().color()
    assert middle != QColor(COLOUR_TABLE[0])  # a level above the quietest: the picture
    press_ctrl_g(qtbot, window)  # and back to the wave
    assert not spectral(wave)
    assert wave.grab().toImage().pixelColor(2, 2) == wave.palette().base().color()


def test_switching_clip_mid_computation_drops_the_stale_result(
        qtbot: QtBot, window: MainWindow, backend: FakeBackend,
        monkeypatch: pytest.MonkeyPatch) -> None:
    player, widget = backend.player, window.player_widget
    wave = widget.waveform
    drawn: list[Spectrogram | None] = []
    set_spectrogram = wave.set_spectrogram

    def record(spectrogram: Spectrogram | None) -> None:
        drawn.append(spectrogram)
        set_spectrogram(spectrogram)

    monkeypatch.setattr(wave, "set_spectrogram", record)
    player.spectrogram_gate = gate = threading.Event()
    first = shown_key(backend)
    widget.toggle_spectrogram()
    qtbot.waitUntil(lambda: len(player.spectrogram_threads) == 1)  # computing the first clip
    window.shortcuts["next_clip"].trigger()
    qtbot.waitUntil(lambda: shown_key(backend) != first)
    second = shown_key(backend)
    qtbot.wait(2 * 150)  # the second clip's job is asked for (and queued behind the first)
    gate.set()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: wave.spectrogram is not None)
    assert player.spectrograms[first] not in drawn  # never shown over the second clip
    assert wave.spectrogram is player.spectrograms[second]
    assert widget.stale_spectrograms == 1


def test_a_clip_switch_asks_for_nothing_inside_the_key_press(
        qtbot: QtBot, window: MainWindow, backend: FakeBackend,
        monkeypatch: pytest.MonkeyPatch) -> None:
    player = backend.player
    window.player_widget.toggle_spectrogram()
    qtbot.waitUntil(lambda: window.player_widget.waveform.spectrogram is not None)
    asked: list[str] = []
    make_job = player.spectrogram_job

    def counting() -> SpectrogramJob | None:
        asked.append(player.loaded[-1])
        return make_job()

    monkeypatch.setattr(player, "spectrogram_job", counting)
    qtbot.waitUntil(lambda: player.preloaded != [])  # the next clip is ready ahead
    settle(qtbot, window)
    loads = len(player.loaded)
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_BracketRight,
                   Qt.KeyboardModifier.ControlModifier)  # next clip
    assert len(player.loaded) == loads + 1  # loaded and drawn inside the key press ...
    assert window.player_widget.waveform._peaks is player.peaks()
    assert asked == []  # ... which returned without asking for its spectrogram
    assert window.player_widget.waveform.spectrogram is None  # the old picture is gone
    qtbot.waitUntil(lambda: window.player_widget.waveform.spectrogram is not None)
    assert asked == [player.loaded[-1]]


def test_quick_clip_switches_compute_only_the_clip_stopped_on(
        qtbot: QtBot, window: MainWindow, backend: FakeBackend) -> None:
    player = backend.player
    window.player_widget.toggle_spectrogram()
    qtbot.waitUntil(lambda: window.player_widget.waveform.spectrogram is not None)
    for _ in range(3):
        window.shortcuts["next_clip"].trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.player_widget.waveform.spectrogram is not None)
    assert set(player.spectrograms) == {player.loaded[0], player.loaded[-1]}


def test_turning_it_off_and_on_again_reuses_the_picture(qtbot: QtBot,
                                                        window: MainWindow,
                                                        backend: FakeBackend) -> None:
    widget = window.player_widget
    widget.toggle_spectrogram()
    qtbot.waitUntil(lambda: widget.waveform.spectrogram is not None)
    shown = widget.waveform.spectrogram
    widget.toggle_spectrogram()
    widget.toggle_spectrogram()
    assert widget.waveform.spectrogram is shown  # at once, no second job
    assert len(backend.player.spectrogram_threads) == 1


class FailingPlayer(FakePlayer):
    def spectrogram_job(self) -> SpectrogramJob | None:
        def job() -> Spectrogram:
            raise MemoryError

        return job


def test_a_failed_computation_goes_back_to_the_wave(qtbot: QtBot, tmp_path: Path) -> None:
    player = FailingPlayer()
    widget = PlayerWidget(player, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(widget)
    player.load("a", b"")
    widget.loaded()
    widget.toggle_spectrogram()
    qtbot.waitUntil(lambda: not widget.spectrogram_button.isChecked())
    assert not widget.waveform.view_spectrogram
    assert widget.waveform.spectrogram is None


@pytest.fixture
def engine() -> Iterator[AudioEngine]:
    eng = AudioEngine(backend=FakeOutput(), lost_after_seconds=None, output_rate=16000)
    yield eng
    eng.close()


def test_the_real_engines_spectrogram_reaches_the_view(qtbot: QtBot, tmp_path: Path,
                                                       engine: AudioEngine) -> None:
    data = flac(tone(1000.0, 2.0, 16000), 16000)
    engine.preload("a", data)
    wait_until(lambda: engine.is_prepared("a"))
    engine.load("a", data)
    widget = PlayerWidget(engine, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(widget)
    widget.resize(600, 120)
    widget.show()
    widget.loaded()
    widget.toggle_spectrogram()
    qtbot.waitUntil(lambda: widget.waveform.spectrogram is not None, timeout=10000)
    job = engine.spectrogram_job()
    assert job is not None
    assert widget.waveform.spectrogram is job()  # the one the engine keeps with the clip
    # The tone is a bright line across the picture at 1 kHz of 8 kHz: near the bottom.
    image = widget.waveform.grab().toImage()
    height = image.height()
    line = round(height * (1 - 1000 / 8000)) - 1
    bright = image.pixelColor(image.width() // 2, line).lightness()
    dark = image.pixelColor(image.width() // 2, height // 4).lightness()
    assert bright > dark + 60


def test_the_zoom_menu_zooms_in_out_and_back_to_the_whole_clip(qtbot: QtBot,
                                                               window: MainWindow) -> None:
    widget = window.player_widget
    assert widget.zoom_button.menu() is not None
    widget.zoom_in_action.trigger()
    widget.zoom_in_action.trigger()
    assert widget.waveform.zoom == 4.0
    widget.zoom_out_action.trigger()
    assert widget.waveform.zoom == 2.0
    widget.zoom_whole_action.trigger()
    assert widget.waveform.zoom == 1.0
