"""The workspace's anchor: what must live outside vault.db so that a copy of vault.db cannot
undo an erasure. It holds the key-encryption key (KEK) of the current epoch, which wraps
every package key, and, during a rotation, the next epoch's KEK. A rotation destroys the old
KEK: a vault.db copied before it holds package keys nothing can unwrap any more.

Where it lives: the OS keyring beside the workspace key (keyring mode); a file sealed with a
key derived from the passphrase (passphrase mode: that file sits beside vault.db, so it stops
a restored vault.db alone, not a restored folder); memory (the throwaway demo).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from reviewer.core.ports import SecretStore
from reviewer.core.workspace_errors import WorkspaceCorrupt
from reviewer.fileio import atomic_write
from reviewer.vault import crypto

ANCHOR_NAME = "anchor"
ANCHOR_FILE = "anchor.sealed"


@dataclass(frozen=True)
class Anchor:
    epoch: int
    kek: bytes
    pending: tuple[int, bytes] | None = None  # the next epoch, while a rotation runs
    audit: tuple[int, str] = (0, "")  # a committed audit head: (entries, hex MAC of the last)

    def to_text(self) -> str:
        return json.dumps({"format": "reviewer-anchor/1", "epoch": self.epoch,
                           "kek": self.kek.hex(),
                           "pending": None if self.pending is None else
                           {"epoch": self.pending[0], "kek": self.pending[1].hex()},
                           "audit": {"entries": self.audit[0], "mac": self.audit[1]}})

    @classmethod
    def from_text(cls, text: str) -> Anchor:
        try:
            d = json.loads(text)
            if d.get("format") != "reviewer-anchor/1":
                raise ValueError("format")
            kek = bytes.fromhex(d["kek"])
            pending = d.get("pending")
            nxt = None if pending is None else (int(pending["epoch"]),
                                                bytes.fromhex(pending["kek"]))
            if len(kek) != crypto.KEY_BYTES or (nxt and len(nxt[1]) != crypto.KEY_BYTES):
                raise ValueError("key size")
            audit = d.get("audit") or {"entries": 0, "mac": ""}
            return cls(int(d["epoch"]), kek, nxt, (int(audit["entries"]), str(audit["mac"])))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise WorkspaceCorrupt("the workspace's key anchor is damaged; nothing was "
                                   "changed") from None


class AnchorStore(Protocol):
    def load(self) -> Anchor | None: ...

    def save(self, anchor: Anchor) -> None: ...

    def forget(self) -> None: ...


class KeyringAnchor:
    def __init__(self, secrets: SecretStore, service: str) -> None:
        self._secrets, self._service = secrets, service

    def load(self) -> Anchor | None:
        text = self._secrets.get(self._service, ANCHOR_NAME)
        return None if text is None else Anchor.from_text(text)

    def save(self, anchor: Anchor) -> None:
        self._secrets.set(self._service, ANCHOR_NAME, anchor.to_text())

    def forget(self) -> None:
        self._secrets.delete(self._service, ANCHOR_NAME)


class FileAnchor:
    """Sealed with a key derived from the passphrase-derived master key."""

    def __init__(self, folder: Path, master: bytes, workspace_id: str) -> None:
        self._path = folder / ANCHOR_FILE
        self._key = crypto.derive(master, "anchor")
        self._aad = f"reviewer/anchor/v1|{workspace_id}".encode()

    def load(self) -> Anchor | None:
        try:
            blob = self._path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise WorkspaceCorrupt(f"the workspace's key anchor cannot be read "
                                   f"({exc.strerror}); nothing was changed") from None
        try:
            return Anchor.from_text(crypto.open_sealed(self._key, blob, self._aad).decode())
        except (crypto.SealBroken, UnicodeDecodeError):
            raise WorkspaceCorrupt("the workspace's key anchor is damaged or belongs to "
                                   "another workspace; nothing was changed") from None

    def save(self, anchor: Anchor) -> None:
        atomic_write(self._path, crypto.seal(self._key, anchor.to_text().encode(), self._aad))

    def forget(self) -> None:
        self._path.unlink(missing_ok=True)


class MemoryAnchor:
    def __init__(self) -> None:
        self._anchor: Anchor | None = None

    def load(self) -> Anchor | None:
        return self._anchor

    def save(self, anchor: Anchor) -> None:
        self._anchor = anchor

    def forget(self) -> None:
        self._anchor = None
