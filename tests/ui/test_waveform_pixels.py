"""The waveform's per-pixel ranges, computed with numpy, agree with the plain per-column loop
they replace (which drew 640 lines with a Python min and max each, every repaint), at every
zoom, scroll position and width, and the widget draws the wave where the audio is."""

from __future__ import annotations

import random

import pytest
from pytestqt.qtbot import QtBot

from reviewer.core.playback import Peaks
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_waveform import WaveformWidget, pixel_ranges
from tests.ui.fakes import FakeBackend


def _reference(peaks: Peaks, width: int, zoom: float, offset: float
               ) -> tuple[list[float], list[float]]:
    per_px = peaks.frames / zoom / width
    level = peaks.levels[0]
    for candidate in peaks.levels:
        if candidate[0] <= per_px:
            level = candidate
    spb, mins, maxs = level
    first = offset * peaks.sample_rate
    lo, hi = [], []
    for px in range(width):
        a = int((first + px * per_px) / spb)
        b = max(int((first + (px + 1) * per_px) / spb), a + 1)
        if a >= len(mins):
            break
        lo.append(min(mins[a:b]))
        hi.append(max(maxs[a:b]))
    return lo, hi


def _peaks(seconds: float, rate: int = 16_000, seed: int = 1) -> Peaks:
    rng = random.Random(seed)
    frames = int(seconds * rate)
    levels = []
    for spb in (64, 256, 1024, 4096):
        n = -(-frames // spb)
        mins = tuple(-rng.random() for _ in range(n))
        maxs = tuple(rng.random() for _ in range(n))
        levels.append((spb, mins, maxs))
    return Peaks(sample_rate=rate, frames=frames, levels=tuple(levels))


@pytest.mark.parametrize("seconds", [0.3, 4.0, 17.5])
@pytest.mark.parametrize("width", [1, 97, 640, 1913])
@pytest.mark.parametrize("zoom", [1.0, 2.0, 7.5, 64.0])
def test_numpy_ranges_match_the_loop(seconds: float, width: int, zoom: float) -> None:
    peaks = _peaks(seconds)
    for offset in (0.0, seconds / 3, max(seconds - seconds / zoom, 0.0)):
        lo, hi = pixel_ranges(peaks, width, zoom, offset)
        want_lo, want_hi = _reference(peaks, width, zoom, offset)
        assert lo.tolist() == want_lo
        assert hi.tolist() == want_hi


def test_past_the_end_nothing_is_drawn() -> None:
    peaks = _peaks(1.0)
    lo, hi = pixel_ranges(peaks, 100, 1.0, 5.0)  # scrolled past the audio
    assert len(lo) == len(hi) == 0


def test_the_wave_is_drawn_and_kept_for_the_playhead(qtbot: QtBot) -> None:
    widget = WaveformWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 100)
    widget.show()
    qtbot.waitExposed(widget)
    flat = Peaks(16_000, 16_000, ((64, (-0.5,) * 250, (0.5,) * 250),))
    widget.set_peaks(flat, 1.0)
    image = widget.grab().toImage()
    wave = widget.palette().highlight().color().rgb() & 0xFFFFFF
    column = [image.pixel(200, y) & 0xFFFFFF for y in range(100)]
    covered = [y for y, c in enumerate(column) if c == wave]
    assert covered[0] in (24, 25)  # from +0.5
    assert covered[-1] in (74, 75)  # down to -0.5
    first = widget._wave
    widget.set_position(0.5)  # the playhead moves: the wave is not drawn again
    widget.grab()
    assert widget._wave is first
    widget.set_zoom(2.0)
    widget.grab()
    assert widget._wave is not first


def test_the_next_clip_is_drawn_ahead_and_opening_it_only_copies(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    widget = WaveformWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 100)
    widget.show()
    qtbot.waitExposed(widget)
    now = Peaks(16_000, 16_000, ((64, (-0.5,) * 250, (0.5,) * 250),))
    following = Peaks(16_000, 32_000, ((64, (-0.25,) * 500, (0.25,) * 500),))
    widget.set_peaks(now, 1.0)
    widget.grab()
    widget.prepare(following)  # while the reviewer listens to `now`
    renders: list[Peaks] = []
    real = WaveformWidget._render

    def counted(self: WaveformWidget, peaks: Peaks, zoom: float, offset: float) -> object:
        renders.append(peaks)
        return real(self, peaks, zoom, offset)

    monkeypatch.setattr(WaveformWidget, "_render", counted)
    widget.set_position(0.3)
    widget.grab()
    widget.set_peaks(following, 2.0)  # the next clip opens
    image = widget.grab().toImage()
    assert renders == []  # both waves were ready: nothing drawn on the way
    wave = widget.palette().highlight().color().rgb() & 0xFFFFFF
    covered = [y for y in range(100) if image.pixel(200, y) & 0xFFFFFF == wave]
    assert covered[0] in (37, 38)  # the next clip's wave (+-0.25), not the last one's
    widget.resize(300, 100)  # a new size: drawn again, once
    widget.grab()
    assert renders == [following]


def test_the_next_wave_is_drawn_once_the_engine_has_decoded_it(
        qtbot: QtBot, window: MainWindow, backend: FakeBackend,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine decodes a preload on its own thread: its peaks may come after the loop says
    the clip is preloaded. The player widget looks again until they are there."""
    player = backend.player
    player.preloaded.append("3")  # the loop handed it to the engine...
    decoded: set[str] = set()  # ...which has not decoded it yet
    real = player.prepared_peaks
    monkeypatch.setattr(player, "prepared_peaks",
                        lambda key: real(key) if key in decoded else None)
    wave = window.player_widget.waveform

    def ahead() -> Peaks | None:
        return None if wave._ahead is None else wave._ahead[0]

    window.player_widget.prepare("3")
    assert ahead() is None
    decoded.add("3")
    qtbot.waitUntil(lambda: ahead() is not None, timeout=2000)
    assert ahead() is real("3")
