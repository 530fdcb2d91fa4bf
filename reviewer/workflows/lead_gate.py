"""The lead gate: passphrase + current TOTP code + a written reason open ONE case.

Every attempt, granted or denied, is exactly one audit entry (`lead.gate`) with a short code
saying why. The written reason itself is free text, so the audit log keeps only its length
and SHA-256; the text goes into the decision record. After MAX_FAILURES credential failures
in a row, attempts are refused for a back-off that doubles with each further failure.
Access ends after IDLE_LIMIT seconds without activity or when the case is closed.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import pyotp

from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import (
    CASE_ID,
    AuditSink,
    EnvelopeUnreadable,
    EscalationPayload,
    InboxEntry,
    parse_envelope_name,
)
from reviewer.core.lead import LeadSecrets, SealPort, WrongPassphrase
from reviewer.core.text_rules import visible
from reviewer.workflows.lead_workspace import GateState, LeadWorkspace

Clock = Callable[[], float]
MIN_REASON = 20


def visible_reason(text: str) -> str:
    """The reason as a person reads it: invisible characters (zero-width spaces, Hangul
    fillers, bidi controls) dropped and runs of spaces folded, so padding cannot meet the
    minimum length."""
    return " ".join(visible(text).split())
IDLE_LIMIT = 600.0
MAX_FAILURES = 5
BACKOFF_FIRST = 30.0
BACKOFF_MAX = 900.0
TOTP_STEP = 30


class AccessDenied(RefusedInput):
    """The gate refused; `why` is the audited code."""

    def __init__(self, why: str, message: str) -> None:
        self.why = why
        super().__init__(message)


@dataclass
class CaseAccess:
    """One open case. Holds the decrypted payload only while access lasts."""

    entry: InboxEntry
    reason: str = field(repr=False)
    lead: str
    opened_at: float
    last_activity: float
    payload: EscalationPayload | None = field(repr=False)
    signing_private: str = field(repr=False, default="")
    label_matches: bool = True

    @property
    def case_id(self) -> str:
        return self.entry.case_id

    @property
    def open(self) -> bool:
        return self.payload is not None

    def wipe(self) -> None:
        self.payload = None
        self.signing_private = ""


class LeadGate:
    def __init__(self, workspace: LeadWorkspace, audit: AuditSink, clock: Clock = time.time,
                 idle_limit: float = IDLE_LIMIT) -> None:
        self._ws = workspace
        self._audit = audit
        self._clock = clock
        self._idle_limit = idle_limit
        state = workspace.gate_state()
        self._failures = state.failures
        self._blocked_until = state.blocked_until
        self._last_counter = state.last_counter  # TOTP steps up to this one were used
        self._pending_counter = -1
        self.access: CaseAccess | None = None

    # ------------------------------------------------------------ attempts

    def _deny(self, case_id: str, why: str, message: str, reason: str,
              counts: bool = False) -> AccessDenied:
        now = self._clock()
        if counts:
            self._failures += 1
            if self._failures >= MAX_FAILURES:
                delay = min(BACKOFF_MAX, BACKOFF_FIRST * 2 ** (self._failures - MAX_FAILURES))
                self._blocked_until = now + delay
            self._save_state()
        self._audit.append("lead.gate", {"case": _case_code(case_id), "outcome": "denied",
                                         "why": why,
                                         **_reason_digest(reason),
                                         "failures": self._failures})
        return AccessDenied(why, message)

    @property
    def crypto(self) -> SealPort:
        return self._ws.crypto

    def now(self) -> float:
        return self._clock()

    def backoff_remaining(self) -> float:
        return max(0.0, self._blocked_until - self._clock())

    def request(self, case_id: str, passphrase: str, code: str, reason: str) -> CaseAccess:
        """Opens `case_id` or raises AccessDenied; one audit entry either way."""
        reason = visible_reason(reason)
        wait = self.backoff_remaining()
        if wait > 0:
            raise self._deny(case_id, "backoff", f"Too many failed attempts: wait {int(wait) + 1}"
                             " s before trying again.", reason)
        try:
            path = self._ws.envelope_path(case_id)
        except RefusedInput:
            raise self._deny(case_id, "unknown_case", "No such case in the inbox.",
                             reason) from None
        entry = parse_envelope_name(path.name)
        assert entry is not None  # envelope_path only returns well-named files
        if not reason:
            raise self._deny(case_id, "no_reason", "Write why you are opening this case.",
                             reason)
        if len(reason) < MIN_REASON:
            raise self._deny(case_id, "reason_too_short",
                             f"The reason must be at least {MIN_REASON} characters.", reason)
        secrets = self._credentials(case_id, passphrase, code, reason)
        try:
            payload = EscalationPayload.from_bytes(
                self._ws.crypto.open_sealed(path.read_bytes(), [secrets.age_secret]))
        except EnvelopeUnreadable:
            raise self._deny(case_id, "envelope_unreadable",
                             "This envelope cannot be opened: it is not addressed to you, "
                             "damaged or altered.", reason) from None
        self.close("replaced")
        self._granted()
        now = self._clock()
        matches = payload.category is entry.category and payload.case_id == case_id
        self.access = CaseAccess(entry=entry, reason=reason, lead=secrets.name, opened_at=now,
                                 last_activity=now, payload=payload,
                                 signing_private=secrets.signing_private,
                                 label_matches=matches)
        self._audit.append("lead.gate", {"case": case_id, "outcome": "granted",
                                         "why": "granted", **_reason_digest(reason),
                                         "label_matches": matches})
        return self.access

    def _credentials(self, case_id: str, passphrase: str, code: str,
                     reason: str) -> LeadSecrets:
        try:
            secrets = self._ws.unlock(passphrase)
        except WrongPassphrase:
            raise self._deny(case_id, "wrong_passphrase", "Wrong passphrase.", reason,
                             counts=True) from None
        counter = self._code_counter(secrets, code)
        if counter is None:
            raise self._deny(case_id, "wrong_or_stale_code",
                             "The code is wrong or no longer current.", reason,
                             counts=True)
        if counter <= self._last_counter:
            raise self._deny(case_id, "code_reused",
                             "That code was used already; wait for the next one.", reason,
                             counts=True)
        self._pending_counter = counter
        return secrets

    def authorize(self, case_id: str, action: str, passphrase: str, code: str) -> LeadSecrets:
        """Passphrase + code for an action outside a case view (e.g. co-signing a request).

        One `lead.gate` audit entry either way; the same back-off applies.
        """
        wait = self.backoff_remaining()
        if wait > 0:
            raise self._deny(case_id, "backoff", f"Too many failed attempts: wait {int(wait) + 1}"
                             " s before trying again.", "")
        secrets = self._credentials(case_id, passphrase, code, "")
        self._granted()
        self._audit.append("lead.gate", {"case": case_id, "outcome": "granted",
                                         "why": "granted", "action": action})
        return secrets

    def _granted(self) -> None:
        self._failures, self._blocked_until = 0, 0.0
        self._last_counter = self._pending_counter
        self._save_state()

    def _save_state(self) -> None:
        self._ws.save_gate_state(GateState(self._failures, self._blocked_until,
                                           self._last_counter))

    def _code_counter(self, secrets: LeadSecrets, code: str) -> int | None:
        """The TOTP time step the code belongs to (current, or one step either side)."""
        code = code.strip().replace(" ", "")
        if not (code.isdigit() and len(code) == 6):
            return None
        totp = pyotp.TOTP(secrets.totp_secret)
        now = self._clock()
        for offset in (0, -1, 1):
            if totp.at(now, counter_offset=offset) == code:
                return int(now // TOTP_STEP) + offset
        return None

    # ------------------------------------------------------------ using access

    def use(self, case_id: str, action: str) -> CaseAccess:
        """The open access for `case_id`, refreshed; denied (and audited once) otherwise."""
        access = self.access
        if access is None or access.case_id != case_id or not access.open:
            self._audit.append("lead.access", {"case": _case_code(case_id), "action": action,
                                               "outcome": "denied", "why": "not_open"})
            raise AccessDenied("not_open", "This case is not open: pass the gate first.")
        now = self._clock()
        if now - access.last_activity > self._idle_limit:
            access.wipe()
            self.access = None
            self._audit.append("lead.access", {"case": case_id, "action": action,
                                               "outcome": "denied", "why": "access_expired"})
            raise AccessDenied("access_expired",
                               "Access ended after 10 idle minutes: pass the gate again.")
        access.last_activity = now
        return access

    def touch(self) -> None:
        """Activity in the open case (playing, scrolling) keeps access alive."""
        if self.access is not None and not self.expired():
            self.access.last_activity = self._clock()

    def expired(self) -> bool:
        a = self.access
        return a is not None and self._clock() - a.last_activity > self._idle_limit

    def check_idle(self) -> bool:
        """Closes the case when idle too long (the window polls this); True if it closed."""
        if self.expired():
            self.close("idle")
            return True
        return False

    def close(self, why: str = "closed") -> None:
        access, self.access = self.access, None
        if access is not None and access.open:
            access.wipe()
            self._audit.append("lead.case_closed", {"case": access.case_id, "why": why})


def _case_code(case_id: str) -> str:
    """The case id as audited: only well-formed ids go into the log."""
    return case_id if CASE_ID.match(case_id) else "invalid"


def _reason_digest(reason: str) -> dict[str, object]:
    return {"reason_chars": len(reason),
            "reason_sha256": hashlib.sha256(reason.encode("utf-8")).hexdigest()}
