"""The queue: every imported clip as "package · n / total", its status and duration.

No upstream clip id, file name or package id exists here: the model only has ClipSummary.
Enter or a click opens a clip; "Show unfinished clips only" filters.

A workspace may hold 100,000 clips, so nothing here holds or walks the whole queue: the row
count comes from the counts, rows are read a page at a time when Qt asks for them (and a few
pages are kept), a status change patches the one row it touches, and the current clip's row
is found in the pages read or asked of the vault. The view is a one-column QTableView rather
than a QListView: a list view lays out every row again after any change (two Python calls
per row: about 0.3 s at 100,000 rows), a table view's fixed-height rows need no layout.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.annotation import ClipStatus
from reviewer.core.review import ClipSummary, StatusCounts
from reviewer.ui.accessibility import status_label
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, number, translate
from reviewer.ui.qt_common import buddy, button
from reviewer.ui.qt_review_model import ReviewModel

STATUS_TEXT = {
    ClipStatus.NEW: QT_TRANSLATE_NOOP("QueueView", "new"),
    ClipStatus.DRAFT: QT_TRANSLATE_NOOP("QueueView", "draft"),
    ClipStatus.DONE: QT_TRANSLATE_NOOP("QueueView", "done"),
    ClipStatus.SKIPPED: QT_TRANSLATE_NOOP("QueueView", "skipped"),
    ClipStatus.ESCALATED: QT_TRANSLATE_NOOP("QueueView", "escalated"),
}
LOCAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_ROWS = 128  # rows read at a time: more than a screenful
KEPT_PAGES = 32  # pages kept (the least recently used go first)


def clip_label(clip: ClipSummary, packages: int) -> str:
    where = f"{number(clip.ordinal)} / {number(clip.package_total)}"
    if packages > 1:
        where = translate("QueueView", "Package {package} · {clip}").format(
            package=number(clip.package_number), clip=where)
    warn = translate("QueueView", " · warning") if clip.content_warning else ""
    if clip.locked:
        warn += translate("QueueView", " · locked")
    seconds = round(clip.duration)
    status = translate("QueueView", STATUS_TEXT[clip.status])
    return f"{where} · {status} · {seconds // 60}:{seconds % 60:02d}{warn}"


class QueueModel(QAbstractTableModel):
    """The queue (or its unfinished part) read lazily through the review model."""

    def __init__(self, source: ReviewModel) -> None:
        super().__init__()
        self._source = source
        self._size = 0
        self._packages = 1
        self.unfinished_only = False
        self._pages: OrderedDict[int, list[ClipSummary]] = OrderedDict()
        self._rows: dict[int, int] = {}  # local id -> row, for the clips in `_pages`

    def reset(self, unfinished_only: bool | None = None) -> None:
        """Read the queue's shape again (after an import, a purge, a filter change)."""
        self.beginResetModel()
        if unfinished_only is not None:
            self.unfinished_only = unfinished_only
        counts = self._source.counts()
        self._size = counts.size(self.unfinished_only)
        self._packages = counts.packages
        self._pages.clear()
        self._rows.clear()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else self._size

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 1

    def summary(self, row: int) -> ClipSummary | None:
        if not 0 <= row < self._size:
            return None
        page_no = row // PAGE_ROWS
        page = self._pages.get(page_no)
        if page is None:
            page = self._source.queue_rows(page_no * PAGE_ROWS, PAGE_ROWS,
                                           self.unfinished_only)
            self._pages[page_no] = page
            self._rows.update((c.local_id, page_no * PAGE_ROWS + i) for i, c in enumerate(page))
            while len(self._pages) > KEPT_PAGES:
                _old, dropped = self._pages.popitem(last=False)
                for clip in dropped:
                    del self._rows[clip.local_id]
        else:
            self._pages.move_to_end(page_no)
        i = row - page_no * PAGE_ROWS
        return page[i] if i < len(page) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        LOCAL_ID_ROLE):
            return None
        clip = self.summary(index.row())
        if clip is None:
            return None
        return clip.local_id if role == LOCAL_ID_ROLE else clip_label(clip, self._packages)

    def _cached_row(self, local_id: int) -> tuple[int, int, int] | None:
        """(row, page number, index in the page) of a clip in the pages read."""
        row = self._rows.get(local_id)
        if row is None:
            return None
        return row, row // PAGE_ROWS, row % PAGE_ROWS

    def row_of(self, local_id: int | None) -> int:
        if local_id is None:
            return -1
        cached = self._cached_row(local_id)
        if cached is not None:
            return cached[0]
        return self._source.queue_row_of(local_id, self.unfinished_only)

    def patch(self, local_id: int, status: ClipStatus) -> None:
        """One clip's status changed. In the unfinished view a clip that finished leaves it
        (and one that is unfinished again comes back): the shape changed, read it again."""
        if self.unfinished_only and self._size != self._source.counts().unfinished:
            self.reset()
            return
        cached = self._cached_row(local_id)
        if cached is None:
            return  # read fresh when Qt asks for it
        row, page_no, i = cached
        page = self._pages[page_no]
        page[i] = replace(page[i], status=status)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)


class QueueView(QWidget):
    def __init__(self, model: ReviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.list_model = QueueModel(model)
        self.list = QTableView()
        self.list.setModel(self.list_model)
        self._configure(self.list)
        self.title = buddy(translate("QueueView", "&Queue"), self.list)
        self.unfinished_only = QCheckBox()
        button(self.unfinished_only, translate("QueueView", "Show unfinished clips only"))
        self.summary = QLabel()
        status_label(self.summary, translate("QueueView", "Queue summary"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.unfinished_only)
        layout.addWidget(self.summary)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.unfinished_only.toggled.connect(self._filter)
        model.queue_changed.connect(self._rebuild)
        model.status_changed.connect(self._patched)
        model.counts_changed.connect(self._show_counts)
        model.clip_opened.connect(lambda _v: self._select_current())
        self._rebuild()

    @staticmethod
    def _configure(table: QTableView) -> None:
        """A table that looks and behaves like a list: one column, no headers or grid, one
        row selected, rows of one fixed height, Tab leaves it."""
        table.horizontalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 6)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _rebuild(self) -> None:
        self.list_model.reset()
        self._show_counts(self.model.counts())
        self._select_current()

    def _filter(self, unfinished_only: bool) -> None:
        self.list_model.reset(unfinished_only)
        self._select_current()

    def _patched(self, local_id: int, status: ClipStatus) -> None:
        self.list_model.patch(local_id, status)
        if self.list_model.unfinished_only:
            self._select_current()

    def _show_counts(self, counts: StatusCounts) -> None:
        self.summary.setText(translate("QueueView", "{finished} of {total} finished").format(
            finished=number(counts.finished), total=number(counts.total)))

    def _select_current(self) -> None:
        row = self.list_model.row_of(self.model.current_id)
        if row >= 0:
            index = self.list_model.index(row, 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)

    def _activated(self, index: QModelIndex) -> None:
        local_id = self.list_model.data(index, LOCAL_ID_ROLE)
        if local_id is not None:
            self.model.open(int(local_id))
