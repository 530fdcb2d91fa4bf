"""Runs the lead window on services the composition root built."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from reviewer.core.playback import Player
from reviewer.ui.qt_app import application
from reviewer.ui.qt_lead_window import LeadWindow
from reviewer.workflows.lead_desk import LeadDesk


def run_lead_window(desk: LeadDesk, player: Player) -> int:
    app: QApplication = application()
    window = LeadWindow(desk, player)
    try:
        window.import_new()  # pick up what arrived since last time (still sealed)
    finally:
        window.show()
    return app.exec()
