"""Key epochs: the key-encryption key (KEK) that wraps every package key lives outside the
database (vault/anchor.py) and is replaced by a fresh one at every erasure (escalation,
purge). The remaining package keys are re-wrapped in the erasure's own transaction, and the
old KEK is destroyed only after that transaction committed:

    anchor := (E, K, pending=(E+1, K'))     before the transaction
    vault  := keys re-wrapped under K', kek_epoch = E+1, the erasure     one transaction
    anchor := (E+1, K')                     after the commit

A crash anywhere is settled at the next open: a vault at E drops the pending KEK, a vault at
E+1 promotes it. A vault older than its anchor (an earlier copy of vault.db put back) is
refused: the keys it holds are wrapped under a KEK that no longer exists, so nothing erased
since that copy can be decrypted, and the user is told plainly.

The anchor also holds a committed audit head (entries, MAC of the last): written at once
after the events that matter (import, export, purge, escalation, enrolment) and, for clip
openings and saves, by a background flush a few seconds later (a keyring write costs tens of
milliseconds; a clip switch has ten). A vault whose audit log is shorter than the anchor's
head, or differs at it, is an older copy too, even when no erasure happened since.

Epoch 0 is the wrapping key release 0.1.0 derived from the workspace key; a workspace of that
release moves to epoch 1 when it first opens.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace

from reviewer.core.errors import InternalError
from reviewer.core.workspace_errors import AnchorMissing, WorkspaceRestored
from reviewer.fileio import crash_point
from reviewer.vault import crypto
from reviewer.vault.anchor import Anchor, AnchorStore
from reviewer.vault.db import Connection

FLUSH_DELAY_S = 3.0

RESTORED = ("this workspace's database is older than its key anchor: an earlier copy of "
            "vault.db was put back (or it was replaced). Clips escalated or purged since that "
            "copy stay erased, so its packages cannot be opened; nothing was changed. To go "
            "on with this copy, run `reviewer recover --accept-older-copy` (its packages are "
            "removed, and the recovery is recorded in the audit log)")


class KeyEpochs:
    """Callers hold the workspace lock."""

    def __init__(self, conn: Connection, store: AnchorStore, legacy_wrap: bytes,
                 committed_head: Callable[[], tuple[int, str]],
                 mac_at: Callable[[int], str | None]) -> None:
        self._conn = conn
        self._store = store
        self._legacy = legacy_wrap
        self._committed_head = committed_head  # takes the workspace lock: committed only
        self._mac_at = mac_at
        self._anchor: Anchor | None = None
        self._next: Anchor | None = None  # during a rotation
        self._io = threading.RLock()  # one anchor write at a time; a rotation holds it
        self._timer: threading.Timer | None = None


    @property
    def kek(self) -> bytes:
        if self._anchor is None:
            raise InternalError("the workspace's key epoch was not opened")
        return self._anchor.kek

    def keks(self) -> tuple[bytes, ...]:
        """The KEKs a package key may be wrapped under right now: the current one, and while
        a rotation commits, the next (a reader on another connection may see either)."""
        nxt = self._next
        return (self.kek,) if nxt is None else (self.kek, nxt.kek)

    @property
    def epoch(self) -> int:
        return -1 if self._anchor is None else self._anchor.epoch

    def stored_epoch(self) -> int:
        row = self._conn.execute("SELECT v FROM meta WHERE k = 'kek_epoch'").fetchone()
        return int(row[0]) if row is not None else 0

    def open(self) -> bool:
        """Settles an interrupted rotation and checks the vault against its anchor; True when
        the vault is an older copy (refused by the caller unless it is recovering)."""
        anchor, found = self._store.load(), self.stored_epoch()
        if anchor is None:
            if found != 0:
                raise AnchorMissing(
                    "this workspace's key anchor is missing (from the keyring, or the "
                    "anchor.sealed file): without it no package can be opened, and a fresh "
                    "one would bring erased clips back from a copy; nothing was changed. "
                    "Restore the keyring entry, or start a new workspace")
            self._anchor = Anchor(0, self._legacy)
            self._rotate(lambda: None)  # first open (or release 0.1.0): a KEK of its own
            return False
        if anchor.pending is not None and found == anchor.pending[0]:
            anchor = replace(anchor, epoch=anchor.pending[0], kek=anchor.pending[1],
                             pending=None)  # committed, then interrupted: finish it
            self._store.save(anchor)
        elif found == anchor.epoch:
            if anchor.pending is not None:  # interrupted before the commit: drop the new key
                anchor = replace(anchor, pending=None)
                self._store.save(anchor)
        elif found > anchor.epoch:
            raise AnchorMissing("this workspace's key anchor is older than its database (the "
                                "keyring was restored from an earlier copy?): no package can "
                                "be opened; nothing was changed", code="anchor_older")
        self._anchor = anchor
        if found < anchor.epoch or self._older_log(anchor):
            return True  # an earlier copy of vault.db
        if anchor.epoch == 0:  # a first open that was interrupted: finish it
            self._rotate(lambda: None)
        return False

    @contextlib.contextmanager
    def rotation(self) -> Iterator[Callable[[], None]]:
        """`with epochs.rotation() as rewrap:` around an erasure's transaction; call
        `rewrap()` inside that transaction (after the erasure)."""
        with self._io:
            old = self._anchor
            if old is None:
                raise InternalError("the workspace's key epoch was not opened")
            new = replace(old, epoch=old.epoch + 1, kek=crypto.random_key(), pending=None)
            self._store.save(replace(old, pending=(new.epoch, new.kek)))
            crash_point("rotation.pending_saved")
            self._next = new
            try:
                yield lambda: self._rewrap(old, new)
            except BaseException:
                self._next = None
                with contextlib.suppress(Exception):  # the next open drops it anyway
                    self._store.save(old)
                raise
            crash_point("rotation.committed")
            self._store.save(new)
            self._anchor, self._next = new, None

    # ------------------------------------------------------------------ audit head
    def anchor_head(self) -> None:
        """Writes the committed audit head into the anchor now (after an event that
        matters). The anchor only ever moves forward."""
        head = self._committed_head()
        with self._io:
            anchor = self._anchor
            if anchor is None or head[0] <= anchor.audit[0]:
                return
            anchor = replace(anchor, audit=head)
            self._store.save(anchor)
            self._anchor = anchor

    def reset_head(self) -> None:
        """After an audited recovery: the anchor takes the vault's head, even a lower one."""
        head = self._committed_head()
        with self._io:
            if self._anchor is not None:
                self._anchor = replace(self._anchor, audit=head)
                self._store.save(self._anchor)

    def anchor_head_later(self) -> None:
        """The same, a few seconds from now, off the caller's thread (clip openings)."""
        with self._io:
            if self._timer is None:
                self._timer = threading.Timer(FLUSH_DELAY_S, self._flush)
                self._timer.daemon = True
                self._timer.start()

    def _flush(self) -> None:
        with self._io:
            self._timer = None
        with contextlib.suppress(Exception):  # retried at the next event or at close
            self.anchor_head()

    def close(self) -> None:
        """Stops the background flush and writes the head one last time."""
        with self._io:
            timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()
            timer.join()
        if self._anchor is not None:
            self.anchor_head()

    def _older_log(self, anchor: Anchor) -> bool:
        """The vault's audit log is behind the anchor's head, or differs at it."""
        entries, mac = anchor.audit
        if entries == 0:
            return False
        return self._mac_at(entries) != mac

    def _rotate(self, erase: Callable[[], None]) -> None:
        from reviewer.vault.db import transaction

        with self.rotation() as rewrap, transaction(self._conn):
            erase()
            rewrap()

    def _rewrap(self, old: Anchor, new: Anchor) -> None:
        rows = self._conn.execute("SELECT number, wrapped_key FROM packages "
                                  "WHERE wrapped_key IS NOT NULL").fetchall()
        for number, wrapped in rows:
            aad = crypto.package_aad(int(number))
            try:
                key = crypto.open_sealed(old.kek, bytes(wrapped), aad)
            except crypto.SealBroken:
                raise WorkspaceRestored("a package key does not open with the workspace's "
                                        "current key: the database was tampered with or "
                                        "mixed with another copy; nothing was changed",
                                        code="workspace_mixed") from None
            self._conn.execute("UPDATE packages SET wrapped_key = ? WHERE number = ?",
                               (crypto.seal(new.kek, key, aad), int(number)))
        self._conn.execute("INSERT OR REPLACE INTO meta(k, v) VALUES ('kek_epoch', ?)",
                           (new.epoch,))

    @property
    def anchored_entries(self) -> int:
        return 0 if self._anchor is None else self._anchor.audit[0]

    def recover(self, forget_packages: Callable[[bool], None]) -> None:
        """Goes on with an older copy: its packages are removed when their keys are under a
        KEK that no longer exists, and the vault takes a new epoch after the anchor's; the
        anchor then takes the vault's audit head."""
        if self.stored_epoch() < self.epoch:
            self._rotate(lambda: forget_packages(True))
        else:  # only the log is older: the keys still open, the packages stay
            from reviewer.vault.db import transaction

            with transaction(self._conn):
                forget_packages(False)
        self.reset_head()
