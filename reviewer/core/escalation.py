"""Escalations: categories, the sealed payload, lead decisions and their ports.

Pure domain: the payload's byte layout, the decision record and the ports the escalation
workflows reach the vault, the audit log and the envelope sealer through.
"""

from __future__ import annotations

import json
import re
import struct
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from reviewer.core.errors import RefusedInput

PAYLOAD_MAGIC = b"reviewer-escalation/1\n"
DECISION_FORMAT = "reviewer-decision/2"  # what is written; /1 records are still read
DECISION_FORMATS = ("reviewer-decision/1", DECISION_FORMAT)
CASE_ID = re.compile(r"^case-[0-9a-f]{16}$")
NOTE_MAX = 2000


class EscalationCategory(StrEnum):
    VIOLENCE_OR_CRIME = "violence_or_crime"
    SELF_HARM = "self_harm"
    CHILD_SAFETY = "child_safety"
    MEDICAL_EMERGENCY = "medical_emergency"
    OTHER_DISTRESS = "other_distress"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    EscalationCategory.VIOLENCE_OR_CRIME: "Violence or crime",
    EscalationCategory.SELF_HARM: "Self-harm",
    EscalationCategory.CHILD_SAFETY: "Child safety",
    EscalationCategory.MEDICAL_EMERGENCY: "Medical emergency",
    EscalationCategory.OTHER_DISTRESS: "Other distress",
}


class EscalationRefused(RefusedInput):
    """The clip could not be escalated; it stays locked and nothing was lost."""

    code = "escalation_refused"


class EnvelopeUnreadable(RefusedInput):
    """An envelope could not be opened: not ours, damaged or altered."""

    code = "envelope_unreadable"


@dataclass(frozen=True)
class ClipTexts:
    """The clip's texts the reviewer was shown beside the audio, as stored: the automatic
    transcript (`pred_text`) and the assistant's answer (`assistant_response`, masked by the
    identity gate at import). None: the clip had none."""

    pred_text: str | None = None
    assistant_response: str | None = None


@dataclass(frozen=True)
class EscalationMaterial:
    """What the reviewer's store hands over for sealing."""

    audio_flac: bytes
    draft: str
    clip_id: str  # upstream id: only ever inside the envelope and the decision record
    package_id: str
    texts: ClipTexts = ClipTexts()


@dataclass(frozen=True)
class EscalationPayload:
    """The plaintext inside an envelope."""

    case_id: str
    category: EscalationCategory
    note: str
    reviewer: str
    clip_id: str
    package_id: str
    created: str  # ISO 8601 UTC, seconds
    draft: str
    audio_flac: bytes
    # None: sealed before envelopes carried the clip's texts (the lead is told so).
    texts: ClipTexts | None = None

    def to_bytes(self) -> bytes:
        """Magic line, 4-byte big-endian header length, JSON header, then the FLAC bytes."""
        fields: dict[str, str | None] = {
            "case_id": self.case_id, "category": self.category.value, "note": self.note,
            "reviewer": self.reviewer, "clip_id": self.clip_id, "package_id": self.package_id,
            "created": self.created, "draft": self.draft,
        }
        if self.texts is not None:
            fields["pred_text"] = self.texts.pred_text
            fields["assistant_response"] = self.texts.assistant_response
        header = json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8")
        return PAYLOAD_MAGIC + struct.pack(">I", len(header)) + header + self.audio_flac

    @classmethod
    def from_bytes(cls, data: bytes) -> EscalationPayload:
        if not data.startswith(PAYLOAD_MAGIC) or len(data) < len(PAYLOAD_MAGIC) + 4:
            raise EnvelopeUnreadable("envelope content is not an escalation")
        at = len(PAYLOAD_MAGIC)
        (size,) = struct.unpack(">I", data[at:at + 4])
        raw = data[at + 4:at + 4 + size]
        try:
            header = json.loads(raw.decode("utf-8"))
            if not isinstance(header, dict):
                raise ValueError
            return cls(case_id=str(header["case_id"]),
                       category=EscalationCategory(header["category"]),
                       note=str(header["note"]), reviewer=str(header["reviewer"]),
                       clip_id=str(header["clip_id"]), package_id=str(header["package_id"]),
                       created=str(header["created"]), draft=str(header["draft"]),
                       audio_flac=data[at + 4 + size:], texts=_texts(header))
        except (ValueError, KeyError, UnicodeDecodeError):
            raise EnvelopeUnreadable("envelope content is malformed") from None


