"""Where a case stands on the lead desk: new, opened, or decided (and with what).

Pure: the workflow reads the decision records in the outbox and the lead's audit log, and
this module says what they add up to. A case has one current decision. Changing it writes a
record that supersedes the ones it replaces; every record is kept. The current decision is the
latest record; records that no later record replaces are the case's "open" records, and more
than one of them means the case holds contradictory decisions (two leads who decided at the
same time, or records from before one decision per case was enforced), which a change settles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from reviewer.core.escalation import DecisionKind, DecisionRecord, Superseded


class CaseStatus(StrEnum):
    NEW = "new"  # never opened here, no decision known
    OPENED = "opened"  # opened through the gate, not decided
    DECIDED = "decided"


@dataclass(frozen=True)
class KnownDecision:
    """A decision on a case, from its record in the outbox or (when the file is gone) from
    the lead's audit log. `supersedes` names the records it replaces; None when unknown (an
    audit entry: by construction it replaced every record before it)."""

    decision: DecisionKind
    record: str | None  # the record's file name; None for an audit entry of before names
    sha256: str | None
    created: str  # YYYY-MM-DDTHH:MM:SSZ; "" when unknown
    lead: str = ""
    supersedes: tuple[str, ...] | None = ()

    def reference(self) -> Superseded:
        return Superseded(self.decision, self.record, self.sha256)


@dataclass(frozen=True)
class CaseState:
    case_id: str
    status: CaseStatus
    decisions: tuple[KnownDecision, ...] = ()  # oldest first
    open_records: tuple[KnownDecision, ...] = ()  # not replaced by a later record

    @property
    def current(self) -> KnownDecision | None:
        return self.decisions[-1] if self.decisions else None

    @property
    def conflicting(self) -> bool:
        return len(self.open_records) > 1

    @property
    def changed(self) -> bool:
        return len(self.decisions) > 1 and not self.conflicting


def from_record(name: str, sha256: str, record: DecisionRecord) -> KnownDecision:
    return KnownDecision(decision=record.decision, record=name, sha256=sha256,
                         created=record.created, lead=record.lead,
                         supersedes=tuple(s.record for s in record.supersedes if s.record))


_RECORD_NAME = re.compile(r"^decision-(case-[0-9a-f]{16})-([a-z_]+)-(\d{8}T\d{6}Z)(?:-(\d+))?"
                          r"\.json$")


@dataclass(frozen=True)
class RecordName:
    case_id: str
    decision: str
    created: str
    number: int  # 1, or n for the `-n` a record of the same second gets


def parse_record_name(name: str) -> RecordName | None:
    """`decision-<case>-<decision>-<YYYYMMDDTHHMMSSZ>[-n].json`, or None."""
    match = _RECORD_NAME.match(name)
    if not match:
        return None
    case_id, decision, stamp, number = match.groups()
    created = (f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[9:11]}:{stamp[11:13]}:"
               f"{stamp[13:15]}Z")
    return RecordName(case_id, decision, created, int(number or 1))


def case_state(case_id: str, records: Sequence[KnownDecision],
               audited: Sequence[KnownDecision], opened: bool) -> CaseState:
    """What the case's records (from the outbox) and the lead's audited decisions say.

    An audited decision whose record is in the outbox is that record. One whose file is gone
    still counts, with what the audit log knew. Audit entries from before decisions named
    their records count only when nothing else is known of the case.
    """
    names = {r.record for r in records}
    extra = [a for a in audited if a.record is not None and a.record not in names]
    known = [*records, *extra]
    # without records, audit entries from before names count, in log order
    known = _ordered(known) if known else [a for a in audited if a.record is None]
    if not known:
        return CaseState(case_id, CaseStatus.OPENED if opened else CaseStatus.NEW)
    referenced = {n for k in known if k.supersedes for n in k.supersedes}
    open_records: list[KnownDecision] = []
    for k in known:
        if k.supersedes is None:
            open_records = []  # an own decision replaced everything before it
        if k.record is None or k.record not in referenced:
            open_records.append(k)
    return CaseState(case_id, CaseStatus.DECIDED, tuple(known), tuple(open_records))


def _ordered(known: list[KnownDecision]) -> list[KnownDecision]:
    """By time; in one second, a record after those it replaces, then by its `-n`."""
    by_name = {k.record: k for k in known if k.record is not None}
    depth: dict[str, int] = {}

    def chain(k: KnownDecision, seen: frozenset[str] = frozenset()) -> int:
        if k.record is None or not k.supersedes:
            return 0
        if k.record in depth:
            return depth[k.record]
        earlier = [by_name[n] for n in k.supersedes if n in by_name and n not in seen]
        value = 1 + max((chain(e, seen | {k.record}) for e in earlier), default=0)
        depth[k.record] = value
        return value

    def number(k: KnownDecision) -> int:
        parsed = parse_record_name(k.record) if k.record else None
        return parsed.number if parsed else 0

    return sorted(known, key=lambda k: (k.created, chain(k), number(k), k.record or ""))


def opened_cases(gate_entries: Iterable[Mapping[str, object]]) -> set[str]:
    """Cases a `lead.gate` entry says were opened (granted, not a co-signature)."""
    return {str(d["case"]) for d in gate_entries
            if d.get("outcome") == "granted" and "action" not in d and "case" in d}
