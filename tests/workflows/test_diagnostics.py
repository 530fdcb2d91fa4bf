"""`reviewer diagnostics OUT`: what support gets, and, attacked with a full workspace, nothing
from the vault: no transcript, id, pseudonym, key or secret, no person-naming setting, no
home folder path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.core.annotation import Annotation
from reviewer.core.cli_schemas import DIAGNOSTICS_FORMAT
from reviewer.vault.workspace import Workspace
from reviewer.workflows.review_session import ReviewSession
from tests.support.package_builder import PackageBuilder
from tests.vault.fakes import DictSecretStore

TRANSCRIPT = "zebra quartz transcript 7731"
SETTINGS = """[playback]
jump_seconds=2.5
autoplay=maybe, said Bob
device=Alice Smith's Headset
replay_seconds=a note far longer than forty characters, about a caller
[export]
last_folder=/home/alice-smith/exports
[account]
token=s3cr3t-tok3n-9911
[keymap]
preset=carol-the-caller
[shortcuts]
play_pause=Ctrl+Space
jump_back=Ctrl+Shift+B
escalate=Dave Davies
"""


def _fill(tmp_path: Path, workspace_dir: Path, profile_file: Path,
          secrets: DictSecretStore) -> list[str]:
    """A workspace with everything a vault holds; returns the strings that must not leak."""
    assert main(["enroll", str(profile_file)]) == 0
    b = PackageBuilder()
    b.header["package_id"] = "pkg_0123456789abcdef0123456789abcdef"
    for _ in range(3):
        b.add_clip(seconds=0.5, pred_text="kitchen assistant heard this")
    assert main(["import", str(b.write_dir(tmp_path / "package"))]) == 0
    with Workspace.open(workspace_dir, secrets, create=False) as ws:
        session = ReviewSession(ws.clips)
        session.submit(1, Annotation(transcript=TRANSCRIPT))
    lead_pass = tmp_path / "lead.pass"
    lead_pass.write_text("lead passphrase 5512\n")
    assert main(["lead", "init", "--name", "lead-amber", "--passphrase-file",
                 str(lead_pass)]) == 0
    settings = tmp_path / "xdg_config_home" / "reviewer" / "reviewer.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text(SETTINGS)
    descriptor = json.loads((workspace_dir / "workspace.json").read_text())
    forbidden = [TRANSCRIPT, "kitchen assistant", b.header["package_id"], "rev-042",
                 "lead-amber", "lead passphrase 5512", descriptor["id"],
                 descriptor["key_check"], "Alice Smith", "alice-smith", "s3cr3t-tok3n",
                 "account", "token", "about a caller", "Bob", "carol", "Davies",
                 str(tmp_path)]
    forbidden += [line["clip_id"] for line in b.lines]
    for (service, _), value in secrets.secrets.items():
        forbidden += [service, value]
    return forbidden


def test_the_bundle_holds_nothing_from_the_vault(tmp_path: Path, workspace_dir: Path,
                                                 profile_file: Path,
                                                 cli_secrets: DictSecretStore,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # the workspace is under "home": shown as ~
    forbidden = _fill(tmp_path, workspace_dir, profile_file, cli_secrets)
    out = tmp_path / "support.json"
    capsys.readouterr()
    assert main(["diagnostics", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    data = out.read_bytes()
    for text in forbidden:
        assert text.encode() not in data, text
        if text != str(tmp_path):  # stdout names OUT, the path the user gave
            assert text not in captured.out, text
    bundle = json.loads(data)
    # What support does get.
    assert bundle["format"] == DIAGNOSTICS_FORMAT
    versions = bundle["versions"]
    for name in ("reviewer", "python", "qt", "portaudio", "libsndfile", "sqlcipher",
                 "keyring_backend"):
        assert versions[name], name
    assert "SQLite" in versions["sqlcipher"]
    assert versions["keyring_backend"] == "DictSecretStore"  # the fake the test installed
    assert bundle["settings"] == {"file_exists": True, "other_keys": 1, "values": {
        "export/last_folder": "<set>", "playback/device": "<set>",
        "playback/jump_seconds": "2.5", "playback/replay_seconds": "<not shown>",
        "playback/autoplay": "<not shown>", "keymap/preset": "<not shown>",
        "shortcuts/play_pause": "Ctrl+Space", "shortcuts/jump_back": "Ctrl+Shift+B",
        "shortcuts/escalate": "<not shown>"}}
    assert bundle["workspace"] == {"folder": "~/workspace", "exists": True, "vault_db": True,
                                   "lead_keys": True, "descriptor": True,
                                   "descriptor_readable": True,
                                   "format": "reviewer-workspace/1", "key_mode": "keyring"}
    assert bundle["organisation_file"]["state"] == "installed"
    assert bundle["recent_errors"]["log"] is None
    assert "no error log" in bundle["recent_errors"]["note"]


@pytest.mark.usefixtures("cli_secrets")
def test_an_existing_out_is_never_overwritten(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "support.json"
    out.write_text("the user's own file")
    assert main(["diagnostics", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"reviewer: {out} exists already; nothing was written\n"
    assert out.read_text() == "the user's own file"
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "elsewhere.json")  # dangling: writing would create its target
    assert main(["diagnostics", str(link)]) == 2
    assert not (tmp_path / "elsewhere.json").exists()


@pytest.mark.usefixtures("cli_secrets")
def test_diagnostics_needs_no_workspace(tmp_path: Path, workspace_dir: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "support.json"
    assert main(["diagnostics", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["bytes"] == out.stat().st_size
    assert json.loads(out.read_bytes())["workspace"]["exists"] is False
    assert not workspace_dir.exists()  # diagnostics creates nothing
