"""Organisation -> workstation -> lead -> organisation through the real gateway, with the
commands users run as their own processes: `reviewer org pack --upload`, `reviewer sync`
(a reviewer's, then a lead's: the role comes from the spool's exchange.json), and
`reviewer org collect --from-s3`. The reviewer's and the lead's app-side steps (import,
escalate, the lead desk behind its gate) run here, on their real vaults and the real Secret
Service, as the windows drive them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring.backend
import pyotp
import pytest

from reviewer import cli
from reviewer.commands import anchor
from reviewer.commands.lead import lead_travel
from reviewer.core.annotation import Annotation
from reviewer.core.escalation import DecisionKind, EscalationCategory
from reviewer.core.exchange import DECISIONS, ESCALATIONS, RESULTS, Layout, object_name
from reviewer.core.exchange_frames import unframe_envelope
from reviewer.core.exchange_policy import bucket_policy
from reviewer.core.lead import FAST_TEST_KDF
from reviewer.core.lead_cases import CaseStatus
from reviewer.core.trust import parse_organisation
from reviewer.seal.kit import SealKit
from reviewer.vault.keyring_store import KeyringSecretStore
from reviewer.vault.workspace import Workspace
from reviewer.workflows.escalate import Escalator
from reviewer.workflows.lead_desk import LeadDesk
from reviewer.workflows.lead_gate import LeadGate
from reviewer.workflows.lead_workspace import LeadWorkspace
from reviewer.workflows.review_session import ReviewSession
from reviewer.workflows.spool import Spool
from reviewer.workflows.sync_settings import write_sync_settings
from reviewer.workflows.trust import Trust, trusted_profile
from tests.exchange.conftest import admin_client, s3_store
from tests.support.ceph_gateway import Gateway
from tests.trust.conftest import nemo_manifest

ROOT = Path(__file__).resolve().parents[2]
WS = Layout("ws-a")
LEAD_PASSPHRASE = "the lead's long passphrase"
REASON = "The reviewer flagged self-harm; checking how urgent it is."


def reviewer(*args: str, stdin: str = "") -> str:
    result = subprocess.run([sys.executable, "-m", "reviewer", *args], input=stdin,
                            capture_output=True, text=True, cwd=ROOT, timeout=300,
                            check=False, env=dict(os.environ))
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return result.stdout


def confine(gateway: Gateway, bucket: str) -> None:
    policy = bucket_policy(bucket, {"ws-a": "arn:aws:iam:::user/ws-a"},
                           ["arn:aws:iam:::user/lead"])
    admin_client(gateway).put_bucket_policy(Bucket=bucket, Policy=policy)


def test_organisation_to_workstation_to_lead_and_back(
        gateway: Gateway, bucket: str, tmp_path: Path, workspace_dir: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        secret_service: keyring.backend.KeyringBackend) -> None:
    confine(gateway, bucket)
    store_args = ["--endpoint", gateway.endpoint, "--bucket", bucket]
    for account, user in (("org", "org"), ("ws-a", "ws-a"), ("lead-a", "lead")):
        keys = "\n".join(gateway.keys[user]) + "\n"
        if account == "org":
            reviewer("org", "store-credentials", "--account", "org", stdin=keys)
        else:
            reviewer("sync", "--store-credentials", "--workstation", account, stdin=keys)

    # The organisation, the lead's keys, the roster, the two signed profiles.
    secret = tmp_path / "org.pass"
    secret.write_text("the organisation's own passphrase\n")
    org_dir = tmp_path / "org"
    assert cli.main(["org", "init", "--name", "Example Org", "--out", str(org_dir),
                     "--passphrase-file", str(secret)]) == 0
    export_recipient = capsys.readouterr().out.rsplit("export_recipients): ", 1)[1].strip()
    installed = (org_dir / "organisation.json").read_bytes()
    monkeypatch.setattr(anchor, "load", lambda: parse_organisation(installed))
    trust = Trust(parse_organisation(installed), SealKit())
    key = ["--key", str(org_dir / "organisation-key.json"), "--passphrase-file", str(secret)]
    lead_dir = tmp_path / "lead-workspace"
    lead_ws = LeadWorkspace(lead_dir, KeyringSecretStore(), SealKit())
    enrolled = lead_ws.init("lead-a", LEAD_PASSPHRASE, FAST_TEST_KDF)
    roster = tmp_path / "roster.json"
    roster.write_text(json.dumps({
        "leads": [{"pseudonym": "lead-a", "age": enrolled.recipient,
                   "ed25519": enrolled.signing_key}],
        "export_recipients": [export_recipient],
        "exchange": {"escalations": "escalations",
                     "s3": {"endpoint": gateway.endpoint, "bucket": bucket}}}))
    for where, name, role, ws_name in ((workspace_dir, "rev-042", "reviewer", "ws-a"),
                                       (lead_dir, "lead-a", "lead", "lead-a")):
        request, profile = tmp_path / f"{ws_name}.request", tmp_path / f"{ws_name}.profile"
        assert cli.main(["--workspace", str(where), "enroll", "--request", str(request)]) == 0
        assert cli.main(["org", "sign-profile", str(request), "--roster", str(roster),
                         "--reviewer", name, "--role", role, "--workstation", ws_name,
                         "--out", str(profile), *key]) == 0
        assert cli.main(["--workspace", str(where), "enroll", str(profile)]) == 0

    # org pack --upload: straight into ws-a's inbox.
    join = tmp_path / "join.jsonl"
    out = reviewer("org", "pack", str(nemo_manifest(tmp_path, clips=3)), "--audio-dir",
                   str(tmp_path / "src"), "--to", str(tmp_path / "ws-a.request"), "--out",
                   str(tmp_path / "work.rpkg"), "--map", str(join), *key, "--upload",
                   "--workstation", "ws-a", *store_args)
    sealed = (tmp_path / "work.rpkg").read_bytes()
    inbox_key = WS.inbox + object_name(sealed, "rpkg")
    assert f"uploaded as {inbox_key}" in out
    org = s3_store(gateway, bucket)
    assert org.list(WS.inbox) == [inbox_key]

    # The reviewer's workstation: sync (settings from exchange.json, as the app writes them),
    # import once even when delivered twice, escalate one clip, finish the others, export.
    spool = Spool(workspace_dir / "spool")
    with Workspace.open(workspace_dir, KeyringSecretStore(), create=False) as ws:
        enrolled_profile = trusted_profile(ws, trust)
        assert write_sync_settings(spool.root, enrolled_profile) is not None
    assert "downloaded 1" in reviewer("sync", "--once")
    capsys.readouterr()
    assert cli.main(["import", "--from-spool"]) == 0
    assert "imported 1 package(s)" in capsys.readouterr().out
    assert "acknowledged 1" in reviewer("sync", "--once")
    assert org.put_new(inbox_key, sealed)  # the same package delivered again
    assert "downloaded 0, acknowledged 0" in reviewer("sync", "--once")
    assert org.list(WS.inbox) == []
    assert cli.main(["import", "--from-spool"]) == 0
    assert "imported 0 package(s)" in capsys.readouterr().out
    with Workspace.open(workspace_dir, KeyringSecretStore(), create=False) as ws:
        rows = ws.clips.queue.rows(0, 100)
        assert len(rows) == 3  # imported once
        escalator = Escalator.for_profile(ws.escalations, trusted_profile(ws, trust),
                                          SealKit(), ws.path)
        receipt = escalator.escalate(rows[0].local_id, EscalationCategory.SELF_HARM,
                                     "said twice")
        # With an S3 exchange the escalator stages the envelope itself (the window's path).
        assert receipt.envelope.parent == spool.outgoing / "escalations"
        session = ReviewSession(ws.clips)
        for clip in rows[1:]:
            session.submit(clip.local_id, Annotation(transcript="hello"))
    assert cli.main(["export", "--out", str(tmp_path / "export"), "--to-spool"]) == 0
    assert "uploaded 2" in reviewer("sync", "--once")  # the result and the escalation
    (escalation_key,) = org.list(ESCALATIONS)
    assert escalation_key.endswith("/" + receipt.envelope.name)
    _name, label, _sealed = unframe_envelope(org.get(escalation_key))  # its name travels
    assert label.category is EscalationCategory.SELF_HARM

    # The lead: sync in lead role (from exchange.json), import, open through the gate,
    # decide; the decision travels sealed.
    with Workspace.open(lead_dir, KeyringSecretStore(), create=False) as lws:
        lead_profile = trusted_profile(lws, trust)
        assert lead_profile is not None
        travel = lead_travel(lead_dir, lead_profile, lws.signed_profile())
        assert travel is not None
        assert "downloaded 1" in reviewer("sync", "--workspace", str(lead_dir), "--once")
        assert "downloaded 0" in reviewer("sync", "--workspace", str(lead_dir), "--once")
        desk = LeadDesk(lead_ws, LeadGate(lead_ws, lws.audit), lws.audit, lead_profile,
                        travel)
        assert desk.import_new() == 1
        (entry,) = desk.inbox()
        assert (entry.case_id, entry.category) == (receipt.case_id,
                                                   EscalationCategory.SELF_HARM)
        view = desk.open_case(entry.case_id, LEAD_PASSPHRASE,
                              pyotp.TOTP(enrolled.totp_secret).now(), REASON)
        assert (view.note, view.label_matches) == ("said twice", True)
        desk.decide(entry.case_id, DecisionKind.REFER_SAFETY_TEAM, "Called the team.")
        assert desk.case_state(entry.case_id).status is CaseStatus.DECIDED
        desk.close_case()
    assert "uploaded 1" in reviewer("sync", "--workspace", str(lead_dir), "--once")
    assert len(org.list(DECISIONS)) == 1
    assert len(org.list(ESCALATIONS)) == 1  # the lead never deletes an escalation

    # The organisation collects results and decisions, once.
    merged = tmp_path / "merged"
    collect = ["org", "collect", "--from-s3", *store_args, "--organisation",
               str(org_dir / "organisation.json"), "--out", str(merged), "--map", str(join),
               *key]
    assert "collected 1 export(s) and 1 decision record(s)" in reviewer(*collect)
    (batch,) = merged.glob("batch-*")
    lines = [json.loads(x) for x in (batch / "manifest.jsonl").read_text().splitlines()]
    assert [x["text"] for x in lines] == ["hello"] * 2
    assert all(x["source_audio_filepath"] for x in lines)
    (decision,) = [json.loads(x) for x in (batch / "decisions.jsonl").read_text().splitlines()]
    assert (decision["case_id"], decision["decision"], decision["lead"]) == (
        receipt.case_id, "refer_safety_team", "lead-a")
    assert org.list(RESULTS) == []
    assert org.list(DECISIONS) == []
    assert "collected 0 export(s) and 0 decision record(s)" in reviewer(*collect)
    assert len(list(merged.glob("batch-*"))) == 1


def test_only_the_organisations_exchange_commands_leave_the_no_network_rule(
        tmp_path: Path) -> None:
    """`org pack --upload` and `org collect --from-s3` reach the store (the vault guard
    instead: nothing under the workspace opens); every other org command stays offline."""
    from reviewer.cli import organisation_exchange

    assert organisation_exchange(["org", "pack", "m.jsonl", "--upload"])
    assert organisation_exchange(["org", "collect", "--from-s3"])
    assert not organisation_exchange(["org", "pack", "m.jsonl", "--out", "x.rpkg"])
    assert not organisation_exchange(["import", "--upload"])
    assert not organisation_exchange(["--workspace", "w", "org", "collect", "--from-s3"])
    ws = tmp_path / "ws"
    ws.mkdir()
    (ws / "vault.db").write_bytes(b"")
    for argv, expected in ((["org", "collect", "--from-s3", "--help"], "network allowed"),
                           (["org", "collect", "--help"], "guarded")):
        probe = f"""
import os, socket, sys
os.environ["REVIEWER_WORKSPACE"] = {str(ws)!r}
from reviewer import cli, offline
try:
    cli.main({argv!r})
except SystemExit:
    pass
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    s.connect(("127.0.0.1", 9))
except offline.NetworkRefused:
    print("guarded")
except OSError:
    print("network allowed")
try:
    open({str(ws / "vault.db")!r}, "rb")
    print("vault opened")
except offline.VaultRefused:
    print("vault refused")
"""
        ran = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                             cwd=ROOT, timeout=60, check=False)
        assert ran.returncode == 0, ran.stderr
        lines = ran.stdout.split("\n")
        assert expected in lines, ran.stdout
        assert ("vault refused" in lines) == (expected == "network allowed"), ran.stdout
