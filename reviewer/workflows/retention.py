"""Retention: packages past `retention_days` (counted from their `created` date) are purged,
exported or not, at start-up and by `reviewer purge --expired`. Work that was never exported
is reported before it goes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from reviewer.vault.records import StoredPackage
from reviewer.vault.workspace import Workspace


@dataclass(frozen=True)
class PurgeNotice:
    package_number: int
    package_id: str
    reason: str  # "expired" or "exported"
    expired_on: dt.date
    unexported_finished: int
    unfinished: int

    def message(self) -> str:
        if self.reason == "exported":
            return f"package {self.package_id}: exported and purged"
        lost = []
        if self.unexported_finished:
            lost.append(f"{self.unexported_finished} finished clip(s) never exported")
        if self.unfinished:
            lost.append(f"{self.unfinished} unfinished clip(s)")
        what = f"; deleting {' and '.join(lost)}" if lost else ""
        return (f"package {self.package_id}: past its retention period (ended "
                f"{self.expired_on.isoformat()}){what}")


def _notice(p: StoredPackage, reason: str) -> PurgeNotice:
    return PurgeNotice(p.number, p.header.package_id, reason, p.expires_on,
                       p.unexported_finished, p.clips - p.finished)


def expired(workspace: Workspace, today: dt.date) -> list[PurgeNotice]:
    return [_notice(p, "expired") for p in workspace.packages.stored(expired_by=today)]


def purge_expired(workspace: Workspace, today: dt.date | None = None,
                  report: Callable[[PurgeNotice], None] | None = None) -> list[PurgeNotice]:
    """Purges every expired package; `report` hears about each one before it is deleted."""
    notices = expired(workspace, today or dt.date.today())
    for n in notices:
        if report is not None:
            report(n)
        workspace.packages.purge(n.package_number, "expired",
                                      n.unexported_finished + n.unfinished)
    return notices


def purge_exported(workspace: Workspace) -> list[PurgeNotice]:
    """Purges packages whose finished work is all exported and that have nothing pending."""
    notices = [_notice(p, "exported") for p in workspace.packages.stored()
               if p.exported_at and p.finished == p.clips and not p.unexported_finished]
    for n in notices:
        workspace.packages.purge(n.package_number, "exported")
    return notices
