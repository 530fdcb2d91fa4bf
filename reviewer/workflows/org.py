"""The organisation's own side (`reviewer org ...`): its keys, signing workstation profiles,
and packing NeMo manifests into signed packages sealed to one workstation.

The organisation's key file holds its Ed25519 signing key and the age identity its
workstations seal exports to, locked by a passphrase only (it belongs on an offline machine of
the data team, not on a workstation with a keyring). Its public half, the organisation file,
is what IT installs on every workstation.
"""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from reviewer.core.exchange_settings import S3Exchange, SettingsRefused, parse_s3_exchange
from reviewer.core.lead import DEFAULT_KDF, KdfParams, LeadSecrets, SealPort
from reviewer.core.profile import Exchange, Lead, Profile, Role, parse_profile_body
from reviewer.core.settings_policy import SettingsPolicy
from reviewer.core.trust import (
    KIND_PROFILE,
    Organisation,
    OrganisationKey,
    TrustRefused,
    age_recipient,
    check_keys,
    key_id_of,
    loads_document,
    organisation_to_bytes,
    parse_organisation,
    parse_request,
)
from reviewer.workflows.trust import check_request, sign_document

# The key file format is the lead's (reviewer-lead-keys/1) with no keyring part: a fixed
# all-zero "keyring secret" leaves the passphrase as the only key.
NO_KEYRING = base64.b64encode(bytes(32)).decode()
_ROSTER_KEYS = {"leads", "export_recipients", "exchange", "support_text"}


@dataclass(frozen=True)
class OrgSecrets:
    name: str
    signing_private: str = field(repr=False)
    signing_public: str = ""
    export_identity: str = field(default="", repr=False)  # age secret: opens sealed exports

    @property
    def key_id(self) -> str:
        return key_id_of(self.signing_public)


def init_organisation(crypto: SealPort, name: str, passphrase: str,
                      kdf: KdfParams = DEFAULT_KDF) -> tuple[Organisation, bytes, str]:
    """A new organisation: (its public organisation file, its locked key file, the age
    recipient workstations seal exports to)."""
    if len(passphrase) < 12:
        raise TrustRefused("the organisation's passphrase must be at least 12 characters")
    private, public = crypto.new_signing_key()
    export_secret, export_recipient = crypto.new_identity()
    org = Organisation(name, (OrganisationKey(key_id_of(public), public),),
                       allow_unsigned_packages=False, settings=SettingsPolicy())
    parse_organisation(organisation_to_bytes(org))  # what workstations will read must parse
    locked = crypto.lock_secrets(LeadSecrets(name, export_secret, private, ""), passphrase,
                                 NO_KEYRING, kdf)
    return org, locked, export_recipient


def unlock_organisation(crypto: SealPort, key_file: bytes, passphrase: str) -> OrgSecrets:
    secrets = crypto.unlock_secrets(key_file, passphrase, NO_KEYRING)
    return OrgSecrets(secrets.name, secrets.signing_private,
                      crypto.signing_public(secrets.signing_private), secrets.age_secret)


def sign_profile(crypto: SealPort, org: OrgSecrets, request: bytes, roster: bytes, *,
                 reviewer: str, role: Role, days: int, today: dt.date,
                 workstation: str | None = None) -> bytes:
    """A profile for the workstation that made `request`, with the leads, export recipients,
    exchange and support text of `roster`, valid for `days` days, signed by the organisation.
    When the roster names an S3 exchange, `workstation` is this workstation's name in it."""
    if not 1 <= days <= 730:
        raise TrustRefused("a profile is valid for 1 to 730 days")
    parsed = parse_request(request)
    check_request(crypto, parsed)
    profile = Profile(reviewer=reviewer, role=role, workstation=parsed.workstation,
                      issued=today, expires=today + dt.timedelta(days=days),
                      **_roster(roster, workstation))
    body = profile.to_bytes()
    parse_profile_body(body)  # what is signed must read back: the pseudonym and keys checked
    return sign_document(crypto, org.signing_private, org.signing_public, KIND_PROFILE, body)


def _roster(data: bytes, workstation: str | None = None) -> dict[str, Any]:
    obj = loads_document(data, "roster")
    check_keys(obj, _ROSTER_KEYS, "roster")
    leads = obj.get("leads", [])
    if not isinstance(leads, list) or not all(
            isinstance(x, Mapping) and set(x) == {"pseudonym", "age", "ed25519"}
            and all(isinstance(v, str) for v in x.values()) for x in leads):
        raise TrustRefused("roster: leads must be a list of {pseudonym, age, ed25519}, "
                           "each a string (as `reviewer lead init` prints them)")
    exports = obj.get("export_recipients", [])
    if not isinstance(exports, list):
        raise TrustRefused("roster: export_recipients must be a list")
    exchange = obj.get("exchange", {})
    if not isinstance(exchange, Mapping) or set(exchange) - {"inbox", "outbox", "escalations",
                                                             "s3"} \
            or not all(isinstance(v, str) for k, v in exchange.items() if k != "s3"):
        raise TrustRefused("roster: exchange may hold only inbox, outbox and escalations "
                           "folders, and s3")
    s3 = _roster_s3(exchange.get("s3"), workstation)
    support = obj.get("support_text", "")
    if not isinstance(support, str):
        raise TrustRefused("roster: support_text must be text")
    return {"leads": tuple(Lead(str(x.get("pseudonym")), str(x.get("age")),
                                str(x.get("ed25519"))) for x in leads),
            "export_recipients": tuple(age_recipient(r, "roster: export_recipients")
                                       for r in exports),
            "exchange": Exchange(str(exchange.get("inbox", "")),
                                 str(exchange.get("outbox", "")),
                                 str(exchange.get("escalations", "")), s3),
            "support_text": support}


def _roster_s3(s3: object, workstation: str | None) -> S3Exchange | None:
    """The roster's S3 exchange (shared by every workstation) with this one's name in it."""
    if s3 is None:
        if workstation is not None:
            raise TrustRefused("--workstation names a workstation in an S3 exchange, and the "
                               "roster names none (exchange.s3)")
        return None
    if not isinstance(s3, Mapping) or "workstation" in s3:
        raise TrustRefused("roster: exchange.s3 must be an object without 'workstation' "
                           "(each profile gets its own: --workstation)")
    if workstation is None:
        raise TrustRefused("the roster names an S3 exchange: give this workstation's name in "
                           "it (--workstation NAME)")
    try:
        return parse_s3_exchange({**s3, "workstation": workstation})
    except SettingsRefused as exc:
        raise TrustRefused(f"roster: exchange.{exc}") from None
