"""The lead window's side of an S3 exchange: `reviewer sync` (lead role) runs beside the
window as its child, and the escalations it pulls reach the inbox without "Import new cases".

Sync, its restarts and the status line are the reviewer window's (qt_sync_supervisor); here,
what lands in `spool/in/escalations` is copied into the lead's inbox (still sealed) by the
desk's import on the bulk lane, never on the GUI thread; the inbox is then listed again and
the new cases are said in the status bar and to a screen reader.

Signals:
    imported(int): an import of pulled escalations ended (new cases).
    status_changed(str): the status text changed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from reviewer.ui.accessibility import announce
from reviewer.ui.backend import LeadExchange
from reviewer.ui.i18n import translate
from reviewer.ui.qt_operations import BULK_LANE
from reviewer.ui.qt_sync_supervisor import SyncSupervisor
from reviewer.ui.reason_wording import reason_text

if TYPE_CHECKING:
    from reviewer.ui.qt_lead_window import LeadWindow

log = logging.getLogger(__name__)


class LeadSync(SyncSupervisor):
    imported = Signal(int)

    def __init__(self, window: LeadWindow, exchange: LeadExchange, *,
                 status_ms: int = 2_000, poll_ms: int = 15_000) -> None:
        super().__init__(window, window.operations, exchange, exchange.escalations,
                         status_ms=status_ms, poll_ms=poll_ms)
        self.lead_window = window

    def _start_intake(self) -> None:
        self.ops.run(self.lead_window.desk.import_new, on_success=self._imported,
                     on_failure=self._import_failed, lane=BULK_LANE)

    def _imported(self, count: int) -> None:
        if count:
            self.lead_window.refresh()
            said = self.tr("%n new escalation(s)", "", count)
            self.w.statusBar().showMessage(said, 8000)
            announce(self.lead_window.inbox, said)
        self.imported.emit(count)
        self._intake_ended()

    def _import_failed(self, exc: BaseException) -> None:
        """Said in the status bar (the envelopes stay waiting, tried again next round)."""
        self._intake_ended(again=False)
        log.warning("escalations from the spool not imported (%s)", type(exc).__name__)
        self.w.statusBar().showMessage(translate(
            "LeadSync", "New escalations could not be imported: {error}").format(
                error=reason_text(exc)), 12000)
