"""Runs the lead window on services the composition root built."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from reviewer.core.playback import Player
from reviewer.core.settings_policy import SettingsPolicy
from reviewer.ui.backend import LeadExchange
from reviewer.ui.i18n import choose_language, install_language
from reviewer.ui.qt_app import application
from reviewer.ui.qt_lead_window import LeadWindow
from reviewer.ui.qt_settings import UiSettings
from reviewer.workflows.lead_desk import LeadDesk


def run_lead_window(desk: LeadDesk, player: Player,
                    policy: SettingsPolicy | None = None,
                    exchange: LeadExchange | None = None) -> int:
    """The lead's window; `policy` is the organisation's defaults and locked settings;
    `exchange`, with an S3 exchange in the profile: sync runs beside the window."""
    app: QApplication = application()
    settings = UiSettings(policy=policy)
    install_language(choose_language(settings.language))
    window = LeadWindow(desk, player, settings=settings, exchange=exchange)
    try:
        window.import_new()  # pick up what arrived since last time (still sealed)
    finally:
        window.show()
    return app.exec()
