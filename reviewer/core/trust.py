"""The root of trust: the organisation file, signed documents, enrollment requests and the
signature of a sealed package. Pure parsing and canonical bytes; signatures are checked by
the seal port (workflows/trust.py), files are read by reviewer/trust/.

Every parser refuses unknown keys and wrong shapes with one line naming the field, never a
value. A signature covers `reviewer-signed/1 NUL kind NUL body`: the kind keeps a signature
made for one purpose (a profile) from being replayed for another (a package).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from reviewer.core.errors import RefusedInput
from reviewer.core.framing import join_parts, split_parts
from reviewer.core.settings_policy import SettingsPolicy, parse_settings_policy
from reviewer.core.text_rules import TextKind, text_fault

ORGANISATION_FORMAT = "reviewer-organisation/1"
SIGNED_FORMAT = "reviewer-signed/1"
REQUEST_FORMAT = "reviewer-enrollment/1"
PACKAGE_SIGNATURE_FORMAT = "reviewer-package-signature/1"
KIND_PROFILE = "profile"
KIND_PACKAGE = "package"
KIND_EXPORT = "export"
KINDS = (KIND_PROFILE, KIND_PACKAGE, KIND_EXPORT)
MAX_DOCUMENT_BYTES = 256 * 1024

KEY_ID = re.compile(r"^[0-9a-f]{16}$")
AGE_RECIPIENT = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
_NAME = re.compile(r"^[^\x00-\x1f\x7f]{1,120}$")


class TrustRefused(RefusedInput):
    """A document or file is not trusted (unsigned, forged, revoked, expired, insecure)."""

    code = "trust_refused"


def field_refused(where: str, message: str) -> TrustRefused:
    """A refusal naming the field (`where` is "document: field"), never its value: a window
    words a profile's field apart from a field of any other signed document."""
    document, _, name = where.rpartition(": ")
    if document.startswith("profile"):
        return TrustRefused(message, code="profile_field_refused", field=name or document)
    return TrustRefused(message, code="field_invalid", field=name or document)


