"""A refused profile, package or organisation file says WHY in the window's language (issue
16): each refusal is driven through the real path (enrol, import, the start-up's checks), and
its code is worded in English, German and Spanish, naming the reason rather than the general
"not valid or not signed" sentence. The command line keeps the English message."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reviewer.core.profile import Lead
from reviewer.core.reasons import reason_of
from reviewer.core.trust import (
    KIND_PACKAGE,
    KIND_PROFILE,
    Organisation,
    PackageSignature,
    TrustRefused,
    frame_rpkg,
    parse_organisation,
    parse_signed,
    signed_to_bytes,
)
from reviewer.seal.kit import SealKit
from reviewer.trust.organisation_file import load_organisation
from reviewer.ui.i18n import install_language
from reviewer.ui.reason_wording import REASONS, reason_text
from reviewer.vault.workspace import Workspace
from reviewer.workflows.org_pack import seal_package
from reviewer.workflows.trust import Trust, enroll, ensure_workstation, trusted_profile
from tests.support.translations import ensure_compiled
from tests.support.trust import TestOrganisation
from tests.trust.conftest import gate_for, packed, profile_for
from tests.vault.fakes import DictSecretStore

Refusal = Callable[[Workspace, TestOrganisation, Path], object]
LEAD = Lead("lead-a", SealKit().new_identity()[1], SealKit().new_signing_key()[1])


def _file(tmp_path: Path, data: bytes, name: str = "profile.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _enrol_signed(body: bytes) -> Refusal:
    return lambda ws, org, tmp: enroll(ws, org.trust, _file(tmp, org.sign(KIND_PROFILE, body)))


# ---------------------------------------------------------------- profiles (enrol, start-up)

def unsigned_profile(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    return enroll(ws, org.trust, _file(tmp, profile_for(ws, org).to_bytes()))


def other_organisations_profile(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    signed = TestOrganisation(name="Mallory").sign(KIND_PROFILE, profile_for(ws, org).to_bytes())
    return enroll(ws, org.trust, _file(tmp, signed))


def revoked_profile(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    enroll(ws, org.trust, _file(tmp, org.sign(KIND_PROFILE, profile_for(ws, org).to_bytes())))
    rotated = Organisation(org.organisation.name, TestOrganisation().organisation.keys)
    return trusted_profile(ws, Trust(rotated, org.crypto))  # the start-up's check


def altered_profile(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    doc = parse_signed(org.sign(KIND_PROFILE, profile_for(ws, org, (LEAD,)).to_bytes()),
                       KIND_PROFILE, "profile")
    body = json.loads(doc.body)
    body["leads"][0]["pseudonym"] = "mallory"
    forged = signed_to_bytes(dataclasses.replace(doc, body=json.dumps(body).encode()))
    return enroll(ws, org.trust, _file(tmp, forged))


def other_workstations_profile(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    keys = dataclasses.replace(ensure_workstation(ws, org.crypto).keys,
                               age=SealKit().new_identity()[1])
    profile = dataclasses.replace(profile_for(ws, org), workstation=keys)
    return _enrol_signed(profile.to_bytes())(ws, org, tmp)


def expired_profile(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    profile = dataclasses.replace(profile_for(ws, org), expires=dt.date(2026, 1, 31))
    return _enrol_signed(profile.to_bytes())(ws, org, tmp)


def profile_for_nobody(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    profile = dataclasses.replace(profile_for(ws, org), workstation=None)
    return _enrol_signed(profile.to_bytes())(ws, org, tmp)


SECRET_NAME = "Jane Doe +49 170 1234567"


def profile_with_a_bad_reviewer(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    body = profile_for(ws, org).to_json()
    body["reviewer"] = SECRET_NAME  # a real name where a pseudonym belongs
    return _enrol_signed(json.dumps(body).encode())(ws, org, tmp)


def profile_with_a_bad_date(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    body = profile_for(ws, org).to_json()
    body["expires"] = "31.12.2099"
    return _enrol_signed(json.dumps(body).encode())(ws, org, tmp)


def profile_with_a_bad_exchange(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    body = profile_for(ws, org).to_json()
    body["exchange"]["s3"] = {"endpoint": "ftp://files.example", "bucket": "b",
                              "workstation": "ws-1"}
    return _enrol_signed(json.dumps(body).encode())(ws, org, tmp)


def not_a_profile(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    ensure_workstation(ws, org.crypto)
    return enroll(ws, org.trust, _file(tmp, b"\x89PNG not a profile at all"))


def a_huge_profile(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    ensure_workstation(ws, org.crypto)
    return enroll(ws, org.trust, _file(tmp, b" " * (257 * 1024), "huge.json"))


def package_signature_as_profile(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    doc = json.loads(org.sign(KIND_PROFILE, profile_for(ws, org).to_bytes()))
    doc["kind"] = KIND_PACKAGE
    return enroll(ws, org.trust, _file(tmp, json.dumps(doc).encode()))


def profile_with_an_extra_field(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    body = profile_for(ws, org).to_json()
    body["disclosure_roster"] = ["lead-a"]
    return _enrol_signed(json.dumps(body).encode())(ws, org, tmp)


def profile_whose_keys_were_deleted(ws: Workspace, org: TestOrganisation,
                                    tmp: Path) -> object:
    enroll(ws, org.trust, _file(tmp, org.sign(KIND_PROFILE, profile_for(ws, org).to_bytes())))
    with ws.lock:
        ws.conn.execute("DELETE FROM meta WHERE k = 'workstation'")
    return trusted_profile(ws, org.trust)


def no_request_yet(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    with Workspace.open(tmp / "fresh", DictSecretStore(), create=True) as fresh:
        return enroll(fresh, org.trust, _file(tmp, b"{}"))


def unmanaged(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    signed = org.sign(KIND_PROFILE, profile_for(ws, org).to_bytes())
    return enroll(ws, Trust(None, SealKit()), _file(tmp, signed))


# ---------------------------------------------------------------- packages (import)

def _rpkg(tmp: Path, ws: Workspace, org: TestOrganisation) -> Path:
    recipient = ensure_workstation(ws, org.crypto).keys.age
    return _file(tmp, seal_package(org.crypto, org.secrets, packed(tmp), recipient),
                 "work.rpkg")


def other_organisations_package(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    return gate_for(ws, org.trust)(_rpkg(tmp, ws, TestOrganisation(name="Other Org")), None)


def package_sealed_to_another_workstation(ws: Workspace, org: TestOrganisation,
                                          tmp: Path) -> object:
    with Workspace.open(tmp / "other", DictSecretStore(), create=True) as other:
        path = _rpkg(tmp, other, org)
    ensure_workstation(ws, org.crypto)
    return gate_for(ws, org.trust)(path, None)


def _sealed_with(ws: Workspace, org: TestOrganisation, tmp: Path, recipient: str | None,
                 package_zip: Callable[[bytes], bytes], package_id: str | None = None) -> Path:
    """A package sealed to this workstation with a genuine signature over chosen values."""
    mine = ensure_workstation(ws, org.crypto).keys.age
    genuine = packed(tmp)
    signature = PackageSignature(package_id or genuine.package_id, recipient or mine,
                                 hashlib.sha256(genuine.package_zip).hexdigest(), {})
    data = SealKit().seal(frame_rpkg(org.sign(KIND_PACKAGE, signature.to_bytes()),
                                     package_zip(genuine.package_zip)), [mine])
    return _file(tmp, data, "crafted.rpkg")


def altered_package(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    path = _sealed_with(ws, org, tmp, None, lambda z: z + b"\x00")
    return gate_for(ws, org.trust)(path, None)


def package_signed_for_another_workstation(ws: Workspace, org: TestOrganisation,
                                           tmp: Path) -> object:
    path = _sealed_with(ws, org, tmp, SealKit().new_identity()[1], lambda z: z)
    return gate_for(ws, org.trust)(path, None)


def relabelled_package(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    recipient = ensure_workstation(ws, org.crypto).keys.age
    relabelled = dataclasses.replace(packed(tmp), package_id="pkg_" + "0" * 32)
    path = _file(tmp, seal_package(org.crypto, org.secrets, relabelled, recipient),
                 "relabelled.rpkg")
    return gate_for(ws, org.trust)(path, None)


def unsigned_plain_package(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    from tests.support.package_builder import PackageBuilder

    b = PackageBuilder()
    b.add_clip()
    return gate_for(ws, org.trust)(b.write_dir(tmp / "plain"), None)


def _sealed_frame(ws: Workspace, org: TestOrganisation, tmp: Path, plain: bytes) -> object:
    mine = ensure_workstation(ws, org.crypto).keys.age
    path = _file(tmp, SealKit().seal(plain, [mine]), "crafted.rpkg")
    return gate_for(ws, org.trust)(path, None)


def package_with_an_edited_signature(ws: Workspace, org: TestOrganisation,
                                     tmp: Path) -> object:
    mine = ensure_workstation(ws, org.crypto).keys.age
    genuine = packed(tmp)
    signature = PackageSignature(genuine.package_id, mine,
                                 hashlib.sha256(genuine.package_zip).hexdigest(), {})
    doc = parse_signed(org.sign(KIND_PACKAGE, signature.to_bytes()), KIND_PACKAGE, "package")
    edited = dataclasses.replace(signature, files={"extra.wav": "0" * 64})
    forged = signed_to_bytes(dataclasses.replace(doc, body=edited.to_bytes()))
    return _sealed_frame(ws, org, tmp, frame_rpkg(forged, genuine.package_zip))


def package_with_a_bad_digest(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    mine = ensure_workstation(ws, org.crypto).keys.age
    genuine = packed(tmp)
    signature = PackageSignature(genuine.package_id, mine, "not a digest", {})
    return _sealed_frame(ws, org, tmp, frame_rpkg(org.sign(KIND_PACKAGE, signature.to_bytes()),
                                                  genuine.package_zip))


def package_without_a_signature(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    return _sealed_frame(ws, org, tmp, frame_rpkg(b'{"format": "none"}', packed(tmp)
                                                  .package_zip))


def sealed_garbage(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    return _sealed_frame(ws, org, tmp, b"PK\x03\x04 a plain zip, sealed")


def package_before_enrolment(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    with Workspace.open(tmp / "fresh", DictSecretStore(), create=True) as fresh:
        return gate_for(fresh, org.trust)(_file(tmp, b"age-encryption.org/v1", "x.rpkg"),
                                          None)


def unreadable_package(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    ensure_workstation(ws, org.crypto)
    return gate_for(ws, org.trust)(tmp / "gone.rpkg", None)


# ---------------------------------------------------------------- the organisation file

def _org_file(tmp: Path, mode: int = 0o644) -> Path:
    path = TestOrganisation().write(tmp / "organisation.json")
    os.chmod(path, mode)
    return path


def org_file_not_root_owned(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    return load_organisation(_org_file(tmp), owner_uid=os.geteuid() + 1)


def org_file_writable_by_others(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    return load_organisation(_org_file(tmp, 0o666), owner_uid=os.geteuid())


def org_file_a_link(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    link = tmp / "link.json"
    link.symlink_to(_org_file(tmp))
    return load_organisation(link, owner_uid=os.geteuid())


def org_file_with_a_bad_name(ws: Workspace, org: TestOrganisation, tmp: Path) -> object:
    doc = json.loads(_org_file(tmp).read_bytes())
    doc["name"] = "bad\x07name"
    return parse_organisation(json.dumps(doc).encode())


# code, the refusal, and a word each language's wording must contain
CASES: list[tuple[str, Refusal, dict[str, str]]] = [
    ("profile_not_signed", unsigned_profile,
     {"en": "not signed by your organisation", "de": "nicht von Ihrer Organisation signiert",
      "es": "no lo ha firmado su organización"}),
    ("profile_unknown_signer", other_organisations_profile,
     {"en": "revoked", "de": "widerrufen", "es": "revocada"}),
    ("profile_unknown_signer", revoked_profile,
     {"en": "revoked", "de": "widerrufen", "es": "revocada"}),
    ("profile_signature_mismatch", altered_profile,
     {"en": "altered", "de": "verändert", "es": "alterado"}),
    ("profile_other_workstation", other_workstations_profile,
     {"en": "another workstation", "de": "anderen Arbeitsplatz", "es": "otro puesto"}),
    ("profile_expired", expired_profile,
     {"en": "expired on 2026-01-31", "de": "am 2026-01-31 abgelaufen",
      "es": "caducó el 2026-01-31"}),
    ("profile_no_workstation", profile_for_nobody,
     {"en": "names no workstation", "de": "keinen Arbeitsplatz", "es": "ningún puesto"}),
    ("profile_field_refused", profile_with_a_bad_reviewer,
     {"en": "field reviewer", "de": "Feld reviewer", "es": "campo reviewer"}),
    ("profile_field_refused", profile_with_a_bad_date,
     {"en": "field expires", "de": "Feld expires", "es": "campo expires"}),
    ("profile_field_refused", profile_with_a_bad_exchange,
     {"en": "field exchange.s3.endpoint", "de": "Feld exchange.s3.endpoint",
      "es": "campo exchange.s3.endpoint"}),
    ("document_invalid", not_a_profile,
     {"en": "damaged or not in the expected format", "de": "beschädigt",
      "es": "dañado"}),
    ("file_too_large", a_huge_profile,
     {"en": "huge.json is too large", "de": "huge.json ist zu groß",
      "es": "huge.json es demasiado grande"}),
    ("document_wrong_kind", package_signature_as_profile,
     {"en": "another purpose", "de": "anderen Zweck", "es": "fin distinto"}),
    ("unknown_field", profile_with_an_extra_field,
     {"en": "does not know", "de": "nicht kennt", "es": "no conoce"}),
    ("workstation_keys_missing", profile_whose_keys_were_deleted,
     {"en": "keys are missing", "de": "Schlüssel dieses Arbeitsplatzes fehlen",
      "es": "faltan las claves"}),
    ("no_enrollment_request", no_request_yet,
     {"en": "no enrolment request", "de": "Registrierungsantrag", "es": "solicitud de alta"}),
    ("trust_not_managed", unmanaged,
     {"en": "not managed", "de": "nicht verwaltet", "es": "no está gestionada"}),
    ("package_unknown_signer", other_organisations_package,
     {"en": "revoked", "de": "widerrufen", "es": "revocada"}),
    ("package_sealed_elsewhere", package_sealed_to_another_workstation,
     {"en": "sealed to another workstation", "de": "anderen Arbeitsplatz versiegelt",
      "es": "sellado para otro puesto"}),
    ("package_altered", altered_package,
     {"en": "altered", "de": "verändert", "es": "alterado"}),
    ("package_other_workstation", package_signed_for_another_workstation,
     {"en": "signed for another workstation", "de": "anderen Arbeitsplatz signiert",
      "es": "se firmó para otro puesto"}),
    ("package_id_mismatch", relabelled_package,
     {"en": "another package", "de": "anderes Paket", "es": "otro paquete"}),
    ("package_unsigned", unsigned_plain_package,
     {"en": "Signed Only Org accepts signed packages only",
      "de": "Signed Only Org nimmt nur signierte Pakete an",
      "es": "Signed Only Org solo acepta paquetes firmados"}),
    ("package_signature_mismatch", package_with_an_edited_signature,
     {"en": "signature does not match", "de": "Signatur des Pakets passt nicht",
      "es": "firma del paquete no coincide"}),
    ("field_invalid", package_with_a_bad_digest,
     {"en": "field zip_sha256", "de": "Feld zip_sha256", "es": "campo zip_sha256"}),
    ("package_not_signed", package_without_a_signature,
     {"en": "no signature", "de": "keine Signatur", "es": "ninguna firma"}),
    ("package_not_rpkg", sealed_garbage,
     {"en": "not a sealed Reviewer package", "de": "kein versiegeltes Reviewer-Paket",
      "es": "no es un paquete sellado"}),
    ("package_no_workstation_keys", package_before_enrolment,
     {"en": "no keys yet", "de": "noch keine Schlüssel", "es": "aún no tiene claves"}),
    ("file_unreadable", unreadable_package,
     {"en": "gone.rpkg cannot be read", "de": "gone.rpkg lässt sich nicht lesen",
      "es": "no se puede leer"}),
    ("organisation_file_not_root", org_file_not_root_owned,
     {"en": "not owned by root", "de": "gehört nicht root", "es": "no pertenece a root"}),
    ("organisation_file_writable", org_file_writable_by_others,
     {"en": "writable by group or others", "de": "für Gruppe oder andere beschreibbar",
      "es": "el grupo u otros"}),
    ("organisation_file_link", org_file_a_link,
     {"en": "symbolic link", "de": "symbolische Verknüpfung", "es": "enlace simbólico"}),
    ("organisation_field_invalid", org_file_with_a_bad_name,
     {"en": "not valid at name", "de": "bei name ungültig", "es": "no es válido en name"}),
]


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    ensure_compiled()
    install_language(str(request.param))
    try:
        yield str(request.param)
    finally:
        install_language("en")


def _ids(case: tuple[str, Refusal, dict[str, str]]) -> str:
    return case[1].__name__


@pytest.mark.parametrize("language", ["en", "de", "es"], indirect=True)
@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_a_refusal_says_why_in_the_window_s_language(
        case: tuple[str, Refusal, dict[str, str]], language: str, ws: Workspace,
        org: TestOrganisation, tmp_path: Path) -> None:
    code, refusal, words = case
    with pytest.raises(TrustRefused) as refused:
        refusal(ws, org, tmp_path)
    reason = reason_of(refused.value)
    assert reason.code == code, reason
    assert "trust_refused" in reason.codes  # the class's wording stays the fallback
    text = reason_text(refused.value)
    assert words[language] in text, text
    assert "Jane" not in text  # a field, never its value
    install_language("en")
    general = reason_text(reason_of(TrustRefused("x")))
    in_english = reason_text(refused.value)
    install_language(language)
    assert text != reason_text(reason_of(TrustRefused("x")))  # not the general sentence
    assert in_english != general
    if language != "en":
        assert text != in_english, f"{code} is not translated into {language}"


def test_every_trust_code_is_worded() -> None:
    assert {code for code, _, _ in CASES} <= REASONS.keys()


def test_the_command_line_keeps_the_english_message(ws: Workspace, org: TestOrganisation,
                                                    tmp_path: Path) -> None:
    with pytest.raises(TrustRefused) as refused:
        expired_profile(ws, org, tmp_path)
    assert str(refused.value) == ("profile expired on 2026-01-31: ask the organisation for a "
                                  "new one")
    with pytest.raises(TrustRefused) as refused:
        profile_with_a_bad_reviewer(ws, org, tmp_path)
    assert str(refused.value) == ("profile refused: reviewer: must be a pseudonym of 2-64 "
                                  "letters, digits, '_', '.' or '-'")
