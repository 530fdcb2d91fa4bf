"""`reviewer org collect --from-s3` killed between writing its batch and deleting upstream
(a real process, the real gateway): the next run deletes what the batch holds without
collecting it twice, and a forged object stays in the store, named."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import keyring.backend
import pytest

from reviewer import cli
from reviewer.commands.sync import CREDENTIALS_SERVICE
from reviewer.core.escalation import DecisionKind, DecisionRecord, EscalationCategory
from reviewer.core.exchange import DECISIONS, object_name
from reviewer.core.profile import Lead, Profile, Role
from reviewer.core.trust import KIND_PROFILE, WorkstationKeys
from reviewer.fileio import CRASH_ENV, CRASH_EXIT
from reviewer.seal.kit import SealKit
from reviewer.vault.keyring_store import KeyringSecretStore
from reviewer.workflows.lead_travel import DecisionTravel
from reviewer.workflows.org import unlock_organisation
from reviewer.workflows.spool import Spool
from reviewer.workflows.trust import sign_document
from tests.exchange.conftest import s3_store
from tests.exchange.test_sync_process import reviewer
from tests.support.ceph_gateway import Gateway


def test_a_collect_killed_after_its_batch_collects_nothing_twice(
        gateway: Gateway, bucket: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        secret_service: keyring.backend.KeyringBackend) -> None:
    passphrase = "the organisation's own passphrase"
    (tmp_path / "org.pass").write_text(passphrase + "\n")
    org_dir = tmp_path / "org"
    assert cli.main(["org", "init", "--name", "Example Org", "--out", str(org_dir),
                     "--passphrase-file", str(tmp_path / "org.pass")]) == 0
    recipient = capsys.readouterr().out.rsplit("export_recipients): ", 1)[1].strip()
    secrets = unlock_organisation(SealKit(), (org_dir / "organisation-key.json").read_bytes(),
                                  passphrase)
    kit = SealKit()
    lead_private, lead_public = kit.new_signing_key()
    profile = Profile("lead-a", Role.LEAD, leads=(Lead("lead-a", kit.new_identity()[1],
                                                       lead_public),),
                      workstation=WorkstationKeys(kit.new_identity()[1],
                                                  kit.new_signing_key()[1]),
                      export_recipients=(recipient,),
                      expires=dt.date.today() + dt.timedelta(days=30))
    signed = sign_document(kit, secrets.signing_private, secrets.signing_public, KIND_PROFILE,
                           profile.to_bytes())
    travel = DecisionTravel(tmp_path / "lead", Spool(tmp_path / "spool"), kit, signed,
                            (recipient,))
    store = s3_store(gateway, bucket)
    for n in range(3):
        case = f"case-{n:016x}"
        record = DecisionRecord(case_id=case, clip_id="c_" + "1" * 32,
                                package_id="pkg_" + "2" * 32,
                                category=EscalationCategory.SELF_HARM,
                                decision=DecisionKind.NO_ACTION, lead="lead-a",
                                created=f"2026-11-30T08:00:0{n}Z")
        data = json.dumps(record.to_json()).encode()
        sealed = travel.seal(f"decision-{case}-no_action-20261130T08000{n}Z.json", data,
                             "lead-a", lead_private)
        assert store.put_new(DECISIONS + object_name(sealed, "age"), sealed)
    forged = b"not sealed to anyone"
    forged_key = DECISIONS + object_name(forged, "age")
    store.put_new(forged_key, forged)
    access, secret = gateway.keys["org"]
    KeyringSecretStore().set(CREDENTIALS_SERVICE, "org",
                             json.dumps({"access_key": access, "secret_key": secret}))
    out = tmp_path / "collected"
    collect = ["org", "collect", "--from-s3", "--endpoint", gateway.endpoint, "--bucket",
               bucket, "--organisation", str(org_dir / "organisation.json"), "--key",
               str(org_dir / "organisation-key.json"), "--passphrase-file",
               str(tmp_path / "org.pass"), "--out", str(out)]

    crashed = reviewer(*collect, env={CRASH_ENV: "org_exchange.committed"})
    assert crashed.returncode == CRASH_EXIT, crashed.stderr
    (batch,) = out.glob("batch-*")
    rows = [json.loads(x) for x in (batch / "decisions.jsonl").read_text().splitlines()]
    assert sorted(r["case_id"] for r in rows) == [f"case-{n:016x}" for n in range(3)]
    assert len(store.list(DECISIONS)) == 4  # nothing deleted before the crash

    again = reviewer(*collect)
    assert again.returncode == 2  # the forged object: named, left there
    assert forged_key in again.stderr
    assert "0 decision record(s)" in again.stdout
    assert "3 object(s) removed" in again.stdout
    assert store.list(DECISIONS) == [forged_key]
    assert list(out.glob("batch-*")) == [batch]
    assert list(out.glob(".batch-*")) == []
    KeyringSecretStore().delete(CREDENTIALS_SERVICE, "org")
