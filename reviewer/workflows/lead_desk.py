"""What the lead window drives: inbox, gate, the open case and decisions, in one place."""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.disclosure import DisclosureRequest
from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import (
    AuditTrail,
    ClipTexts,
    DecisionKind,
    EscalationCategory,
    InboxEntry,
)
from reviewer.core.lead_cases import CaseState
from reviewer.core.profile import Profile
from reviewer.workflows.disclosure import cosign_through_gate
from reviewer.workflows.lead_decisions import DecisionBook, DecisionWritten, decide
from reviewer.workflows.lead_gate import CaseAccess, LeadGate
from reviewer.workflows.lead_sync import import_spooled
from reviewer.workflows.lead_travel import DecisionTravel
from reviewer.workflows.lead_workspace import LeadWorkspace


@dataclass(frozen=True)
class CaseView:
    """What an open case shows: no upstream ids (they go only into records)."""

    case_id: str
    category: EscalationCategory
    created: str
    note: str
    draft: str
    reviewer: str
    audio_flac: bytes
    label_matches: bool
    # The automatic transcript and the assistant's answer as the reviewer saw them (the
    # answer masked at import); None for an envelope sealed before they were carried.
    texts: ClipTexts | None = None


def _folder(value: str, what: str) -> Path:
    if not value.strip():
        raise RefusedInput(f"the lead profile names no {what} folder",
                           code=f"lead_profile_no_{what}")
    return Path(value).expanduser()


class LeadDesk:
    def __init__(self, workspace: LeadWorkspace, gate: LeadGate, audit: AuditTrail,
                 profile: Profile, travel: DecisionTravel | None = None) -> None:
        """`travel`: the profile names an S3 exchange, so envelopes come from the spool and
        decisions stay in the lead's workspace and leave sealed through the spool
        (workflows/lead_travel.py); None: the profile's shared folders, as before."""
        self.workspace = workspace
        self.gate = gate
        self._audit = audit
        self._profile = profile
        self._travel = travel
        self._book: DecisionBook | None = None
        # The lead window imports on a worker while the lead decides on the GUI thread:
        # one import, one staging of decisions at a time.
        self._spool_lock = threading.RLock()
        self._send()  # a decision a crash kept from its staging leaves now

    def _send(self) -> None:
        """Stages kept decisions for sync. A spool that cannot be written now delays them,
        never the decision: its record is written, and the next start or import sends it."""
        if self._travel is not None:
            with self._spool_lock, contextlib.suppress(OSError):
                self._travel.flush()

    def lead_name(self) -> str:
        return self.workspace.name()

    def inbox(self) -> list[InboxEntry]:
        return self.workspace.inbox()

    def case_states(self, case_ids: list[str]) -> dict[str, CaseState]:
        """New, opened or decided (with the decision) for each case, from the outbox's
        records and this lead's audit log; without an outbox, from the audit log alone."""
        return self._decisions().states(case_ids)

    def case_state(self, case_id: str) -> CaseState:
        return self.case_states([case_id])[case_id]

    def _outbox(self) -> Path:
        if self._travel is not None:
            return self._travel.folder
        folder = self._profile.exchange.outbox.strip()
        return Path(folder).expanduser() if folder else Path()

    def _decisions(self) -> DecisionBook:
        outbox = self._outbox()
        if self._book is None or self._book.outbox != outbox:
            self._book = DecisionBook(outbox, self._audit)
        return self._book

    def import_new(self) -> int:
        """Copies new envelopes from the profile's escalations folder, or from the spool
        (`reviewer sync` pulled them), still sealed."""
        if self._travel is not None:
            self._send()
            with self._spool_lock:
                count, refused = import_spooled(self._travel.shelf, self.workspace.inbox_dir)
                if count or refused:
                    self._audit.append("lead.import", {"envelopes": count,
                                                       "refused": refused})
            return count
        count = self.workspace.import_envelopes(
            _folder(self._profile.exchange.escalations, "escalations"))
        if count:
            self._audit.append("lead.import", {"envelopes": count})
        return count

    def open_case(self, case_id: str, passphrase: str, code: str, reason: str) -> CaseView:
        """Through the gate (raises AccessDenied); one audit entry either way."""
        return _view(self.gate.request(case_id, passphrase, code, reason))

    def case_audio(self, case_id: str) -> bytes:
        """The open case's audio, for the player; refreshes access (audited if denied)."""
        payload = self.gate.use(case_id, "play").payload
        assert payload is not None
        return payload.audio_flac

    def touch(self) -> None:
        self.gate.touch()

    def decide(self, case_id: str, kind: DecisionKind, comment: str = "", *,
               change: bool = False) -> DecisionWritten:
        """The case's decision; on a decided case only with `change` (raises AlreadyDecided
        otherwise), which supersedes the current record and keeps it."""
        if self._travel is not None:
            written = decide(self.gate, self._audit, self._travel.folder, case_id, kind,
                             comment, change=change, book=self._decisions(),
                             travel=self._travel)
            self._send()
            return written
        return decide(self.gate, self._audit, _folder(self._profile.exchange.outbox, "outbox"),
                      case_id, kind, comment, change=change, book=self._decisions())

    def cosign(self, path: Path, passphrase: str, code: str) -> DisclosureRequest:
        """Adds this lead's signature to a request (passphrase + code; audited)."""
        return cosign_through_gate(self.gate, self._audit, path, passphrase, code,
                                   self._profile.lead_signing_keys)

    def close_case(self) -> None:
        self.gate.close("closed")

    def check_idle(self) -> bool:
        return self.gate.check_idle()

    @property
    def open_case_id(self) -> str | None:
        access = self.gate.access
        return access.case_id if access is not None and access.open else None


def _view(access: CaseAccess) -> CaseView:
    payload = access.payload
    assert payload is not None
    return CaseView(case_id=access.case_id, category=payload.category,
                    created=payload.created, note=payload.note, draft=payload.draft,
                    reviewer=payload.reviewer, audio_flac=payload.audio_flac,
                    label_matches=access.label_matches, texts=payload.texts)
