"""`reviewer import PKG`: run the identity gate, then store the package atomically.

The gate is passed in (the composition root gives `reviewer.intake.gate.read_package`) so the
workflow is tested without files on disk. Nothing is stored unless the gate accepts the whole
package, and the store is one transaction: all clips or none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.errors import RefusedInput
from reviewer.core.package import AcceptedPackage
from reviewer.vault.workspace import Workspace

Progress = Callable[[int, int], None]
Gate = Callable[[Path, Progress | None], AcceptedPackage]
# phase ("checking" while the gate reads and re-encodes, "storing"), done, total
ImportProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ImportResult:
    package_number: int
    clips: int
    seconds_of_audio: float


def import_package(workspace: Workspace, path: Path, gate: Gate,
                   progress: ImportProgress | None = None,
                   today: dt.date | None = None, check_retention: bool = True
                   ) -> ImportResult:
    """Raises PackageRefused (from the gate), AlreadyImported, RefusedInput (already past
    its retention period), or a storage error. The bundled demo package is imported with
    `check_retention=False` so the demo keeps working after its dates."""

    def phase(name: str) -> Progress | None:
        if progress is None:
            return None
        report = progress
        return lambda done, total: report(name, done, total)

    accepted = gate(path, phase("checking"))
    h = accepted.header
    ends = h.created + dt.timedelta(days=h.retention_days)
    if check_retention and ends <= (today or dt.date.today()):
        raise RefusedInput(f"package {h.package_id} is past its retention period (ended "
                           f"{ends.isoformat()}); nothing was imported",
                           code="package_expired", package=h.package_id, date=ends.isoformat())
    workspace.packages.check_not_imported(h.package_id)
    number = workspace.packages.store(accepted, phase("storing"))
    return ImportResult(package_number=number, clips=len(accepted.clips),
                        seconds_of_audio=accepted.total_seconds)
