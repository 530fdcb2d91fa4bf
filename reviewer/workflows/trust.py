"""The root of trust on the workstation: the workstation's keys and enrollment request, the
signed profile, and sealed packages (DESIGN.md principle 8).

Nothing the workstation's user can write is trusted by itself: a profile or a package counts
only with a valid signature by a key in the organisation file (read from its root-owned,
built-in path by reviewer/trust/), and a stored profile is checked again at every use, since
the user holds the key to their own vault.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.core.escalation import EnvelopeUnreadable
from reviewer.core.lead import SealPort
from reviewer.core.package import AcceptedPackage
from reviewer.core.profile import Profile, parse_profile_body
from reviewer.core.trust import (
    KIND_PACKAGE,
    KIND_PROFILE,
    RPKG_SUFFIX,
    EnrollmentRequest,
    Organisation,
    OrganisationKey,
    PackageSignature,
    SignedDocument,
    TrustRefused,
    WorkstationKeys,
    export_message,
    frame_export,
    key_id_of,
    parse_package_signature,
    parse_signed,
    proof_message,
    signed_message,
    signed_to_bytes,
    unframe_rpkg,
)
from reviewer.vault.workspace import Workspace

MAX_RPKG_BYTES = 4 << 30
Progress = Callable[[int, int], None]
PathGate = Callable[[Path, Progress | None], AcceptedPackage]
BytesGate = Callable[[bytes, Progress | None], AcceptedPackage]


@dataclass(frozen=True)
class Trust:
    """The organisation this installation trusts (None: unmanaged) and the crypto to check it."""

    organisation: Organisation | None
    crypto: SealPort
    anchor: str = "the organisation file"  # where it is looked for, for messages
    today: Callable[[], dt.date] = field(default=dt.date.today)

    def require(self) -> Organisation:
        if self.organisation is None:
            raise TrustRefused(f"this installation is not managed: there is no {self.anchor}. "
                               "It can run the demo only; ask IT to install the "
                               "organisation file", code="trust_not_managed")
        return self.organisation


@dataclass(frozen=True)
class WorkstationSecrets:
    keys: WorkstationKeys
    age_secret: str = field(repr=False)
    ed25519_private: str = field(repr=False)


def verify_signed(org: Organisation, crypto: SealPort, doc: SignedDocument, what: str) -> None:
    """Passes when a key the organisation file lists signed exactly this document."""
    message = signed_message(doc.kind, doc.body)
    listed = [(org.key(k), s) for k, s in doc.signatures if org.key(k) is not None]
    package = what == KIND_PACKAGE  # else some profile: a window words the two apart
    if not listed:
        text = (f"{what} is not signed by a key in the organisation file (another "
                f"organisation's, or a revoked key: ask for a newly signed {what})")
        raise (TrustRefused(text, code="package_unknown_signer") if package
               else TrustRefused(text, code="profile_unknown_signer"))
    if not any(key is not None and crypto.verify(key.public, message, sig)
               for key, sig in listed):
        text = f"{what}'s signature does not match its content (altered or damaged)"
        raise (TrustRefused(text, code="package_signature_mismatch") if package
               else TrustRefused(text, code="profile_signature_mismatch"))


# ---------------------------------------------------------------- the workstation's keys

def workstation(ws: Workspace) -> WorkstationSecrets | None:
    raw = ws.workstation_secrets()
    if raw is None:
        return None
    doc = json.loads(raw)
    return WorkstationSecrets(WorkstationKeys(doc["age"], doc["ed25519"]), doc["age_secret"],
                              doc["ed25519_private"])


def ensure_workstation(ws: Workspace, crypto: SealPort) -> WorkstationSecrets:
    """This workstation's keys, made on first use (private halves only in the vault)."""
    existing = workstation(ws)
    if existing is not None:
        return existing
    age_secret, age = crypto.new_identity()
    private, public = crypto.new_signing_key()
    ws.set_workstation_secrets(json.dumps({"age": age, "age_secret": age_secret,
                                           "ed25519": public,
                                           "ed25519_private": private}).encode())
    return WorkstationSecrets(WorkstationKeys(age, public), age_secret, private)


