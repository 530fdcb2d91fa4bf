"""One submit-and-next renders each panel once and draws the next clip's waveform once
(issue 11: panels rendered twice per clip, and peaks were set twice per load)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer.core.playback import Peaks, PlayerState
from reviewer.ui.qt_critical_panel import CriticalPanel
from reviewer.ui.qt_flags_panel import FlagsPanel
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_questions_panel import QuestionsPanel
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_transcript_editor import TranscriptEditor
from reviewer.ui.qt_waveform import WaveformWidget
from tests.ui.conftest import settle
from tests.ui.fakes import FakeBackend

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _counting(counts: Counter[str], name: str, original: Callable[_P, _R]) -> Callable[_P, _R]:
    def counted(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        counts[name] += 1
        return original(*args, **kwargs)

    return counted


def test_submit_and_next_renders_each_panel_once(qtbot: QtBot, backend: FakeBackend,
                                                 settings: UiSettings,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    counts: Counter[str] = Counter()
    # Patched on the classes before the window connects its signals to the methods.
    for name, cls in (("critical", CriticalPanel), ("flags", FlagsPanel),
                      ("questions", QuestionsPanel), ("editor", TranscriptEditor)):
        monkeypatch.setattr(cls, "_show", _counting(counts, name, cls._show))
    drawn: list[object] = []
    original = WaveformWidget.set_peaks

    def set_peaks(self: WaveformWidget, peaks: Peaks | None, duration: float) -> None:
        before = self._peaks
        original(self, peaks, duration)
        if self._peaks is not before and self._peaks is not None:
            drawn.append(self._peaks)

    monkeypatch.setattr(WaveformWidget, "set_peaks", set_peaks)
    window = MainWindow(backend, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: backend.player.loaded == ["1"])
    qtbot.keyClicks(window.editor.editor, "lights on")
    settle(qtbot, window)
    counts.clear()
    drawn.clear()
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.current_id == 2 and len(drawn) >= 1, timeout=3000)
    settle(qtbot, window)
    assert counts == Counter({"critical": 1, "flags": 1, "questions": 1, "editor": 1})
    assert len(drawn) == 1
    assert backend.service.decryptions.count(2) == 1
    assert backend.service.openings == [1, 2]


def test_playing_time_ticks_lay_nothing_out(qtbot: QtBot, backend: FakeBackend,
                                            settings: UiSettings) -> None:
    """The time label changes ten times a second while a clip plays: a change of its text
    alone must not lay the window out again (a layout pass, and the repaint of whatever moved,
    each tick and on every clip switch)."""
    from PySide6.QtCore import QEvent, QObject

    window = MainWindow(backend, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: backend.player.loaded == ["1"])
    player = window.player_widget
    if backend.player.state() is not PlayerState.PLAYING:
        backend.player.play()
    qtbot.waitUntil(lambda: player.play_button.text() == "Pause")  # Play -> Pause lays out
    settle(qtbot, window)
    qtbot.wait(50)
    requests: list[str] = []

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                requests.append(type(obj).__name__)
            return False

    watch = Watch()
    player.installEventFilter(watch)  # the window's own may come from its other timers
    texts = set()
    for tenth in range(1, 13):
        backend.player.seek(tenth / 10)
        player._tick()
        texts.add(player.time_label.text())
    qtbot.wait(20)  # posted layout requests arrive
    assert len(texts) == 12  # the label did change every tick
    assert requests == []
    assert player.time_label.width() >= player.time_label.sizeHint().width()


def test_repeated_refreshes_leave_unchanged_transport_alone(qtbot: QtBot, backend: FakeBackend,
                                                             settings: UiSettings) -> None:
    """A clip switch refreshes the player several times; only a change of state touches its
    widgets (each Qt call lets another thread take the interpreter from the switch)."""
    window = MainWindow(backend, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: backend.player.loaded == ["1"])
    settle(qtbot, window)
    player = window.player_widget
    texts: list[str] = []
    set_text = player.play_button.setText

    def counted(text: str) -> None:
        texts.append(text)
        set_text(text)

    player.play_button.setText = counted  # type: ignore[method-assign]
    for _ in range(4):
        player.refresh()
    assert texts == []
    was_playing = backend.player.state() is PlayerState.PLAYING
    backend.player.toggle()  # an engine event: the state changed
    expected = "Play" if was_playing else "Pause"
    qtbot.waitUntil(lambda: texts == [expected])
    player.refresh()
    assert texts == [expected]
    assert player.play_button.text() == expected


def test_autoplay_starts_after_the_pending_repaint(qtbot: QtBot, backend: FakeBackend,
                                                  settings: UiSettings) -> None:
    """Starting playback primes the audio stream through the Python callback: a clip that
    opens starts once the window has shown it, not inside the key press before the repaint."""
    from PySide6.QtCore import QEvent, QObject

    window = MainWindow(backend, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: backend.player.loaded == ["1"])
    settle(qtbot, window)
    player = window.player_widget
    player.pause()
    qtbot.waitUntil(lambda: backend.player.state() is not PlayerState.PLAYING)
    settle(qtbot, window)
    events: list[str] = []

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.UpdateRequest:
                events.append("repaint")
            return False

    watch = Watch()
    window.installEventFilter(watch)
    backend.player.listeners.append(
        lambda event: events.append("play") if event == "state"
        and backend.player.state() is PlayerState.PLAYING else None)
    window.editor.editor.update()  # what a clip switch leaves to repaint
    player.autoplay()
    assert events == []  # not inside the call
    qtbot.waitUntil(lambda: "play" in events, timeout=3000)
    assert events.index("repaint") < events.index("play")
