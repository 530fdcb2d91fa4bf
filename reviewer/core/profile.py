"""The workstation profile (`reviewer-profile/1`), provisioned by the organisation."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from reviewer.core.errors import RefusedInput

PROFILE_FORMAT = "reviewer-profile/1"
_PSEUDONYM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{1,63}$")
_AGE_RECIPIENT = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
_KEYS = {"format", "reviewer", "role", "escalation_recipients", "lead_signing_keys",
         "exchange", "support_text"}
_EXCHANGE_KEYS = {"inbox", "outbox", "escalations"}


class Role(StrEnum):
    REVIEWER = "reviewer"
    LEAD = "lead"


@dataclass(frozen=True)
class Exchange:
    inbox: str
    outbox: str
    escalations: str


@dataclass(frozen=True)
class Profile:
    reviewer: str  # pseudonym; goes into exports
    role: Role
    escalation_recipients: tuple[str, ...]  # age X25519 public keys of the leads
    lead_signing_keys: Mapping[str, str] = field(default_factory=dict)  # pseudonym -> base64
    exchange: Exchange = Exchange("", "", "")
    support_text: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "format": PROFILE_FORMAT,
            "reviewer": self.reviewer,
            "role": self.role.value,
            "escalation_recipients": list(self.escalation_recipients),
            "lead_signing_keys": dict(self.lead_signing_keys),
            "exchange": {"inbox": self.exchange.inbox, "outbox": self.exchange.outbox,
                         "escalations": self.exchange.escalations},
            "support_text": self.support_text,
        }


def _refuse(field_name: str, why: str) -> RefusedInput:
    return RefusedInput(f"profile refused: {field_name}: {why}")


def _pseudonym(value: object, where: str) -> str:
    if not isinstance(value, str) or not _PSEUDONYM.match(value):
        raise _refuse(where, "must be a pseudonym of 2-64 letters, digits, '_', '.' or '-'")
    return value


def _ed25519_key(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise _refuse(where, "must be a base64 Ed25519 public key")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _refuse(where, "must be a base64 Ed25519 public key") from None
    if len(raw) != 32:
        raise _refuse(where, "must be a base64 Ed25519 public key (32 bytes)")
    return value


def parse_profile(data: object) -> Profile:
    """Validates a decoded profile document; errors name the field, never echo its value."""
    if not isinstance(data, Mapping):
        raise _refuse("<document>", "must be a JSON object")
    unknown = sorted(str(k) for k in data if k not in _KEYS)
    if unknown:
        raise _refuse(unknown[0] if _PSEUDONYM.match(unknown[0]) else "<key>", "unknown key")
    if data.get("format") != PROFILE_FORMAT:
        raise _refuse("format", f"must be {PROFILE_FORMAT!r}")
    reviewer = _pseudonym(data.get("reviewer"), "reviewer")
    try:
        role = Role(str(data.get("role")))
    except ValueError:
        raise _refuse("role", "must be 'reviewer' or 'lead'") from None
    recipients = data.get("escalation_recipients", [])
    if not isinstance(recipients, list) or not all(
            isinstance(r, str) and _AGE_RECIPIENT.match(r) for r in recipients):
        raise _refuse("escalation_recipients", "must be a list of age X25519 public keys")
    if len(set(recipients)) != len(recipients):
        raise _refuse("escalation_recipients", "lists a key twice")
    signing = data.get("lead_signing_keys", {})
    if not isinstance(signing, Mapping):
        raise _refuse("lead_signing_keys", "must map lead pseudonyms to public keys")
    keys = {_pseudonym(k, "lead_signing_keys"): _ed25519_key(v, f"lead_signing_keys.{k}")
            for k, v in signing.items()}
    exchange = data.get("exchange", {})
    if not isinstance(exchange, Mapping) or set(exchange) - _EXCHANGE_KEYS:
        raise _refuse("exchange", "must hold only 'inbox', 'outbox' and 'escalations'")
    folders = {}
    for k in sorted(_EXCHANGE_KEYS):
        v = exchange.get(k, "")
        if not isinstance(v, str) or "\x00" in v:
            raise _refuse(f"exchange.{k}", "must be a folder path")
        folders[k] = v
    support = data.get("support_text", "")
    if not isinstance(support, str) or len(support) > 4000:
        raise _refuse("support_text", "must be text of at most 4000 characters")
    return Profile(reviewer=reviewer, role=role, escalation_recipients=tuple(recipients),
                   lead_signing_keys=keys, exchange=Exchange(**folders), support_text=support)