def loads_document(data: bytes, what: str) -> dict[str, Any]:
    """A JSON object from `data` (strict: UTF-8, no duplicate keys, size-capped)."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise TrustRefused(f"{what} is too large", code="document_invalid")

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in items:
            if k in out:
                raise TrustRefused(f"{what} has a key twice", code="document_invalid")
            out[k] = v
        return out

    try:
        obj = json.loads(data.decode("utf-8"), object_pairs_hook=pairs)
    except TrustRefused:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise TrustRefused(f"{what} is not valid JSON (UTF-8)",
                           code="document_invalid") from None
    if not isinstance(obj, dict):
        raise TrustRefused(f"{what} must be a JSON object", code="document_invalid")
    return obj


def check_keys(obj: Mapping[Any, Any], allowed: set[str], what: str) -> None:
    unknown = [str(k) for k in obj if k not in allowed]
    if unknown:
        shown = unknown[0] if re.fullmatch(r"[a-z_]{1,32}", unknown[0]) and unknown[0] in (
            allowed | {"format"}) else "<key>"
        raise TrustRefused(f"{what}: unknown key {shown}", code="unknown_field")


def load_document(data: bytes, what: str, fmt: str, keys: set[str]) -> dict[str, Any]:
    """A JSON object of format `fmt` with no key outside `keys` (plus `format`)."""
    obj = loads_document(data, what)
    if obj.get("format") != fmt:
        raise TrustRefused(f"{what}: format must be {fmt}", code="document_wrong_format",
                           format=fmt)
    check_keys(obj, keys | {"format"}, what)
    return obj


def b64_bytes(value: object, where: str) -> bytes:
    """Strict base64 (no stray characters) of a JSON string."""
    if not isinstance(value, str):
        raise field_refused(where, f"{where}: must be base64")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise field_refused(where, f"{where}: must be base64") from None


def b64_key(value: object, where: str, size: int = 32) -> str:
    """A base64 Ed25519 public key (or signature, with size=64)."""
    if len(b64_bytes(value, where)) != size:
        raise field_refused(where, f"{where}: must be {size} bytes")
    return str(value)


def age_recipient(value: object, where: str) -> str:
    if not isinstance(value, str) or not AGE_RECIPIENT.fullmatch(value):
        raise field_refused(where, f"{where}: must be an age X25519 public key (age1...)")
    return value


def key_id_of(public_b64: str) -> str:
    """A short stable name for an Ed25519 public key (hex of its first 8 bytes)."""
    return base64.b64decode(public_b64)[:8].hex()


def iso_date(value: object, where: str) -> dt.date:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise field_refused(where, f"{where}: must be a date YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise field_refused(where, f"{where}: must be a date YYYY-MM-DD") from None


# ---------------------------------------------------------------- organisation file

@dataclass(frozen=True)
class OrganisationKey:
    key_id: str
    public: str  # base64 Ed25519


@dataclass(frozen=True)
class Organisation:
    name: str
    keys: tuple[OrganisationKey, ...]
    allow_unsigned_packages: bool = False
    settings: SettingsPolicy = field(default_factory=SettingsPolicy)
    demo: bool = False  # the demo's throwaway organisation, never read from a file

    def key(self, key_id: str) -> OrganisationKey | None:
        return next((k for k in self.keys if k.key_id == key_id), None)


def parse_organisation(data: bytes) -> Organisation:
    what = "organisation file"
    obj = load_document(data, what, ORGANISATION_FORMAT, {"name", "signing_keys", "policy"})
    name = obj.get("name")
    if not isinstance(name, str) or not _NAME.fullmatch(name) or \
            text_fault(name, TextKind.METADATA) is not None:
        raise TrustRefused(f"{what}: name must be 1-120 printable characters",
                           code="organisation_field_invalid", field="name")
    raw_keys = obj.get("signing_keys")
    if not isinstance(raw_keys, list) or not 1 <= len(raw_keys) <= 16:
        raise TrustRefused(f"{what}: signing_keys must list 1-16 keys",
                           code="organisation_field_invalid", field="signing_keys")
    keys = []
    for n, item in enumerate(raw_keys):
        if not isinstance(item, dict) or set(item) != {"id", "ed25519"}:
            raise TrustRefused(f"{what}: signing_keys[{n}] must be {{id, ed25519}}",
                           code="organisation_field_invalid", field="signing_keys")
        public = b64_key(item["ed25519"], f"{what}: signing_keys[{n}].ed25519")
        if item["id"] != key_id_of(public):
            raise TrustRefused(f"{what}: signing_keys[{n}].id does not match its key",
                           code="organisation_field_invalid", field="signing_keys")
        keys.append(OrganisationKey(item["id"], public))
    if len({k.key_id for k in keys}) != len(keys):
        raise TrustRefused(f"{what}: a signing key is listed twice",
                           code="organisation_field_invalid", field="signing_keys")
    policy = obj.get("policy", {})
    if not isinstance(policy, dict):
        raise TrustRefused(f"{what}: policy must be an object",
                           code="organisation_field_invalid", field="policy")
    check_keys(policy, {"allow_unsigned_packages", "settings"}, f"{what}: policy")
    unsigned = policy.get("allow_unsigned_packages", False)
    if not isinstance(unsigned, bool):
        raise TrustRefused(f"{what}: policy.allow_unsigned_packages must be true or false",
                           code="organisation_field_invalid",
                           field="policy.allow_unsigned_packages")
    try:
        settings = parse_settings_policy(policy.get("settings"))
    except RefusedInput as exc:
        # keeps the settings' own code and field (a window words them)
        raise TrustRefused(f"{what}: {exc}", code=exc.code, **exc.params) from None
    return Organisation(name, tuple(keys), unsigned, settings)


def organisation_to_bytes(org: Organisation) -> bytes:
    policy: dict[str, Any] = {"allow_unsigned_packages": org.allow_unsigned_packages}
    if org.settings.defaults or org.settings.locked:
        policy["settings"] = {"defaults": dict(org.settings.defaults),
                              "locked": dict(org.settings.locked)}
    doc = {"format": ORGANISATION_FORMAT, "name": org.name,
           "signing_keys": [{"id": k.key_id, "ed25519": k.public} for k in org.keys],
           "policy": policy}
    return (json.dumps(doc, indent=2) + "\n").encode()


# ---------------------------------------------------------------- signed documents

@dataclass(frozen=True)
class SignedDocument:
    kind: str
    body: bytes  # the signed bytes: a JSON document of its own
    signatures: tuple[tuple[str, str], ...]  # (key id, base64 signature)


def signed_message(kind: str, body: bytes) -> bytes:
    return SIGNED_FORMAT.encode() + b"\x00" + kind.encode() + b"\x00" + body


def unsigned(what: str, message: str) -> TrustRefused:
    """`what` (a package, or some profile) carries no organisation signature."""
    if what == KIND_PACKAGE:
        return TrustRefused(message, code="package_not_signed")
    return TrustRefused(message, code="profile_not_signed")


def parse_signed(data: bytes, kind: str, what: str) -> SignedDocument:
    obj = loads_document(data, what)
    if obj.get("format") != SIGNED_FORMAT:
        raise unsigned(what, f"{what} is not signed by the organisation (format must be "
                             f"{SIGNED_FORMAT})")
    check_keys(obj, {"format", "kind", "body", "signatures"}, what)
    if obj.get("kind") != kind:
        raise TrustRefused(f"{what} is a signed document of another kind",
                           code="document_wrong_kind")
    raw = b64_bytes(obj.get("body"), f"{what}: body")
    sigs = obj.get("signatures")
    if not isinstance(sigs, list) or not 1 <= len(sigs) <= 16:
        raise unsigned(what, f"{what} carries no signature")
    out = []
    for n, item in enumerate(sigs):
        if not isinstance(item, dict) or set(item) != {"key", "signature"} or \
                not isinstance(item["key"], str) or not KEY_ID.fullmatch(item["key"]):
            raise TrustRefused(f"{what}: signatures[{n}] must be {{key, signature}}",
                               code="document_invalid")
        out.append((item["key"], b64_key(item["signature"], f"{what}: signatures[{n}]", 64)))
    return SignedDocument(kind, raw, tuple(out))


def signed_to_bytes(doc: SignedDocument) -> bytes:
    return (json.dumps({"format": SIGNED_FORMAT, "kind": doc.kind,
                        "body": base64.b64encode(doc.body).decode(),
                        "signatures": [{"key": k, "signature": s} for k, s in doc.signatures]},
                       indent=2) + "\n").encode()


# ---------------------------------------------------------------- enrollment request

@dataclass(frozen=True)
class WorkstationKeys:
    age: str  # the workstation's age recipient: packages are sealed to it
    ed25519: str  # base64: the workstation signs its exports with it


@dataclass(frozen=True)
class EnrollmentRequest:
    workstation: WorkstationKeys
    created: dt.date
    proof: str  # the workstation key's signature over proof_message()

    def proof_message(self) -> bytes:
        return proof_message(self.workstation, self.created)

    def to_bytes(self) -> bytes:
        return (json.dumps({"format": REQUEST_FORMAT,
                            "workstation": {"age": self.workstation.age,
                                            "ed25519": self.workstation.ed25519},
                            "created": self.created.isoformat(), "proof": self.proof},
                           indent=2) + "\n").encode()


def proof_message(keys: WorkstationKeys, created: dt.date) -> bytes:
    return b"\x00".join([REQUEST_FORMAT.encode(), keys.age.encode(), keys.ed25519.encode(),
                         created.isoformat().encode()])


def workstation_keys(value: object, where: str) -> WorkstationKeys:
    if not isinstance(value, dict) or set(value) != {"age", "ed25519"}:
        raise field_refused(where, f"{where}: must be {{age, ed25519}}")
    return WorkstationKeys(age_recipient(value["age"], f"{where}.age"),
                           b64_key(value["ed25519"], f"{where}.ed25519"))


def parse_request(data: bytes) -> EnrollmentRequest:
    what = "enrollment request"
    obj = load_document(data, what, REQUEST_FORMAT, {"workstation", "created", "proof"})
    return EnrollmentRequest(workstation_keys(obj.get("workstation"), f"{what}: workstation"),
                             iso_date(obj.get("created"), f"{what}: created"),
                             b64_key(obj.get("proof"), f"{what}: proof", 64))


# ---------------------------------------------------------------- package signature

@dataclass(frozen=True)
class PackageSignature:
    package_id: str
    recipient: str  # the workstation the package is sealed to
    zip_sha256: str  # the package zip as sealed: every byte of header, manifest and audio
    files: Mapping[str, str]  # entry name -> sha256 hex, for audits

    def to_bytes(self) -> bytes:
        return json.dumps({"format": PACKAGE_SIGNATURE_FORMAT, "package_id": self.package_id,
                           "recipient": self.recipient, "zip_sha256": self.zip_sha256,
                           "files": dict(self.files)}, sort_keys=True).encode()


def parse_package_signature(body: bytes) -> PackageSignature:
    what = "package signature"
    obj = load_document(body, what, PACKAGE_SIGNATURE_FORMAT,
                        {"package_id", "recipient", "zip_sha256", "files"})
    package_id = obj.get("package_id")
    if not isinstance(package_id, str) or not 1 <= len(package_id) <= 64:
        raise field_refused(f"{what}: package_id", f"{what}: package_id must be a package id")
    digest = obj.get("zip_sha256")
    if not isinstance(digest, str) or not SHA256_HEX.fullmatch(digest):
        raise field_refused(f"{what}: zip_sha256", f"{what}: zip_sha256 must be 64 hex digits")
    files = obj.get("files")
    if not isinstance(files, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and SHA256_HEX.fullmatch(v)
            for k, v in files.items()):
        raise field_refused(f"{what}: files", f"{what}: files must map names to sha256 digests")
    return PackageSignature(package_id, age_recipient(obj.get("recipient"),
                                                      f"{what}: recipient"), digest, files)


# ---------------------------------------------------------------- sealed package (.rpkg)

RPKG_MAGIC = b"reviewer-rpkg/1\n"
RPKG_SUFFIX = ".rpkg"


def frame_rpkg(signature: bytes, package_zip: bytes) -> bytes:
    """What is sealed into an .rpkg: magic, the signed document's length and bytes, the zip."""
    return join_parts(RPKG_MAGIC, (signature,), package_zip)


