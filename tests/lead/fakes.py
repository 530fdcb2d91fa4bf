"""Fakes for the escalation and lead workflows: audit log, vault source, keyring, clock."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
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
from reviewer.fileio import atomic_write
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

    def recorded(self, events: Collection[str]) -> list[tuple[str, dict[str, Any]]]:
        return [(e, dict(d)) for e, d in self.entries if e in events]


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
    """SecretStore fake; `failure` makes every get and set raise it (a locked keyring)."""

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}
        self.failure: Exception | None = None

    def get(self, service: str, name: str) -> str | None:
        if self.failure is not None:
            raise self.failure
        return self.values.get((service, name))

    def set(self, service: str, name: str, value: str) -> None:
        if self.failure is not None:
            raise self.failure
        self.values[(service, name)] = value

    def delete(self, service: str, name: str) -> None:
        self.values.pop((service, name), None)


class FileStore:
    """SecretStore fake kept in a JSON file, so that several processes share one keyring."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, str]:
        try:
            doc: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return doc

    def get(self, service: str, name: str) -> str | None:
        return self._read().get(f"{service}/{name}")

    def set(self, service: str, name: str, value: str) -> None:
        doc = self._read()
        doc[f"{service}/{name}"] = value
        atomic_write(self.path, json.dumps(doc).encode())

    def delete(self, service: str, name: str) -> None:
        doc = self._read()
        doc.pop(f"{service}/{name}", None)
        atomic_write(self.path, json.dumps(doc).encode())


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


def make_lead(root: Path, name: str, store: Any = None) -> Lead:
    store = DictStore() if store is None else store
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


def race_attempt(root: str, store_file: str, at: float, case_id: str, code: str,
                 barrier: Any, results: Any) -> None:
    """One gate in its own process (spawned by the race test): waits for the other, then
    tries `code`; puts "granted" or the denial's code on `results`."""
    from reviewer.workflows.lead_gate import AccessDenied

    ws = LeadWorkspace(Path(root), FileStore(Path(store_file)), SealKit())
    gate = LeadGate(ws, FakeAudit(), Clock(at))
    barrier.wait(timeout=60)
    try:
        gate.request(case_id, PASSPHRASE, code, REASON)
        results.put("granted")
    except AccessDenied as denied:
        results.put(denied.why)
