"""Every forgery of the root of trust is refused: profiles, rosters, packages, seals, dates,
revoked keys, and a stored profile edited by someone who holds the workspace key."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.lead import FAST_TEST_KDF, LeadSecrets
from reviewer.core.profile import Lead, Profile, Role
from reviewer.core.trust import (
    KIND_PACKAGE,
    KIND_PROFILE,
    Organisation,
    PackageSignature,
    TrustRefused,
    frame_rpkg,
    parse_signed,
    signed_to_bytes,
)
from reviewer.seal.kit import SealKit
from reviewer.vault.workspace import Workspace
from reviewer.workflows.import_package import import_package
from reviewer.workflows.org import NO_KEYRING
from reviewer.workflows.org_pack import seal_package
from reviewer.workflows.trust import (
    Trust,
    enroll,
    ensure_workstation,
    make_request,
    open_sealed_package,
    trusted_profile,
)
from tests.support.trust import TestOrganisation
from tests.trust.conftest import gate_for, packed, profile_for

LEAD_AGE = SealKit().new_identity()[1]
LEAD_KEY = SealKit().new_signing_key()[1]


def _write(tmp_path: Path, data: bytes, name: str = "profile.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- profiles

def test_a_signed_profile_for_this_workstation_is_enrolled(ws: Workspace, tmp_path: Path,
                                                           org: TestOrganisation) -> None:
    profile = profile_for(ws, org, (Lead("lead-a", LEAD_AGE, LEAD_KEY),))
    enrolled = enroll(ws, org.trust, _write(tmp_path, org.sign(KIND_PROFILE,
                                                               profile.to_bytes())))
    assert enrolled == profile
    assert trusted_profile(ws, org.trust) == profile


def test_unsigned_profile_is_refused(ws: Workspace, tmp_path: Path,
                                     org: TestOrganisation) -> None:
    profile = profile_for(ws, org)
    with pytest.raises(TrustRefused, match="not signed by the organisation"):
        enroll(ws, org.trust, _write(tmp_path, profile.to_bytes()))
    assert ws.signed_profile() is None


def test_profile_signed_by_another_key_is_refused(ws: Workspace, tmp_path: Path,
                                                  org: TestOrganisation) -> None:
    mallory = TestOrganisation(name="Mallory")
    signed = mallory.sign(KIND_PROFILE, profile_for(ws, org).to_bytes())
    with pytest.raises(TrustRefused, match="not signed by a key in the organisation file"):
        enroll(ws, org.trust, _write(tmp_path, signed))


def test_roster_with_an_extra_key_is_refused(ws: Workspace, tmp_path: Path,
                                             org: TestOrganisation) -> None:
    """One lead adds a second key they control to a genuine profile: the signature breaks."""
    genuine = org.sign(KIND_PROFILE, profile_for(ws, org, (Lead("lead-a", LEAD_AGE,
                                                                 LEAD_KEY),)).to_bytes())
    doc = parse_signed(genuine, KIND_PROFILE, "profile")
    body = json.loads(doc.body)
    body["leads"].append({"pseudonym": "lead-b", "age": SealKit().new_identity()[1],
                          "ed25519": SealKit().new_signing_key()[1]})
    forged = signed_to_bytes(dataclasses.replace(doc, body=json.dumps(body).encode()))
    with pytest.raises(TrustRefused, match="signature does not match"):
        enroll(ws, org.trust, _write(tmp_path, forged))


def test_profile_signature_cannot_be_replayed_as_another_kind(ws: Workspace, tmp_path: Path,
                                                              org: TestOrganisation) -> None:
    doc = json.loads(org.sign(KIND_PROFILE, profile_for(ws, org).to_bytes()))
    doc["kind"] = KIND_PACKAGE
    with pytest.raises(TrustRefused, match="another kind"):
        enroll(ws, org.trust, _write(tmp_path, json.dumps(doc).encode()))


def test_profile_for_another_workstation_is_refused(ws: Workspace, tmp_path: Path,
                                                    org: TestOrganisation) -> None:
    other_keys = dataclasses.replace(ensure_workstation(ws, org.crypto).keys,
                                     age=SealKit().new_identity()[1])
    profile = dataclasses.replace(profile_for(ws, org), workstation=other_keys)
    with pytest.raises(TrustRefused, match="another workstation"):
        enroll(ws, org.trust, _write(tmp_path, org.sign(KIND_PROFILE, profile.to_bytes())))


def test_expired_profile_is_refused_and_stops_working_once_expired(
        ws: Workspace, tmp_path: Path, org: TestOrganisation) -> None:
    expired = dataclasses.replace(profile_for(ws, org),
                                  expires=dt.date.today() - dt.timedelta(days=1))
    with pytest.raises(TrustRefused, match="expired"):
        enroll(ws, org.trust, _write(tmp_path, org.sign(KIND_PROFILE, expired.to_bytes())))
    enroll(ws, org.trust, _write(tmp_path, org.sign(KIND_PROFILE,
                                                    profile_for(ws, org, days=3).to_bytes())))
    later = dataclasses.replace(org.trust, today=lambda: dt.date.today() + dt.timedelta(4))
    with pytest.raises(TrustRefused, match="expired"):
        trusted_profile(ws, later)


def test_revoked_key_invalidates_what_it_signed(ws: Workspace, tmp_path: Path,
                                                org: TestOrganisation) -> None:
    enroll(ws, org.trust, _write(tmp_path, org.sign(KIND_PROFILE,
                                                    profile_for(ws, org).to_bytes())))
    successor = TestOrganisation(name=org.organisation.name)
    rotated = Trust(Organisation(org.organisation.name, successor.organisation.keys),
                    org.crypto)
    with pytest.raises(TrustRefused, match="revoked"):
        trusted_profile(ws, rotated)


def test_stored_profile_edited_with_the_workspace_key_is_refused(
        ws: Workspace, tmp_path: Path, org: TestOrganisation) -> None:
    """The reviewer holds the key to their own vault: the row is checked at every use."""
    enroll(ws, org.trust, _write(tmp_path, org.sign(KIND_PROFILE,
                                                    profile_for(ws, org).to_bytes())))
    own = profile_for(ws, org, (Lead("me-too", LEAD_AGE, LEAD_KEY),))
    ws.set_signed_profile(TestOrganisation().sign(KIND_PROFILE, own.to_bytes()), "reviewer")
    with pytest.raises(TrustRefused):
        trusted_profile(ws, org.trust)


def test_unmanaged_installation_enrols_and_imports_nothing(ws: Workspace, tmp_path: Path,
                                                           org: TestOrganisation) -> None:
    unmanaged = Trust(None, SealKit())
    signed = org.sign(KIND_PROFILE, profile_for(ws, org).to_bytes())
    with pytest.raises(TrustRefused, match="not managed"):
        enroll(ws, unmanaged, _write(tmp_path, signed))
    with pytest.raises(TrustRefused, match="not managed"):
        gate_for(ws, unmanaged)(tmp_path / "any-package", None)


def test_enrolling_needs_a_request_first(tmp_path: Path, org: TestOrganisation,
                                         workspace_dir: Path) -> None:
    from tests.vault.fakes import DictSecretStore

    with Workspace.open(tmp_path / "fresh", DictSecretStore(), create=True) as fresh, \
            pytest.raises(TrustRefused, match="enroll --request"):
        enroll(fresh, org.trust, _write(tmp_path, b"{}"))


def test_request_proves_possession_of_its_key(ws: Workspace, org: TestOrganisation) -> None:
    from reviewer.workflows.trust import check_request

    request = make_request(ws, org.crypto, dt.date.today())
    check_request(org.crypto, request)
    stolen = dataclasses.replace(request, workstation=dataclasses.replace(
        request.workstation, age=SealKit().new_identity()[1]))
    with pytest.raises(TrustRefused, match="proof"):
        check_request(org.crypto, stolen)


# ---------------------------------------------------------------- packages

def _rpkg(tmp_path: Path, ws: Workspace, org: TestOrganisation) -> Path:
    recipient = ensure_workstation(ws, org.crypto).keys.age
    path = tmp_path / "work.rpkg"
    path.write_bytes(seal_package(org.crypto, org.secrets, packed(tmp_path), recipient))
    return path


def test_sealed_package_imports(ws: Workspace, tmp_path: Path, org: TestOrganisation) -> None:
    result = import_package(ws, _rpkg(tmp_path, ws, org), gate_for(ws, org.trust))
    assert result.clips == 2


def test_package_signed_by_another_organisation_is_refused(
        ws: Workspace, tmp_path: Path, org: TestOrganisation) -> None:
    path = _rpkg(tmp_path, ws, TestOrganisation(name="Other Org"))
    with pytest.raises(TrustRefused, match="not signed by a key in the organisation file"):
        import_package(ws, path, gate_for(ws, org.trust))
    assert ws.clips.queue.counts().packages == 0


def test_package_sealed_to_another_workstation_is_refused(
        tmp_path: Path, org: TestOrganisation, ws: Workspace) -> None:
    from tests.vault.fakes import DictSecretStore

    with Workspace.open(tmp_path / "other", DictSecretStore(), create=True) as other:
        path = _rpkg(tmp_path, other, org)
    ensure_workstation(ws, org.crypto)
    with pytest.raises(TrustRefused, match="another workstation"):
        import_package(ws, path, gate_for(ws, org.trust))


def _resealed(ws: Workspace, org: TestOrganisation, tmp_path: Path,
              edit: Callable[[bytes], bytes]) -> bytes:
    """An attacker's package: the genuine signature, a changed zip, sealed to the
    workstation's public recipient (which anyone may know)."""
    recipient = ensure_workstation(ws, org.crypto).keys.age
    genuine = packed(tmp_path)
    signature = PackageSignature(genuine.package_id, recipient,
                                 hashlib.sha256(genuine.package_zip).hexdigest(), {})
    signed = org.sign(KIND_PACKAGE, signature.to_bytes())
    changed = edit(genuine.package_zip)
    return SealKit().seal(frame_rpkg(signed, changed), [recipient])


