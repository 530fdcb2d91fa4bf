"""Key derivation and AES-256-GCM sealing for the workspace.

Key hierarchy: the workspace (master) key, from the keyring or a passphrase, derives the
SQLCipher key, the package-key wrapping key, the key-check value and the audit log's first
key (HKDF-SHA256, one label each). Each package has a random key wrapped by the wrapping key;
each clip has a random data key wrapped by its package key; the clip's audio is sealed under
its data key. Associated data binds every ciphertext to its place (package and clip), so a
ciphertext moved to another row fails to open. Erasing a wrapped key shreds what it protects.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12


class SealBroken(Exception):
    """A ciphertext failed authentication: wrong key, wrong place, or tampered."""


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive(master: bytes, label: str) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=f"reviewer/{label}/v1".encode())
    return hkdf.derive(master)


def key_check(master: bytes) -> str:
    """A value that tells a right key from a wrong one without revealing either."""
    return hmac.new(derive(master, "key-check"), b"reviewer", hashlib.sha256).hexdigest()


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except (InvalidTag, ValueError):
        raise SealBroken("authentication failed") from None


def package_aad(package_number: int) -> bytes:
    return f"reviewer/package-key/v1|{package_number}".encode()


def clip_key_aad(package_number: int, local_id: int) -> bytes:
    return f"reviewer/clip-key/v1|{package_number}|{local_id}".encode()


def audio_aad(package_number: int, local_id: int) -> bytes:
    return f"reviewer/audio/v1|{package_number}|{local_id}".encode()


def passphrase_key(passphrase: str, salt: bytes, time_cost: int, memory_kib: int,
                   parallelism: int) -> bytes:
    """Argon2id, low-level API: the passphrase never touches disk, only the salt and costs."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(passphrase.encode(), salt, time_cost=time_cost,
                           memory_cost=memory_kib, parallelism=parallelism,
                           hash_len=KEY_BYTES, type=Type.ID)
