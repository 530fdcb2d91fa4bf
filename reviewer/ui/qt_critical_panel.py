"""Critical data: the checkbox, its categories, and marking the selected words critical.

Marking a span ticks the box and its category; the span is highlighted by the editor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.annotation import Annotation, CriticalCategory, valid_spans
from reviewer.core.review import ClipView
from reviewer.ui.qt_common import buddy, button
from reviewer.ui.qt_review_model import ReviewModel

Selection = Callable[[], tuple[int, int]]


class CriticalPanel(QGroupBox):
    def __init__(self, model: ReviewModel, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)  # the checkbox below is the panel's visible title
        self.model = model
        self._selection = selection
        self._updating = False
        self.critical_box = QCheckBox()
        button(self.critical_box, "Critical data",
               "The speaker said something private: a name, account number, health detail, "
               "address, contact details or credentials (Ctrl+Shift+C)")
        bold = self.critical_box.font()
        bold.setBold(True)
        self.critical_box.setFont(bold)
        self.category_boxes: dict[CriticalCategory, QCheckBox] = {}
        grid = QGridLayout()
        for i, category in enumerate(CriticalCategory):
            box = QCheckBox()
            button(box, category.label)
            box.toggled.connect(lambda on, c=category: self._category_toggled(c, on))
            self.category_boxes[category] = box
            grid.addWidget(box, i // 2, i % 2)
        self.mark_category = QComboBox()
        for category in CriticalCategory:
            self.mark_category.addItem(category.label, category)
        self.mark_button = button(QPushButton(), "Mark selection",
                                  "Mark the selected words as critical data of this category "
                                  "(Ctrl+M)")
        self.spans_label = QLabel()
        self.spans_label.setAccessibleName("Marked spans")
        mark_row = QHBoxLayout()
        mark_row.addWidget(buddy("Categor&y", self.mark_category))
        mark_row.addWidget(self.mark_category, 1)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.mark_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.critical_box)
        layout.addLayout(grid)
        layout.addLayout(mark_row)
        layout.addLayout(button_row)
        layout.addWidget(self.spans_label)

        self.critical_box.toggled.connect(self._critical_toggled)
        self.mark_button.clicked.connect(self.mark_selection)
        model.annotation_changed.connect(self._show)
        model.clip_opened.connect(self._clip_opened)
        self._clip_opened(model.view)

    def _clip_opened(self, view: ClipView | None) -> None:
        self.setEnabled(view is not None)
        self._show(self.model.annotation)

    def _show(self, annotation: Annotation) -> None:
        self._updating = True
        try:
            self.critical_box.setChecked(annotation.critical)
            for category, box in self.category_boxes.items():
                box.setChecked(category in annotation.categories)
                box.setEnabled(annotation.critical)
            spans = valid_spans(annotation)
            self.spans_label.setText(
                "" if not spans else f"{len(spans)} marked span(s): "
                + ", ".join(sorted({s.category.label for s in spans})))
        finally:
            self._updating = False

    def _critical_toggled(self, on: bool) -> None:
        if self._updating:
            return
        a = self.model.annotation
        self.model.update(replace(a, critical=on) if on else
                          replace(a, critical=False, categories=frozenset(), spans=()))

    def _category_toggled(self, category: CriticalCategory, on: bool) -> None:
        if self._updating:
            return
        a = self.model.annotation
        categories = a.categories | {category} if on else a.categories - {category}
        self.model.update(replace(a, categories=frozenset(categories)))

    def toggle(self) -> None:
        self.critical_box.toggle()

    def mark_selection(self) -> bool:
        """Mark the editor's selection with the chosen category; False when nothing selected."""
        start, end = self._selection()
        a = self.model.annotation
        if self.model.view is None or start >= end:
            self.model.message.emit("Select the words to mark first (Shift+arrow keys).")
            return False
        category = CriticalCategory(self.mark_category.currentData())
        self.model.update(a.mark_span(start, end, category))
        return True
