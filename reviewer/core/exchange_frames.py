"""What the lead side puts on the exchange, byte for byte (pure: no keys, no I/O).

An escalation travels as `reviewer-escalation-spool/1`: one line naming the envelope, then the
envelope (age, sealed to the leads). The store names objects by content hash, yet the lead's
inbox lists category and date before anything is opened (opening needs passphrase and code);
so the envelope's own file name, `20261122T031000Z_self_harm_case-0123456789abcdef.age`,
travels in front of it. That is exactly what the shared folder showed in its listing (date,
category, case id) and nothing more; the store is read by the same people (leads and the
organisation). The name is checked on arrival; the gate checks it again against the sealed
payload when the case is opened (a relabelled envelope opens with `label_matches` false).

A decision record travels as age sealed to the organisation's export recipients, around
`reviewer-decision-sealed/1`: the lead workstation's profile as the organisation signed it,
the lead's pseudonym, the lead's Ed25519 signature over the record, the record's file name
and the record. The organisation checks its own signature on the profile, finds the lead in
the profile's `leads` and checks the lead's signature: a record is the lead's own word,
whoever carried it.
"""

from __future__ import annotations

import hashlib
import re

from reviewer.core.escalation import EnvelopeUnreadable, InboxEntry, parse_envelope_name
from reviewer.core.framing import join_parts, split_parts
from reviewer.core.lead_cases import parse_record_name

ENVELOPE_MAGIC = b"reviewer-escalation-spool/1\n"
DECISION_MAGIC = b"reviewer-decision-sealed/1\n"
_MAX_PART = 256 * 1024
_LEAD = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{1,63}$")


class FrameRefused(ValueError):
    """Not a frame of this kind, or a damaged one (the message says which part)."""


def frame_envelope(name: str, envelope: bytes) -> bytes:
    if parse_envelope_name(name) is None:
        raise ValueError(f"not an envelope name: {name[:80]!r}")
    return ENVELOPE_MAGIC + name.encode("ascii") + b"\n" + envelope


def unframe_envelope(data: bytes) -> tuple[str, InboxEntry, bytes]:
    """(envelope file name, its inbox label, the sealed envelope); EnvelopeUnreadable when
    the bytes are not a framed envelope with a name the inbox accepts."""
    if not data.startswith(ENVELOPE_MAGIC):
        raise EnvelopeUnreadable("not an escalation from the exchange")
    end = data.find(b"\n", len(ENVELOPE_MAGIC), len(ENVELOPE_MAGIC) + 128)
    try:
        name = data[len(ENVELOPE_MAGIC):end].decode("ascii") if end > 0 else ""
    except UnicodeDecodeError:
        name = ""
    entry = parse_envelope_name(name)
    if entry is None or len(data) == end + 1:
        raise EnvelopeUnreadable("the escalation from the exchange is damaged")
    return name, entry, data[end + 1:]


def decision_message(record: bytes) -> bytes:
    """What a lead signs for a decision record: its SHA-256 under a purpose of its own (a
    signature on a record can never pass for one on a disclosure request or an export)."""
    return b"reviewer-decision-signature/1\n" + hashlib.sha256(record).hexdigest().encode()


def frame_decision(profile: bytes, lead: str, signature: str, name: str, record: bytes) -> bytes:
    if parse_record_name(name) is None or not _LEAD.fullmatch(lead):
        raise ValueError("not a decision record name or lead pseudonym")
    return join_parts(DECISION_MAGIC, (profile, lead.encode(), signature.encode(),
                                       name.encode()), record)


def unframe_decision(plain: bytes) -> tuple[bytes, str, str, str, bytes]:
    """(signed profile, lead, signature, record name, record); FrameRefused if damaged."""
    if not plain.startswith(DECISION_MAGIC):
        raise FrameRefused("not a sealed decision record")
    split = split_parts(plain, DECISION_MAGIC, 4, _MAX_PART)
    if split is None:
        raise FrameRefused("the sealed decision record is truncated or damaged")
    parts, record = split
    try:
        lead, signature, name = (p.decode("ascii") for p in parts[1:])
    except UnicodeDecodeError:
        raise FrameRefused("the sealed decision record is damaged") from None
    if not _LEAD.fullmatch(lead) or parse_record_name(name) is None:
        raise FrameRefused("the sealed decision record names no lead or record")
    return parts[0], lead, signature, name, record
