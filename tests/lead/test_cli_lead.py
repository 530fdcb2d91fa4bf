"""`reviewer lead init`, `reviewer disclosure verify` and `cosign` from the command line."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pyotp
import pytest

from reviewer import cli
from reviewer.commands import workspace as workspace_commands
from reviewer.core.disclosure import DisclosureRequest
from reviewer.core.playback import Player
from reviewer.core.profile import Role
from reviewer.core.settings_policy import SettingsPolicy
from reviewer.seal.kit import SealKit
from reviewer.workflows.disclosure import sign_request
from reviewer.workflows.lead_desk import LeadDesk
from reviewer.workflows.lead_workspace import LeadWorkspace
from reviewer.workflows.org import sign_profile
from tests.support.trust import TestOrganisation
from tests.vault.fakes import DictSecretStore

PASS = "two leads share nothing"


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> DictSecretStore:
    secrets = DictSecretStore()
    monkeypatch.setattr(workspace_commands, "secret_store", lambda: secrets)
    return secrets


def init_lead(tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    pw = tmp_path / f"{name}.pass"
    pw.write_text(PASS + "\n")
    ws = tmp_path / name
    assert cli.main(["--workspace", str(ws), "lead", "init", "--name", name,
                     "--passphrase-file", str(pw)]) == 0
    out = capsys.readouterr().out
    uri = re.search(r"otpauth://\S+", out)
    entry = json.loads(next(line for line in out.splitlines()
                            if line.strip().startswith('{"pseudonym"')))
    assert uri
    assert entry["pseudonym"] == name
    assert PASS not in out
    png = ws / "lead" / "totp-enrollment.png"
    assert png.read_bytes().startswith(b"\x89PNG")
    secret = pyotp.parse_uri(uri.group(0)).secret
    return {"ws": str(ws), "pw": str(pw), "recipient": entry["age"],
            "key": entry["ed25519"], "totp": secret}


def signed_profile(tmp_path: Path, ws: str, organisation: TestOrganisation, reviewer: str,
                   roster: dict[str, object]) -> Path:
    """The organisation's profile for the workstation at `ws`, made from its request."""
    request = tmp_path / f"{reviewer}.request.json"
    assert cli.main(["--workspace", ws, "enroll", "--request", str(request)]) == 0
    signed = sign_profile(organisation.crypto, organisation.secrets, request.read_bytes(),
                          json.dumps(roster).encode(), reviewer=reviewer, role=Role.LEAD,
                          days=30, today=dt.date.today())
    path = tmp_path / f"{reviewer}.profile.json"
    path.write_bytes(signed)
    return path


def roster_entry(lead: dict[str, str], name: str) -> dict[str, str]:
    return {"pseudonym": name, "age": lead["recipient"], "ed25519": lead["key"]}


def test_init_twice_is_refused(tmp_path: Path, store: DictSecretStore,
                               capsys: pytest.CaptureFixture[str]) -> None:
    lead = init_lead(tmp_path, "lead-a", capsys)
    keys_before = (Path(lead["ws"]) / "lead" / "keys.json").read_bytes()
    assert cli.main(["--workspace", lead["ws"], "lead", "init", "--name", "lead-a",
                     "--passphrase-file", lead["pw"]]) == 2
    assert "already holds lead keys" in capsys.readouterr().err
    assert (Path(lead["ws"]) / "lead" / "keys.json").read_bytes() == keys_before


def test_two_leads_cosign_and_verify(tmp_path: Path, store: DictSecretStore,
                                     capsys: pytest.CaptureFixture[str],
                                     organisation: TestOrganisation) -> None:
    a = init_lead(tmp_path, "lead-a", capsys)
    b = init_lead(tmp_path, "lead-b", capsys)
    profile_path = signed_profile(tmp_path, b["ws"], organisation, "lead-b", {"leads": [
        roster_entry(a, "lead-a"), roster_entry(b, "lead-b")]})
    assert cli.main(["--workspace", b["ws"], "enroll", str(profile_path)]) == 0
    a_private = LeadWorkspace(Path(a["ws"]), store, SealKit()).unlock(PASS).signing_private
    request = sign_request(SealKit(), DisclosureRequest(
        case_id="case-00112233445566aa", clip_id="clip00000001", package_id="pkg_00000001",
        reason="Caller in danger.", created="2026-11-22T03:00:00Z", requested_by="lead-a"),
        "lead-a", a_private)
    req = tmp_path / "disclosure.json"
    req.write_bytes(request.to_bytes())
    capsys.readouterr()
    assert cli.main(["--workspace", b["ws"], "disclosure", "verify", str(req)]) == 2
    assert "2 different leads; has 1" in capsys.readouterr().err
    assert cli.main(["--workspace", b["ws"], "disclosure", "cosign", str(req), "--yes",
                     "--passphrase-file", b["pw"], "--code", "000000"
                     if pyotp.TOTP(b["totp"]).now() != "000000" else "111111"]) == 2
    assert "code is wrong" in capsys.readouterr().err
    assert cli.main(["--workspace", b["ws"], "disclosure", "cosign", str(req), "--yes",
                     "--passphrase-file", b["pw"],
                     "--code", pyotp.TOTP(b["totp"]).now()]) == 0
    assert "2 signature(s)" in capsys.readouterr().out
    assert cli.main(["--workspace", b["ws"], "disclosure", "verify", str(req)]) == 0
    assert "signed by lead-a, lead-b" in capsys.readouterr().out
    doc = json.loads(req.read_text())
    doc["request"]["reason"] = "Caller in danger!"
    req.write_text(json.dumps(doc))
    assert cli.main(["--workspace", b["ws"], "disclosure", "verify", str(req)]) == 2
    assert "does not match" in capsys.readouterr().err
    assert cli.main(["--workspace", b["ws"], "disclosure", "verify",
                     str(tmp_path / "nope.json")]) == 2


def test_lead_window_command_builds_the_desk(tmp_path: Path, store: DictSecretStore,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch,
                                             organisation: TestOrganisation) -> None:
    from reviewer.ui import qt_lead_app

    assert cli.main(["--workspace", str(tmp_path / "none"), "lead"]) == 2
    assert "lead init" in capsys.readouterr().err
    a = init_lead(tmp_path, "lead-a", capsys)
    assert cli.main(["--workspace", a["ws"], "lead"]) == 2
    assert "enroll" in capsys.readouterr().err
    (tmp_path / "esc").mkdir()
    profile = signed_profile(tmp_path, a["ws"], organisation, "lead-a", {
        "leads": [roster_entry(a, "lead-a")],
        "exchange": {"inbox": "", "outbox": str(tmp_path / "out"),
                     "escalations": str(tmp_path / "esc")}})
    assert cli.main(["--workspace", a["ws"], "enroll", str(profile)]) == 0
    seen: list[object] = []

    def window(desk: LeadDesk, player: Player, policy: SettingsPolicy | None = None,
               exchange: object = None) -> int:
        seen.append((desk.lead_name(), desk.inbox(), policy, exchange))
        return 0

    monkeypatch.setattr(qt_lead_app, "run_lead_window", window)
    assert cli.main(["--workspace", a["ws"], "lead"]) == 0
    # Shared folders, no S3 exchange: the window starts no sync.
    assert seen == [("lead-a", [], organisation.organisation.settings, None)]
