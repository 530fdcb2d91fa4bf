"""What the window needs from the composition root, beyond the review loop itself.

Plain Python (no Qt): app.py adapts the real workflows (vault, intake gate, export) to this
protocol, and the UI tests adapt in-memory fakes. Every method here may be slow and is called
on the operations worker thread, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from reviewer.core.escalation import EscalationCategory
from reviewer.core.playback import Player
from reviewer.core.review import ReviewService
from reviewer.workflows.escalate import EscalationReceipt

# (done, total): called from the worker thread while a package is imported.
ImportProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportSummary:
    clips: int  # clips added to the queue


@dataclass(frozen=True)
class ExportSummary:
    packages: int  # packages with at least one result written
    clips: int  # result lines written
    folder: Path  # the folder the reviewer chose; file names are not shown (they carry ids)


class WorkspaceBackend(Protocol):
    """One open workspace as the window drives it."""

    @property
    def review(self) -> ReviewService: ...

    @property
    def player(self) -> Player: ...

    @property
    def notice(self) -> str:
        """A standing message for the top of the window ("" for none), e.g. the demo's."""
        ...

    def import_package(self, path: Path, progress: ImportProgress) -> ImportSummary:
        """Gate and store a package; raises PackageRefused (with its report) or ReviewerError."""
        ...

    def demo_package(self) -> Path | None:
        """The bundled demo package, when this build has one."""
        ...

    def export(self, folder: Path) -> ExportSummary: ...

    def close(self) -> None: ...


class EscalatingBackend(WorkspaceBackend, Protocol):
    """A backend that can escalate (the window shows Escalate… only for these)."""

    def escalate(self, local_id: int, category: EscalationCategory,
                 note: str) -> EscalationReceipt:
        """Seal the clip to the leads and erase it here; raises EscalationRefused (the clip is
        then locked and kept)."""
        ...
