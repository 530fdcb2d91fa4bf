"""The whole exchange with real parts: the organisation packs and uploads a sealed package,
`reviewer sync` pulls it, `reviewer import --from-spool` imports it once (even when delivered
twice), the reviewer finishes it, the sealed export goes up through the spool, and the
organisation collects it from the store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring.backend
import pytest

from reviewer import cli
from reviewer.commands import anchor
from reviewer.core.annotation import Annotation
from reviewer.core.exchange import Layout, object_name
from reviewer.core.trust import parse_organisation
from reviewer.vault.keyring_store import KeyringSecretStore
from reviewer.vault.workspace import Workspace
from reviewer.workflows.review_session import ReviewSession
from tests.exchange.conftest import s3_store
from tests.exchange.test_sync_process import sync_args
from tests.support.ceph_gateway import Gateway
from tests.trust.conftest import nemo_manifest

ROOT = Path(__file__).resolve().parents[2]
WS = Layout("ws-a")
pytestmark = pytest.mark.usefixtures("credentials")


def sync_once(gateway: Gateway, bucket: str, spool: Path) -> str:
    result = subprocess.run([sys.executable, "-m", "reviewer", *sync_args(gateway, bucket, spool),
                             "--once"], capture_output=True, text=True, cwd=ROOT, timeout=120,
                            check=False, env=dict(os.environ))
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_organisation_to_workstation_and_back_through_the_store(
        gateway: Gateway, open_bucket: str, tmp_path: Path, workspace_dir: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        secret_service: keyring.backend.KeyringBackend) -> None:
    secret = tmp_path / "org.pass"
    secret.write_text("the organisation's own passphrase\n")
    org_dir = tmp_path / "org"
    assert cli.main(["org", "init", "--name", "Example Org", "--out", str(org_dir),
                     "--passphrase-file", str(secret)]) == 0
    export_recipient = capsys.readouterr().out.rsplit("export_recipients): ", 1)[1].strip()
    installed = (org_dir / "organisation.json").read_bytes()
    monkeypatch.setattr(anchor, "load", lambda: parse_organisation(installed))
    request, roster, profile = (tmp_path / n for n in ("request.json", "roster.json",
                                                       "profile.json"))
    assert cli.main(["enroll", "--request", str(request)]) == 0
    roster.write_text(json.dumps({"export_recipients": [export_recipient]}))
    key = ["--key", str(org_dir / "organisation-key.json"), "--passphrase-file", str(secret)]
    assert cli.main(["org", "sign-profile", str(request), "--roster", str(roster),
                     "--reviewer", "rev-042", "--out", str(profile), *key]) == 0
    assert cli.main(["enroll", str(profile)]) == 0
    package = tmp_path / "work.rpkg"
    assert cli.main(["org", "pack", str(nemo_manifest(tmp_path, clips=3)), "--audio-dir",
                     str(tmp_path / "src"), "--to", str(request), "--out", str(package),
                     "--map", str(tmp_path / "join.jsonl"), *key]) == 0

    org = s3_store(gateway, open_bucket)
    sealed = package.read_bytes()
    inbox_key = WS.inbox + object_name(sealed, "rpkg")
    assert org.put_new(inbox_key, sealed)
    spool = workspace_dir / "spool"
    assert "downloaded 1" in sync_once(gateway, open_bucket, spool)
    capsys.readouterr()
    assert cli.main(["import", "--from-spool"]) == 0
    assert "imported 1 package(s) from the spool" in capsys.readouterr().out
    assert cli.main(["import", "--from-spool"]) == 0
    assert "imported 0 package(s)" in capsys.readouterr().out
    assert "acknowledged 1" in sync_once(gateway, open_bucket, spool)
    assert org.list(WS.inbox) == []
    assert org.put_new(inbox_key, sealed)  # delivered a second time
    assert "downloaded 0, acknowledged 0" in sync_once(gateway, open_bucket, spool)
    assert org.list(WS.inbox) == []
    assert cli.main(["import", "--from-spool"]) == 0
    assert "imported 0 package(s)" in capsys.readouterr().out

    with Workspace.open(workspace_dir, KeyringSecretStore(), create=False) as ws:
        session = ReviewSession(ws.clips)
        rows = ws.clips.queue.rows(0, 100_000)
        assert len(rows) == 3  # imported once
        for clip in rows:
            session.submit(clip.local_id, Annotation(transcript="hello"))
    assert cli.main(["export", "--out", str(tmp_path / "export"), "--to-spool"]) == 0
    assert "uploaded 1" in sync_once(gateway, open_bucket, spool)
    (result_key,) = org.list(WS.results)
    collected = tmp_path / "collected" / "from-store.export.age"
    collected.parent.mkdir()
    collected.write_bytes(org.get(result_key))
    assert cli.main(["org", "collect", str(collected), "--organisation",
                     str(org_dir / "organisation.json"), "--out", str(tmp_path / "merged"),
                     *key]) == 0
    lines = (tmp_path / "merged" / "manifest.jsonl").read_text().splitlines()
    assert [json.loads(x)["text"] for x in lines] == ["hello"] * 3
