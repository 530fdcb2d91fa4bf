"""The queue view over a large queue: rows read a page at a time, never the whole queue; the
current clip's row found and shown wherever it is; a submit patches one row; the unfinished
view loses a clip as it is finished."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer.core.annotation import ClipStatus
from reviewer.ui.qt_main_window import MainWindow
from reviewer.ui.qt_queue_view import LOCAL_ID_ROLE, PAGE_ROWS, QueueView
from reviewer.ui.qt_settings import UiSettings
from tests.ui.conftest import settle
from tests.ui.fakes import FakeBackend

CLIPS = 6_000  # two packages of 3,000
DONE_BEFORE = 4_000  # the reviewer finished these on earlier days


def _big_window(qtbot: QtBot, settings: UiSettings) -> tuple[MainWindow, FakeBackend]:
    backend = FakeBackend(clips=0)
    backend.service.add_package(CLIPS // 2)
    backend.service.add_package(CLIPS // 2)
    for local_id in range(1, DONE_BEFORE + 1):
        backend.service.clips[local_id].status = ClipStatus.DONE
    window = MainWindow(backend, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: backend.player.loaded != [])
    settle(qtbot, window)
    return window, backend


def _current_row(view: QueueView) -> tuple[int, int | None]:
    index = view.list.currentIndex()
    return index.row(), view.list_model.data(index, LOCAL_ID_ROLE)


def _rows_read(backend: FakeBackend) -> int:
    return sum(count for _start, count, _only in backend.service.queue_reads)


def test_only_the_pages_shown_are_read(qtbot: QtBot, settings: UiSettings) -> None:
    window, backend = _big_window(qtbot, settings)
    view = window.queue_view
    assert view.list_model.rowCount() == CLIPS
    assert window.model.current_id == DONE_BEFORE + 1  # the first unfinished clip
    assert _current_row(view) == (DONE_BEFORE, DONE_BEFORE + 1)  # selected where it is
    first = view.list.rowAt(0)
    assert DONE_BEFORE - 40 < first <= DONE_BEFORE  # and scrolled to
    assert view.list_model.data(view.list_model.index(first, 0),
                                Qt.ItemDataRole.DisplayRole).startswith("Package 2 ·")
    assert all(count == PAGE_ROWS for _s, count, _o in backend.service.queue_reads)
    assert _rows_read(backend) <= 3 * PAGE_ROWS  # a screenful, not 6,000 rows
    assert "4,000 of 6,000 finished" in view.summary.text()  # QLocale: English groups


def test_a_submit_patches_one_row_and_reads_nothing_again(qtbot: QtBot,
                                                          settings: UiSettings) -> None:
    window, backend = _big_window(qtbot, settings)
    view = window.queue_view
    reads = list(backend.service.queue_reads)
    qtbot.keyClicks(window.editor.editor, "done")
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert backend.service.queue_reads == reads  # no page read again
    submitted = view.list_model.index(DONE_BEFORE, 0)
    assert " · done · " in view.list_model.data(submitted, Qt.ItemDataRole.DisplayRole)
    assert _current_row(view) == (DONE_BEFORE + 1, DONE_BEFORE + 2)
    assert "4,001 of 6,000 finished" in view.summary.text()


def test_the_unfinished_view_loses_a_clip_as_it_is_finished(qtbot: QtBot,
                                                            settings: UiSettings) -> None:
    window, _backend = _big_window(qtbot, settings)
    view = window.queue_view
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.list_model.rowCount() == CLIPS - DONE_BEFORE
    assert _current_row(view) == (0, DONE_BEFORE + 1)
    qtbot.keyClicks(window.editor.editor, "done")
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert view.list_model.rowCount() == CLIPS - DONE_BEFORE - 1
    assert _current_row(view) == (0, DONE_BEFORE + 2)
    window.model.open(DONE_BEFORE + 1)  # a finished clip is not in this view: nothing selected
    settle(qtbot, window)
    assert view.list_model.row_of(DONE_BEFORE + 1) == -1
    qtbot.keyClick(window.editor.editor, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.list_model.rowCount() == CLIPS
    assert _current_row(view) == (DONE_BEFORE, DONE_BEFORE + 1)


def test_activating_a_row_opens_its_clip(qtbot: QtBot, settings: UiSettings) -> None:
    window, _backend = _big_window(qtbot, settings)
    view = window.queue_view
    index = view.list_model.index(DONE_BEFORE + 3, 0)
    view.list.activated.emit(index)
    settle(qtbot, window)
    assert window.model.current_id == DONE_BEFORE + 4
    assert view.list_model.summary(CLIPS) is None  # past the end: nothing


def test_pages_kept_are_bounded_and_read_again_when_needed(qtbot: QtBot,
                                                          settings: UiSettings) -> None:
    from reviewer.ui.qt_queue_view import KEPT_PAGES

    window, backend = _big_window(qtbot, settings)
    model = window.queue_view.list_model
    for row in range(0, CLIPS, PAGE_ROWS):  # as if scrolled through the whole queue
        assert model.summary(row) is not None
    assert len(model._pages) == KEPT_PAGES
    assert sorted(model._rows.values()) == sorted(  # the index follows the pages kept
        row for page_no, page in model._pages.items()
        for row in range(page_no * PAGE_ROWS, page_no * PAGE_ROWS + len(page)))
    reads = len(backend.service.queue_reads)
    assert model.row_of(1) == 0  # evicted long ago: asked of the service, not guessed
    first = model.summary(0)
    assert first is not None
    assert first.local_id == 1
    assert len(backend.service.queue_reads) == reads + 1
