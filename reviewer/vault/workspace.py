"""A workspace folder: a SQLCipher database plus a small clear descriptor, and its key.

`workspace.json` (clear) holds only the workspace id, the key mode, a key-check value and the
passphrase KDF's salt and costs: nothing sensitive. The key itself lives in the OS keyring
(service `reviewer-workspace-<id>`), comes from a passphrase (Argon2id), or, for the demo,
only in memory. A workspace whose key is missing is never re-keyed: opening it says the key
is lost and leaves every file untouched.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets as pysecrets
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

from reviewer.core.errors import InternalError, ReviewerError
from reviewer.core.ports import SecretStore
from reviewer.core.workspace_errors import (
    KeyLost,
    PassphraseRequired,
    StorageFailed,
    WorkspaceCorrupt,
    WorkspaceMissing,
    WorkspaceRestored,
    WrongKey,
)
from reviewer.fileio import atomic_write
from reviewer.vault import crypto, db
from reviewer.vault.anchor import (
    ANCHOR_NAME,
    AnchorStore,
    FileAnchor,
    KeyringAnchor,
    MemoryAnchor,
)
from reviewer.vault.audio_keys import AudioKeys
from reviewer.vault.audit_log import AuditLog
from reviewer.vault.clips import ClipStore
from reviewer.vault.escalation_store import EscalationStore
from reviewer.vault.instance_lock import InstanceLock
from reviewer.vault.key_epochs import RESTORED, KeyEpochs
from reviewer.vault.package_store import PackageStore

DESCRIPTOR = "workspace.json"
DATABASE = "vault.db"
WORKSPACE_FORMAT = "reviewer-workspace/1"
KEY_NAME = "workspace-key"
# Argon2id costs for passphrase mode (about 0.3 s on these machines).
ARGON2 = {"time_cost": 3, "memory_kib": 65536, "parallelism": 2}


def keyring_service(workspace_id: str) -> str:
    return f"reviewer-workspace-{workspace_id}"


class Workspace:
    """An open workspace. Use `open`, `create_demo`; close with `close()` (or `with`)."""

    def __init__(self, path: Path, workspace_id: str, mode: str, master: bytes,
                 conn: db.Connection, anchor: AnchorStore, *, ephemeral: bool = False,
                 instance: InstanceLock | None = None) -> None:
        self._instance = instance
        self.path = path
        self.id = workspace_id
        self.mode = mode  # "keyring", "passphrase" or "ephemeral"
        self.ephemeral = ephemeral
        self.lock = threading.RLock()
        self.conn = conn
        self._reader = db.connect(path / DATABASE, crypto.derive(master, "sqlcipher"),
                                  create=False)
        self.audit = AuditLog(conn, self.lock, crypto.derive(master, "audit-first-key"))
        # Release 0.1.0 wrapped package keys with a key derived from the workspace key: the
        # KEK of epoch 0, replaced at the first open (vault/key_epochs.py).
        self.epochs = KeyEpochs(conn, anchor, crypto.derive(master, "package-wrap"),
                                self.audit.head, self.audit.mac_at)
        keys = AudioKeys(conn, self.epochs.keks)
        self.packages = PackageStore(conn, self.lock, self.audit, keys, self.epochs)
        self.clips = ClipStore(conn, self.lock, self.audit, keys, self._reader,
                               self.epochs.anchor_head_later)
        self.escalations = EscalationStore(conn, self.lock, self.audit, keys, self.epochs)
        self.audit.committed = self._anchor_after

    def _anchor_after(self, event: str) -> None:
        """Every lead-gate attempt and decision is anchored at once; clip openings and the
        like a few seconds later, off the caller's thread."""
        if event.startswith("lead.") or event in ("workspace.create", "enroll"):
            self.epochs.anchor_head()
        else:
            self.epochs.anchor_head_later()

    def _open_epochs(self, accept_older_copy: bool) -> None:
        """Checks the vault against its anchor (settling an interrupted rotation); an older
        copy of vault.db is refused unless the user chose to recover it."""
        with self.lock:
            older = self.epochs.open()
            if older:
                if not accept_older_copy:
                    raise WorkspaceRestored(RESTORED)
                self.packages.forget_all_for_recovery(self.epochs)
            self.packages.seal_plain_texts()  # release 0.1.0 kept texts under SQLCipher only
        self.epochs.anchor_head()

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: Path, secrets: SecretStore | None, *, create: bool,
             passphrase: str | None = None, accept_older_copy: bool = False) -> Workspace:
        """Opens the workspace at `path`; with `create`, makes it when the folder has none.

        A new workspace uses the keyring (`secrets`) unless `passphrase` is given, which
        chooses passphrase mode for good. Raises KeyLost, WrongKey, PassphraseRequired,
        WorkspaceMissing, KeyringRefused/Locked, or a storage error.
        """
        descriptor = path / DESCRIPTOR
        if not descriptor.exists():
            if (path / DATABASE).exists():
                raise WorkspaceCorrupt(f"{path} has a database but no {DESCRIPTOR}: refusing "
                                       "to touch it; restore the descriptor from a backup",
                                       code="workspace_no_descriptor", folder=str(path))
            if not create:
                raise WorkspaceMissing(f"no workspace at {path}: import a package or run "
                                       "`reviewer init` first", folder=str(path))
            return cls._create(path, secrets, passphrase)
        meta = _read_descriptor(descriptor)
        instance = InstanceLock.acquire(path)
        try:
            master = _master_key(meta, secrets, passphrase)
            if not pysecrets.compare_digest(crypto.key_check(master),
                                            str(meta.get("key_check"))):
                if meta["key"] == "passphrase":
                    raise WrongKey("wrong passphrase for this workspace",
                                   code="workspace_passphrase_wrong")
                raise WrongKey("the key in the keyring does not open this workspace (it "
                               "belongs elsewhere); nothing was changed",
                               code="keyring_key_foreign")
            conn = db.connect(path / DATABASE, crypto.derive(master, "sqlcipher"),
                              create=False)
            ws = cls(path, str(meta["id"]), str(meta["key"]), master, conn,
                     _anchor_store(path, meta, secrets, master), instance=instance)
            try:
                if conn.upgraded_from is not None:
                    ws.audit.append("workspace.upgrade", {"from": conn.upgraded_from,
                                                          "to": db.SCHEMA_VERSION})
                ws._open_epochs(accept_older_copy)
            except BaseException:
                ws.close()
                raise
            return ws
        except BaseException:
            instance.release()
            raise

    @classmethod
    def _create(cls, path: Path, secrets: SecretStore | None,
                passphrase: str | None) -> Workspace:
        workspace_id = pysecrets.token_hex(8)
        meta: dict[str, Any] = {"format": WORKSPACE_FORMAT, "id": workspace_id}
        if passphrase is not None:
            if len(passphrase) < 8:
                raise PassphraseRequired("the passphrase must have at least 8 characters",
                                         code="passphrase_too_short", minimum=8)
            salt = os.urandom(16)
            master = crypto.passphrase_key(passphrase, salt, **ARGON2)
            meta.update(key="passphrase", kdf={"name": "argon2id", "salt": salt.hex(), **ARGON2})
        else:
            if secrets is None:
                raise InternalError("no key store was given for a keyring workspace")
            master = crypto.random_key()
            service = keyring_service(workspace_id)
            secrets.set(service, KEY_NAME, master.hex())
            if secrets.get(service, KEY_NAME) != master.hex():
                secrets.delete(service, KEY_NAME)
                raise InternalError("the keyring did not return the key it was given; "
                                    "the workspace was not created")
            meta["key"] = "keyring"
        meta["key_check"] = crypto.key_check(master)
        try:
            path.mkdir(parents=True, exist_ok=True)
            os.chmod(path, 0o700)
        except OSError as exc:
            if secrets is not None and meta["key"] == "keyring":
                secrets.delete(keyring_service(workspace_id), KEY_NAME)
            raise db.storage_error(exc, f"workspace folder {path}", folder=str(path)) from None
        instance = InstanceLock.acquire(path)
        try:
            conn = db.connect(path / DATABASE, crypto.derive(master, "sqlcipher"), create=True)
            try:
                atomic_write(path / DESCRIPTOR, json.dumps(meta, indent=2).encode())
            except BaseException:
                conn.close()
                raise
        except BaseException:
            instance.release()
            raise
        ws = cls(path, workspace_id, str(meta["key"]), master, conn,
                 _anchor_store(path, meta, secrets, master), instance=instance)
        ws.audit.append("workspace.create", {"key_mode": str(meta["key"])})
        ws._open_epochs(False)
        return ws

    @classmethod
    def create_demo(cls) -> Workspace:
        """A throwaway workspace in a private temp folder, keyed only in memory."""
        path = Path(tempfile.mkdtemp(prefix="reviewer-demo-"))
        master = crypto.random_key()
        conn = db.connect(path / DATABASE, crypto.derive(master, "sqlcipher"), create=True)
        ws = cls(path, "demo", "ephemeral", master, conn, MemoryAnchor(), ephemeral=True)
        ws.audit.append("workspace.create", {"key_mode": "ephemeral"})
        ws._open_epochs(False)
        return ws

    @staticmethod
    def wipe(path: Path, secrets: SecretStore) -> None:
        """Decommissioning: the keyring entry first (without it nothing left on disk opens),
        then the folder. A damaged descriptor still lets the folder go; a keyring that refuses
        (locked) stops the wipe before anything is deleted, so it can be run again."""
        InstanceLock.acquire(path).release()  # refuse while a window or command has it open
        try:
            meta = _read_descriptor(path / DESCRIPTOR)
        except WorkspaceCorrupt:
            meta = {}
        if meta.get("key") == "keyring":
            secrets.delete(keyring_service(str(meta["id"])), KEY_NAME)
            secrets.delete(keyring_service(str(meta["id"])), ANCHOR_NAME)
        try:
            shutil.rmtree(path)
        except OSError as exc:
            raise StorageFailed(f"{path} could not be deleted completely "
                                f"({exc.strerror or 'error'}); its key is already gone, so "
                                "what is left cannot be opened",
                                code="workspace_not_deleted", folder=str(path)) from None

    # ------------------------------------------------------------------ enrolment
    def signed_profile(self) -> bytes | None:
        """The profile as the organisation signed it (checked again at every use, against the
        organisation file: a row edited with the workspace key still needs a signature)."""
        return self._meta("profile_signed")

    def set_signed_profile(self, data: bytes, role: str) -> None:
        with self.lock, db.transaction(self.conn):
            self._set_meta("profile_signed", data)
            self.audit.append_in_transaction("enroll", {"role": role})
        self.epochs.anchor_head()

    def workstation_secrets(self) -> bytes | None:
        """This workstation's private keys (age identity, Ed25519 seed), as a JSON document."""
        return self._meta("workstation")

    def set_workstation_secrets(self, data: bytes) -> None:
        with self.lock, db.transaction(self.conn):
            self._set_meta("workstation", data)
            self.audit.append_in_transaction("workstation.keys", {})
        self.epochs.anchor_head()

    def _meta(self, key: str) -> bytes | None:
        with self.lock:
            row = self.conn.execute("SELECT v FROM meta WHERE k = ?", (key,)).fetchone()
        return base64.b64decode(row[0]) if row else None

    def _set_meta(self, key: str, data: bytes) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(k, v) VALUES (?, ?)",
                          (key, base64.b64encode(data).decode()))

    # ------------------------------------------------------------------ lifecycle
    def close(self) -> None:
        with contextlib.suppress(ReviewerError):  # the head is anchored at the next event
            self.epochs.close()
        with self.lock:
            self._reader.close()
            with contextlib.suppress(ReviewerError):
                db.checkpoint(self.conn)
            self.conn.close()
            if self._instance is not None:
                self._instance.release()
        if self.ephemeral:
            shutil.rmtree(self.path, ignore_errors=True)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _anchor_store(path: Path, meta: dict[str, Any], secrets: SecretStore | None,
                  master: bytes) -> AnchorStore:
    if meta["key"] == "keyring" and secrets is not None:
        return KeyringAnchor(secrets, keyring_service(str(meta["id"])))
    return FileAnchor(path, master, str(meta["id"]))