_TEXT_KEYS = ("pred_text", "assistant_response")


def _texts(header: Mapping[str, Any]) -> ClipTexts | None:
    """The clip's texts in a header: both keys (each a string or null), or neither (an
    envelope sealed before they were carried). Anything else is malformed (ValueError)."""
    present = [k for k in _TEXT_KEYS if k in header]
    if not present:
        return None
    if len(present) != len(_TEXT_KEYS) or not all(
            header[k] is None or isinstance(header[k], str) for k in _TEXT_KEYS):
        raise ValueError("clip texts")
    return ClipTexts(pred_text=header["pred_text"],
                     assistant_response=header["assistant_response"])


class DecisionKind(StrEnum):
    NO_ACTION = "no_action"
    REFER_SAFETY_TEAM = "refer_safety_team"
    REQUEST_DISCLOSURE = "request_disclosure"

    @property
    def label(self) -> str:
        return _DECISION_LABELS[self]


_DECISION_LABELS = {
    DecisionKind.NO_ACTION: "No action needed",
    DecisionKind.REFER_SAFETY_TEAM: "Refer to the safety team",
    DecisionKind.REQUEST_DISCLOSURE: "Request disclosure",
}


@dataclass(frozen=True)
class Superseded:
    """A reference to an earlier decision record that a later one replaces: its file name and
    the SHA-256 of its bytes (None when only the audit log knew of it, e.g. a decision made
    before records named each other), and its decision."""

    decision: DecisionKind
    record: str | None = None
    sha256: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"decision": self.decision.value, "record": self.record, "sha256": self.sha256}


@dataclass(frozen=True)
class DecisionRecord:
    """What the organisation receives about a lead's decision (no audio, no transcript).

    A case has one current decision. A record that `supersedes` earlier ones (a decision the
    lead explicitly changed) replaces them; the earlier records stay where they are.
    """

    case_id: str
    clip_id: str
    package_id: str
    category: EscalationCategory
    decision: DecisionKind
    lead: str
    created: str
    access_reason: str = ""  # what the lead wrote at the gate
    comment: str = ""
    supersedes: tuple[Superseded, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"format": DECISION_FORMAT, "case_id": self.case_id, "clip_id": self.clip_id,
                "package_id": self.package_id, "category": self.category.value,
                "decision": self.decision.value, "lead": self.lead,
                "created": self.created, "access_reason": self.access_reason,
                "comment": self.comment,
                "supersedes": [s.to_json() for s in self.supersedes]}

    @classmethod
    def from_json(cls, doc: object) -> DecisionRecord:
        """Reads `reviewer-decision/2` and the earlier `/1` (which never supersedes).
        Raises RefusedInput for anything else."""
        if not isinstance(doc, dict) or doc.get("format") not in DECISION_FORMATS:
            raise RefusedInput("not a decision record")
        keys = _RECORD_KEYS | ({"supersedes"} if doc["format"] == DECISION_FORMAT else set())
        if set(doc) != keys or not all(isinstance(doc[k], str) for k in _RECORD_KEYS):
            raise RefusedInput("the decision record is malformed")
        if not CASE_ID.match(doc["case_id"]):
            raise RefusedInput("the decision record names no valid case")
        try:
            return cls(case_id=doc["case_id"], clip_id=doc["clip_id"],
                       package_id=doc["package_id"],
                       category=EscalationCategory(doc["category"]),
                       decision=DecisionKind(doc["decision"]), lead=doc["lead"],
                       created=doc["created"], access_reason=doc["access_reason"],
                       comment=doc["comment"],
                       supersedes=_superseded(doc.get("supersedes", [])))
        except ValueError:
            raise RefusedInput("the decision record is malformed") from None


