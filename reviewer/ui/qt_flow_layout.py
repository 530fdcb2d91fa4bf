"""A row of controls that wraps onto more lines when the window is too narrow for it.

A translation can make a row of buttons half as long again (German, the pseudo locale), and
the windows must still fit a 1280x800 screen: a FlowLayout keeps its controls on one line
while they fit, as a QHBoxLayout would, and moves whole groups to the next line when not.
A group (a label and its field, say) never splits; the last group can keep to the right
edge, as after a stretch.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6,
                 group_spacing: int = 12) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self._items: list[QLayoutItem] = []
        self._groups: list[tuple[int, int]] = []  # [start, end) into _items
        self._right = False  # the last group keeps to the right edge
        self._spacing = spacing
        self._group_spacing = group_spacing

    def add_group(self, *widgets: QWidget, right: bool = False) -> None:
        """Widgets that stay together on one line; `right` for the last group only."""
        start = len(self._items)
        for widget in widgets:
            self.addChildWidget(widget)
            self._items.append(QWidgetItem(widget))
        self._groups.append((start, len(self._items)))
        self._right = right
        self.invalidate()

    # ------------------------------------------------------------ QLayout

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._groups.append((len(self._items) - 1, len(self._items)))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        groups = []
        for start, end in self._groups:
            start -= start > index
            end -= end > index
            if end > start:
                groups.append((start, end))
        self._groups = groups
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        widths = [self._group_size(g).width() for g in self._shown_groups()]
        height = max((self._group_size(g).height() for g in self._shown_groups()), default=0)
        width = sum(widths) + self._group_spacing * max(len(widths) - 1, 0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """As wide as the widest group (each on its own line)."""
        sizes = [self._group_size(g, minimum=True) for g in self._shown_groups()]
        return self._with_margins(QSize(max((s.width() for s in sizes), default=0),
                                        max((s.height() for s in sizes), default=0)))

    # ------------------------------------------------------------ arranging

    def _with_margins(self, size: QSize) -> QSize:
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown_groups(self) -> list[list[QLayoutItem]]:
        groups = [[item for item in self._items[start:end] if not item.isEmpty()]
                  for start, end in self._groups]
        return [g for g in groups if g]

    def _group_size(self, group: list[QLayoutItem], minimum: bool = False) -> QSize:
        sizes = [item.minimumSize() if minimum else item.sizeHint() for item in group]
        width = sum(s.width() for s in sizes) + self._spacing * (len(sizes) - 1)
        return QSize(width, max(s.height() for s in sizes))

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lays the groups out in `rect` (moving the widgets when `move`); the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        groups = self._shown_groups()
        lines: list[list[list[QLayoutItem]]] = [[]]
        used = 0
        for group in groups:
            width = self._group_size(group).width()
            gap = self._group_spacing if lines[-1] else 0
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used, gap = 0, 0
            lines[-1].append(group)
            used += gap + width
        y = area.top()
        for line in lines:
            if not line:
                continue
            height = max(self._group_size(g).height() for g in line)
            x = area.left()
            for n, group in enumerate(line):
                size = self._group_size(group)
                if self._right and group is groups[-1] and n == len(line) - 1:
                    x = max(x, area.right() + 1 - size.width())
                if move:
                    self._place(group, QPoint(x, y), height, area)
                x += size.width() + self._group_spacing
            y += height + self._spacing
        return y - self._spacing - area.top() + m.top() + m.bottom() if groups else 0

    def _place(self, group: list[QLayoutItem], at: QPoint, height: int, area: QRect) -> None:
        """Places a group's items from `at`, mirrored in a right-to-left layout."""
        parent = self.parentWidget()
        direction = (parent.layoutDirection() if parent is not None
                     else Qt.LayoutDirection.LeftToRight)
        x = at.x()
        for item in group:
            hint = item.sizeHint()
            width = min(hint.width(), max(item.minimumSize().width(), area.width()))
            top = at.y() + (height - hint.height()) // 2
            place = QRect(x, top, width, hint.height())
            item.setGeometry(QStyle.visualRect(direction, area, place))
            x += width + self._spacing
