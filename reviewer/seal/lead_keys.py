"""The lead's secrets at rest: sealed under the passphrase AND a key from the OS keyring.

The file alone (without the keyring entry) or the keyring entry alone (without the
passphrase) opens nothing. Key = HKDF-SHA256(Argon2id(passphrase, salt) || keyring secret);
cipher AES-256-GCM with the file's header as associated data, so no field can be swapped.
"""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from reviewer.core.errors import RefusedInput
from reviewer.core.lead import DEFAULT_KDF, KdfParams, LeadSecrets, WrongPassphrase

FORMAT = "reviewer-lead-keys/1"


def new_keyring_secret() -> str:
    return base64.b64encode(os.urandom(32)).decode()


def _key(passphrase: str, keyring_secret: str, salt: bytes, params: KdfParams) -> bytes:
    stretched = hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=params.time_cost,
                                memory_cost=params.memory_kib, parallelism=params.parallelism,
                                hash_len=32, type=Type.ID)
    material = stretched + base64.b64decode(keyring_secret)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=FORMAT.encode()).derive(material)


def lock_secrets(secrets: LeadSecrets, passphrase: str, keyring_secret: str,
                 params: KdfParams = DEFAULT_KDF) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    header: dict[str, Any] = {
        "format": FORMAT, "name": secrets.name,
        "kdf": {"alg": "argon2id+hkdf-sha256", "t": params.time_cost, "m": params.memory_kib,
                "p": params.parallelism, "salt": base64.b64encode(salt).decode()},
        "nonce": base64.b64encode(nonce).decode(),
    }
    aad = json.dumps(header, sort_keys=True).encode()
    body = json.dumps({"age": secrets.age_secret, "ed25519": secrets.signing_private,
                       "totp": secrets.totp_secret}).encode()
    sealed = AESGCM(_key(passphrase, keyring_secret, salt, params)).encrypt(nonce, body, aad)
    header["sealed"] = base64.b64encode(sealed).decode()
    return json.dumps(header, sort_keys=True, indent=1).encode()


def read_name(data: bytes) -> str:
    """The lead name recorded in a key file (not secret)."""
    return str(_parse(data)["name"])


def _parse(data: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(data)
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError
        return doc
    except ValueError:
        raise RefusedInput("lead key file is damaged or not a lead key file",
                           code="lead_key_file_damaged") from None


def unlock_secrets(data: bytes, passphrase: str, keyring_secret: str) -> LeadSecrets:
    doc = _parse(data)
    try:
        sealed = base64.b64decode(doc.pop("sealed"))
        kdf = doc["kdf"]
        params = KdfParams(int(kdf["t"]), int(kdf["m"]), int(kdf["p"]))
        salt, nonce = base64.b64decode(kdf["salt"]), base64.b64decode(doc["nonce"])
    except (KeyError, ValueError, TypeError):
        raise RefusedInput("lead key file is damaged", code="lead_key_file_damaged") from None
    aad = json.dumps(doc, sort_keys=True).encode()
    try:
        body = json.loads(AESGCM(_key(passphrase, keyring_secret, salt, params))
                          .decrypt(nonce, sealed, aad))
    except InvalidTag:
        raise WrongPassphrase("wrong passphrase") from None
    return LeadSecrets(name=str(doc["name"]), age_secret=str(body["age"]),
                       signing_private=str(body["ed25519"]), totp_secret=str(body["totp"]))