def make_request(ws: Workspace, crypto: SealPort, today: dt.date) -> EnrollmentRequest:
    """The enrollment request the organisation signs a profile from (public halves only)."""
    secrets = ensure_workstation(ws, crypto)
    proof = crypto.sign(secrets.ed25519_private, proof_message(secrets.keys, today))
    return EnrollmentRequest(secrets.keys, today, proof)


def check_request(crypto: SealPort, request: EnrollmentRequest) -> None:
    """The request was made by the holder of its Ed25519 key (not pasted from elsewhere)."""
    if not crypto.verify(request.workstation.ed25519, request.proof_message(), request.proof):
        raise TrustRefused("enrollment request's proof does not match its keys (altered or "
                           "forged)")


# ---------------------------------------------------------------- the signed profile

def read_profile(trust: Trust, data: bytes, keys: WorkstationKeys | None) -> Profile:
    """The profile in a signed document, checked against the organisation, this
    workstation's keys (when given) and today's date."""
    org = trust.require()
    doc = parse_signed(data, KIND_PROFILE, "profile")
    verify_signed(org, trust.crypto, doc, "profile")
    profile = parse_profile_body(doc.body)
    if profile.workstation is None:
        raise TrustRefused("profile refused: it names no workstation",
                           code="profile_no_workstation")
    if keys is not None and profile.workstation != keys:
        raise TrustRefused("profile refused: it is for another workstation (enrol with this "
                           "workstation's request: reviewer enroll --request FILE)",
                           code="profile_other_workstation")
    if profile.expired(trust.today()):
        raise TrustRefused(f"profile expired on {profile.expires}: ask the organisation for "
                           "a new one", code="profile_expired", date=str(profile.expires))
    return profile


def enroll(ws: Workspace, trust: Trust, path: Path) -> Profile:
    """Installs a signed profile made for this workstation (replacing an earlier one)."""
    trust.require()
    secrets = workstation(ws)
    if secrets is None:
        raise TrustRefused("this workstation has made no enrollment request yet: run "
                           "`reviewer enroll --request FILE` and send FILE to the organisation",
                           code="no_enrollment_request")
    data = read_limited(path, "profile")
    profile = read_profile(trust, data, secrets.keys)
    ws.set_signed_profile(data, profile.role.value)
    return profile


def trusted_profile(ws: Workspace, trust: Trust) -> Profile | None:
    """The enrolled profile, verified again now; None before enrolment. A stored profile that
    no longer verifies (revoked key, expired, edited) raises: nothing falls back to it."""
    data = ws.signed_profile()
    if data is None:
        return None
    secrets = workstation(ws)
    if secrets is None:  # a profile without this workstation's keys belongs to nobody here
        raise TrustRefused("this workstation's keys are missing, so its profile cannot be "
                           "checked: enrol again (reviewer enroll --request FILE)",
                           code="workstation_keys_missing")
    return read_profile(trust, data, secrets.keys)


# ---------------------------------------------------------------- sealed packages

def open_sealed_package(ws: Workspace, trust: Trust, data: bytes
                        ) -> tuple[bytes, PackageSignature]:
    """The package zip inside an .rpkg, after its seal and signature are checked."""
    org = trust.require()
    secrets = workstation(ws)
    if secrets is None:
        raise TrustRefused("this workstation has no keys yet, so no package can be sealed to "
                           "it: enrol first (reviewer enroll --request FILE)",
                           code="package_no_workstation_keys")
    try:
        plain = trust.crypto.open_sealed(data, [secrets.age_secret])
    except EnvelopeUnreadable:
        raise TrustRefused("sealed package cannot be opened: it is sealed to another "
                           "workstation, or damaged", code="package_sealed_elsewhere") from None
    signature_bytes, package_zip = unframe_rpkg(plain)
    doc = parse_signed(signature_bytes, KIND_PACKAGE, "package")
    verify_signed(org, trust.crypto, doc, "package")
    signature = parse_package_signature(doc.body)
    if signature.recipient != secrets.keys.age:
        raise TrustRefused("package refused: it was signed for another workstation",
                           code="package_other_workstation")
    if hashlib.sha256(package_zip).hexdigest() != signature.zip_sha256:
        raise TrustRefused("package refused: its content does not match its signature "
                           "(altered)", code="package_altered")
    return package_zip, signature


