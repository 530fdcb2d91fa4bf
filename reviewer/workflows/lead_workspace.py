"""The lead's own workspace folder: sealed keys, TOTP enrollment and the imported inbox.

Layout under `<workspace>/lead/`: `keys.json` (sealed, see seal.lead_keys), `inbox/*.age`
(envelopes copied from the escalations folder, still sealed), `outbox` is the profile's,
`gate-state.json` and `gate.lock` (the gate's sealed state and its lock, see
lead_gate_state). The keyring half of the key lives in the SecretStore under KEYRING_SERVICE
(`lead-<key id>`), beside the gate state's anchor (`lead-gate-<key id>`).
"""

from __future__ import annotations

import os
import re
import secrets as pysecrets
from dataclasses import dataclass
from pathlib import Path

import pyotp

from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import CASE_ID, InboxEntry, parse_envelope_name
from reviewer.core.lead import DEFAULT_KDF, KdfParams, LeadSecrets, SealPort
from reviewer.core.ports import SecretStore
from reviewer.fileio import atomic_write
from reviewer.workflows.lead_gate_state import (
    KEYRING_SERVICE,
    GateStateStore,
    KeyringEntryMissing,
)

TOTP_ISSUER = "Reviewer lead gate"
MIN_PASSPHRASE = 10
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{1,63}$")


@dataclass(frozen=True)
class LeadEnrollment:
    """What `lead init` shows: public keys for profiles and the TOTP enrollment."""

    name: str
    recipient: str  # age1... for `escalation_recipients`
    signing_key: str  # base64 Ed25519 public key for `lead_signing_keys`
    totp_uri: str  # otpauth://...; shown once, holds the TOTP secret
    totp_secret: str


class LeadWorkspace:
    def __init__(self, workspace: Path, store: SecretStore, crypto: SealPort) -> None:
        self.crypto = crypto
        self.folder = workspace / "lead"
        self.keys_file = self.folder / "keys.json"
        self.inbox_dir = self.folder / "inbox"
        self.id_file = self.folder / "key-id"
        self._store = store
        self.gate_store = GateStateStore(self.folder, store, self._key_id)
        self.gate_file = self.gate_store.file

    def exists(self) -> bool:
        return self.keys_file.exists()

    def name(self) -> str:
        if not self.exists():
            raise RefusedInput("no lead keys in this workspace; run `reviewer lead init` first",
                               code="no_lead_keys")
        return self.crypto.read_name(self.keys_file.read_bytes())

    def forget(self) -> None:
        """Decommissioning: removes the keyring half (the key file alone opens nothing) and
        the gate state's anchor."""
        if self.exists():
            self._store.delete(KEYRING_SERVICE, self._keyring_name())
            self.gate_store.forget()

    def _keyring_name(self) -> str:
        """`lead-<id>`: the id is in the workspace, so a moved workspace still opens."""
        return f"lead-{self._key_id()}"

    def _key_id(self) -> str:
        try:
            key_id = self.id_file.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            raise RefusedInput("the lead key id file is missing or damaged; the keys cannot "
                               "be opened", code="lead_key_id_damaged") from None
        if not re.fullmatch(r"[0-9a-f]{32}", key_id):
            raise RefusedInput("the lead key id file is damaged; the keys cannot be opened",
                               code="lead_key_id_damaged")
        return key_id

    def init(self, name: str, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> LeadEnrollment:
        if not _NAME.match(name):
            raise RefusedInput("lead name must be a pseudonym of 2-64 letters, digits, "
                               "'_', '.' or '-'", code="lead_name_invalid")
        if len(passphrase) < MIN_PASSPHRASE:
            raise RefusedInput(f"passphrase must be at least {MIN_PASSPHRASE} characters",
                               code="lead_passphrase_short", minimum=MIN_PASSPHRASE)
        if self.exists():
            raise RefusedInput("this workspace already holds lead keys; nothing was changed",
                               code="lead_keys_exist")
        age_secret, recipient = self.crypto.new_identity()
        sign_private, sign_public = self.crypto.new_signing_key()
        totp_secret = pyotp.random_base32(32)
        keyring_secret = self.crypto.new_keyring_secret()
        self.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)  # the sealed keys and the TOTP PNG: this user only
        atomic_write(self.id_file, pysecrets.token_hex(16).encode("ascii"))
        self._store.set(KEYRING_SERVICE, self._keyring_name(), keyring_secret)
        self.gate_store.create()  # the only fresh gate state there is
        sealed = self.crypto.lock_secrets(LeadSecrets(name, age_secret, sign_private, totp_secret),
                              passphrase, keyring_secret, kdf)
        atomic_write(self.keys_file, sealed)
        self.inbox_dir.mkdir(parents=True, exist_ok=True)
        uri = pyotp.TOTP(totp_secret).provisioning_uri(name=name, issuer_name=TOTP_ISSUER)
        return LeadEnrollment(name, recipient, sign_public, uri, totp_secret)

    def unlock(self, passphrase: str) -> LeadSecrets:
        """Opens the lead's keys; raises WrongPassphrase (also when the keyring half differs)."""
        if not self.exists():
            raise RefusedInput("no lead keys in this workspace; run `reviewer lead init` first",
                               code="no_lead_keys")
        keyring_secret = self._store.get(KEYRING_SERVICE, self._keyring_name())
        if keyring_secret is None:
            raise KeyringEntryMissing("the keyring entry for the lead keys is missing; the keys "
                               "cannot be opened on this account")
        return self.crypto.unlock_secrets(self.keys_file.read_bytes(), passphrase, keyring_secret)

    # ------------------------------------------------------------ inbox

    def import_envelopes(self, escalations_dir: Path) -> int:
        """Copies envelopes not yet in the inbox (still sealed); returns how many are new."""
        if not escalations_dir.is_dir():
            raise RefusedInput("the escalations folder does not exist or is not a folder",
                               code="escalations_folder_missing")
        new = 0
        for path in sorted(escalations_dir.iterdir()):
            if parse_envelope_name(path.name) is None or not path.is_file():
                continue
            target = self.inbox_dir / path.name
            if target.exists():
                continue
            atomic_write(target, path.read_bytes())
            new += 1
        return new

    def inbox(self) -> list[InboxEntry]:
        """Envelopes in the inbox, newest first: category and date only."""
        if not self.inbox_dir.is_dir():
            return []
        entries = [e for p in self.inbox_dir.iterdir()
                   if (e := parse_envelope_name(p.name)) is not None]
        return sorted(entries, key=lambda e: (e.created, e.case_id), reverse=True)

    def envelope_path(self, case_id: str) -> Path:
        if not CASE_ID.match(case_id):
            raise RefusedInput("no such case in the inbox", code="no_such_case")
        for path in self.inbox_dir.glob(f"*_{case_id}.age"):
            if parse_envelope_name(path.name) is not None:
                return path
        raise RefusedInput("no such case in the inbox", code="no_such_case")


def new_demo_passphrase() -> str:
    return "-".join(pysecrets.token_hex(3) for _ in range(3))
