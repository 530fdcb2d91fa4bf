"""Refusals of the organisation's and the workstation's trust steps that other tests leave
out: each names what is wrong, and nothing is signed, sealed or stored."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from reviewer.core.lead import FAST_TEST_KDF
from reviewer.core.profile import Profile, Role
from reviewer.core.trust import KIND_PROFILE, TrustRefused
from reviewer.seal.kit import SealKit
from reviewer.vault.workspace import Workspace
from reviewer.workflows.org import init_organisation, sign_profile
from reviewer.workflows.org_pack import seal_package
from reviewer.workflows.trust import (
    enroll,
    ensure_workstation,
    export_sealer,
    make_request,
    open_sealed_package,
    read_limited,
)
from tests.support.trust import TestOrganisation
from tests.trust.conftest import gate_for, packed


def test_org_init_refuses_a_short_passphrase() -> None:
    with pytest.raises(TrustRefused, match="at least 12 characters"):
        init_organisation(SealKit(), "Example Org", "too short", kdf=FAST_TEST_KDF)


@pytest.mark.parametrize("days", [0, 731])
def test_a_profile_is_signed_for_one_to_730_days_only(ws: Workspace, org: TestOrganisation,
                                                      days: int) -> None:
    request = make_request(ws, org.crypto, dt.date.today()).to_bytes()
    with pytest.raises(TrustRefused, match="1 to 730 days"):
        sign_profile(org.crypto, org.secrets, request, b"{}", reviewer="rev-042",
                     role=Role.REVIEWER, days=days, today=dt.date.today())


def test_a_profile_that_names_no_workstation_is_not_enrolled(
        ws: Workspace, org: TestOrganisation, tmp_path: Path) -> None:
    ensure_workstation(ws, org.crypto)
    anyone = Profile("rev-042", Role.REVIEWER, issued=dt.date.today(),
                     expires=dt.date.today() + dt.timedelta(days=30))
    path = tmp_path / "profile.json"
    path.write_bytes(org.sign(KIND_PROFILE, anyone.to_bytes()))
    with pytest.raises(TrustRefused, match="names no workstation"):
        enroll(ws, org.trust, path)
    assert ws.signed_profile() is None


def test_nothing_is_opened_or_sealed_before_the_workstation_has_keys(
        ws: Workspace, org: TestOrganisation) -> None:
    with pytest.raises(TrustRefused, match="has no keys yet"):
        open_sealed_package(ws, org.trust, b"age-encryption.org/v1 ...")
    with pytest.raises(TrustRefused, match="no workstation keys or profile"):
        export_sealer(ws, org.crypto)({"p.header.json": b"{}"}, (org.export_recipient,))


def test_a_package_whose_header_and_signature_name_different_packages_is_refused(
        ws: Workspace, org: TestOrganisation, tmp_path: Path) -> None:
    recipient = ensure_workstation(ws, org.crypto).keys.age
    genuine = packed(tmp_path)
    relabelled = dataclasses.replace(genuine, package_id="pkg_" + "0" * 32)
    path = tmp_path / "relabelled.rpkg"
    path.write_bytes(seal_package(org.crypto, org.secrets, relabelled, recipient))
    with pytest.raises(TrustRefused, match="names another package than its signature"):
        gate_for(ws, org.trust)(path, None)
    assert ws.packages.stored() == []


def test_a_file_over_its_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "roster.json"
    path.write_text(json.dumps({"support_text": "x" * 100}))
    assert read_limited(path, "roster", limit=200) == path.read_bytes()
    with pytest.raises(TrustRefused, match=r"roster .* is too large"):
        read_limited(path, "roster", limit=50)
