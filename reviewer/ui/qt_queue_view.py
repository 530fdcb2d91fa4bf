"""The queue: every imported clip as "package · n / total", its status and duration.

No upstream clip id, file name or package id exists here: the model only has ClipSummary.
Enter or a click opens a clip; "Show unfinished clips only" filters.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QCheckBox, QLabel, QListView, QVBoxLayout, QWidget

from reviewer.core.annotation import ClipStatus
from reviewer.core.review import ClipSummary
from reviewer.ui.qt_common import buddy, button
from reviewer.ui.qt_review_model import ReviewModel

STATUS_TEXT = {
    ClipStatus.NEW: "new",
    ClipStatus.DRAFT: "draft",
    ClipStatus.DONE: "done",
    ClipStatus.SKIPPED: "skipped",
    ClipStatus.ESCALATED: "escalated",
}
LOCAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def clip_label(clip: ClipSummary, packages: int) -> str:
    where = f"{clip.ordinal} / {clip.package_total}"
    if packages > 1:
        where = f"Package {clip.package_number} · {where}"
    warn = " · warning" if clip.content_warning else ""
    if clip.locked:
        warn += " · locked"
    seconds = round(clip.duration)
    return f"{where} · {STATUS_TEXT[clip.status]} · {seconds // 60}:{seconds % 60:02d}{warn}"


class QueueModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ClipSummary] = []
        self._packages = 1

    def set_rows(self, rows: list[ClipSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._packages = len({r.package_number for r in rows})
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        clip = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return clip_label(clip, self._packages)
        if role == LOCAL_ID_ROLE:
            return clip.local_id
        return None

    def row_of(self, local_id: int | None) -> int:
        return next((i for i, c in enumerate(self._rows) if c.local_id == local_id), -1)


class QueueView(QWidget):
    def __init__(self, model: ReviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.list_model = QueueModel()
        self.list = QListView()
        self.list.setModel(self.list_model)
        self.list.setUniformItemSizes(True)  # fast with thousands of clips
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.title = buddy("&Queue", self.list)
        self.unfinished_only = QCheckBox()
        button(self.unfinished_only, "Show unfinished clips only")
        self.summary = QLabel()
        self.summary.setAccessibleName("Queue summary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.unfinished_only)
        layout.addWidget(self.summary)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.unfinished_only.toggled.connect(lambda _on: self._rebuild())
        model.queue_changed.connect(self._rebuild)
        model.clip_opened.connect(lambda _v: self._select_current())
        self._rebuild()

    def _rebuild(self) -> None:
        rows = self.model.queue
        if self.unfinished_only.isChecked():
            rows = [c for c in rows if not c.status.finished]
        self.list_model.set_rows(rows)
        finished = sum(1 for c in self.model.queue if c.status.finished)
        self.summary.setText(f"{finished} of {len(self.model.queue)} finished")
        self._select_current()

    def _select_current(self) -> None:
        row = self.list_model.row_of(self.model.current_id)
        if row >= 0:
            index = self.list_model.index(row)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)

    def _activated(self, index: QModelIndex) -> None:
        local_id = self.list_model.data(index, LOCAL_ID_ROLE)
        if local_id is not None:
            self.model.open(int(local_id))
