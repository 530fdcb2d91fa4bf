"""The audit chain's rules: HMAC-chained entries under a key that ratchets forward.

Entry n (1-based) is authenticated with K_n, where K_{n+1} = SHA-256("ratchet" || K_n). The
writer keeps only the current key, so entries written before a ratchet cannot be rewritten with
the key it holds now. Each MAC also covers the previous entry's MAC and the entry's sequence
number, so editing, deleting, reordering or duplicating entries breaks the chain at the first
affected entry. A verifier that knows K_1 checks the whole chain.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

GENESIS_MAC = bytes(32)
_EVENT = re.compile(r"^[a-z][a-z0-9_.]{0,39}$")
_DETAIL_KEY = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
# Detail values are numbers, booleans or short codes: never free text such as transcripts.
_DETAIL_TEXT = re.compile(r"^[A-Za-z0-9_.:+/-]{0,80}$")

DetailValue = int | float | bool | str | None


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str  # UTC timestamp, ISO 8601
    event: str
    details: str  # canonical JSON of the details mapping
    mac: bytes


@dataclass(frozen=True)
class ChainVerdict:
    ok: bool
    entries: int
    first_bad: int | None = None  # 1-based position of the first entry that fails
    reason: str = ""


def next_key(key: bytes) -> bytes:
    return hashlib.sha256(b"reviewer/audit/ratchet/v1" + key).digest()


def canonical_details(details: Mapping[str, DetailValue]) -> str:
    """Checks and serialises details; refuses anything that could be free text."""
    for k, v in details.items():
        if not isinstance(k, str) or not _DETAIL_KEY.fullmatch(k):
            raise ValueError("audit detail keys must be short lower-case codes")
        if isinstance(v, str) and not _DETAIL_TEXT.fullmatch(v):
            raise ValueError(f"audit detail {k!r} must be a short code, not free text")
        if v is not None and not isinstance(v, int | float | bool | str):
            raise ValueError(f"audit detail {k!r} must be a number, boolean or short code")
    return json.dumps(dict(details), sort_keys=True, separators=(",", ":"))


def check_event(event: str) -> str:
    if not _EVENT.fullmatch(event):
        raise ValueError("audit events are short lower-case codes")
    return event


def entry_mac(key: bytes, seq: int, at: str, event: str, details: str, prev_mac: bytes) -> bytes:
    message = json.dumps([seq, at, event, details], separators=(",", ":")).encode()
    return hmac.new(key, prev_mac + message, hashlib.sha256).digest()


def verify_chain(first_key: bytes, entries: Iterable[AuditEntry],
                 head: tuple[int, bytes] | None = None) -> ChainVerdict:
    """Checks entries in stored order against the chain that starts at `first_key`.

    `head` is the (count, last MAC) the writer recorded; a log shorter than its head was
    truncated.
    """
    key, prev, n = first_key, GENESIS_MAC, 0
    for position, e in enumerate(entries, start=1):
        n = position
        if e.seq != position:
            return ChainVerdict(False, n, position, f"entry {position} has sequence {e.seq}")
        want = entry_mac(key, e.seq, e.at, e.event, e.details, prev)
        if not hmac.compare_digest(want, e.mac):
            return ChainVerdict(False, n, position, f"entry {position} fails its MAC")
        prev, key = e.mac, next_key(key)
    if head is not None:
        count, last = head
        if n < count:
            return ChainVerdict(False, n, n + 1, f"entry {n + 1} is missing (log truncated)")
        if n > count:
            return ChainVerdict(False, n, count + 1, f"entry {count + 1} is past the log head")
        if n and not hmac.compare_digest(prev, last):
            return ChainVerdict(False, n, n, f"entry {n} does not match the log head")
    return ChainVerdict(True, n)