_RECORD_KEYS = frozenset({"format", "case_id", "clip_id", "package_id", "category", "decision",
                          "lead", "created", "access_reason", "comment"})
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _superseded(items: object) -> tuple[Superseded, ...]:
    if not isinstance(items, list):
        raise ValueError("supersedes")
    out = []
    for item in items:
        if not isinstance(item, dict) or set(item) != {"decision", "record", "sha256"}:
            raise ValueError("supersedes")
        record, digest = item["record"], item["sha256"]
        if not (record is None or isinstance(record, str)) or not (
                digest is None or (isinstance(digest, str) and _SHA256.match(digest))):
            raise ValueError("supersedes")
        out.append(Superseded(DecisionKind(item["decision"]), record, digest))
    return tuple(out)


@dataclass(frozen=True)
class InboxEntry:
    """An imported envelope as the lead inbox lists it: category and date only."""

    case_id: str
    category: EscalationCategory
    created: str  # ISO 8601 UTC


def envelope_name(case_id: str, category: EscalationCategory, created: str) -> str:
    """`20261122T031000Z_self_harm_case-0123456789abcdef.age`: sortable, no identity."""
    stamp = created.replace("-", "").replace(":", "").replace("+00:00", "Z")
    return f"{stamp}_{category.value}_{case_id}.age"


_NAME = re.compile(r"^(\d{8}T\d{6}Z)_([a-z_]+)_(case-[0-9a-f]{16})\.age$")


def parse_envelope_name(name: str) -> InboxEntry | None:
    """The inbox label of an envelope file, or None when the name is not ours."""
    match = _NAME.match(name)
    if not match:
        return None
    stamp, category, case_id = match.groups()
    try:
        cat = EscalationCategory(category)
    except ValueError:
        return None
    created = (f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[9:11]}:{stamp[11:13]}:"
               f"{stamp[13:15]}Z")
    return InboxEntry(case_id=case_id, category=cat, created=created)


def support_message(support_text: str, escalations_this_session: int) -> tuple[str, bool]:
    """The text shown after an escalation, and whether to suggest a break (from the 3rd)."""
    text = support_text.strip() or (
        "Thank you. Hearing this can be hard. You can take a break now; your work is saved.")
    return text, escalations_this_session >= 3


# ---------------------------------------------------------------- ports


class AuditSink(Protocol):
    """The append-only audit log (the vault's in production)."""

    def append(self, event: str, details: Mapping[str, Any]) -> None: ...


class AuditTrail(AuditSink, Protocol):
    """The audit log, also read back: the lead desk learns from it which cases were opened
    and decided here (the vault's log in production: encrypted and HMAC-chained)."""

    def recorded(self, events: Collection[str]) -> list[tuple[str, dict[str, Any]]]:
        """(event, details) of every entry of these events, oldest first."""
        ...


@dataclass(frozen=True)
class OwedEscalation:
    """An escalation the vault has recorded and not yet completed: its clip is locked (no
    play, submit, skip or export) until the case is sealed and the clip erased. `waiting`
    says why it could not be completed yet (no recipients, no folder, folder not writable),
    None while it is being sealed."""

    local_id: int
    case_id: str
    category: EscalationCategory
    note: str
    created: str
    waiting: str | None = None


class EscalationSource(Protocol):
    """What the escalation workflow needs from the reviewer's vault: a journal of owed
    escalations, each step one transaction with its audit entry."""

    def begin_escalation(self, local_id: int, case_id: str, category: EscalationCategory,
                         note: str, created: str) -> OwedEscalation:
        """Records the escalation and locks the clip (audited), or returns the one already
        owed for this clip: a clip is never escalated into two cases."""
        ...

    def owed_escalations(self) -> list[OwedEscalation]:
        """Every escalation begun and not completed, oldest first."""
        ...

    def escalation_waiting(self, local_id: int, why: str) -> bool:
        """Records why the escalation cannot complete yet; audited (`escalation.refused`)
        only when the reason changes. True when it changed."""
        ...

    def escalation_material(self, local_id: int) -> EscalationMaterial:
        """Decrypted audio, draft text and upstream ids of the clip."""
        ...

    def complete_escalation(self, local_id: int, recipients: int) -> None:
        """Erases the clip's audio, draft and key material, marks it escalated and forgets
        the owed escalation, with its audit entries, in one transaction."""
        ...
