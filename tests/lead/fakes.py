"""Fakes for the escalation and lead workflows: audit log, vault source, keyring, clock."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pyotp

from reviewer.core.audit import canonical_details, check_event
from reviewer.core.escalation import EscalationCategory, EscalationMaterial, OwedEscalation
from reviewer.core.lead import FAST_TEST_KDF
from reviewer.core.profile import Exchange, Profile, Role
from reviewer.core.profile import Lead as ProfileLead
from reviewer.core.workspace_errors import ClipUnavailable
from reviewer.seal.kit import SealKit
from reviewer.workflows.lead_gate import LeadGate
from reviewer.workflows.lead_workspace import LeadEnrollment, LeadWorkspace

PASSPHRASE = "lead passphrase for tests"
REASON = "Reviewer flagged possible self-harm; checking urgency."


class FakeAudit:
    """Keeps entries in a list; applies the real audit log's rules for details."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, dict[str, Any]]] = []

    def append(self, event: str, details: Mapping[str, Any]) -> None:
        check_event(event)
        canonical_details(details)  # refuses free text just as the vault's log does
        self.entries.append((event, dict(details)))

    def events(self, name: str) -> list[dict[str, Any]]:
        return [d for e, d in self.entries if e == name]


@dataclass
class FakeSource:
    """The vault's escalation journal in memory (its audit entries go to `audit`)."""

    clips: dict[int, EscalationMaterial] = field(default_factory=dict)
    audit: FakeAudit = field(default_factory=lambda: FakeAudit())
    owed: dict[int, OwedEscalation] = field(default_factory=dict)
    erased: set[int] = field(default_factory=set)

    @property
    def locked(self) -> set[int]:
        return set(self.owed)

    def begin_escalation(self, local_id: int, case_id: str, category: EscalationCategory,
                         note: str, created: str) -> OwedEscalation:
        if local_id in self.owed:
            return self.owed[local_id]
        if local_id not in self.clips:
            raise ClipUnavailable(f"clip {local_id} is not in this workspace")
        self.owed[local_id] = OwedEscalation(local_id, case_id, category, note, created)
        self.audit.append("escalation.begin", {"clip": local_id, "case": case_id,
                                               "category": category.value})
        return self.owed[local_id]

    def owed_escalations(self) -> list[OwedEscalation]:
        return list(self.owed.values())

    def escalation_waiting(self, local_id: int, why: str) -> bool:
        owed = self.owed[local_id]
        if owed.waiting == why:
            return False
        self.owed[local_id] = replace(owed, waiting=why)
        self.audit.append("escalation.refused", {"clip": local_id,
                                                 "category": owed.category.value, "why": why})
        return True

    def escalation_material(self, local_id: int) -> EscalationMaterial:
        return self.clips[local_id]

    def complete_escalation(self, local_id: int, recipients: int) -> None:
        owed = self.owed.pop(local_id)
        del self.clips[local_id]
        self.erased.add(local_id)
        self.audit.append("escalation.sealed", {"clip": local_id, "case": owed.case_id,
                                                "category": owed.category.value,
                                                "recipients": recipients})


class DictStore:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get(self, service: str, name: str) -> str | None:
        return self.values.get((service, name))

    def set(self, service: str, name: str, value: str) -> None:
        self.values[(service, name)] = value

    def delete(self, service: str, name: str) -> None:
        self.values.pop((service, name), None)


class Clock:
    def __init__(self, now: float = 1_790_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def material(n: int = 1) -> EscalationMaterial:
    return EscalationMaterial(audio_flac=b"fLaC" + bytes(range(60)) * n,
                              draft=f"draft words {n}", clip_id=f"clip{n:08d}",
                              package_id="pkg_00000001")


@dataclass
class Lead:
    ws: LeadWorkspace
    enrolled: LeadEnrollment
    store: DictStore

    def code(self, at: float, offset: int = 0) -> str:
        return pyotp.TOTP(self.enrolled.totp_secret).at(at, counter_offset=offset)


def make_lead(root: Path, name: str) -> Lead:
    store = DictStore()
    ws = LeadWorkspace(root / name, store, SealKit())
    return Lead(ws, ws.init(name, PASSPHRASE, FAST_TEST_KDF), store)


def profile_for(leads: list[Lead], root: Path, support: str = "") -> Profile:
    return Profile(reviewer="rev-007", role=Role.REVIEWER,
                   leads=tuple(ProfileLead(x.enrolled.name, x.enrolled.recipient,
                                           x.enrolled.signing_key) for x in leads),
                   exchange=Exchange(inbox=str(root / "in"), outbox=str(root / "out"),
                                     escalations=str(root / "esc")),
                   support_text=support)


def gate_for(lead: Lead, clock: Clock, audit: FakeAudit) -> LeadGate:
    return LeadGate(lead.ws, audit, clock)
