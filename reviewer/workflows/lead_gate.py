"""The lead gate: passphrase + current TOTP code + a written reason open ONE case.

Every attempt, granted or denied, is exactly one audit entry (`lead.gate`) with a short code
saying why, in every path: bad input, bad credentials, back-off, a missing keyring entry, a
damaged state, a busy lock, an unexpected error. The written reason itself is free text, so
the audit log keeps only its length and SHA-256; the text goes into the decision record.
After MAX_FAILURES credential failures in a row, attempts are refused for a back-off that
doubles with each further failure. Access ends after IDLE_LIMIT seconds without activity or
when the case is closed.

The state behind that (failures, back-off, last used TOTP step) is sealed and anchored in the
keyring (lead_gate_state) and fails closed: a missing, damaged, edited or older state is
replaced by the strict state (the longest back-off). Each attempt holds the gate's lock from
loading the state to saving it, and charges the failure before the credentials are checked,
so neither a second window, a second process nor a crash mid-check gets a free guess or a
second use of a code.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

import pyotp

from reviewer.core.errors import Param, RefusedInput, ReviewerError
from reviewer.core.escalation import (
    CASE_ID,
    AuditSink,
    EnvelopeUnreadable,
    EscalationPayload,
    InboxEntry,
    parse_envelope_name,
)
from reviewer.core.gate_state import (
    BACKOFF_FIRST,
    BACKOFF_MAX,
    MAX_FAILURES,
    TOTP_STEP,
    GateState,
    backoff,
)
from reviewer.core.lead import LeadSecrets, SealPort, WrongPassphrase
from reviewer.core.text_rules import is_invisible
from reviewer.workflows.lead_gate_state import KeyringEntryMissing
from reviewer.workflows.lead_workspace import LeadWorkspace

__all__ = ["BACKOFF_FIRST", "BACKOFF_MAX", "IDLE_LIMIT", "MAX_FAILURES", "MIN_REASON",
           "TOTP_STEP", "AccessDenied", "CaseAccess", "LeadGate", "visible_reason"]

Clock = Callable[[], float]
MIN_REASON = 20
IDLE_LIMIT = 600.0
LOCK_TIMEOUT = 10.0  # seconds an attempt waits for another window's attempt to finish
# Characters that draw nothing although no Unicode property says so (text_rules adds the
# Default_Ignorable set, which holds the Hangul fillers, and the braille blank).
_FILLERS = frozenset({"\U00016fe4", "\U0001d159"})  # Khitan filler, null notehead

_STATE_RESET = ("The gate's record of failed attempts and used codes was missing or damaged, "
                "so the longest back-off applies")


def visible_reason(text: str) -> str:
    """The reason as a person reads it, which is what counts towards MIN_REASON.

    Every kind of space and line break (Unicode whitespace, Z*) separates words and runs of
    them fold into one space; format, control, private-use, unassigned and surrogate
    characters (C*), default-ignorable code points (zero-width spaces, Hangul fillers, bidi
    controls, variation selectors, tags) and other blanks (braille blank, ...) are dropped.
    So no padding, visible or not, meets the minimum length.
    """
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch.isspace() or category[0] == "Z":
            out.append(" ")
        elif category[0] != "C" and ch not in _FILLERS and not is_invisible(ch):
            out.append(ch)
    return " ".join("".join(out).split())


class AccessDenied(RefusedInput):
    """The gate refused; `why` is the audited code."""

    code = "access_denied"

    def __init__(self, why: str, message: str, *, code: str | None = None,
                 **params: Param) -> None:
        self.why = why
        super().__init__(message, code=code or f"gate_{why}", **params)


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
                 idle_limit: float = IDLE_LIMIT, lock_timeout: float = LOCK_TIMEOUT) -> None:
        self._ws = workspace
        self._audit = audit
        self._clock = clock
        self._idle_limit = idle_limit
        self._lock_timeout = lock_timeout
        self._state = GateState()  # as loaded (and saved) by the attempt under way
        self.access: CaseAccess | None = None

    @property
    def crypto(self) -> SealPort:
        return self._ws.crypto

    def now(self) -> float:
        return self._clock()

    def backoff_remaining(self) -> float:
        """Seconds before the gate hears an attempt again, as the sealed state says; a state
        that cannot be read or trusted counts as the longest back-off."""
        now = self._clock()
        try:
            loaded = self._ws.gate_store.load(now)
        except ReviewerError:
            return BACKOFF_MAX
        return max(0.0, loaded.state.blocked_until - now)

    # ------------------------------------------------------------ attempts

    def request(self, case_id: str, passphrase: str, code: str, reason: str) -> CaseAccess:
        """Opens `case_id` or raises AccessDenied; one audit entry either way."""
        reason = visible_reason(reason)
        with self._audited(case_id, reason), self._locked(case_id, reason):
            self._begin(case_id, reason)
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
                                 f"The reason must be at least {MIN_REASON} characters.",
                                 reason, wording={"minimum": MIN_REASON})
            before = self._state
            secrets, counter = self._credentials(case_id, passphrase, code, reason)
            try:
                payload = EscalationPayload.from_bytes(
                    self._ws.crypto.open_sealed(path.read_bytes(), [secrets.age_secret]))
            except (EnvelopeUnreadable, OSError):
                # Not the lead's failure: the charge is taken back, but the code stays used.
                self._try_save(dataclasses.replace(
                    self._state, failures=before.failures,
                    blocked_until=before.blocked_until, last_counter=counter))
                raise self._deny(case_id, "envelope_unreadable",
                                 "This envelope cannot be opened: it is not addressed to you, "
                                 "damaged or altered.", reason) from None
            self._granted(case_id, reason, counter)
            self.close("replaced")
            now = self._clock()
            matches = payload.category is entry.category and payload.case_id == case_id
            self.access = CaseAccess(entry=entry, reason=reason, lead=secrets.name,
                                     opened_at=now, last_activity=now, payload=payload,
                                     signing_private=secrets.signing_private,
                                     label_matches=matches)
            self._audit.append("lead.gate", {"case": case_id, "outcome": "granted",
                                             "why": "granted", **_reason_digest(reason),
                                             "label_matches": matches})
            return self.access

    def authorize(self, case_id: str, action: str, passphrase: str, code: str) -> LeadSecrets:
        """Passphrase + code for an action outside a case view (e.g. co-signing a request).

        One `lead.gate` audit entry either way; the same state, lock and back-off apply.
        """
        with self._audited(case_id, ""), self._locked(case_id, ""):
            self._begin(case_id, "")
            secrets, counter = self._credentials(case_id, passphrase, code, "")
            self._granted(case_id, "", counter)
            self._audit.append("lead.gate", {"case": case_id, "outcome": "granted",
                                             "why": "granted", "action": action})
            return secrets

    @contextlib.contextmanager
    def _audited(self, case_id: str, reason: str) -> Iterator[None]:
        """An error no path expected is still this attempt's one audit entry."""
        try:
            yield
        except AccessDenied:
            raise
        except Exception:
            self._audit.append("lead.gate", {"case": _case_code(case_id), "outcome": "denied",
                                             "why": "internal_error", **_reason_digest(reason)})
            raise

    @contextlib.contextmanager
    def _locked(self, case_id: str, reason: str) -> Iterator[None]:
        """The gate's lock, held from loading the state to saving it."""
        with contextlib.ExitStack() as held:
            try:
                held.enter_context(self._ws.gate_store.locked(self._lock_timeout))
            except TimeoutError:
                raise self._deny(case_id, "gate_busy", "Another gate window or command is "
                                 "checking an attempt: try again in a moment.",
                                 reason) from None
            except OSError:
                raise self._deny(case_id, "state_unavailable", "The gate's lock file cannot "
                                 "be opened, so no attempt can be checked.", reason,
                                 code="gate_lock_unavailable") from None
            yield

    def _begin(self, case_id: str, reason: str) -> None:
        """Loads the state (denying when it cannot) and applies the back-off."""
        now = self._clock()
        try:
            loaded = self._ws.gate_store.load(now)
        except ReviewerError as exc:
            raise self._deny(case_id, *_keys_refusal(exc), reason, code=exc.code,
                             wording=exc.params) from None
        self._state = loaded.state
        if loaded.problem is not None:
            self._save(case_id, reason, loaded.state)
            raise self._deny(case_id, "state_damaged",
                             f"{_STATE_RESET}: try again in {int(BACKOFF_MAX) // 60} minutes.",
                             reason, wording={"minutes": int(BACKOFF_MAX) // 60},
                             state=loaded.problem)
        wait = self._state.blocked_until - now
        if wait > 0:
            why = _STATE_RESET if self._state.reset else "Too many failed attempts"
            raise self._deny(case_id, "backoff", f"{why}: wait {int(wait) + 1} s before trying "
                             "again.", reason,
                             code="gate_backoff_reset" if self._state.reset else "gate_backoff",
                             wording={"seconds": int(wait) + 1})

    def _credentials(self, case_id: str, passphrase: str, code: str,
                     reason: str) -> tuple[LeadSecrets, int]:
        """The lead's secrets and the code's TOTP step. The failure is charged (saved) first
        and taken back only on a grant, so a crash or a kill mid-check counts as a failure."""
        now = self._clock()
        failures = self._state.failures + 1
        self._save(case_id, reason, dataclasses.replace(
            self._state, failures=failures, reset=False,
            blocked_until=now + backoff(failures) if failures >= MAX_FAILURES
            else self._state.blocked_until))
        try:
            secrets = self._ws.unlock(passphrase)
        except WrongPassphrase:
            raise self._deny(case_id, "wrong_passphrase", "Wrong passphrase.", reason) from None
        except ReviewerError as exc:
            raise self._deny(case_id, *_keys_refusal(exc), reason, code=exc.code,
                             wording=exc.params) from None
        counter = self._code_counter(secrets, code)
        if counter is None:
            raise self._deny(case_id, "wrong_or_stale_code",
                             "The code is wrong or no longer current.", reason)
        if counter <= self._state.last_counter:
            raise self._deny(case_id, "code_reused",
                             "That code was used already; wait for the next one.", reason)
        return secrets, counter

    def _granted(self, case_id: str, reason: str, counter: int) -> None:
        """Records the code as used and clears the failures, before any access is given."""
        self._save(case_id, reason, GateState(failures=0, blocked_until=0.0,
                                              last_counter=counter,
                                              generation=self._state.generation))

    def _save(self, case_id: str, reason: str, state: GateState) -> None:
        if not self._try_save(state):
            raise self._deny(case_id, "state_unavailable", "The gate could not record this "
                             "attempt (its state file or keyring entry cannot be written), so "
                             "nothing was opened.", reason, code="gate_state_unsaved")

    def _try_save(self, state: GateState) -> bool:
        try:
            self._state = self._ws.gate_store.save(state)
        except (OSError, ReviewerError):
            return False
        return True

    def _deny(self, case_id: str, why: str, message: str, reason: str, *,
              code: str | None = None, wording: Mapping[str, Param] | None = None,
              **details: str) -> AccessDenied:
        """Audits the refusal; the AccessDenied carries `code` (default: "gate_" + why)
        and the values its wording needs."""
        self._audit.append("lead.gate", {"case": _case_code(case_id), "outcome": "denied",
                                         "why": why, **_reason_digest(reason),
                                         "failures": self._state.failures, **details})
        return AccessDenied(why, message, code=code, **(wording or {}))

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


def _keys_refusal(exc: ReviewerError) -> tuple[str, str]:
    """The audited code and the message for keys or a keyring that cannot be used."""
    if isinstance(exc, KeyringEntryMissing):
        return "keyring_missing", ("The keyring entry for your lead keys is missing on this "
                                   "account, so nothing can be opened here.")
    text = str(exc)
    text = text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
    if isinstance(exc, RefusedInput):  # a damaged key file or key id
        return "keys_unreadable", text
    return "keyring_unavailable", text  # the keyring is locked or cannot be reached


def _case_code(case_id: str) -> str:
    """The case id as audited: only well-formed ids go into the log."""
    return case_id if CASE_ID.match(case_id) else "invalid"


def _reason_digest(reason: str) -> dict[str, object]:
    return {"reason_chars": len(reason),
            "reason_sha256": hashlib.sha256(reason.encode("utf-8")).hexdigest()}
