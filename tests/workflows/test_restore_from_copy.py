"""A restored copy of vault.db brings nothing back (issue 14, finding 2).

Copies of vault.db are taken at many moments while clips are escalated and packages purged;
each copy is then put back over the workspace, as someone with the folder but no key could.
Before, the escalated clip came back as pending and its audio decrypted. Now every erasure
takes the workspace to a new key epoch whose key lives in the keyring: a copy's package keys
open with nothing that still exists, the app refuses the copy and says why, and only an
explicit, audited recovery goes on with it (without its packages).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.core.escalation import EscalationCategory
from reviewer.core.workspace_errors import AlreadyImported, AnchorMissing, WorkspaceRestored
from reviewer.vault import crypto, db
from reviewer.vault.anchor import ANCHOR_NAME, Anchor
from reviewer.vault.workspace import KEY_NAME, Workspace, keyring_service
from tests.vault.fakes import DictSecretStore, accepted_package

PACKAGES, CLIPS = 5, 5


def _snapshot(ws: Workspace, to: Path) -> Path:
    db.checkpoint(ws.conn)
    shutil.copy(ws.path / "vault.db", to)
    return to


def _put_back(ws_path: Path, copy: Path) -> None:
    for suffix in ("-wal", "-shm"):
        (ws_path / f"vault.db{suffix}").unlink(missing_ok=True)
    shutil.copy(copy, ws_path / "vault.db")


def _erasures(ws: Workspace, copies: Path) -> list[Path]:
    """Escalates and purges, snapshotting vault.db before each erasure and between."""
    taken: list[Path] = []
    for p in range(PACKAGES):
        ws.packages.store(accepted_package(f"pkg_{p:032x}", clips=CLIPS))
    n = 0
    for p in range(PACKAGES):
        for c in range(1, CLIPS):  # all but the last clip of each package: escalated
            taken.append(_snapshot(ws, copies / f"copy{len(taken):02d}.db"))
            local_id = p * CLIPS + c
            n += 1
            ws.escalations.begin_escalation(local_id, f"case-{n:016x}",
                                            EscalationCategory.SELF_HARM, "note",
                                            "2026-11-29T10:00:00Z")
            ws.escalations.complete_escalation(local_id, recipients=1)
        if p % 2 == 0:
            taken.append(_snapshot(ws, copies / f"copy{len(taken):02d}.db"))
            ws.packages.purge(p + 1, "exported")
    return taken


def test_no_restored_copy_brings_an_erased_clip_back(workspace_dir: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     cli_secrets: DictSecretStore) -> None:
    copies = tmp_path / "copies"
    copies.mkdir()
    with Workspace.open(workspace_dir, cli_secrets, create=True) as ws:
        taken = _erasures(ws, copies)
        ws_id = ws.id
    assert len(taken) >= 20
    service = keyring_service(ws_id)
    master = bytes.fromhex(cli_secrets.secrets[(service, KEY_NAME)])
    anchor = Anchor.from_text(cli_secrets.secrets[(service, ANCHOR_NAME)])
    assert anchor.epoch == len(taken) + 1  # one epoch per erasure, after the first open
    resurrected = readable = 0
    for copy in taken:
        _put_back(workspace_dir, copy)
        with pytest.raises(WorkspaceRestored, match=r"earlier copy of vault\.db"):
            Workspace.open(workspace_dir, cli_secrets, create=False)
        capsys.readouterr()
        assert main(["status"]) != 0
        assert "older than its key anchor" in capsys.readouterr().err
        # Below the app: the copy's package keys against the only KEK that exists.
        raw = db.connect(workspace_dir / "vault.db", crypto.derive(master, "sqlcipher"),
                         create=False)
        try:
            for number, wrapped in raw.execute("SELECT number, wrapped_key FROM packages "
                                               "WHERE wrapped_key IS NOT NULL").fetchall():
                try:
                    crypto.open_sealed(anchor.kek, bytes(wrapped), crypto.package_aad(number))
                    resurrected += 1
                except crypto.SealBroken:
                    pass
            # The texts (transcripts, drafts, notes) hang from the same keys: none is
            # readable with the database key alone.
            texts = raw.execute("SELECT pred_text, assistant_response, annotation_json "
                                "FROM clips").fetchall()
            readable += sum(isinstance(v, str) for row in texts for v in row)
        finally:
            raw.close()
    assert resurrected == 0
    assert readable == 0


def test_recovering_an_older_copy_is_explicit_and_audited(
        workspace_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        cli_secrets: DictSecretStore) -> None:
    copies = tmp_path / "copies"
    copies.mkdir()
    with Workspace.open(workspace_dir, cli_secrets, create=True) as ws:
        taken = _erasures(ws, copies)
    _put_back(workspace_dir, taken[3])
    assert main(["recover", "--accept-older-copy"]) == 0
    out = capsys.readouterr().out
    assert "went on with an older copy" in out
    with Workspace.open(workspace_dir, cli_secrets, create=False) as ws:
        assert ws.clips.queue.counts().packages == 0
        (entry,) = [e for e in ws.audit.entries() if e.event == "workspace.recovered"]
        assert f'"packages":{PACKAGES}' in entry.details
        assert ws.audit.verify().ok
        ws.packages.store(accepted_package("pkg_" + "9" * 32, clips=1))  # and goes on
        assert ws.clips.open_audio(ws.clips.queue.rows(0, 100_000)[0].local_id).flac[:4] == b"fLaC"
    with Workspace.open(workspace_dir, cli_secrets, create=False) as ws, \
            pytest.raises(AlreadyImported, match="purged"):  # recovered: never imported again
        ws.packages.check_not_imported(f"pkg_{0:032x}")


def test_a_missing_anchor_fails_closed(workspace_dir: Path,
                                       cli_secrets: DictSecretStore) -> None:
    with Workspace.open(workspace_dir, cli_secrets, create=True) as ws:
        ws.packages.store(accepted_package(clips=1))
        service = keyring_service(ws.id)
    del cli_secrets.secrets[(service, ANCHOR_NAME)]
    with pytest.raises(AnchorMissing, match="anchor is missing"):
        Workspace.open(workspace_dir, cli_secrets, create=False)


def test_a_copy_older_than_the_anchored_audit_head_is_refused_without_any_erasure(
        workspace_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        cli_secrets: DictSecretStore) -> None:
    """No erasure since the copy, so every key still opens: the audit head anchored outside
    the database is what tells the copy is older (someone hiding an export, say)."""
    with Workspace.open(workspace_dir, cli_secrets, create=True) as ws:
        ws.packages.store(accepted_package(clips=2))
        copy = _snapshot(ws, tmp_path / "before-export.db")
        ws.packages.mark_exported(1, "2026-11-29T10:00:00.000+00:00")
        ws.clips.record_opened(1)  # anchored later, off the caller's thread, or at close
    _put_back(workspace_dir, copy)
    with pytest.raises(WorkspaceRestored):
        Workspace.open(workspace_dir, cli_secrets, create=False)
    assert main(["recover", "--accept-older-copy"]) == 0
    with Workspace.open(workspace_dir, cli_secrets, create=False) as ws:
        assert ws.clips.queue.counts().packages == 1  # the keys still open: the package stays
        assert ws.clips.open_audio(1).flac[:4] == b"fLaC"
        (entry,) = [e for e in ws.audit.entries() if e.event == "workspace.recovered"]
        assert '"packages":0' in entry.details


def test_clip_openings_are_anchored_off_the_callers_thread(
        workspace_dir: Path, tmp_path: Path, cli_secrets: DictSecretStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A keyring write costs tens of milliseconds; opening a clip must not wait for one."""
    from reviewer.vault import key_epochs

    monkeypatch.setattr(key_epochs, "FLUSH_DELAY_S", 0.05)
    with Workspace.open(workspace_dir, cli_secrets, create=True) as ws:
        ws.packages.store(accepted_package(clips=2))
        writes: list[tuple[str, str, str]] = []
        real_set = cli_secrets.set

        def recording(service: str, name: str, value: str) -> None:
            writes.append((service, name, value))
            real_set(service, name, value)

        monkeypatch.setattr(cli_secrets, "set", recording)
        ws.clips.record_opened(1)
        assert writes == []  # not on the caller's thread
        deadline = time.monotonic() + 5
        while not writes and time.monotonic() < deadline:
            time.sleep(0.01)
        assert writes
        entries, _ = Anchor.from_text(writes[-1][2]).audit
        assert entries == ws.audit.head()[0]


def test_every_lead_gate_attempt_is_anchored_at_once(workspace_dir: Path,
                                                     cli_secrets: DictSecretStore) -> None:
    with Workspace.open(workspace_dir, cli_secrets, create=True) as ws:
        ws.audit.append("lead.gate", {"case": "invalid", "outcome": "denied",
                                      "why": "wrong_or_stale_code"})
        anchored = Anchor.from_text(
            cli_secrets.secrets[(keyring_service(ws.id), ANCHOR_NAME)]).audit
        assert anchored == ws.audit.head()
