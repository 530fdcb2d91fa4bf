"""Where the lead gate's state lives: a sealed file, its anchor in the keyring, and a lock.

`lead/gate-state.json` holds the state and its HMAC (core.gate_state); the keyring entry
`lead-gate-<key id>` (service KEYRING_SERVICE) holds the generation and MAC of the one file
that is current. A save writes the file first and the anchor second, so a crash between the
two leaves a file the anchor does not name: it loads as the strict state, never as a fresh
one. Only `lead init` writes a fresh state. `lead/gate.lock` is held around each attempt's
load, check and save, so one code is accepted once across windows and processes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.errors import RefusedInput
from reviewer.core.gate_state import (
    GateState,
    StateDamaged,
    anchor_value,
    open_state,
    read_anchor,
    seal_state,
    state_key,
    strict_state,
)
from reviewer.core.ports import SecretStore
from reviewer.fileio import atomic_write, exclusive_lock

KEYRING_SERVICE = "reviewer-lead"
STATE_FILE = "gate-state.json"
LOCK_FILE = "gate.lock"


class KeyringEntryMissing(RefusedInput):
    """The keyring holds no half of the lead's keys for this workspace (on this account)."""

    code = "lead_keyring_entry_missing"


@dataclass(frozen=True)
class LoadedState:
    state: GateState
    # None when the state is the anchored one; otherwise why it was replaced by the strict
    # state: "missing", "unreadable", "damaged", "altered", "not_anchored" or "not_current".
    problem: str | None = None


class GateStateStore:
    def __init__(self, folder: Path, store: SecretStore, key_id: Callable[[], str]) -> None:
        self.file = folder / STATE_FILE
        self.lock_file = folder / LOCK_FILE
        self._store = store
        self._key_id = key_id  # raises RefusedInput when the workspace's key id is damaged

    def locked(self, timeout: float) -> AbstractContextManager[None]:
        """The gate's lock; TimeoutError when another holder keeps it for `timeout` s."""
        return exclusive_lock(self.lock_file, timeout)

    def _names(self) -> tuple[str, str]:
        key_id = self._key_id()
        return f"lead-{key_id}", f"lead-gate-{key_id}"

    def _key(self) -> bytes:
        secret = self._store.get(KEYRING_SERVICE, self._names()[0])
        if secret is None:
            raise KeyringEntryMissing("the keyring entry for the lead keys is missing; the keys "
                                      "cannot be opened on this account")
        return state_key(secret)

    def load(self, now: float) -> LoadedState:
        """The anchored state, or the strict state with the reason it was not trusted.

        Raises KeyringEntryMissing, RefusedInput (damaged key id) and the keyring's own
        errors: without the keyring half nothing can be verified or recorded.
        """
        key = self._key()
        anchor = read_anchor(self._store.get(KEYRING_SERVICE, self._names()[1]))
        generation = anchor[0] if anchor is not None else 0
        try:
            state, mac = open_state(key, self.file.read_bytes())
        except FileNotFoundError:
            return LoadedState(strict_state(now, generation), "missing")
        except OSError:
            return LoadedState(strict_state(now, generation), "unreadable")
        except StateDamaged as damaged:
            return LoadedState(strict_state(now, generation), damaged.code)
        if anchor is None:
            return LoadedState(strict_state(now, state.generation), "not_anchored")
        if anchor != (state.generation, mac):  # an older (or other) copy of the file
            return LoadedState(strict_state(now, max(generation, state.generation)),
                               "not_current")
        return LoadedState(state)

    def save(self, state: GateState) -> GateState:
        """Seals `state` as the next generation: the file, then its anchor. Raises OSError
        (file) or the keyring's errors; either way the next load is strict, not fresh."""
        saved = dataclasses.replace(state, generation=state.generation + 1)
        data, mac = seal_state(self._key(), saved)
        atomic_write(self.file, data)
        self._store.set(KEYRING_SERVICE, self._names()[1], anchor_value(saved, mac))
        return saved

    def create(self) -> GateState:
        """The fresh state of a new lead (`lead init` only)."""
        return self.save(GateState())

    def forget(self) -> None:
        self._store.delete(KEYRING_SERVICE, self._names()[1])
