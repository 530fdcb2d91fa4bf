"""Speed: 0.5x to 2x in steps of 0.05, shown as the number the engine took.

Walks every step with the real AudioEngine (over a fake output the test pulls from, as
PortAudio would): each speed is accepted, rendered and heard at that rate, and the player's
box shows it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reviewer.audio.engine import AudioEngine
from reviewer.core.playback import MAX_SPEED, MIN_SPEED, SPEEDS
from reviewer.ui.qt_player_widget import PlayerWidget
from reviewer.ui.qt_settings import UiSettings
from tests.audio.conftest import wait_until
from tests.audio.fake_output import FakeBackend as FakeOutput
from tests.audio.fake_output import FakeStream
from tests.audio.signals import flac, speechlike
from tests.ui.fakes import FakePlayer

RATE = 16000
BLOCK = 1600  # output frames pulled per step: 0.1 s of output


@pytest.fixture
def output() -> FakeOutput:
    return FakeOutput()


@pytest.fixture
def engine(output: FakeOutput) -> Iterator[AudioEngine]:
    eng = AudioEngine(backend=output, lost_after_seconds=None, output_rate=RATE)
    wait_until(lambda: eng.device_status().available)
    yield eng
    eng.close()


def _stream(output: FakeOutput) -> FakeStream:
    wait_until(lambda: output.stream is not None)
    stream = output.stream
    assert stream is not None
    return stream


def _widget(qtbot: QtBot, player: AudioEngine | FakePlayer, tmp_path: Path) -> PlayerWidget:
    widget = PlayerWidget(player, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(widget)
    return widget


def _heard_at(engine: AudioEngine, stream: FakeStream, speed: float) -> float:
    """Play BLOCK output frames from 1.0 s once the rendition at `speed` is in; the clip
    seconds they covered."""
    t = engine.transport

    def rendered() -> bool:
        r = t.pending or t.rendition
        return r is not None and r.speed == speed and r.ready(r.locate(RATE)[0])

    wait_until(rendered, timeout=10.0)
    engine.seek(1.0)
    block = stream.pull(BLOCK)
    assert t.rendition is not None
    assert t.rendition.speed == speed
    assert abs(block).max() > 0.01  # sound, not the silence of a missing chunk
    return engine.position() - 1.0


def test_every_step_from_slowest_to_fastest_plays_and_is_shown(
        qtbot: QtBot, tmp_path: Path, engine: AudioEngine, output: FakeOutput) -> None:
    data = flac(speechlike(3.0, RATE), RATE)
    engine.preload("a", data)
    wait_until(lambda: engine.is_prepared("a"))
    engine.load("a", data)
    widget = _widget(qtbot, engine, tmp_path)
    widget.loaded()
    stream = _stream(output)
    engine.play()
    assert widget.speed_box.text() == "1.00×"
    widget.change_speed(-100)  # as many Slower presses as it takes: stops at the slowest
    assert engine.speed() == MIN_SPEED
    shown = [widget.speed_box.text()]
    played = [_heard_at(engine, stream, MIN_SPEED)]
    while engine.speed() < MAX_SPEED:
        widget.change_speed(+1)  # what the Faster action does
        shown.append(widget.speed_box.text())
        played.append(_heard_at(engine, stream, engine.speed()))
    assert shown == [f"{s:.2f}×" for s in SPEEDS]  # "0.50×", "0.55×", ... "2.00×"
    assert len(shown) == 31
    for speed, seconds in zip(SPEEDS, played, strict=True):
        # 0.1 s of output covers speed x 0.1 s of the clip.
        assert seconds == pytest.approx(speed * BLOCK / RATE, abs=0.002), speed
    widget.change_speed(+1)
    assert (engine.speed(), widget.speed_box.text()) == (MAX_SPEED, "2.00×")


def test_slower_steps_down_one_grid_step_at_a_time(qtbot: QtBot, tmp_path: Path,
                                                   engine: AudioEngine) -> None:
    widget = _widget(qtbot, engine, tmp_path)
    seen = []
    for _ in range(12):
        widget.change_speed(-1)
        seen.append((engine.speed(), widget.speed_box.text()))
    assert seen[:3] == [(0.95, "0.95×"), (0.9, "0.90×"), (0.85, "0.85×")]
    assert seen[-3:] == [(0.5, "0.50×")] * 3  # stops at the slowest


def test_a_typed_speed_goes_onto_the_grid(qtbot: QtBot, tmp_path: Path,
                                          engine: AudioEngine) -> None:
    widget = _widget(qtbot, engine, tmp_path)
    widget.speed_box.setValue(1.37)  # typed, or an arrow step off the grid
    assert engine.speed() == 1.35
    assert widget.speed_box.text() == "1.35×"
    assert widget.speed == 1.35


class StubbornPlayer(FakePlayer):
    """A player that holds back: at most 1.5x."""

    def set_speed(self, speed: float) -> None:
        super().set_speed(min(speed, 1.5))


def test_the_box_shows_the_speed_the_player_took(qtbot: QtBot, tmp_path: Path) -> None:
    player = StubbornPlayer()
    widget = _widget(qtbot, player, tmp_path)
    for _ in range(12):
        widget.change_speed(+1)
    assert player.speed() == 1.5
    assert widget.speed_box.text() == "1.50×"


def test_the_speed_stays_from_clip_to_clip(qtbot: QtBot, tmp_path: Path) -> None:
    player = FakePlayer()
    widget = _widget(qtbot, player, tmp_path)
    widget.change_speed(+3)
    player.load("next", b"")
    player.set_speed(1.0)  # a player that starts each clip at 1x
    widget.loaded()
    assert player.speed() == 1.15
    assert widget.speed_box.text() == "1.15×"
