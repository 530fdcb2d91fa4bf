"""Font size and palette. The window draws only with palette roles, so a dark system
palette (or the dark palette below, used by tests and screenshots) just works."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication


def apply_font_size(app: QApplication, points: int, system_font: QFont) -> None:
    font = QFont(system_font)
    if points > 0:
        font.setPointSize(points)
    app.setFont(font)


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: QColor(37, 38, 41),
        QPalette.ColorRole.WindowText: QColor(230, 230, 230),
        # Fusion outlines boxes in a darker window colour: Base must stand clear of Window
        # or checkbox indicators vanish.
        QPalette.ColorRole.Base: QColor(66, 69, 75),

        QPalette.ColorRole.AlternateBase: QColor(74, 77, 83),
        QPalette.ColorRole.Text: QColor(230, 230, 230),
        QPalette.ColorRole.Button: QColor(62, 64, 68),
        QPalette.ColorRole.ButtonText: QColor(230, 230, 230),
        QPalette.ColorRole.Highlight: QColor(64, 140, 220),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.ToolTipBase: QColor(50, 52, 56),
        QPalette.ColorRole.ToolTipText: QColor(230, 230, 230),
        QPalette.ColorRole.PlaceholderText: QColor(140, 140, 140),
        QPalette.ColorRole.Link: QColor(110, 170, 240),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(120, 120, 120))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(120, 120, 120))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(120, 120, 120))
    return p
