"""The waveform: playhead, click to seek, zoom, the selection, and critical spans' time bands.

It draws the wave, or, in the spectrogram view (`set_view_spectrogram`), the clip's
spectrogram: computed elsewhere, off the GUI thread, and handed in with `set_spectrogram`; a
new clip clears it. Both are drawn once per clip, size, zoom and scroll position into an image
that each repaint only copies.

The selection is a `TimeSelection` (core): the widget draws it, changes it (drag with the
mouse; I and O set its start and end at the playhead; Shift+Left/Right move its end,
Ctrl+Shift+Left/Right its start; Escape clears) and follows it when others change it. A
selection is also the loop region: every change of the model is passed on as
`loop_selected`. Every critical span of the open clip that has a time is drawn as an amber
band named by its category (tooltip and accessible description).

Signals:
    seek_requested(float): the reviewer clicked at this time (seconds).
    loop_selected(object): (start, end) seconds whenever the selection changes, or None
        when it is cleared.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from reviewer.core.annotation import CriticalSpan, TimeRange
from reviewer.core.playback import Peaks, Spectrogram
from reviewer.core.time_selection import MIN_SECONDS, TimeSelection
from reviewer.ui import accessibility
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, number, translate
from reviewer.ui.labels import label as category_label

MAX_ZOOM = 64.0
DRAG_MIN_PX = 4
SEEK_MIN_S = 0.1
# Amber: opaque for the band's title strip (near-black text on it reads in any palette),
# translucent over the wave.
SPAN_STRIP = QColor(245, 166, 35)
SPAN_FILL = QColor(245, 166, 35, 70)
SPAN_TEXT = QColor(20, 20, 20)

# The spectrogram's colours, quiet to loud (a "magma"-like ramp: dark violet, red, pale
# yellow), reads on the light and the dark palette alike.
_RAMP = ((0.0, (0, 0, 4)), (0.25, (59, 15, 112)), (0.5, (140, 41, 129)),
         (0.75, (241, 96, 93)), (1.0, (252, 253, 191)))
SPECTROGRAM_TEXT = QColor(235, 235, 235)  # playhead and messages over the dark picture


def _ramp(t: float) -> int:
    for (t0, c0), (t1, c1) in itertools.pairwise(_RAMP):
        if t <= t1:
            f = (t - t0) / (t1 - t0)
            r, g, b = (round(a + (b - a) * f) for a, b in zip(c0, c1, strict=True))
            return QColor(r, g, b).rgba()
    return QColor(*_RAMP[-1][1]).rgba()


COLOUR_TABLE = [_ramp(i / 255) for i in range(256)]


def spectrogram_image(spectrogram: Spectrogram) -> QImage:
    """The spectrogram as an image (one pixel per level), coloured by COLOUR_TABLE."""
    image = QImage(spectrogram.levels, spectrogram.columns, spectrogram.rows,
                   spectrogram.columns, QImage.Format.Format_Indexed8)
    image.setColorTable(COLOUR_TABLE)
    return image.convertToFormat(QImage.Format.Format_RGB32)  # owns its pixels


# The waveform's own keys (while it has the keyboard: click it, or Tab to it), for the key
# list (F1). Fixed: they are plain keys that mean something only on the waveform.
WAVEFORM_KEYS: tuple[tuple[str, str], ...] = (
    ("I / O", QT_TRANSLATE_NOOP("Waveform",
            "Start / end the selection at the playhead (it loops while playing)")),
    ("Shift+Left / Right", QT_TRANSLATE_NOOP("Waveform", "Move the selection's end")),
    ("Ctrl+Shift+Left / Right", QT_TRANSLATE_NOOP("Waveform", "Move the selection's start")),
    ("Escape", QT_TRANSLATE_NOOP("Waveform", "Clear the selection (stop looping)")),
    ("Left / Right", QT_TRANSLATE_NOOP("Waveform", "Seek")),
    ("Plus / Minus", QT_TRANSLATE_NOOP("Waveform", "Zoom in / out")),
)

DESCRIPTION = (QT_TRANSLATE_NOOP("Waveform",
        "Left and Right seek; Plus and Minus zoom. Select audio by dragging with the "
               "mouse, or with I and O (start and end at the playhead); Shift+Left and "
               "Shift+Right move the selection's end, Ctrl+Shift+Left and Ctrl+Shift+Right "
               "its start; Escape clears it. The selection loops while playing."))


Level = tuple[int, npt.NDArray[np.float64], npt.NDArray[np.float64]]


def as_arrays(peaks: Peaks) -> list[Level]:
    """The peak levels as numpy arrays (made once per clip)."""
    return [(spb, np.asarray(mins, dtype=np.float64), np.asarray(maxs, dtype=np.float64))
            for spb, mins, maxs in peaks.levels]


def pixel_ranges(peaks: Peaks, width: int, zoom: float, offset: float,
                 levels: list[Level] | None = None
                 ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Per pixel column of a `width`-pixel view from `offset` seconds at `zoom`: the lowest
    and highest level (-1..1) of the audio under it, from the coarsest peak level still finer
    than a pixel. Columns past the end of the audio are absent (the arrays may be shorter).
    `levels` is `as_arrays(peaks)` when the caller keeps it."""
    per_px = peaks.frames / zoom / max(width, 1)
    arrays = levels if levels is not None else as_arrays(peaks)
    level = arrays[0]
    for candidate in arrays:
        if candidate[0] <= per_px:
            level = candidate
    spb, mins, maxs = level
    n = len(mins)
    first = offset * peaks.sample_rate
    px = np.arange(width, dtype=np.float64)
    starts = ((first + px * per_px) / spb).astype(np.int64)
    ends = np.maximum(((first + (px + 1) * per_px) / spb).astype(np.int64), starts + 1)
    shown = int(np.searchsorted(starts, n))  # columns whose first bin exists
    if shown == 0:
        empty = np.zeros(0)
        return empty, empty
    starts, ends = starts[:shown], ends[:shown]
    # Consecutive columns cover consecutive bins (a column's end is the next one's start, or
    # one bin on when several columns share a bin), so reduceat over the starts is each
    # column's min/max over [start, end); the last column stops at its own end.
    stop = min(int(ends[-1]), n)
    lo = np.minimum.reduceat(mins[:stop], starts)
    hi = np.maximum.reduceat(maxs[:stop], starts)
    return lo, hi


