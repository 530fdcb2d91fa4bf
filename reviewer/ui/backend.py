"""What the window needs from the composition root, beyond the review loop itself.

Plain Python (no Qt): app.py adapts the real workflows (vault, intake gate, export) to this
protocol, and the UI tests adapt in-memory fakes. Every method here may be slow and is called
on the operations worker thread, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from reviewer.core.escalation import EscalationCategory
from reviewer.core.pedals import PedalSource
from reviewer.core.playback import Player
from reviewer.core.review import ReviewService
from reviewer.core.settings_policy import SettingsPolicy

if TYPE_CHECKING:  # names for the protocols only: the window imports none of them at start
    from reviewer.workflows.escalate import EscalationReceipt
    from reviewer.workflows.lead_demo import DemoLead
    from reviewer.workflows.lead_desk import LeadDesk
    from reviewer.workflows.spool import SpoolStatus

# (done, total): called from the worker thread while a package is imported.
ImportProgress = Callable[[int, int], None]
# Seal the clip to the leads and erase it here; raises EscalationRefused (the clip is then
# locked and kept).
Escalate = Callable[[int, EscalationCategory, str], "EscalationReceipt"]


class DemoLeadSource(Protocol):
    """What a demo workspace offers beyond the review loop: its lead's desk and player."""

    @property
    def demo_lead(self) -> DemoLead | None: ...

    def demo_lead_desk(self) -> LeadDesk: ...

    def demo_lead_player(self) -> Player: ...


@dataclass(frozen=True)
class SpoolImportSummary:
    packages: int  # packages imported now
    clips: int  # clips they added to the queue
    refused: tuple[BaseException, ...] = ()  # why each refused package was refused


class SpoolSync(Protocol):
    """`reviewer sync` for one spool, as a window starts it and reads what it did."""

    def sync_command(self) -> tuple[str, list[str]]:
        """The program and arguments that start `reviewer sync` for this spool."""
        ...

    def status(self) -> SpoolStatus:
        """Waiting to upload, last sync, how sync's last round ended (cheap; any thread)."""
        ...


class ExchangeSync(SpoolSync, Protocol):
    """The profile names an S3 exchange: `reviewer sync`, a child process of the window,
    moves sealed files between the store and the spool; the window (which never opens a
    connection) imports from the spool and shows what waits to upload."""

    @property
    def incoming(self) -> Path:
        """The folder sync delivers packages to (the window watches it)."""
        ...

    def import_waiting(self) -> SpoolImportSummary:
        """Imports every package waiting in the spool, each exactly once (worker thread)."""
        ...


class LeadExchange(SpoolSync, Protocol):
    """The lead's profile names an S3 exchange: the lead window runs `reviewer sync` (lead
    role) beside it; sync pulls escalations into `escalations`, and the window brings them
    into the inbox with the desk's import (the decisions it stages leave the same way)."""

    @property
    def escalations(self) -> Path:
        """The folder sync delivers escalations to (the lead window watches it)."""
        ...


@dataclass(frozen=True)
class Capabilities:
    """What a backend can do beyond the review loop; the window offers only what is set."""

    escalate: Escalate | None = None
    launch_demo: Callable[[], None] | None = None  # the demo in its own process
    demo_lead: DemoLeadSource | None = None  # demo workspaces only
    pedals: PedalSource | None = None  # USB foot pedals (started only when the user wants)
    exchange: ExchangeSync | None = None  # the profile names an S3 exchange


@dataclass(frozen=True)
class ImportSummary:
    clips: int  # clips added to the queue


@dataclass(frozen=True)
class ExportSummary:
    packages: int  # packages with at least one result written
    clips: int  # result lines written
    folder: Path  # the folder the reviewer chose; file names are not shown (they carry ids)
    queued: int = 0  # sealed exports also queued for upload to the S3 exchange


class WorkspaceBackend(Protocol):
    """One open workspace as the window drives it."""

    @property
    def review(self) -> ReviewService: ...

    @property
    def player(self) -> Player: ...

    @property
    def capabilities(self) -> Capabilities: ...

    @property
    def setup_hint(self) -> str:
        """What this workstation still lacks before real work can be imported, in plain words
        ("" when it is ready): the organisation file, an enrolled profile."""
        ...

    @property
    def settings_policy(self) -> SettingsPolicy:
        """The organisation's defaults and locked preferences (empty when unmanaged)."""
        ...

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

    def export(self, folder: Path, with_audio: bool) -> ExportSummary:
        """Export every finished clip's results to `folder`; with each clip's audio too
        when `with_audio` (critical ranges silenced under the redacted policy)."""
        ...

    def close(self) -> None: ...
