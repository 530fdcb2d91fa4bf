"""Opening, creating and keying workspaces; a missing key never re-keys anything."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from reviewer.core.workspace_errors import (
    KeyLost,
    KeyringLocked,
    PassphraseRequired,
    WorkspaceCorrupt,
    WorkspaceMissing,
    WrongKey,
)
from reviewer.vault.workspace import KEY_NAME, Workspace, keyring_service
from tests.vault.fakes import DictSecretStore, accepted_package


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def _populate(path: Path, secrets: DictSecretStore) -> None:
    with Workspace.open(path, secrets, create=True) as ws:
        ws.packages.store(accepted_package())


def test_create_then_reopen_keeps_data(workspace_dir: Path, secrets: DictSecretStore) -> None:
    _populate(workspace_dir, secrets)
    with Workspace.open(workspace_dir, secrets, create=False) as ws:
        assert ws.clips.queue.counts().new == 3
        assert ws.mode == "keyring"


def test_descriptor_holds_nothing_secret(workspace_dir: Path, secrets: DictSecretStore) -> None:
    _populate(workspace_dir, secrets)
    meta = json.loads((workspace_dir / "workspace.json").read_text())
    key_hex = next(iter(secrets.secrets.values()))
    assert set(meta) == {"format", "id", "key", "key_check"}
    assert key_hex not in (workspace_dir / "workspace.json").read_text()
    assert (workspace_dir / "vault.db").read_bytes()[:16] != b"SQLite format 3\x00"


def test_missing_key_is_reported_lost_and_nothing_changes(workspace_dir: Path,
                                                          secrets: DictSecretStore) -> None:
    _populate(workspace_dir, secrets)
    before = _digest(workspace_dir)
    secrets.secrets.clear()
    for create in (False, True):
        with pytest.raises(KeyLost, match="key is lost"):
            Workspace.open(workspace_dir, secrets, create=create)
    assert _digest(workspace_dir) == before
    assert secrets.secrets == {}  # no new key was made


def test_foreign_key_is_wrong_key_and_nothing_changes(workspace_dir: Path,
                                                      secrets: DictSecretStore) -> None:
    _populate(workspace_dir, secrets)
    before = _digest(workspace_dir)
    service = next(iter(secrets.secrets))
    secrets.secrets[service] = "11" * 32
    with pytest.raises(WrongKey):
        Workspace.open(workspace_dir, secrets, create=True)
    assert _digest(workspace_dir) == before


def test_locked_keyring_is_reported_locked(workspace_dir: Path,
                                           secrets: DictSecretStore) -> None:
    _populate(workspace_dir, secrets)
    before = _digest(workspace_dir)
    secrets.locked = True
    with pytest.raises(KeyringLocked):
        Workspace.open(workspace_dir, secrets, create=True)
    assert _digest(workspace_dir) == before


def test_absent_workspace_is_not_created_unless_asked(workspace_dir: Path,
                                                      secrets: DictSecretStore) -> None:
    with pytest.raises(WorkspaceMissing):
        Workspace.open(workspace_dir, secrets, create=False)
    assert not workspace_dir.exists() or not any(workspace_dir.iterdir())


def test_database_without_descriptor_is_never_overwritten(workspace_dir: Path,
                                                          secrets: DictSecretStore) -> None:
    _populate(workspace_dir, secrets)
    (workspace_dir / "workspace.json").unlink()
    before = _digest(workspace_dir)
    with pytest.raises(WorkspaceCorrupt, match="refusing"):
        Workspace.open(workspace_dir, secrets, create=True)
    assert _digest(workspace_dir) == before


def test_damaged_database_is_one_clear_error(workspace_dir: Path,
                                            secrets: DictSecretStore) -> None:
    _populate(workspace_dir, secrets)
    db = workspace_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[:4096] = bytes(4096)
    db.write_bytes(bytes(data))
    with pytest.raises((WorkspaceCorrupt, WrongKey)) as info:
        Workspace.open(workspace_dir, secrets, create=False)
    assert "\n" not in str(info.value)


def test_passphrase_mode(workspace_dir: Path) -> None:
    with Workspace.open(workspace_dir, None, create=True,
                        passphrase="correct horse battery") as ws:
        ws.packages.store(accepted_package())
        assert ws.mode == "passphrase"
    meta = json.loads((workspace_dir / "workspace.json").read_text())
    assert meta["kdf"]["name"] == "argon2id"
    with pytest.raises(PassphraseRequired):
        Workspace.open(workspace_dir, DictSecretStore(), create=False)
    with pytest.raises(WrongKey, match="wrong passphrase"):
        Workspace.open(workspace_dir, None, create=False, passphrase="wrong horse battery")
    with Workspace.open(workspace_dir, None, create=False,
                        passphrase="correct horse battery") as ws:
        assert ws.clips.queue.counts().new == 3


def test_demo_workspace_needs_no_keyring_and_leaves_nothing() -> None:
    ws = Workspace.create_demo()
    folder = ws.path
    ws.packages.store(accepted_package())
    assert ws.ephemeral
    assert ws.mode == "ephemeral"
    assert ws.clips.queue.counts().new == 3
    ws.close()
    assert not folder.exists()


def test_key_is_stored_under_the_workspace_service(workspace_dir: Path,
                                                   secrets: DictSecretStore) -> None:
    with Workspace.open(workspace_dir, secrets, create=True) as ws:
        assert (keyring_service(ws.id), KEY_NAME) in secrets.secrets


def test_a_second_instance_is_told_at_once(workspace_dir: Path) -> None:
    """Another window or command on the same workspace: one clear line, no 10 s wait."""
    import time

    from reviewer.core.workspace_errors import WorkspaceBusy
    from tests.vault.fakes import DictSecretStore

    secrets = DictSecretStore()
    with Workspace.open(workspace_dir, secrets, create=True):
        started = time.perf_counter()
        with pytest.raises(WorkspaceBusy, match="open in another Reviewer window") as info:
            Workspace.open(workspace_dir, secrets, create=False)
        assert time.perf_counter() - started < 2.0
        assert info.value.exit_code == 2
        with pytest.raises(WorkspaceBusy):
            Workspace.wipe(workspace_dir, secrets)
    with Workspace.open(workspace_dir, secrets, create=False) as again:  # released on close
        assert again.clips.queue.counts().packages == 0