def seconds_text(time: TimeRange) -> str:
    """`1.2–2.4 s`: how a time range reads everywhere in the window."""
    return translate("Waveform", "{start}–{end} s").format(start=number(
            time.start, 1),
                                                            end=number(time.end, 1))


def _whole_seconds(seconds: float) -> int:
    return int(seconds + 0.5)


def position_text(position: float, duration: float) -> str:
    """`Position 2 s of 4.2 s.`: the waveform's value as a screen reader hears it."""
    return QCoreApplication.translate(
        "WaveformWidget", "Position {position} s of {duration} s.").format(
        position=_whole_seconds(position), duration=f"{duration:.1f}")


class WaveformWidget(accessibility.SliderRole):
    seek_requested = Signal(float)
    loop_selected = Signal(object)

    def __init__(self, selection: TimeSelection | None = None,
                 parent: QWidget | None = None) -> None:
        accessibility.install()  # before Qt first asks for its interface: a slider
        super().__init__(parent)
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("Waveform", "Waveform"))
        self._peaks: Peaks | None = None
        self._duration = 0.0
        self._position = 0.0
        self._zoom = 1.0
        self._offset = 0.0  # first visible second
        self._drag_from: float | None = None
        self._drag_to: float | None = None
        self._press_x = 0.0
        self._bands: tuple[tuple[TimeRange, str], ...] = ()
        # The wave as an image, drawn once per clip, size, zoom and scroll position: the
        # playhead moves 30 times a second and each repaint only copies it.
        self._wave: tuple[Peaks, tuple[int, int, float, float, int], QImage] | None = None
        self._levels: tuple[Peaks, list[Level]] | None = None
        self._view_spectrogram = False
        self._spectrogram: Spectrogram | None = None
        self._spectrogram_source: tuple[Spectrogram, QImage] | None = None
        self._spectrogram_drawn: tuple[tuple[object, ...], QImage] | None = None
        self._ahead: tuple[Peaks, tuple[int, int, float, float, int], QImage] | None = None
        self.selection = selection if selection is not None else TimeSelection()
        listener = self._selection_changed
        self.selection.listen(listener)
        # The model may outlive this view (a window's): stop listening when it goes.
        model = self.selection
        self.destroyed.connect(lambda _obj=None: model.unlisten(listener))
        self._describe()

    # ------------------------------------------------------------------ model
    def set_peaks(self, peaks: Peaks | None, duration: float) -> None:
        """A clip's waveform (None: no clip). The selection starts empty for each clip; the
        same clip drawn again (its audio arriving twice) keeps it."""
        duration = max(duration, 0.0)
        if peaks is self._peaks and duration == self._duration:
            return  # the same waveform again (the engine's "loaded" after the load itself)
        same_clip = peaks is not None and abs(duration - self.selection.duration) < 1e-6
        self._peaks, self._duration = peaks, duration
        self._zoom, self._offset, self._position = 1.0, 0.0, 0.0
        self.set_spectrogram(None)  # it was the last clip's
        if not same_clip:
            self.selection.reset(duration)
        self._describe()
        self.update()

    def set_spectrogram(self, spectrogram: Spectrogram | None) -> None:
        """The open clip's spectrogram (None: none yet), drawn in the spectrogram view."""
        if spectrogram is not self._spectrogram:
            self._spectrogram = spectrogram
            self._spectrogram_source = self._spectrogram_drawn = None
            self.update()

    @property
    def spectrogram(self) -> Spectrogram | None:
        return self._spectrogram

    def set_view_spectrogram(self, on: bool) -> None:
        """Draw the spectrogram (True) or the wave (False)."""
        if on != self._view_spectrogram:
            self._view_spectrogram = on
            self.update()

    @property
    def view_spectrogram(self) -> bool:
        return self._view_spectrogram

    def prepare(self, peaks: Peaks) -> None:
        """Draw the wave of the clip that comes next now, while the reviewer listens to this
        one, so that opening it only copies the image (as it will be shown: whole, at the
        current size)."""
        key = self._image_key(1.0, 0.0)
        if self._ahead is None or self._ahead[0] is not peaks or self._ahead[1] != key:
            self._ahead = (peaks, key, self._render(peaks, 1.0, 0.0))

    def set_spans(self, spans: Sequence[CriticalSpan]) -> None:
        """The open clip's critical spans: those with a time are drawn as bands."""
        bands = tuple((s.time, category_label(s.category)) for s in spans if s.time is not None)
        if bands != self._bands:
            self._bands = bands
            self._describe()
            self.update()

    @property
    def bands(self) -> tuple[tuple[TimeRange, str], ...]:
        return self._bands

    def set_position(self, seconds: float) -> None:
        if abs(seconds - self._position) < 1e-4:
            return
        shown = _whole_seconds(self._position)
        self._position = seconds
        if _whole_seconds(seconds) != shown:
            self._describe()  # a screen reader hears whole seconds, not 30 moves a second
        span = self.visible_seconds()
        if span > 0 and not self._offset <= seconds <= self._offset + span:
            self._offset = min(max(seconds - span * 0.1, 0.0), self._duration - span)
        self.update()

    @property
    def position(self) -> float:
        return self._position

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

    def step(self) -> float:
        """What one key press moves: the playhead (Left/Right) or an edge of the selection."""
        return max(self.visible_seconds() / 20, SEEK_MIN_S, MIN_SECONDS)

    def _selection_changed(self, time: TimeRange | None) -> None:
        self.loop_selected.emit(None if time is None else (time.start, time.end))
        self._describe()
        self.update()

    def _describe(self) -> None:
        """The description says the position and duration (a slider's value and range, see
        accessibility.SliderRole), the selection, the critical spans and the keys."""
        parts = [position_text(self._position, self._duration)]
        time = self.selection.range
        parts.append(translate("Waveform", "Selected: {time}.").format(time=seconds_text(
                time)) if time else translate("Waveform", "Nothing selected."))
        if self._bands:
            parts.append(translate("Waveform", "Critical spans: {spans}.").format(spans="; ".join(
                f"{label} {seconds_text(t)}" for t, label in self._bands)))
        parts.append(translate("Waveform", DESCRIPTION))
        self.setAccessibleDescription(" ".join(parts))

    # ------------------------------------------------------------------ geometry
    def _x_to_s(self, x: float) -> float:
        width = max(self.width(), 1)
        return min(max(self._offset + x / width * self.visible_seconds(), 0.0), self._duration)

    def _s_to_x(self, s: float) -> float:
        span = self.visible_seconds()
        return (s - self._offset) / span * self.width() if span else 0.0

    def band_at(self, x: float) -> tuple[TimeRange, str] | None:
        """The critical span band under x (pixels), if any."""
        for time, label in self._bands:
            if self._s_to_x(time.start) <= x <= self._s_to_x(time.end):
                return time, label
        return None

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
        start, end = self._drag_from, self._x_to_s(event.position().x())
        self._drag_from = self._drag_to = None
        if abs(event.position().x() - self._press_x) < DRAG_MIN_PX:
            self.seek_requested.emit(start)
        else:
            self.selection.select(start, end)
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self._zoom * (1.25 if event.angleDelta().y() > 0 else 0.8))
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        plain = not mods & (Qt.KeyboardModifier.ControlModifier
                            | Qt.KeyboardModifier.AltModifier
                            | Qt.KeyboardModifier.MetaModifier)
        step = self.step()
        arrow = (-step if key == Qt.Key.Key_Left else step if key == Qt.Key.Key_Right
                 else None)
        if arrow is not None and shift:
            if ctrl:
                self.selection.nudge(arrow, 0.0)
            else:
                self.selection.nudge(0.0, arrow)
        elif arrow is not None and not ctrl:
            self.seek_requested.emit(min(max(self._position + arrow, 0.0), self._duration))
        elif key == Qt.Key.Key_I and plain and self._duration:
            self.selection.set_start(self._position)
        elif key == Qt.Key.Key_O and plain and self._duration:
            self.selection.set_end(self._position)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self._zoom * 2)
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self._zoom / 2)
        elif key == Qt.Key.Key_Escape and self.selection.range is not None:
            self.selection.clear()
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            band = self.band_at(event.pos().x())
            if band is None:
                QToolTip.hideText()
                event.ignore()
            else:
                time, label = band
                QToolTip.showText(event.globalPos(), translate("Waveform",
                        "Critical: {category}, {time}").format(
                    category=label, time=seconds_text(time)),
                                  self)
            return True
        return super().event(event)

    # ------------------------------------------------------------------ drawing
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        wave = pal.highlight().color()
        has_audio = self._peaks is not None and bool(self._duration)
        spectral = self._view_spectrogram and has_audio
        if spectral:
            painter.fillRect(self.rect(), QColor(COLOUR_TABLE[0]))
            if self._spectrogram is not None:
                painter.drawImage(0, 0, self._spectrogram_view(self._spectrogram))
        else:
            painter.fillRect(self.rect(), pal.base())
        for time, _label in self._bands:
            x0, x1 = self._s_to_x(time.start), self._s_to_x(time.end)
            painter.fillRect(QRectF(x0, 0, x1 - x0, self.height()), SPAN_FILL)
        self._draw_selection(painter, wave)
        if spectral and self._spectrogram is None:
            painter.setPen(SPECTROGRAM_TEXT)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, translate("Waveform",
                    "Spectrogram…"))
        elif not spectral and self._peaks is not None and self._duration:
            painter.drawImage(0, 0, self._wave_image(self._peaks))
        elif not has_audio:
            painter.setPen(pal.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, translate("Waveform",
                    "No audio loaded"))
        self._draw_band_titles(painter)
        painter.setPen(SPECTROGRAM_TEXT if spectral else pal.text().color())
        x = self._s_to_x(self._position)
        painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        if self.hasFocus():
            painter.setPen(pal.highlight().color())
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _draw_selection(self, painter: QPainter, color: QColor) -> None:
        if self._drag_from is not None:
            a, b = self._drag_from, self._drag_to if self._drag_to is not None else 0.0
        elif self.selection.range is not None:
            a, b = self.selection.range.start, self.selection.range.end
        else:
            return
        x0, x1 = sorted((self._s_to_x(a), self._s_to_x(b)))
        region = QColor(color)
        region.setAlpha(60)
        painter.fillRect(QRectF(x0, 0, x1 - x0, self.height()), region)
        painter.setPen(QPen(color, 2))
        for x in (x0, x1):
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))

    def _draw_band_titles(self, painter: QPainter) -> None:
        """Each band's category in a strip along its top edge."""
        metrics = painter.fontMetrics()
        strip = metrics.height() + 2
        for time, label in self._bands:
            x0, x1 = self._s_to_x(time.start), self._s_to_x(time.end)
            painter.fillRect(QRectF(x0, 0, x1 - x0, strip), SPAN_STRIP)
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(x1 - x0) - 6)
            if text:
                painter.setPen(SPAN_TEXT)
                painter.drawText(QRectF(x0 + 3, 0, x1 - x0 - 6, strip),
                                 int(Qt.AlignmentFlag.AlignVCenter), text)

    def _image_key(self, zoom: float, offset: float) -> tuple[int, int, float, float, int]:
        color = self.palette().highlight().color()
        return max(self.width(), 1), max(self.height(), 1), zoom, offset, color.rgba()

    def _wave_image(self, peaks: Peaks) -> QImage:
        key = self._image_key(self._zoom, self._offset)
        for made in (self._wave, self._ahead):
            if made is not None and made[0] is peaks and made[1] == key:
                self._wave = made
                return made[2]
        image = self._render(peaks, self._zoom, self._offset)
        self._wave = (peaks, key, image)
        return image

    def _render(self, peaks: Peaks, zoom: float, offset: float) -> QImage:
        width, height, _zoom, _offset, rgba = self._image_key(zoom, offset)
        if self._levels is None or self._levels[0] is not peaks:
            self._levels = (peaks, as_arrays(peaks))
        lo, hi = pixel_ranges(peaks, width, zoom, offset, self._levels[1])
        mid = height / 2
        # The rows each column's line covers (a line from mid - hi*mid to mid - lo*mid).
        top = np.floor(mid - hi * mid).astype(np.int64)
        bottom = np.floor(mid - lo * mid).astype(np.int64)
        rows = np.arange(height)[:, None]
        covered = (rows >= top[None, :]) & (rows <= bottom[None, :])
        pixels = np.zeros((height, width), dtype=np.uint32)
        pixels[:, :len(lo)][covered] = np.uint32(rgba)
        return QImage(pixels.data, width, height, 4 * width,
                      QImage.Format.Format_ARGB32).copy()  # owns its pixels

    def _spectrogram_view(self, spectrogram: Spectrogram) -> QImage:
        """The spectrogram scaled to the view (its time axis follows zoom and scroll)."""
        width, height = max(self.width(), 1), max(self.height(), 1)
        key = (spectrogram, width, height, self._zoom, self._offset)
        if self._spectrogram_drawn is not None and self._spectrogram_drawn[0] == key:
            return self._spectrogram_drawn[1]
        if self._spectrogram_source is None or self._spectrogram_source[0] is not spectrogram:
            self._spectrogram_source = (spectrogram, spectrogram_image(spectrogram))
        source = self._spectrogram_source[1]
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor(COLOUR_TABLE[0]))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        x0, x1 = self._s_to_x(spectrogram.start), self._s_to_x(spectrogram.end)
        painter.drawImage(QRectF(x0, 0, x1 - x0, height), source,
                          QRectF(0, 0, source.width(), source.height()))
        painter.end()
        self._spectrogram_drawn = (key, image)
        return image
