"""The keyring matrix with the real Secret Service (gnome-keyring under dbus-run-session)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import keyring.backend
import pytest

from reviewer.core.workspace_errors import KeyLost, KeyringRefused
from reviewer.vault.keyring_store import KeyringSecretStore
from reviewer.vault.workspace import KEY_NAME, Workspace, keyring_service
from tests.vault.fakes import accepted_package

pytestmark = pytest.mark.secret_service


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def test_real_keyring_round_trip_and_key_lost(
        secret_service: keyring.backend.KeyringBackend, workspace_dir: Path) -> None:
    store = KeyringSecretStore()
    assert store.describe() == "keyring.backends.SecretService.Keyring"
    with Workspace.open(workspace_dir, store, create=True) as ws:
        ws.packages.store(accepted_package())
        service = keyring_service(ws.id)
    try:
        with Workspace.open(workspace_dir, store, create=False) as ws:
            assert ws.clips.queue.counts().new == 3
        before = _digest(workspace_dir)
        secret_service.delete_password(service, KEY_NAME)
        with pytest.raises(KeyLost, match="key is lost"):
            Workspace.open(workspace_dir, store, create=True)
        assert _digest(workspace_dir) == before
        assert secret_service.get_password(service, KEY_NAME) is None  # not re-keyed
    finally:
        store.delete(service, KEY_NAME)


@pytest.mark.parametrize("backend", ["fail", "null", "plaintext"])
def test_unsafe_backends_refused_even_with_secret_service_running(
        secret_service: keyring.backend.KeyringBackend, workspace_dir: Path,
        backend: str) -> None:
    from keyring.backends import fail, null

    from tests.support.memory_keyring import MemoryKeyring

    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    chosen = {"fail": fail.Keyring, "null": null.Keyring, "plaintext": plaintext}[backend]()
    keyring.set_keyring(chosen)
    with pytest.raises(KeyringRefused, match="passphrase-file"):
        Workspace.open(workspace_dir, KeyringSecretStore(), create=True)
    assert not workspace_dir.exists()


def test_real_keyring_anchor_defeats_a_restored_vault_db(
        secret_service: keyring.backend.KeyringBackend, workspace_dir: Path,
        tmp_path: Path) -> None:
    """The KEK lives in the Secret Service: a vault.db copied before an erasure and put back
    is refused, and its package keys open with nothing the keyring holds."""
    import shutil

    from reviewer.core.escalation import EscalationCategory
    from reviewer.core.workspace_errors import WorkspaceRestored
    from reviewer.vault import db
    from reviewer.vault.anchor import ANCHOR_NAME

    store = KeyringSecretStore()
    with Workspace.open(workspace_dir, store, create=True) as ws:
        ws.packages.store(accepted_package())
        service = keyring_service(ws.id)
        db.checkpoint(ws.conn)
        shutil.copy(workspace_dir / "vault.db", tmp_path / "copy.db")
        ws.escalations.begin_escalation(1, "case-00000000000000aa",
                                        EscalationCategory.SELF_HARM, "", "2026-11-29T10:00:00Z")
        ws.escalations.complete_escalation(1, recipients=1)
    try:
        assert secret_service.get_password(service, ANCHOR_NAME) is not None
        for suffix in ("-wal", "-shm"):
            (workspace_dir / f"vault.db{suffix}").unlink(missing_ok=True)
        shutil.copy(tmp_path / "copy.db", workspace_dir / "vault.db")
        with pytest.raises(WorkspaceRestored, match="older than its key anchor"):
            Workspace.open(workspace_dir, store, create=False)
    finally:
        store.delete(service, KEY_NAME)
        store.delete(service, ANCHOR_NAME)
