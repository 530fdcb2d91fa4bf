"""`reviewer sync` for a lead: pulls escalations, pushes decision records (sealed files only).

Escalations are never deleted upstream: every lead reads the same `escalations/<ws>/` objects
(the organisation's retention rules remove them). So the lead's spool keeps a ledger instead
of an acknowledgement: under `in/escalations/`

    <name>.age            pulled, waiting for the lead desk's import
    <name>.age.imported   the desk copied it into the lead's inbox (the envelope file goes)
    <name>.age.refused    not a framed envelope the inbox accepts (kept, never pulled again)

and an object whose name is in the ledger is never downloaded again. Decision records leave
through `out/decisions/` like any outgoing file (Syncer.push: create-only, content-hash
names, the local file goes only once the store holds the bytes).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from reviewer.core.escalation import EnvelopeUnreadable
from reviewer.core.exchange import (
    ESCALATIONS,
    ObjectCorrupt,
    ObjectMissing,
    basename,
    is_object_name,
    verify,
)
from reviewer.core.exchange_frames import frame_envelope, unframe_envelope
from reviewer.fileio import atomic_write
from reviewer.workflows.spool import IMPORTED, REFUSED, Spool
from reviewer.workflows.sync import RoundReport, Syncer


class EscalationShelf:
    """The lead side of the spool: escalations pulled and waiting for the lead's inbox."""

    def __init__(self, spool: Spool) -> None:
        self.spool = spool
        self.folder = spool.incoming / "escalations"

    def known(self, name: str) -> bool:
        return any((self.folder / (name + s)).exists() for s in ("", IMPORTED, REFUSED))

    def receive(self, name: str, data: bytes) -> Path:
        path = self.folder / name
        atomic_write(path, verify(name, data))
        return path

    def waiting(self) -> list[Path]:
        try:
            paths = sorted(self.folder.iterdir())
        except FileNotFoundError:
            return []
        return [p for p in paths if is_object_name(p.name) and p.name.endswith(".age")
                and not (self.folder / (p.name + IMPORTED)).exists()
                and not (self.folder / (p.name + REFUSED)).exists()]

    def mark_imported(self, name: str) -> None:
        """Only once the envelope is in the lead's inbox: then the pulled copy goes."""
        atomic_write(self.folder / (name + IMPORTED), b"")
        (self.folder / name).unlink(missing_ok=True)

    def mark_refused(self, name: str) -> None:
        atomic_write(self.folder / (name + REFUSED), b"")


def stage_envelope(spool: Spool, envelope: Path) -> Path:
    """Queues a sealed envelope (the file `escalate` wrote) for `escalations/<ws>/`, its
    file name in front of it so that the leads' inboxes can list category and date
    (core/exchange_frames.py)."""
    return spool.stage("escalations", frame_envelope(envelope.name, envelope.read_bytes()))


def import_spooled(shelf: EscalationShelf, inbox: Path) -> tuple[int, int]:
    """Copies pulled envelopes into the lead's inbox (still sealed): (new, refused). An
    envelope already in the inbox (another copy of the same case) is not copied again."""
    new = refused = 0
    for path in shelf.waiting():
        try:
            name, _entry, envelope = unframe_envelope(path.read_bytes())
        except EnvelopeUnreadable:
            shelf.mark_refused(path.name)
            refused += 1
            continue
        target = inbox / name
        if not target.exists():
            atomic_write(target, envelope)
            new += 1
        shelf.mark_imported(path.name)
    return new, refused


class LeadSyncer(Syncer):
    """Push decision records (out/decisions/), pull escalations; nothing to acknowledge."""

    def pull(self, report: RoundReport) -> None:
        shelf = EscalationShelf(self.spool)
        for key in self._retrying(partial(self.store.list, ESCALATIONS)):
            name = basename(key)
            if not is_object_name(name) or not name.endswith(".age") or shelf.known(name):
                continue
            try:
                data = self._retrying(partial(self.store.get, key))
            except ObjectMissing:  # removed by retention meanwhile
                continue
            try:
                shelf.receive(name, data)
            except ObjectCorrupt as exc:
                report.errors.append(str(exc))
                continue
            report.downloaded += 1

    def acknowledge(self, report: RoundReport) -> None:
        """Leads never delete escalations: the ledger above keeps each pulled once."""
