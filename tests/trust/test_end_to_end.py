"""The whole chain with real parts: the organisation's keys, a workstation request through
the real Secret Service, a signed profile, a NeMo manifest packed and sealed to that
workstation, imported, reviewed, exported sealed to the organisation, and collected."""

from __future__ import annotations

import json
from pathlib import Path

import keyring.backend
import pytest
import soundfile

from reviewer import cli
from reviewer.commands import anchor
from reviewer.core.annotation import Annotation
from reviewer.core.trust import parse_organisation
from reviewer.vault.keyring_store import KeyringSecretStore
from reviewer.vault.workspace import Workspace
from reviewer.workflows.review_session import ReviewSession
from tests.trust.conftest import nemo_manifest

pytestmark = pytest.mark.secret_service


def test_organisation_to_export_with_the_real_keyring(
        tmp_path: Path, workspace_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
        secret_service: keyring.backend.KeyringBackend) -> None:
    secret = tmp_path / "org.pass"
    secret.write_text("the organisation's own passphrase\n")
    org = tmp_path / "org"
    assert cli.main(["org", "init", "--name", "Example Org", "--out", str(org),
                     "--passphrase-file", str(secret)]) == 0
    export_recipient = capsys.readouterr().out.rsplit("export_recipients): ", 1)[1].strip()
    # What IT installs at the built-in path; handed in as a constructor would.
    installed = (org / "organisation.json").read_bytes()
    monkeypatch.setattr(anchor, "load", lambda: parse_organisation(installed))

    request = tmp_path / "request.json"
    assert cli.main(["enroll", "--request", str(request)]) == 0
    roster = tmp_path / "roster.json"
    roster.write_text(json.dumps({"support_text": "Call the care line.",
                                  "export_recipients": [export_recipient]}))
    profile = tmp_path / "profile.json"
    key = ["--key", str(org / "organisation-key.json"), "--passphrase-file", str(secret)]
    assert cli.main(["org", "sign-profile", str(request), "--roster", str(roster),
                     "--reviewer", "rev-042", "--out", str(profile), *key]) == 0
    assert cli.main(["enroll", str(profile)]) == 0

    manifest = nemo_manifest(tmp_path, clips=3)
    package, join = tmp_path / "work.rpkg", tmp_path / "join.jsonl"
    assert cli.main(["org", "pack", str(manifest), "--audio-dir", str(tmp_path / "src"),
                     "--to", str(request), "--out", str(package), "--map", str(join),
                     *key]) == 0
    sealed = package.read_bytes()
    assert b"clips.jsonl" not in sealed  # unreadable outside the app
    assert b"hello 1" not in sealed
    capsys.readouterr()
    assert cli.main(["check", str(package)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Import here: yes")
    assert cli.main(["import", str(package)]) == 0

    with Workspace.open(workspace_dir, KeyringSecretStore(), create=False) as ws:
        assert ws.mode == "keyring"
        session = ReviewSession(ws.clips)
        for clip in ws.clips.queue.rows(0, 100_000):
            session.submit(clip.local_id, Annotation(transcript="hello"))
    out = tmp_path / "export"
    assert cli.main(["export", "--out", str(out), "--with-audio"]) == 0
    sealed_exports = sorted(out.iterdir())
    assert [p.name.endswith(".export.age") for p in sealed_exports] == [True]  # nothing clear
    assert b"rev-042" not in sealed_exports[0].read_bytes()
    merged = tmp_path / "merged"
    assert cli.main(["org", "collect", str(sealed_exports[0]), "--organisation",
                     str(org / "organisation.json"), "--map", str(join), "--out", str(merged),
                     *key]) == 0
    lines = [json.loads(x) for x in (merged / "manifest.jsonl").read_text().splitlines()]
    assert sorted(x["source_audio_filepath"] for x in lines) == [
        "utt1.wav", "utt2.wav", "utt3.wav"]
    assert all(x["reviewer"] == "rev-042" for x in lines)
    assert all(x["audio_filepath"].split("/")[0].startswith("pkg_") for x in lines)
    for x in lines:  # the audio came along, ready to train on
        info = soundfile.info(str(merged / x["audio_filepath"]))
        assert abs(info.frames / info.samplerate - x["duration"]) < 0.1
    capsys.readouterr()
    assert cli.main(["export", "verify", str(merged)]) == 0
    assert capsys.readouterr().out.startswith("valid: 3 manifest line(s)")
    assert not any("speaker" in x or "device_id" in x for x in lines)

    workspace_id = json.loads((workspace_dir / "workspace.json").read_text())["id"]
    assert secret_service.get_password(f"reviewer-workspace-{workspace_id}",
                                       "workspace-key") is not None
    assert cli.main(["wipe", "--yes"]) == 0
    assert not workspace_dir.exists()
    assert secret_service.get_password(f"reviewer-workspace-{workspace_id}",
                                       "workspace-key") is None
