"""The lead's own workspace folder: sealed keys, TOTP enrollment and the imported inbox.

Layout under `<workspace>/lead/`: `keys.json` (sealed, see seal.lead_keys), `inbox/*.age`
(envelopes copied from the escalations folder, still sealed), `outbox` is the profile's.
The keyring half of the key lives in the SecretStore under KEYRING_SERVICE.
"""

from __future__ import annotations

import json
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

KEYRING_SERVICE = "reviewer-lead"
TOTP_ISSUER = "Reviewer lead gate"
MIN_PASSPHRASE = 10
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{1,63}$")


MAX_STATE_FAILURES = 5


@dataclass(frozen=True)
class GateState:
    failures: int = 0
    blocked_until: float = 0.0
    last_counter: int = -1  # TOTP steps at or before this were used already


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
        self.gate_file = self.folder / "gate-state.json"
        self.id_file = self.folder / "key-id"
        self._store = store

    def exists(self) -> bool:
        return self.keys_file.exists()

    def name(self) -> str:
        if not self.exists():
            raise RefusedInput("no lead keys in this workspace; run `reviewer lead init` first")
        return self.crypto.read_name(self.keys_file.read_bytes())

    def forget(self) -> None:
        """Decommissioning: removes the keyring half (the key file alone opens nothing)."""
        if self.exists():
            self._store.delete(KEYRING_SERVICE, self._keyring_name())

    def _keyring_name(self) -> str:
        """`lead-<id>`: the id is in the workspace, so a moved workspace still opens."""
        try:
            key_id = self.id_file.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            raise RefusedInput("the lead key id file is missing or damaged; the keys cannot "
                               "be opened") from None
        if not re.fullmatch(r"[0-9a-f]{32}", key_id):
            raise RefusedInput("the lead key id file is damaged; the keys cannot be opened")
        return f"lead-{key_id}"

    def init(self, name: str, passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> LeadEnrollment:
        if not _NAME.match(name):
            raise RefusedInput("lead name must be a pseudonym of 2-64 letters, digits, "
                               "'_', '.' or '-'")
        if len(passphrase) < MIN_PASSPHRASE:
            raise RefusedInput(f"passphrase must be at least {MIN_PASSPHRASE} characters")
        if self.exists():
            raise RefusedInput("this workspace already holds lead keys; nothing was changed")
        age_secret, recipient = self.crypto.new_identity()
        sign_private, sign_public = self.crypto.new_signing_key()
        totp_secret = pyotp.random_base32(32)
        keyring_secret = self.crypto.new_keyring_secret()
        self.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)  # the sealed keys and the TOTP PNG: this user only
        atomic_write(self.id_file, pysecrets.token_hex(16).encode("ascii"))
        self._store.set(KEYRING_SERVICE, self._keyring_name(), keyring_secret)
        sealed = self.crypto.lock_secrets(LeadSecrets(name, age_secret, sign_private, totp_secret),
                              passphrase, keyring_secret, kdf)
        atomic_write(self.keys_file, sealed)
        self.inbox_dir.mkdir(parents=True, exist_ok=True)
        uri = pyotp.TOTP(totp_secret).provisioning_uri(name=name, issuer_name=TOTP_ISSUER)
        return LeadEnrollment(name, recipient, sign_public, uri, totp_secret)

    def unlock(self, passphrase: str) -> LeadSecrets:
        """Opens the lead's keys; raises WrongPassphrase (also when the keyring half differs)."""
        if not self.exists():
            raise RefusedInput("no lead keys in this workspace; run `reviewer lead init` first")
        keyring_secret = self._store.get(KEYRING_SERVICE, self._keyring_name())
        if keyring_secret is None:
            raise RefusedInput("the keyring entry for the lead keys is missing; the keys "
                               "cannot be opened on this account")
        return self.crypto.unlock_secrets(self.keys_file.read_bytes(), passphrase, keyring_secret)

    # ------------------------------------------------------------ gate state

    def gate_state(self) -> GateState:
        """Failures, back-off and the last used TOTP step survive restarts of the app."""
        try:
            doc = json.loads(self.gate_file.read_text(encoding="utf-8"))
            return GateState(int(doc["failures"]), float(doc["blocked_until"]),
                             int(doc["last_counter"]))
        except FileNotFoundError:
            return GateState()
        except (OSError, ValueError, KeyError, TypeError):
            # Damaged state must not reset the back-off: assume the worst within reason.
            return GateState(failures=MAX_STATE_FAILURES, blocked_until=0.0, last_counter=-1)

    def save_gate_state(self, state: GateState) -> None:
        atomic_write(self.gate_file, json.dumps(
            {"failures": state.failures, "blocked_until": state.blocked_until,
             "last_counter": state.last_counter}).encode())

    # ------------------------------------------------------------ inbox

    def import_envelopes(self, escalations_dir: Path) -> int:
        """Copies envelopes not yet in the inbox (still sealed); returns how many are new."""
        if not escalations_dir.is_dir():
            raise RefusedInput("the escalations folder does not exist or is not a folder")
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
            raise RefusedInput("no such case in the inbox")
        for path in self.inbox_dir.glob(f"*_{case_id}.age"):
            if parse_envelope_name(path.name) is not None:
                return path
        raise RefusedInput("no such case in the inbox")


def new_demo_passphrase() -> str:
    return "-".join(pysecrets.token_hex(3) for _ in range(3))