def _read_descriptor(descriptor: Path) -> dict[str, Any]:
    try:
        meta = json.loads(descriptor.read_bytes())
    except (OSError, ValueError):
        raise WorkspaceCorrupt(f"{descriptor} is unreadable or damaged") from None
    if (not isinstance(meta, dict) or meta.get("format") != WORKSPACE_FORMAT
            or meta.get("key") not in ("keyring", "passphrase") or not meta.get("id")):
        raise WorkspaceCorrupt(f"{descriptor} is not a Reviewer workspace descriptor")
    return meta


def _master_key(meta: dict[str, Any], secrets: SecretStore | None,
                passphrase: str | None) -> bytes:
    if meta["key"] == "passphrase":
        if passphrase is None:
            raise PassphraseRequired("this workspace is protected by a passphrase: give it with "
                                     "--passphrase-file FILE (or REVIEWER_PASSPHRASE_FILE)")
        kdf = meta.get("kdf") or {}
        try:
            return crypto.passphrase_key(passphrase, bytes.fromhex(kdf["salt"]),
                                         int(kdf["time_cost"]), int(kdf["memory_kib"]),
                                         int(kdf["parallelism"]))
        except (KeyError, ValueError, TypeError):
            raise WorkspaceCorrupt("the workspace descriptor's passphrase settings are "
                                   "damaged") from None
    if secrets is None:
        raise InternalError("no key store was given for a keyring workspace")
    stored = secrets.get(keyring_service(str(meta["id"])), KEY_NAME)
    if stored is None:
        raise KeyLost(f"the key of workspace {meta['id']} is not in the keyring: the key is "
                      "lost, so its data cannot be opened; nothing was changed (restore the "
                      "keyring entry, or start a new workspace in another folder)")
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        raise WrongKey("the keyring entry for this workspace is not a valid key; nothing "
                       "was changed", code="keyring_key_invalid") from None
    if len(key) != crypto.KEY_BYTES:
        raise WrongKey("the keyring entry for this workspace is not a valid key; nothing "
                       "was changed", code="keyring_key_invalid")
    return key
