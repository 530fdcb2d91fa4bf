"""Critical spans carry time (issue 13): the waveform's selection model, marking with a time
range (the selection, else when the words were typed, else none), and the span list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reviewer.core.annotation import CriticalCategory, TimeRange
from reviewer.core.playback import Peaks, PlayerState
from reviewer.core.time_selection import TimeSelection
from reviewer.core.typing_times import LEAD_S, TRAIL_S
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_settings import UiSettings
from reviewer.ui.qt_shortcuts import ACTIONS
from reviewer.ui.qt_waveform import SPAN_STRIP, WaveformWidget
from tests.ui.conftest import settle
from tests.ui.fakes import FakeBackend, FakePlayer

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def approx(time: TimeRange | None, start: float, end: float) -> bool:
    return time is not None and abs(time.start - start) < 1e-6 and abs(time.end - end) < 1e-6


# Reads as of now, in their declared types: after `assert x.attr == value` mypy keeps x.attr
# narrowed to that value's type even once a call has changed it.
def range_now(selection: TimeSelection) -> TimeRange | None:
    return selection.range


def bands_now(waveform: WaveformWidget) -> tuple[tuple[TimeRange, str], ...]:
    return waveform.bands


def loop_now(player: FakePlayer) -> tuple[float | None, float | None]:
    return player.loop


# ---------------------------------------------------------------- the waveform on its own
@pytest.fixture
def waveform(qtbot: QtBot) -> WaveformWidget:
    """A 10 s clip, 400 px wide (40 px a second), with its own selection model."""
    w = WaveformWidget(TimeSelection())
    qtbot.addWidget(w)
    w.resize(400, 100)
    w.show()
    qtbot.waitExposed(w)
    mins = tuple(-0.5 for _ in range(100))
    w.set_peaks(Peaks(16000, 160000, ((1600, mins, tuple(-m for m in mins)),)), 10.0)
    return w


def test_dragging_on_the_waveform_selects_in_the_model(qtbot: QtBot,
                                                       waveform: WaveformWidget) -> None:
    seen: list[TimeRange | None] = []
    waveform.selection.listen(seen.append)
    with qtbot.waitSignal(waveform.loop_selected) as loop:
        qtbot.mousePress(waveform, Qt.MouseButton.LeftButton, pos=QPoint(200, 50))
        qtbot.mouseMove(waveform, QPoint(120, 50))
        qtbot.mouseRelease(waveform, Qt.MouseButton.LeftButton, pos=QPoint(80, 50))
    assert approx(waveform.selection.range, 2.0, 5.0)  # dragged right to left
    assert seen == [waveform.selection.range]
    chosen = waveform.selection.range
    assert chosen is not None
    assert loop.args == [(chosen.start, chosen.end)]
    assert "Selected: 2.0–5.0 s" in waveform.accessibleDescription()


def test_a_click_seeks_and_keeps_the_selection(qtbot: QtBot, waveform: WaveformWidget) -> None:
    waveform.selection.select(1.0, 2.0)
    with qtbot.waitSignal(waveform.seek_requested) as seek:
        qtbot.mouseClick(waveform, Qt.MouseButton.LeftButton, pos=QPoint(300, 50))
    assert abs(seek.args[0] - 7.5) < 0.05
    assert waveform.selection.range == TimeRange(1.0, 2.0)


def test_keys_set_move_and_clear_the_selection(qtbot: QtBot, waveform: WaveformWidget) -> None:
    s = waveform.selection
    assert waveform.step() == 0.5  # a twentieth of the visible 10 s
    waveform.set_position(2.0)
    qtbot.keyClick(waveform, Qt.Key.Key_I)
    assert approx(s.range, 2.0, 10.0)  # start at the playhead, to the clip's end
    waveform.set_position(4.0)
    qtbot.keyClick(waveform, Qt.Key.Key_O)
    assert approx(s.range, 2.0, 4.0)
    qtbot.keyClick(waveform, Qt.Key.Key_Right, SHIFT)
    assert approx(s.range, 2.0, 4.5)  # Shift moves the end
    qtbot.keyClick(waveform, Qt.Key.Key_Left, CTRL | SHIFT)
    assert approx(s.range, 1.5, 4.5)  # Ctrl+Shift moves the start
    qtbot.keyClick(waveform, Qt.Key.Key_Right, CTRL | SHIFT)
    qtbot.keyClick(waveform, Qt.Key.Key_Left, SHIFT)
    assert approx(s.range, 2.0, 4.0)
    with qtbot.waitSignal(waveform.seek_requested) as seek:
        qtbot.keyClick(waveform, Qt.Key.Key_Left)  # plain arrows still seek
    assert seek.args == [3.5]
    assert approx(s.range, 2.0, 4.0)
    with qtbot.waitSignal(waveform.loop_selected) as cleared:
        qtbot.keyClick(waveform, Qt.Key.Key_Escape)
    assert cleared.args == [None]
    assert s.range is None


def test_the_edge_step_follows_the_zoom_but_never_drops_below_the_minimum(
        qtbot: QtBot, waveform: WaveformWidget) -> None:
    waveform.set_position(5.0)
    waveform.set_zoom(64)
    assert waveform.step() == 0.1
    waveform.selection.select(4.0, 6.0)
    qtbot.keyClick(waveform, Qt.Key.Key_Right, SHIFT)
    assert approx(waveform.selection.range, 4.0, 6.1)


def test_the_waveform_follows_changes_made_elsewhere(qtbot: QtBot,
                                                     waveform: WaveformWidget) -> None:
    with qtbot.waitSignal(waveform.loop_selected) as loop:
        waveform.selection.select(3.0, 4.0)  # e.g. a span chosen in the list
    assert loop.args == [(3.0, 4.0)]


def test_a_new_clip_starts_without_a_selection(waveform: WaveformWidget) -> None:
    peaks = waveform._peaks
    waveform.selection.select(1.0, 2.0)
    waveform.set_peaks(peaks, 10.0)  # the same clip's audio arriving again
    assert waveform.selection.range == TimeRange(1.0, 2.0)
    waveform.set_peaks(None, 0.0)
    assert range_now(waveform.selection) is None
    assert waveform.selection.duration == 0.0


def test_span_bands_are_drawn_named_and_described(qtbot: QtBot,
                                                  waveform: WaveformWidget) -> None:
    from reviewer.core.annotation import CriticalSpan

    spans = (CriticalSpan(0, 4, CriticalCategory.NAME, TimeRange(2.0, 4.0)),
             CriticalSpan(5, 9, CriticalCategory.FINANCIAL))  # no time: no band
    waveform.set_spans(spans)
    assert waveform.bands == ((TimeRange(2.0, 4.0), "Name"),)
    assert "Critical spans: Name 2.0–4.0 s" in waveform.accessibleDescription()
    assert waveform.band_at(120) == (TimeRange(2.0, 4.0), "Name")
    assert waveform.band_at(300) is None
    image = waveform.grab().toImage()
    assert image.pixelColor(150, 2) == SPAN_STRIP  # the band's title strip, at 3.75 s
    assert image.pixelColor(300, 2) != SPAN_STRIP
    waveform.set_spans(())
    assert bands_now(waveform) == ()
    assert "Critical spans" not in waveform.accessibleDescription()


def test_the_selection_model_outlives_its_view(qtbot: QtBot) -> None:
    model = TimeSelection()
    model.reset(10.0)
    w = WaveformWidget(model)
    w.deleteLater()
    qtbot.waitUntil(lambda: not model._listeners)
    model.select(1.0, 2.0)  # no deleted view is called


# ---------------------------------------------------------------- in the window
def select_text(window: MainWindow, start: int, end: int) -> None:
    edit = window.editor.editor
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def type_in(qtbot: QtBot, window: MainWindow, text: str) -> None:
    edit = window.editor.editor
    edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(edit, text)


def test_the_waveform_selection_loops_the_player(qtbot: QtBot, window: MainWindow,
                                                 backend: FakeBackend) -> None:
    window.time_selection.select(0.5, 1.5)
    assert backend.player.loop == (0.5, 1.5)
    window.time_selection.clear()
    assert loop_now(backend.player) == (None, None)


def test_i_and_o_in_the_window_select_at_the_playhead(qtbot: QtBot, window: MainWindow,
                                                      backend: FakeBackend) -> None:
    wave = window.player_widget.waveform
    wave.setFocus()
    window.player_widget.seek(0.5)
    qtbot.keyClick(wave, Qt.Key.Key_I)
    window.player_widget.seek(1.5)
    qtbot.keyClick(wave, Qt.Key.Key_O)
    assert approx(window.time_selection.range, 0.5, 1.5)
    assert backend.player.loop == (0.5, 1.5)
    assert "Selected audio: 0.5–1.5 s" in window.critical.selected_audio.text()


def test_marking_with_a_selection_stores_that_range(qtbot: QtBot, window: MainWindow) -> None:
    type_in(qtbot, window, "call anna now")
    window.time_selection.select(0.4, 1.1)
    select_text(window, 5, 9)
    window.shortcuts["mark_critical"].trigger()
    (span,) = window.model.annotation.spans
    assert (span.start, span.end, span.category) == (5, 9, CriticalCategory.NAME)
    assert approx(span.time, 0.4, 1.1)
    assert window.time_selection.range is None  # used up: the next span needs its own
    assert window.player_widget.waveform.bands == ((span.time, "Name"),)
    assert window.critical.spans_list.item(0).text() == "Name: “anna” · 0.4–1.1 s"
    assert not window.critical.untimed_label.isVisible()


def test_marking_typed_words_takes_the_time_they_were_typed(qtbot: QtBot,
                                                            window: MainWindow,
                                                            backend: FakeBackend) -> None:
    player = backend.player
    assert player.state() is PlayerState.PLAYING  # the fixture's clip auto-plays
    window.player_widget.seek(0.1)
    type_in(qtbot, window, "call ")
    window.player_widget.seek(0.9)
    type_in(qtbot, window, "an")
    window.player_widget.seek(1.1)
    type_in(qtbot, window, "na")
    select_text(window, 5, 9)
    window.critical.mark_button.click()
    (span,) = window.model.annotation.spans
    assert approx(span.time, 0.0, 1.1 + TRAIL_S)  # from 2 s before 0.9 s, clamped to 0


def test_typing_default_through_the_position_callable(qtbot: QtBot,
                                                      settings: UiSettings) -> None:
    backend = FakeBackend(clips=0)
    backend.service.add_package(2, seconds=10.0)
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    position: list[float | None] = [None]
    win.editor.playback_position = lambda: position[0]
    type_in(qtbot, win, "pay ")  # before playing: no time
    for at, ch in zip((6.0, 6.2, 6.4, 6.5), "bob!", strict=True):
        position[0] = at
        type_in(qtbot, win, ch)
    select_text(win, 4, 7)  # "bob"
    assert win.critical.mark_selection()
    assert approx(win.model.annotation.spans[0].time, 6.0 - LEAD_S, 6.4 + TRAIL_S)
    select_text(win, 0, 3)  # "pay": typed before the clip played
    assert win.critical.mark_selection()
    assert win.model.annotation.spans[0].time is None
    win.close()


def test_typing_before_the_clip_played_has_no_time(qtbot: QtBot, tmp_path: Path) -> None:
    settings = UiSettings(tmp_path / "ui.ini")
    settings.update(autoplay=False)
    backend = FakeBackend(clips=2)
    win = MainWindow(backend, settings)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, win)
    qtbot.waitUntil(lambda: backend.player.loaded != [])
    assert win.player_widget.heard_position() is None
    type_in(qtbot, win, "anna")
    select_text(win, 0, 4)
    win.critical.mark_selection()
    assert win.model.annotation.spans[0].time is None
    win.player_widget.play()
    assert win.player_widget.heard_position() == 0.0
    win.close()


def test_pasted_words_have_no_time_and_the_panel_says_so(qtbot: QtBot, window: MainWindow,
                                                         backend: FakeBackend) -> None:
    assert backend.player.state() is PlayerState.PLAYING
    window.player_widget.seek(1.0)
    QApplication.clipboard().setText("maria del gato")
    edit = window.editor.editor
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, CTRL)  # pasted while playing: not typed
    assert edit.toPlainText() == "maria del gato"
    select_text(window, 0, 5)
    window.critical.mark_selection()
    (span,) = window.model.annotation.spans
    assert span.time is None
    panel = window.critical
    assert panel.untimed_label.isVisible()
    assert "audio will not be exported" in panel.untimed_label.text()
    assert panel.spans_list.item(0).text().endswith("· no time")
    assert "no time" in panel.spans_list.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert window.player_widget.waveform.bands == ()  # nothing to draw


def test_the_automatic_transcript_has_no_time(qtbot: QtBot, window: MainWindow) -> None:
    window.player_widget.seek(1.0)
    window.shortcuts["start_from_auto"].trigger()
    text = window.editor.editor.toPlainText()
    select_text(window, 0, len(text.split()[0]))
    window.critical.mark_selection()
    assert window.model.annotation.spans[0].time is None


def test_choosing_a_span_fills_the_waveform_selection(qtbot: QtBot, window: MainWindow,
                                                      backend: FakeBackend) -> None:
    type_in(qtbot, window, "anna and bob")
    for (start, end), (t0, t1) in (((0, 4), (0.2, 0.6)), ((9, 12), (1.2, 1.8))):
        window.time_selection.select(t0, t1)
        select_text(window, start, end)
        window.critical.mark_selection()
    panel = window.critical
    assert panel.spans_list.count() == 2
    panel.spans_list.setFocus()
    qtbot.keyClick(panel.spans_list, Qt.Key.Key_Down)  # the first row
    qtbot.keyClick(panel.spans_list, Qt.Key.Key_Down)  # the second: bob
    assert panel.spans_list.currentRow() == 1
    assert approx(window.time_selection.range, 1.2, 1.8)
    assert backend.player.position() == pytest.approx(1.2)  # played from there
    assert backend.player.loop == pytest.approx((1.2, 1.8))


def test_set_span_time_from_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    QApplication.clipboard().setText("anna")
    window.editor.editor.setFocus()
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_V, CTRL)
    select_text(window, 0, 4)
    window.critical.mark_selection()
    assert window.model.annotation.spans[0].time is None
    panel = window.critical
    assert not panel.set_time_button.isEnabled()  # nothing selected on the waveform yet
    window.time_selection.select(0.3, 0.9)
    assert panel.set_time_button.isEnabled()
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_M, CTRL | SHIFT)  # the span at the cursor
    assert approx(window.model.annotation.spans[0].time, 0.3, 0.9)
    assert window.time_selection.range is None
    assert not panel.untimed_label.isVisible()
    assert panel.spans_list.item(0).text() == "Name: “anna” · 0.3–0.9 s"
    # Adjust it: choose it, widen the selection by keyboard on the waveform, store again.
    panel.spans_list.setCurrentRow(0)
    assert approx(window.time_selection.range, 0.3, 0.9)
    wave = window.player_widget.waveform
    wave.setFocus()
    qtbot.keyClick(wave, Qt.Key.Key_Right, SHIFT)
    widened = range_now(window.time_selection)
    assert widened is not None
    end = widened.end
    assert end > 0.9
    panel.set_time_button.click()
    assert approx(window.model.annotation.spans[0].time, 0.3, end)
    assert panel.spans_list.currentRow() == 0  # still the chosen span


def test_remove_unmarks_the_chosen_span(qtbot: QtBot, window: MainWindow) -> None:
    type_in(qtbot, window, "anna and bob")
    select_text(window, 0, 4)
    window.critical.mark_selection()
    select_text(window, 9, 12)
    window.critical.mark_selection()
    panel = window.critical
    panel.spans_list.setCurrentRow(1)
    panel.remove_button.click()
    (left,) = window.model.annotation.spans
    assert (left.start, left.end) == (0, 4)
    assert panel.spans_list.count() == 1
    window.shortcuts["remove_span"].trigger()  # the only one left
    assert window.model.annotation.spans == ()
    assert not panel.spans_list.isVisible()
    assert window.model.annotation.critical  # the box stays as the reviewer set it


def test_overlapping_words_are_not_marked_twice(qtbot: QtBot, window: MainWindow) -> None:
    type_in(qtbot, window, "maria del gato")
    select_text(window, 0, 9)
    assert window.critical.mark_selection()
    select_text(window, 6, 14)
    assert not window.critical.mark_selection()
    assert len(window.model.annotation.spans) == 1


def test_spans_keep_their_time_when_the_text_is_edited(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    type_in(qtbot, window, "anna")
    window.time_selection.select(0.2, 0.8)
    select_text(window, 0, 4)
    window.critical.mark_selection()
    edit = window.editor.editor
    edit.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(edit, "call ")
    (span,) = window.model.annotation.spans
    assert (span.start, span.end) == (5, 9)
    assert approx(span.time, 0.2, 0.8)
    assert window.player_widget.waveform.bands == ((span.time, "Name"),)


def test_a_new_clip_clears_the_selection_and_its_bands(qtbot: QtBot, window: MainWindow,
                                                       backend: FakeBackend) -> None:
    type_in(qtbot, window, "anna")
    window.time_selection.select(0.2, 0.8)
    select_text(window, 0, 4)
    window.critical.mark_selection()
    window.time_selection.select(1.0, 1.5)
    window.shortcuts["next_clip"].trigger()
    qtbot.waitUntil(lambda: len(backend.player.loaded) >= 2)
    assert window.time_selection.range is None
    assert window.player_widget.waveform.bands == ()
    assert window.critical.spans_list.count() == 0


def test_new_actions_have_keys_that_clash_with_nothing() -> None:
    keys = [QKeySequence(spec.default).toString() for spec in ACTIONS if spec.default]
    assert len(keys) == len(set(keys))
    by_id = {spec.id: spec for spec in ACTIONS}
    assert by_id["span_time"].default == "Ctrl+Shift+M"
    assert by_id["remove_span"].default == "Ctrl+Shift+Delete"


def test_the_new_actions_are_in_the_review_menu(window: MainWindow) -> None:
    texts = [a.text() for a in window.menus["&Review"].actions()]
    assert "Set span time from selection" in texts
    assert "Remove marked span" in texts


# ---------------------------------------------------------------- through the real vault
def test_span_time_survives_saving_and_reopening_in_the_vault(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    from tests.ui.real_backend import real_backend

    backend = real_backend()
    window = MainWindow(backend, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    try:
        window.show()
        settle(qtbot, window)
        qtbot.waitUntil(lambda: window.time_selection.duration > 0)
        first = window.model.current_id
        assert first is not None
        window.editor.playback_position = lambda: None  # typed without listening
        type_in(qtbot, window, "call anna")
        window.time_selection.select(0.25, 1.5)
        select_text(window, 5, 9)
        assert window.critical.mark_selection()
        select_text(window, 0, 4)
        assert window.critical.mark_selection()  # untimed
        window.shortcuts["next_clip"].trigger()
        settle(qtbot, window)
        assert not window.model.has_unsaved

        stored = backend.review.open_clip(first).annotation  # read back from the store
        assert [(s.start, s.end, s.time) for s in stored.spans] == [
            (0, 4, None), (5, 9, TimeRange(0.25, 1.5))]

        window.shortcuts["previous_clip"].trigger()
        settle(qtbot, window)
        assert window.model.current_id == first
        assert window.model.annotation.spans == stored.spans
        texts = [window.critical.spans_list.item(r).text() for r in range(2)]
        assert texts == ["Name: “call” · no time", "Name: “anna” · 0.2–1.5 s"]
        qtbot.waitUntil(lambda: window.player_widget.waveform.bands != ())
        assert window.player_widget.waveform.bands == ((TimeRange(0.25, 1.5), "Name"),)
    finally:
        window.close()
        backend.close()
