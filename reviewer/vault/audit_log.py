"""The workspace's audit log: HMAC-chained entries under a forward-ratcheting key.

The writer keeps only the key for the next entry (in the encrypted database, overwritten with
secure_delete on each append); the first key is derived from the workspace key so that
`reviewer audit verify` can check the whole chain. Entries are appended in the same
transaction as the action they record, so an action and its entry commit or fail together.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable, Collection, Mapping
from typing import Any

from reviewer.core.audit import (
    GENESIS_MAC,
    AuditEntry,
    ChainVerdict,
    DetailValue,
    canonical_details,
    check_event,
    entry_mac,
    next_key,
    verify_chain,
)
from reviewer.vault.db import Connection, transaction


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


class AuditLog:
    def __init__(self, conn: Connection, lock: threading.RLock, first_key: bytes) -> None:
        self._conn = conn
        self._lock = lock
        self._first_key = first_key
        # Told the event after each `append` committed (the workspace anchors the head).
        self.committed: Callable[[str], None] = lambda event: None

    def _state(self) -> tuple[int, bytes, bytes]:
        rows = dict(self._conn.execute(
            "SELECT k, v FROM meta WHERE k IN ('audit_count', 'audit_key', 'audit_mac')"))
        if "audit_key" not in rows:
            return 0, self._first_key, GENESIS_MAC
        return int(rows["audit_count"]), bytes(rows["audit_key"]), bytes(rows["audit_mac"])

    def append_in_transaction(self, event: str, details: Mapping[str, DetailValue]) -> int:
        """Appends inside the caller's open transaction; returns the entry's number."""
        body = canonical_details(details)
        check_event(event)
        count, key, prev = self._state()
        seq, at = count + 1, _now()
        mac = entry_mac(key, seq, at, event, body, prev)
        self._conn.execute("INSERT INTO audit(seq, at, event, details, mac) VALUES (?,?,?,?,?)",
                           (seq, at, event, body, mac))
        self._conn.executemany("INSERT OR REPLACE INTO meta(k, v) VALUES (?, ?)",
                               [("audit_count", seq), ("audit_key", next_key(key)),
                                ("audit_mac", mac)])
        return seq

    def append(self, event: str, details: Mapping[str, DetailValue]) -> None:
        """Appends one entry in its own transaction. Details are codes and numbers only."""
        with self._lock, transaction(self._conn):
            self.append_in_transaction(event, details)
        self.committed(event)

    def head(self) -> tuple[int, str]:
        """(number of entries, hex MAC of the last one): what an export carries."""
        with self._lock:
            count, _, mac = self._state()
        return count, mac.hex()

    def mac_at(self, seq: int) -> str | None:
        """The hex MAC of entry `seq`, or None when the log has no such entry."""
        with self._lock:
            row = self._conn.execute("SELECT mac FROM audit WHERE seq = ?", (seq,)).fetchone()
        return bytes(row[0]).hex() if row else None

    def entries(self) -> list[AuditEntry]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT seq, at, event, details, mac FROM audit ORDER BY rowid").fetchall()
        return [AuditEntry(int(s), str(a), str(e), str(d), bytes(m)) for s, a, e, d, m in rows]

    def recorded(self, events: Collection[str]) -> list[tuple[str, dict[str, Any]]]:
        """(event, details) of every entry of these events, oldest first."""
        rows: list[tuple[int, str, str]] = []
        with self._lock:
            for name in sorted(set(events)):
                rows.extend(self._conn.execute(
                    "SELECT seq, event, details FROM audit WHERE event = ?", (name,)))
        rows.sort()
        return [(str(event), dict(json.loads(str(details)))) for _, event, details in rows]

    def verify(self) -> ChainVerdict:
        with self._lock:
            count, _, mac = self._state()
        return verify_chain(self._first_key, self.entries(), head=(count, mac))