def _flip_audio_bit(package_zip: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(package_zip))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = bytearray(src.read(info))
            if info.filename.startswith("audio/"):
                data[len(data) // 2] ^= 0x01
            dst.writestr(info, bytes(data))
    return out.getvalue()


@pytest.mark.parametrize("edit", [_flip_audio_bit, lambda z: z + b"\x00",
                                  lambda z: z[:-1] + bytes([z[-1] ^ 1])],
                         ids=["audio-bit", "appended", "last-byte"])
def test_any_change_to_a_signed_package_is_refused(ws: Workspace, tmp_path: Path,
                                                   org: TestOrganisation,
                                                   edit: Callable[[bytes], bytes]) -> None:
    data = _resealed(ws, org, tmp_path, edit)
    with pytest.raises(TrustRefused, match="does not match its signature"):
        open_sealed_package(ws, org.trust, data)


def test_package_signed_for_another_recipient_is_refused(ws: Workspace, tmp_path: Path,
                                                         org: TestOrganisation) -> None:
    recipient = ensure_workstation(ws, org.crypto).keys.age
    genuine = packed(tmp_path)
    signature = PackageSignature(genuine.package_id, SealKit().new_identity()[1],
                                 hashlib.sha256(genuine.package_zip).hexdigest(), {})
    data = SealKit().seal(frame_rpkg(org.sign(KIND_PACKAGE, signature.to_bytes()),
                                     genuine.package_zip), [recipient])
    with pytest.raises(TrustRefused, match="another workstation"):
        open_sealed_package(ws, org.trust, data)


def test_unsigned_plain_package_is_refused_unless_the_organisation_allows_it(
        ws: Workspace, tmp_path: Path, org: TestOrganisation) -> None:
    from tests.support.package_builder import PackageBuilder

    b = PackageBuilder()
    b.add_clip()
    plain = b.write_dir(tmp_path / "plain")
    with pytest.raises(TrustRefused, match="signed packages only"):
        import_package(ws, plain, gate_for(ws, org.trust))
    permissive = TestOrganisation(allow_unsigned=True)
    assert import_package(ws, plain, gate_for(ws, permissive.trust)).clips == 1


def test_truncated_and_garbage_rpkg_are_refused_in_one_line(ws: Workspace, tmp_path: Path,
                                                            org: TestOrganisation) -> None:
    good = _rpkg(tmp_path, ws, org).read_bytes()
    for data in (b"", b"not age at all", good[: len(good) // 2], good[:40]):
        with pytest.raises(TrustRefused) as info:
            open_sealed_package(ws, org.trust, data)
        assert "\n" not in str(info.value)


def test_disclosure_roster_option_is_gone(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    from reviewer import cli

    with pytest.raises(SystemExit) as info:
        cli.main(["disclosure", "verify", str(tmp_path / "r.json"), "--profile", "fake.json"])
    assert info.value.code == 2
    assert "unrecognized arguments: --profile" in capsys.readouterr().err


def test_profile_with_a_key_twice_under_two_names_is_refused(ws: Workspace, tmp_path: Path,
                                                             org: TestOrganisation) -> None:
    """Even the organisation cannot list one person twice: two leads, one key."""
    leads = (Lead("lead-a", LEAD_AGE, LEAD_KEY), Lead("lead-b", SealKit().new_identity()[1],
                                                      LEAD_KEY))
    signed = org.sign(KIND_PROFILE, Profile("rev-042", Role.REVIEWER, leads=leads,
                                            workstation=profile_for(ws, org).workstation)
                      .to_bytes())
    with pytest.raises(TrustRefused, match="key twice"):
        enroll(ws, org.trust, _write(tmp_path, signed))


# ---------------------------------------------------------------- sealed exports

def _export(ws: Workspace, org: TestOrganisation, recipient: str) -> bytes:
    from reviewer.workflows.trust import export_sealer

    return export_sealer(ws, org.crypto)({"p.manifest.jsonl": b'{"clip_id": "c"}\n',
                                          "p.header.json": b"{}"}, (recipient,))


def test_a_genuine_export_is_collected(ws: Workspace, org: TestOrganisation) -> None:
    from reviewer.workflows.org_collect import open_export

    org.enroll(ws)
    opened = open_export(org.crypto, org.organisation, org.secrets,
                         _export(ws, org, org.export_recipient))
    assert opened.reviewer == "rev-042"
    assert set(opened.files) == {"p.manifest.jsonl", "p.header.json"}


def test_forged_exports_are_refused(ws: Workspace, org: TestOrganisation) -> None:
    from reviewer.core.trust import frame_export, unframe_export
    from reviewer.workflows.org_collect import open_export

    org.enroll(ws)
    with pytest.raises(TrustRefused, match="not sealed to this organisation"):
        open_export(org.crypto, org.organisation, org.secrets,
                    _export(ws, org, SealKit().new_identity()[1]))
    genuine = org.crypto.open_sealed(_export(ws, org, org.export_recipient),
                                     [org.export_secret])
    profile, signature, tar = unframe_export(genuine)
    tampered = SealKit().seal(frame_export(profile, signature, tar[:-1] + b"\x01"),
                              [org.export_recipient])
    with pytest.raises(TrustRefused, match="signature does not match"):
        open_export(org.crypto, org.organisation, org.secrets, tampered)
    mallory = TestOrganisation(name="Mallory")
    forged_profile = mallory.sign(KIND_PROFILE, profile_for(ws, org).to_bytes())
    forged = SealKit().seal(frame_export(forged_profile, signature, tar),
                            [org.export_recipient])
    with pytest.raises(TrustRefused, match="not signed by a key in the organisation file"):
        open_export(org.crypto, org.organisation, org.secrets, forged)


@pytest.mark.parametrize("roster", [
    {"leads": [{"age": LEAD_AGE, "ed25519": LEAD_KEY}]},
    {"leads": [{"pseudonym": "lead-a", "age": LEAD_AGE, "ed25519": LEAD_KEY, "extra": "x"}]},
    {"leads": [{"pseudonym": 7, "age": LEAD_AGE, "ed25519": LEAD_KEY}]},
    {"exchange": {"escalation": "/srv/esc"}},
    {"exchange": {"escalations": 5}},
    {"leaders": []},
    {"export_recipients": "age1 written as text, not a list"},
    {"support_text": ["call", "us"]},
])
def test_a_sloppy_roster_is_refused_not_signed(ws: Workspace, org: TestOrganisation,
                                               roster: dict[str, object]) -> None:
    from reviewer.workflows.org import sign_profile

    request = make_request(ws, org.crypto, dt.date.today()).to_bytes()
    with pytest.raises(TrustRefused, match="roster"):
        sign_profile(org.crypto, org.secrets, request, json.dumps(roster).encode(),
                     reviewer="rev-042", role=Role.REVIEWER, days=30, today=dt.date.today())


def test_org_init_refuses_a_name_workstations_would_refuse() -> None:
    from reviewer.workflows.org import init_organisation

    with pytest.raises(TrustRefused, match="name"):
        init_organisation(SealKit(), "Bad\u200bName", "a long enough passphrase",
                          kdf=FAST_TEST_KDF)


def test_collect_refuses_a_broken_join_map(tmp_path: Path, org: TestOrganisation,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from reviewer import cli

    broken = tmp_path / "map.jsonl"
    broken.write_text("not json\n")
    key = tmp_path / "key.json"
    key.write_bytes(org.crypto.lock_secrets(
        LeadSecrets("Signed Only Org", org.export_secret, org.private, ""), "pass phrase!",
        NO_KEYRING, FAST_TEST_KDF))
    (tmp_path / "pass").write_text("pass phrase!\n")
    assert cli.main(["org", "collect", str(tmp_path / "none.age"), "--organisation",
                     str(org.write(tmp_path / "org.json")), "--key", str(key),
                     "--passphrase-file", str(tmp_path / "pass"), "--map", str(broken),
                     "--out", str(tmp_path / "out")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_deleting_the_workstation_keys_does_not_unbind_the_profile(
        ws: Workspace, tmp_path: Path, org: TestOrganisation) -> None:
    """Someone with the vault key deletes this workstation's keys, so that a profile made for
    another workstation would no longer be checked against them: refused instead."""
    enroll(ws, org.trust, _write(tmp_path, org.sign(KIND_PROFILE,
                                                    profile_for(ws, org).to_bytes())))
    with ws.lock:
        ws.conn.execute("DELETE FROM meta WHERE k = 'workstation'")
    with pytest.raises(TrustRefused, match="keys are missing"):
        trusted_profile(ws, org.trust)
