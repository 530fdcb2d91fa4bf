"""The workstation profile (`reviewer-profile/2`): the body of a document the organisation
signs (core/trust.py), made from the workstation's enrollment request.

Everything the app trusts about its people comes from here and only here: the leads
escalations are sealed to and whose signatures count on a disclosure request, the recipients
of exports, the exchange folders and the support text. A profile is for one workstation (its
keys are in it) and expires.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from reviewer.core.exchange_settings import S3Exchange, SettingsRefused, parse_s3_exchange
from reviewer.core.trust import (
    TrustRefused,
    WorkstationKeys,
    age_recipient,
    b64_key,
    check_keys,
    iso_date,
    loads_document,
    workstation_keys,
)

PROFILE_FORMAT = "reviewer-profile/2"
# A pseudonym: what exports name the reviewer by (also in core/export_schemas.py).
PSEUDONYM_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{1,63}$"
_PSEUDONYM = re.compile(PSEUDONYM_PATTERN)
_KEYS = {"format", "reviewer", "role", "workstation", "leads", "export_recipients",
         "exchange", "support_text", "issued", "expires"}
_FOLDER_KEYS = ("escalations", "inbox", "outbox")
_EXCHANGE_KEYS = {*_FOLDER_KEYS, "s3"}
MAX_LEADS = 64


class Role(StrEnum):
    REVIEWER = "reviewer"
    LEAD = "lead"


@dataclass(frozen=True)
class Exchange:
    """Shared folders (any may be ""), and an S3 exchange when the organisation runs one
    (then `reviewer sync` moves the sealed files and the app uses its spool)."""

    inbox: str
    outbox: str
    escalations: str
    s3: S3Exchange | None = None

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"inbox": self.inbox, "outbox": self.outbox,
                               "escalations": self.escalations}
        if self.s3 is not None:
            doc["s3"] = self.s3.to_json()
        return doc


@dataclass(frozen=True)
class Lead:
    pseudonym: str
    age: str  # escalations are sealed to it
    ed25519: str  # base64: this lead's signature on a disclosure request


@dataclass(frozen=True)
class Profile:
    reviewer: str  # pseudonym; goes into exports
    role: Role
    leads: tuple[Lead, ...] = ()
    exchange: Exchange = Exchange("", "", "")
    support_text: str = ""
    workstation: WorkstationKeys | None = None  # None only for the in-process demo
    export_recipients: tuple[str, ...] = ()
    issued: dt.date | None = None
    expires: dt.date | None = None

    @property
    def escalation_recipients(self) -> tuple[str, ...]:
        return tuple(lead.age for lead in self.leads)

    @property
    def lead_signing_keys(self) -> Mapping[str, str]:
        return {lead.pseudonym: lead.ed25519 for lead in self.leads}

    def expired(self, today: dt.date) -> bool:
        return self.expires is not None and today > self.expires

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "format": PROFILE_FORMAT, "reviewer": self.reviewer, "role": self.role.value,
            "leads": [{"pseudonym": x.pseudonym, "age": x.age, "ed25519": x.ed25519}
                      for x in self.leads],
            "export_recipients": list(self.export_recipients),
            "exchange": self.exchange.to_json(),
            "support_text": self.support_text,
        }
        if self.workstation is not None:
            doc["workstation"] = {"age": self.workstation.age,
                                  "ed25519": self.workstation.ed25519}
        if self.issued is not None:
            doc["issued"] = self.issued.isoformat()
        if self.expires is not None:
            doc["expires"] = self.expires.isoformat()
        return doc

    def to_bytes(self) -> bytes:
        return json.dumps(self.to_json(), sort_keys=True).encode()


def _refuse(field_name: str, why: str) -> TrustRefused:
    """Names the field (a window shows it), never the value."""
    return TrustRefused(f"profile refused: {field_name}: {why}", code="profile_field_refused",
                        field=field_name)


def _pseudonym(value: object, where: str) -> str:
    if not isinstance(value, str) or not _PSEUDONYM.fullmatch(value):
        raise _refuse(where, "must be a pseudonym of 2-64 letters, digits, '_', '.' or '-'")
    return value


def parse_profile_body(data: bytes) -> Profile:
    """Validates the signed body of a profile; errors name the field, never echo a value."""
    obj = loads_document(data, "profile")
    return parse_profile(obj)


def parse_profile(data: object) -> Profile:
    if not isinstance(data, Mapping):
        raise _refuse("<document>", "must be a JSON object")
    check_keys(data, _KEYS, "profile refused")
    if data.get("format") != PROFILE_FORMAT:
        raise _refuse("format", f"must be {PROFILE_FORMAT!r}")
    reviewer = _pseudonym(data.get("reviewer"), "reviewer")
    try:
        role = Role(str(data.get("role")))
    except ValueError:
        raise _refuse("role", "must be 'reviewer' or 'lead'") from None
    leads = _leads(data.get("leads", []))
    recipients = data.get("export_recipients", [])
    if not isinstance(recipients, list) or len(recipients) > MAX_LEADS:
        raise _refuse("export_recipients", "must be a list of age X25519 public keys")
    exports = tuple(age_recipient(r, "profile refused: export_recipients") for r in recipients)
    exchange = data.get("exchange", {})
    if not isinstance(exchange, Mapping) or set(exchange) - _EXCHANGE_KEYS:
        raise _refuse("exchange", "must hold only 'inbox', 'outbox', 'escalations' and 's3'")
    folders = {}
    for k in _FOLDER_KEYS:
        v = exchange.get(k, "")
        if not isinstance(v, str) or "\x00" in v or len(v) > 1024:
            raise _refuse(f"exchange.{k}", "must be a folder path")
        folders[k] = v
    try:
        s3 = parse_s3_exchange(exchange["s3"]) if "s3" in exchange else None
    except SettingsRefused as exc:
        # The settings' message starts with the field it refused ("s3.endpoint: ...").
        where = str(exc).split(":", 1)[0]
        refused = _refuse("exchange", str(exc))
        if re.fullmatch(r"s3(\.[a-z_]{1,32})?", where):
            refused.params["field"] = f"exchange.{where}"
        raise refused from None
    support = data.get("support_text", "")
    if not isinstance(support, str) or len(support) > 4000:
        raise _refuse("support_text", "must be text of at most 4000 characters")
    workstation = (workstation_keys(data["workstation"], "profile refused: workstation")
                   if "workstation" in data else None)
    issued = iso_date(data["issued"], "profile refused: issued") if "issued" in data else None
    expires = (iso_date(data["expires"], "profile refused: expires")
               if "expires" in data else None)
    return Profile(reviewer=reviewer, role=role, leads=leads, exchange=Exchange(**folders, s3=s3),
                   support_text=support, workstation=workstation, export_recipients=exports,
                   issued=issued, expires=expires)


def _leads(value: object) -> tuple[Lead, ...]:
    if not isinstance(value, list) or len(value) > MAX_LEADS:
        raise _refuse("leads", f"must be a list of at most {MAX_LEADS} leads")
    out: list[Lead] = []
    for n, item in enumerate(value):
        where = f"leads[{n}]"
        if not isinstance(item, Mapping) or set(item) != {"pseudonym", "age", "ed25519"}:
            raise _refuse(where, "must be {pseudonym, age, ed25519}")
        out.append(Lead(_pseudonym(item["pseudonym"], f"{where}.pseudonym"),
                        age_recipient(item["age"], f"profile refused: {where}.age"),
                        b64_key(item["ed25519"], f"profile refused: {where}.ed25519")))
    if len({x.pseudonym for x in out}) != len(out):
        raise _refuse("leads", "lists a pseudonym twice")
    if len({x.age for x in out}) != len(out) or len({x.ed25519 for x in out}) != len(out):
        raise _refuse("leads", "lists a key twice (one person, two names?)")
    return tuple(out)