def unframe_rpkg(plain: bytes) -> tuple[bytes, bytes]:
    if not plain.startswith(RPKG_MAGIC) or len(plain) < len(RPKG_MAGIC) + 4:
        raise TrustRefused("sealed package is not a reviewer-rpkg/1 package",
                           code="package_not_rpkg")
    split = split_parts(plain, RPKG_MAGIC, 1, MAX_DOCUMENT_BYTES)
    if split is None:
        raise TrustRefused("sealed package is truncated or damaged", code="package_damaged")
    (signature,), package_zip = split
    return signature, package_zip


# ---------------------------------------------------------------- sealed export

EXPORT_MAGIC = b"reviewer-export/1\n"


def export_message(tar_sha256: str) -> bytes:
    """What a workstation signs for an export: the digest of its tar, under the export kind."""
    return signed_message(KIND_EXPORT, tar_sha256.encode())


def frame_export(profile: bytes, signature: str, tar: bytes) -> bytes:
    """What is sealed into an export: magic, the workstation's signed profile (length-prefixed),
    the workstation's signature over the tar (length-prefixed), then the tar."""
    return join_parts(EXPORT_MAGIC, (profile, signature.encode()), tar)


def unframe_export(plain: bytes) -> tuple[bytes, str, bytes]:
    if not plain.startswith(EXPORT_MAGIC):
        raise TrustRefused("sealed export is not a reviewer-export/1 file")
    split = split_parts(plain, EXPORT_MAGIC, 2, MAX_DOCUMENT_BYTES)
    if split is None:
        raise TrustRefused("sealed export is truncated or damaged")
    (profile, signature), tar = split
    return profile, signature.decode("ascii", "replace"), tar
