"""The lead gate's state and its rules: back-off, the strict state, the sealed form.

The state (credential failures in a row, the end of the back-off, the last TOTP step used) is
what stands between a lead's workstation and unlimited guesses, so it fails closed: the file
is sealed with an HMAC under a key derived from the lead's keyring half, and each save is
anchored in a second keyring entry (its generation and MAC). A state that is missing, does
not verify, or is not the anchored one loads as the strict state (`strict_state`), never as a
fresh start. Standard library only; the file and keyring I/O is the workflow's.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
from dataclasses import dataclass
from typing import Any

FORMAT = "reviewer-gate-state/1"
ANCHOR_FORMAT = "reviewer-gate-anchor/1"
MAX_FAILURES = 5
BACKOFF_FIRST = 30.0
BACKOFF_MAX = 900.0
TOTP_STEP = 30
_FIELDS = ("failures", "blocked_until", "last_counter", "reset", "generation")


@dataclass(frozen=True)
class GateState:
    failures: int = 0  # credential failures in a row
    blocked_until: float = 0.0  # Unix time before which every attempt is refused
    last_counter: int = -1  # TOTP steps at or before this one are refused
    reset: bool = False  # the strict state after a missing or damaged one (for messages)
    generation: int = 0  # bumped on every save; the anchor holds the current one


def backoff(failures: int) -> float:
    """Seconds refused after `failures` credential failures in a row."""
    if failures < MAX_FAILURES:
        return 0.0
    return min(BACKOFF_MAX, BACKOFF_FIRST * 2.0 ** min(failures - MAX_FAILURES, 32))


# The fewest failures whose back-off is already the longest: the next failure stays there too.
STRICT_FAILURES = MAX_FAILURES + math.ceil(math.log2(BACKOFF_MAX / BACKOFF_FIRST))


def totp_step(now: float) -> int:
    return int(now // TOTP_STEP)


def strict_state(now: float, generation: int) -> GateState:
    """What a missing or damaged state means: the longest back-off from now, the failures
    that keep it at its longest, and every code that could be valid now counted as used."""
    return GateState(failures=STRICT_FAILURES, blocked_until=now + BACKOFF_MAX,
                     last_counter=totp_step(now) + 1, reset=True, generation=generation)


class StateDamaged(ValueError):
    """The sealed state does not parse or does not verify; `code` says which (for the audit)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def state_key(keyring_secret: str) -> bytes:
    """HKDF-SHA256 (RFC 5869, one block) of the lead's keyring half, for this use only."""
    prk = hmac.new(FORMAT.encode(), keyring_secret.encode("utf-8"), hashlib.sha256).digest()
    return hmac.new(prk, b"lead gate state MAC\x01", hashlib.sha256).digest()


def _body(state: GateState) -> dict[str, Any]:
    return {"format": FORMAT, "failures": state.failures, "blocked_until": state.blocked_until,
            "last_counter": state.last_counter, "reset": state.reset,
            "generation": state.generation}


def _mac(key: bytes, body: dict[str, Any]) -> str:
    message = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def seal_state(key: bytes, state: GateState) -> tuple[bytes, str]:
    """The file's bytes and the MAC the anchor records."""
    body = _body(state)
    mac = _mac(key, body)
    return json.dumps({**body, "mac": mac}, sort_keys=True, indent=1).encode() + b"\n", mac


def open_state(key: bytes, data: bytes) -> tuple[GateState, str]:
    """The state and its MAC; StateDamaged('damaged' or 'altered') otherwise."""
    try:
        doc = json.loads(data)
    except ValueError:
        raise StateDamaged("damaged") from None
    if not isinstance(doc, dict) or set(doc) != {"format", "mac", *_FIELDS} \
            or doc["format"] != FORMAT or not isinstance(doc["mac"], str):
        raise StateDamaged("damaged")
    mac = doc.pop("mac")
    if not hmac.compare_digest(_mac(key, doc), mac):
        raise StateDamaged("altered")
    state = GateState(failures=doc["failures"], blocked_until=doc["blocked_until"],
                      last_counter=doc["last_counter"], reset=doc["reset"],
                      generation=doc["generation"])
    if _body(state) != doc or not _well_formed(state):  # the MAC key is ours, but be exact
        raise StateDamaged("damaged")
    return state, mac


def _well_formed(s: GateState) -> bool:
    ints = (s.failures, s.last_counter, s.generation)
    return (all(type(v) is int for v in ints) and type(s.blocked_until) is float
            and type(s.reset) is bool and math.isfinite(s.blocked_until)
            and s.failures >= 0 and s.last_counter >= -1 and s.generation >= 1
            and s.blocked_until >= 0)


def anchor_value(state: GateState, mac: str) -> str:
    return json.dumps({"format": ANCHOR_FORMAT, "generation": state.generation, "mac": mac},
                      sort_keys=True, separators=(",", ":"))


def read_anchor(value: str | None) -> tuple[int, str] | None:
    """(generation, MAC) from the anchor entry, or None when it is missing or malformed."""
    if value is None:
        return None
    try:
        doc = json.loads(value)
    except ValueError:
        return None
    if not isinstance(doc, dict) or doc.get("format") != ANCHOR_FORMAT:
        return None
    generation, mac = doc.get("generation"), doc.get("mac")
    if type(generation) is not int or not isinstance(mac, str):
        return None
    return generation, mac
