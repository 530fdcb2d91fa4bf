"""A lead's decision on an open case: audited, and written for the organisation.

One decision per case. A second decision is refused unless the lead explicitly changes the
decision: the new record then supersedes the current one (naming it and the SHA-256 of its
bytes), and both stay in the outbox. What a case holds is read from the decision records in
the outbox (every lead's, where the outbox is shared; `reviewer-decision/1` records included)
and from this lead's audit log (for records whose file has left the outbox since).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.core.disclosure import DisclosureRequest
from reviewer.core.errors import Param, RefusedInput
from reviewer.core.escalation import NOTE_MAX, AuditTrail, DecisionKind, DecisionRecord
from reviewer.core.lead_cases import (
    CaseState,
    KnownDecision,
    from_record,
    opened_cases,
    parse_record_name,
)
from reviewer.core.lead_cases import case_state as combine
from reviewer.fileio import atomic_write
from reviewer.workflows.disclosure import sign_request
from reviewer.workflows.escalate import iso_utc
from reviewer.workflows.lead_gate import LeadGate

if TYPE_CHECKING:
    from reviewer.workflows.lead_travel import DecisionTravel


class AlreadyDecided(RefusedInput):
    """The case has a decision; only an explicit change replaces it."""

    code = "already_decided"

    def __init__(self, state: CaseState, message: str, **params: Param) -> None:
        self.state = state
        super().__init__(message)
        self.params = dict(params)


@dataclass(frozen=True)
class DecisionWritten:
    record: Path
    disclosure: Path | None  # the signed request awaiting a second lead, if one was made
    state: CaseState | None = None  # the case as it stands after this decision


class DecisionBook:
    """The decisions known for each case: the outbox's records and this lead's audit log.

    Records are never overwritten, so a record read once is kept by name (and size and time,
    should a file be replaced by hand)."""

    def __init__(self, outbox: Path, audit: AuditTrail) -> None:
        self.outbox = outbox
        self._audit = audit
        self._cache: dict[str, tuple[tuple[int, int], KnownDecision | None]] = {}

    def states(self, case_ids: Iterable[str]) -> dict[str, CaseState]:
        wanted = list(case_ids)
        records = self._records(set(wanted))
        opened, audited = self._audited()
        return {c: combine(c, records.get(c, []), audited.get(c, []), c in opened)
                for c in wanted}

    def state(self, case_id: str) -> CaseState:
        return self.states([case_id])[case_id]

    def _records(self, cases: set[str]) -> dict[str, list[KnownDecision]]:
        out: dict[str, list[KnownDecision]] = {}
        if not str(self.outbox) or str(self.outbox) == "." or not self.outbox.is_dir():
            return out
        for path in self.outbox.glob("decision-case-*.json"):
            name = parse_record_name(path.name)
            if name is None or name.case_id not in cases:
                continue
            known = self._read(path)
            if known is not None:
                out.setdefault(name.case_id, []).append(known)
        return out

    def _read(self, path: Path) -> KnownDecision | None:
        """The record at `path`, or None when it is not a readable record of its case."""
        try:
            stat = path.stat()
        except OSError:
            return None
        key = (stat.st_size, stat.st_mtime_ns)
        cached = self._cache.get(path.name)
        if cached is not None and cached[0] == key:
            return cached[1]
        known = None
        try:
            data = path.read_bytes()
            record = DecisionRecord.from_json(json.loads(data.decode("utf-8")))
            name = parse_record_name(path.name)
            if name is not None and record.case_id == name.case_id:
                known = from_record(path.name, hashlib.sha256(data).hexdigest(), record)
        except (OSError, ValueError, RefusedInput):
            known = None  # not a record this desk can read: it decides nothing here
        self._cache[path.name] = (key, known)
        return known

    def _audited(self) -> tuple[set[str], dict[str, list[KnownDecision]]]:
        entries = self._audit.recorded(("lead.gate", "lead.decision"))
        opened = opened_cases(d for e, d in entries if e == "lead.gate")
        audited: dict[str, list[KnownDecision]] = {}
        for event, d in entries:
            if event != "lead.decision" or d.get("outcome") != "written":
                continue
            try:
                kind = DecisionKind(str(d.get("decision")))
            except ValueError:
                continue
            record = d.get("record")
            name = parse_record_name(record) if isinstance(record, str) else None
            sha = d.get("sha256")
            audited.setdefault(str(d.get("case")), []).append(KnownDecision(
                decision=kind, record=record if name else None,
                sha256=sha if isinstance(sha, str) and name else None,
                created=name.created if name else "",
                # an entry naming its record was written by a desk that supersedes what it
                # replaces; one from before names never superseded anything
                supersedes=None if name else ()))
        return opened, audited


def decide(gate: LeadGate, audit: AuditTrail, outbox: Path, case_id: str, kind: DecisionKind,
           comment: str = "", *, change: bool = False,
           book: DecisionBook | None = None,
           travel: DecisionTravel | None = None) -> DecisionWritten:
    """Writes `decision-<case>-<kind>-<time>.json` (and `disclosure-<case>-<time>.json`, signed
    by this lead, awaiting a second lead's co-signature) into the outbox.

    A decided case is refused (AlreadyDecided) unless `change`: then the comment must say why,
    and the new record supersedes the case's current record(s). With `travel` (an S3
    exchange), the record's sealed copy is kept beside it first (workflows/lead_travel.py)."""
    comment = comment.strip()
    if len(comment) > NOTE_MAX:
        raise RefusedInput(f"the comment is longer than {NOTE_MAX} characters",
                           code="comment_too_long", maximum=NOTE_MAX)
    if not str(outbox) or str(outbox) == ".":
        raise RefusedInput("the profile names no outbox folder for decision records",
                           code="no_outbox")
    if travel is not None:
        travel.check()
    if change and not comment:
        raise RefusedInput("Write in the comment why the decision changes; the comment goes "
                           "into the new record.", code="change_needs_comment")
    access = gate.use(case_id, f"decide_{kind.value}")
    payload = access.payload
    assert payload is not None  # gate.use only returns open cases
    book = book if book is not None and book.outbox == outbox else DecisionBook(outbox, audit)
    state = book.state(case_id)
    current = state.current
    if change:
        if current is None:
            raise _refused(audit, case_id, kind, "not_decided", RefusedInput(
                "This case has no decision yet, so there is nothing to change.",
                code="not_decided"))
        if current.decision is kind and not state.conflicting:
            raise _refused(audit, case_id, kind, "same_decision", RefusedInput(
                f"“{kind.label}” is already the decision on this case.",
                code="same_decision", decision=kind.value))
    elif current is not None:
        raise _refused(audit, case_id, kind, "already_decided", AlreadyDecided(
            state, f"This case is already decided: {describe(current)}. To decide "
            "differently, choose Change decision: the new record supersedes this one, and "
            "both are kept.", decision=current.decision.value, created=current.created,
            lead=current.lead))
    now = iso_utc(gate.now())
    record = DecisionRecord(case_id=case_id, clip_id=payload.clip_id,
                            package_id=payload.package_id, category=payload.category,
                            decision=kind, lead=access.lead, created=now,
                            access_reason=access.reason, comment=comment,
                            supersedes=tuple(k.reference() for k in state.open_records)
                            if change else ())
    stamp = now.replace("-", "").replace(":", "")  # records are never overwritten
    record_path = _fresh(outbox, f"decision-{case_id}-{kind.value}-{stamp}")
    data = (json.dumps(record.to_json(), indent=2, ensure_ascii=False) + "\n").encode()
    disclosure_path = None
    try:
        if kind is DecisionKind.REQUEST_DISCLOSURE:
            reason = comment or access.reason
            request = sign_request(
                gate.crypto,
                DisclosureRequest(case_id=case_id, clip_id=payload.clip_id,
                                  package_id=payload.package_id, reason=reason, created=now,
                                  requested_by=access.lead),
                access.lead, access.signing_private)
            disclosure_path = _fresh(outbox, f"disclosure-{case_id}-{stamp}")
            atomic_write(disclosure_path, request.to_bytes())
        if travel is not None:
            travel.keep_sealed(record_path, travel.seal(record_path.name, data, access.lead,
                                                        access.signing_private))
        atomic_write(record_path, data)
    except OSError:
        audit.append("lead.decision", {"case": case_id, "decision": kind.value,
                                       "outcome": "failed", "why": "outbox_not_writable"})
        raise RefusedInput("the outbox folder cannot be written; the decision was not "
                           "recorded. Check the folder and try again.",
                           code="outbox_not_writable") from None
    details: dict[str, object] = {"case": case_id, "decision": kind.value,
                                  "outcome": "written", "record": record_path.name,
                                  "sha256": hashlib.sha256(data).hexdigest(),
                                  "change": change}
    if change:
        assert current is not None
        details.update(replaces=current.decision.value, supersedes=len(record.supersedes))
    audit.append("lead.decision", details)
    return DecisionWritten(record_path, disclosure_path, book.state(case_id))


def describe(decision: KnownDecision) -> str:
    """“Refer to the safety team” (2026-09-21 14:13 UTC, lead-a), as far as it is known."""
    facts = [decision.created[:16].replace("T", " ") + " UTC" if decision.created else "",
             decision.lead]
    extra = ", ".join(f for f in facts if f)
    return f"“{decision.decision.label}”" + (f" ({extra})" if extra else "")


def _refused(audit: AuditTrail, case_id: str, kind: DecisionKind, why: str,
             error: RefusedInput) -> RefusedInput:
    audit.append("lead.decision", {"case": case_id, "decision": kind.value,
                                   "outcome": "refused", "why": why})
    return error


def _fresh(folder: Path, stem: str) -> Path:
    """`stem.json`, or `stem-2.json`... when a record of the same second exists."""
    path, n = folder / f"{stem}.json", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}.json"
    return path