def trusted_gate(ws: Workspace, trust: Trust, path_gate: PathGate,
                 bytes_gate: BytesGate) -> PathGate:
    """The gate `import` runs: seal and signature first for .rpkg files; plain packages only
    where the organisation allows unsigned packages (the demo's does)."""

    def gate(path: Path, progress: Progress | None) -> AcceptedPackage:
        if path.suffix == RPKG_SUFFIX:
            package_zip, signature = open_sealed_package(ws, trust, read_limited(
                path, "package", MAX_RPKG_BYTES))
            accepted = bytes_gate(package_zip, progress)
            if accepted.header.package_id != signature.package_id:
                raise TrustRefused("package refused: its header names another package than "
                                   "its signature", code="package_id_mismatch")
            return accepted
        require_unsigned_allowed(trust)
        return path_gate(path, progress)

    return gate


def require_unsigned_allowed(trust: Trust) -> None:
    org = trust.require()
    if not org.allow_unsigned_packages:
        raise TrustRefused(f"{org.name} accepts signed packages only (.rpkg files); this "
                           "package is not signed", code="package_unsigned",
                           organisation=org.name)


def read_limited(path: Path, what: str, limit: int = 256 * 1024) -> bytes:
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise TrustRefused(f"{what} {path} cannot be read ({exc.strerror or 'error'})",
                           code="file_unreadable", file=str(path)) from None
    if len(data) > limit:
        raise TrustRefused(f"{what} {path} is too large", code="file_too_large",
                           file=str(path))
    return data


def sign_document(crypto: SealPort, private: str, public: str, kind: str,
                  body: bytes) -> bytes:
    """A signed document (organisation side, and the demo's throwaway organisation)."""
    signature = crypto.sign(private, signed_message(kind, body))
    return signed_to_bytes(SignedDocument(kind, body, ((key_id_of(public), signature),)))


@dataclass(frozen=True)
class DemoOrganisation:
    """The demo's own throwaway organisation: made in memory for one demo window, it allows
    unsigned packages (the bundled demo package is one) and signs the demo profile."""

    trust: Trust
    private: str = field(repr=False)
    public: str = ""

    @classmethod
    def create(cls, crypto: SealPort) -> DemoOrganisation:
        private, public = crypto.new_signing_key()
        org = Organisation("Demo organisation (throwaway, this window only)",
                           (OrganisationKey(key_id_of(public), public),),
                           allow_unsigned_packages=True, demo=True)
        return cls(Trust(org, crypto, anchor="demo organisation"), private, public)

    def sign(self, kind: str, body: bytes) -> bytes:
        return sign_document(self.trust.crypto, self.private, self.public, kind, body)


# ---------------------------------------------------------------- sealed exports

def export_sealer(ws: Workspace, crypto: SealPort) -> Callable[[dict[str, bytes],
                                                               tuple[str, ...]], bytes]:
    """Seals a package's export files for the organisation: a tar, the workstation's signed
    profile and its signature over the tar, sealed with age to the export recipients."""
    import io
    import tarfile

    def seal(files: dict[str, bytes], recipients: tuple[str, ...]) -> bytes:
        secrets, profile = workstation(ws), ws.signed_profile()
        if secrets is None or profile is None:
            raise TrustRefused("no workstation keys or profile to sign the export with",
                               code="export_not_enrolled")
        out = io.BytesIO()
        with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
            for name, data in files.items():
                info = tarfile.TarInfo(name)
                info.size, info.mode, info.mtime = len(data), 0o600, 0
                tar.addfile(info, io.BytesIO(data))
        body = out.getvalue()
        signature = crypto.sign(secrets.ed25519_private,
                                export_message(hashlib.sha256(body).hexdigest()))
        return crypto.seal(frame_export(profile, signature, body), list(recipients))

    return seal
