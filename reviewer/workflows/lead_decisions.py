"""A lead's decision on an open case: audited, and written for the organisation."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.disclosure import DisclosureRequest
from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import NOTE_MAX, AuditSink, DecisionKind, DecisionRecord
from reviewer.fileio import atomic_write
from reviewer.workflows.disclosure import sign_request
from reviewer.workflows.escalate import iso_utc
from reviewer.workflows.lead_gate import LeadGate


@dataclass(frozen=True)
class DecisionWritten:
    record: Path
    disclosure: Path | None  # the signed request awaiting a second lead, if one was made


def decide(gate: LeadGate, audit: AuditSink, outbox: Path, case_id: str, kind: DecisionKind,
           comment: str = "") -> DecisionWritten:
    """Writes `decision-<case>-<kind>-<time>.json` (and `disclosure-<case>-<time>.json`, signed
    by this lead, awaiting a second lead's co-signature) into the outbox."""
    comment = comment.strip()
    if len(comment) > NOTE_MAX:
        raise RefusedInput(f"the comment is longer than {NOTE_MAX} characters")
    if not str(outbox) or str(outbox) == ".":
        raise RefusedInput("the profile names no outbox folder for decision records")
    access = gate.use(case_id, f"decide_{kind.value}")
    payload = access.payload
    assert payload is not None  # gate.use only returns open cases
    now = iso_utc(gate.now())
    record = DecisionRecord(case_id=case_id, clip_id=payload.clip_id,
                            package_id=payload.package_id, category=payload.category,
                            decision=kind, lead=access.lead, created=now,
                            access_reason=access.reason, comment=comment)
    stamp = now.replace("-", "").replace(":", "")  # records are never overwritten
    record_path = _fresh(outbox, f"decision-{case_id}-{kind.value}-{stamp}")
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
        atomic_write(record_path, (json.dumps(record.to_json(), indent=2, ensure_ascii=False)
                                   + "\n").encode())
    except OSError:
        audit.append("lead.decision", {"case": case_id, "decision": kind.value,
                                       "outcome": "failed", "why": "outbox_not_writable"})
        raise RefusedInput("the outbox folder cannot be written; the decision was not "
                           "recorded. Check the folder and try again.") from None
    audit.append("lead.decision", {"case": case_id, "decision": kind.value,
                                   "outcome": "written"})
    return DecisionWritten(record_path, disclosure_path)




def _fresh(folder: Path, stem: str) -> Path:
    """`stem.json`, or `stem-2.json`... when a record of the same second exists."""
    path, n = folder / f"{stem}.json", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}.json"
    return path
