"""The waveform: playhead, click to seek, drag to select a loop region, zoom.

Signals:
    seek_requested(float): the reviewer clicked at this time (seconds).
    loop_selected(object): (start, end) seconds after a drag, or None when cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from reviewer.core.playback import Peaks

MAX_ZOOM = 64.0
DRAG_MIN_PX = 4


class WaveformWidget(QWidget):
    seek_requested = Signal(float)
    loop_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Waveform")
        self.setAccessibleDescription("Left and Right seek; Plus and Minus zoom; "
                                      "drag with the mouse to loop a region")
        self._peaks: Peaks | None = None
        self._duration = 0.0
        self._position = 0.0
        self._zoom = 1.0
        self._offset = 0.0  # first visible second
        self._loop: tuple[float, float] | None = None
        self._drag_from: float | None = None
        self._drag_to: float | None = None

    # ------------------------------------------------------------------ model
    def set_peaks(self, peaks: Peaks | None, duration: float) -> None:
        self._peaks, self._duration = peaks, max(duration, 0.0)
        self._zoom, self._offset, self._loop, self._position = 1.0, 0.0, None, 0.0
        self.update()

    def set_position(self, seconds: float) -> None:
        if abs(seconds - self._position) < 1e-4:
            return
        self._position = seconds
        span = self.visible_seconds()
        if span > 0 and not self._offset <= seconds <= self._offset + span:
            self._offset = min(max(seconds - span * 0.1, 0.0), self._duration - span)
        self.update()

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        self._zoom = min(max(zoom, 1.0), MAX_ZOOM)
        span = self.visible_seconds()
        self._offset = min(max(self._position - span / 2, 0.0), max(self._duration - span, 0.0))
        self.update()

    def visible_seconds(self) -> float:
        return self._duration / self._zoom if self._duration else 0.0

    @property
    def loop(self) -> tuple[float, float] | None:
        return self._loop

    def clear_loop(self) -> None:
        if self._loop is not None:
            self._loop = None
            self.loop_selected.emit(None)
            self.update()

    # ------------------------------------------------------------------ geometry
    def _x_to_s(self, x: float) -> float:
        width = max(self.width(), 1)
        return min(max(self._offset + x / width * self.visible_seconds(), 0.0), self._duration)

    def _s_to_x(self, s: float) -> float:
        span = self.visible_seconds()
        return (s - self._offset) / span * self.width() if span else 0.0

    # ------------------------------------------------------------------ input
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._duration:
            self._drag_from = self._drag_to = self._x_to_s(event.position().x())
            self._press_x = event.position().x()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            self._drag_to = self._x_to_s(event.position().x())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is None:
            return
        start, end = sorted((self._drag_from, self._x_to_s(event.position().x())))
        self._drag_from = self._drag_to = None
        if abs(event.position().x() - self._press_x) < DRAG_MIN_PX:
            self.seek_requested.emit(start)
        else:
            self._loop = (start, end)
            self.loop_selected.emit(self._loop)
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self._zoom * (1.25 if event.angleDelta().y() > 0 else 0.8))
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step = max(self.visible_seconds() / 20, 0.1)
        if key == Qt.Key.Key_Left:
            self.seek_requested.emit(max(self._position - step, 0.0))
        elif key == Qt.Key.Key_Right:
            self.seek_requested.emit(min(self._position + step, self._duration))
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self._zoom * 2)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self._zoom / 2)
        elif key == Qt.Key.Key_Escape and self._loop:
            self.clear_loop()
        else:
            super().keyPressEvent(event)

    # ------------------------------------------------------------------ drawing
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.base())
        mid = self.height() / 2
        wave = pal.highlight().color()
        if self._loop or self._drag_from is not None:
            a, b = self._loop or (self._drag_from or 0.0, self._drag_to or 0.0)
            region = QColor(wave)
            region.setAlpha(60)
            x0, x1 = sorted((self._s_to_x(a), self._s_to_x(b)))
            painter.fillRect(QRectF(x0, 0, x1 - x0, self.height()), region)
        if self._peaks is not None and self._duration:
            self._draw_peaks(painter, self._peaks, mid, wave)
        else:
            painter.setPen(pal.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "No audio loaded")
        painter.setPen(pal.text().color())
        x = self._s_to_x(self._position)
        painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        if self.hasFocus():
            painter.setPen(pal.highlight().color())
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _draw_peaks(self, painter: QPainter, peaks: Peaks, mid: float, color: QColor) -> None:
        width = max(self.width(), 1)
        frames_visible = peaks.frames / self._zoom
        per_px = frames_visible / width
        level = peaks.levels[0]
        for candidate in peaks.levels:  # the coarsest level still finer than a pixel
            if candidate[0] <= per_px:
                level = candidate
        spb, mins, maxs = level
        first_frame = self._offset * peaks.sample_rate
        painter.setPen(color)
        n = len(mins)
        for px in range(width):
            a = int((first_frame + px * per_px) / spb)
            b = max(int((first_frame + (px + 1) * per_px) / spb), a + 1)
            if a >= n:
                break
            lo = min(mins[a:b])
            hi = max(maxs[a:b])
            painter.drawLine(QPointF(px, mid - hi * mid), QPointF(px, mid - lo * mid))
