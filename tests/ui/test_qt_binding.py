"""Guards against a Qt binding that drops references to None.

PySide6 6.12.0 on Python 3.11 decrements None's reference count on every call of a method
that returns nothing; a window that paints at 30 Hz aborts with "Fatal Python error:
none_dealloc" within seconds of playback. pyproject.toml keeps PySide6 below 6.12; this test
fails if an upgrade brings the bug back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

CALLS = 500


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_none_alive(qapp: QApplication) -> None:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(CALLS):
            painter.drawLine(QPointF(1, 2), QPointF(3, 4))
            painter.setPen(QColor(1, 2, 3))
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after - before > -CALLS // 2, "the Qt binding drops references to None"
