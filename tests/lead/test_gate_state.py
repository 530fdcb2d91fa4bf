"""The gate's state fails closed (issue 14, finding 3).

Each test is an attack a lead could make on their own workstation: delete, edit, damage or
restore `lead/gate-state.json`, open two gate windows (or two processes) with one code, remove
the keyring entry, or pad the reason. None may give a fresh start, a free guess, a second use
of a code or an attempt without its audit entry.
"""

from __future__ import annotations

import json
import multiprocessing
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.escalation import EscalationCategory
from reviewer.core.workspace_errors import KeyringLocked
from reviewer.seal.kit import SealKit
from reviewer.workflows.escalate import Escalator
from reviewer.workflows.lead_gate import BACKOFF_MAX, AccessDenied, LeadGate, visible_reason
from reviewer.workflows.lead_gate_state import KEYRING_SERVICE
from tests.lead.fakes import (
    PASSPHRASE,
    REASON,
    Clock,
    FakeAudit,
    FakeSource,
    FileStore,
    Lead,
    gate_for,
    make_lead,
    material,
    profile_for,
    race_attempt,
)


def key_id(lead: Lead) -> str:
    return lead.ws.id_file.read_text(encoding="ascii").strip()


def fail_five_times(gate: LeadGate, case: str) -> None:
    for _ in range(5):
        with pytest.raises(AccessDenied):
            gate.request(case, "not the passphrase", "123456", REASON)


def refused(gate: LeadGate, audit: FakeAudit, case: str, code: str,
            reason: str = REASON) -> AccessDenied:
    """The attempt is denied, nothing opens, and exactly one `lead.gate` entry records it."""
    before = len(audit.entries)
    with pytest.raises(AccessDenied) as err:
        gate.request(case, PASSPHRASE, code, reason)
    assert gate.access is None or gate.access.case_id != case
    new = audit.entries[before:]
    assert [(event, d["outcome"], d["why"]) for event, d in new] == [
        ("lead.gate", "denied", err.value.why)]
    return err.value


# ------------------------------------------------------------------ the state file


def test_deleted_state_does_not_let_a_used_code_replay(leads: list[Lead], cases: list[str],
                                                       clock: Clock) -> None:
    audit = FakeAudit()
    code = leads[0].code(clock.now)
    gate_for(leads[0], clock, audit).request(cases[0], PASSPHRASE, code, REASON)
    leads[0].ws.gate_file.unlink()
    clock.now += 5
    denied = refused(gate_for(leads[0], clock, audit), audit, cases[1], code)
    assert denied.why == "state_damaged"
    assert "missing or damaged" in str(denied)


def test_deleted_state_does_not_reset_the_backoff(leads: list[Lead], cases: list[str],
                                                  clock: Clock) -> None:
    audit = FakeAudit()
    fail_five_times(gate_for(leads[0], clock, audit), cases[0])
    leads[0].ws.gate_file.unlink()
    gate = gate_for(leads[0], clock, audit)
    refused(gate, audit, cases[0], leads[0].code(clock.now))
    assert gate.backoff_remaining() == BACKOFF_MAX


def test_edited_state_gives_no_more_guesses(leads: list[Lead], cases: list[str],
                                            clock: Clock) -> None:
    audit = FakeAudit()
    fail_five_times(gate_for(leads[0], clock, audit), cases[0])
    doc = json.loads(leads[0].ws.gate_file.read_text())
    doc.update(failures=0, blocked_until=0.0)
    leads[0].ws.gate_file.write_text(json.dumps(doc))
    gate = gate_for(leads[0], clock, audit)
    assert refused(gate, audit, cases[0], leads[0].code(clock.now)).why == "state_damaged"
    assert gate.backoff_remaining() == BACKOFF_MAX


@pytest.mark.parametrize("garbage", [b"{broken", b"", b"\xff\xfe", b"[]", b'{"failures": 0}'])
def test_damaged_state_gives_no_free_guess(leads: list[Lead], cases: list[str], clock: Clock,
                                           garbage: bytes) -> None:
    """Not even with the right passphrase and code: damage means the longest back-off."""
    audit = FakeAudit()
    gate_for(leads[0], clock, audit).request(cases[0], PASSPHRASE, leads[0].code(clock.now),
                                             REASON)
    leads[0].ws.gate_file.write_bytes(garbage)
    clock.now += 30
    gate = gate_for(leads[0], clock, audit)
    refused(gate, audit, cases[1], leads[0].code(clock.now))
    assert gate.backoff_remaining() == BACKOFF_MAX


def test_restored_older_copy_is_strict(leads: list[Lead], cases: list[str],
                                       clock: Clock) -> None:
    audit = FakeAudit()
    gate = gate_for(leads[0], clock, audit)
    gate.request(cases[0], PASSPHRASE, leads[0].code(clock.now), REASON)
    backup = leads[0].ws.gate_file.read_bytes()  # a good state: no failures
    clock.now += 30
    fail_five_times(gate, cases[0])
    leads[0].ws.gate_file.write_bytes(backup)
    clock.now += 30
    assert refused(gate, audit, cases[1], leads[0].code(clock.now)).why == "state_damaged"
    assert gate.backoff_remaining() == BACKOFF_MAX


def test_strict_state_ends_after_the_longest_backoff(leads: list[Lead], cases: list[str],
                                                     clock: Clock) -> None:
    """Fail closed, not shut forever: the strict state is kept (sealed) once and then ends."""
    audit = FakeAudit()
    leads[0].ws.gate_file.unlink()
    gate = gate_for(leads[0], clock, audit)
    assert refused(gate, audit, cases[0], leads[0].code(clock.now)).why == "state_damaged"
    clock.now += BACKOFF_MAX - 1
    denied = refused(gate_for(leads[0], clock, audit), audit, cases[0],
                     leads[0].code(clock.now))
    assert denied.why == "backoff"
    assert "missing or damaged" in str(denied)
    clock.now += 2
    access = gate_for(leads[0], clock, audit).request(cases[0], PASSPHRASE,
                                                      leads[0].code(clock.now), REASON)
    assert access.open
    assert gate.backoff_remaining() == 0


def test_removed_anchor_is_strict(leads: list[Lead], cases: list[str], clock: Clock) -> None:
    audit = FakeAudit()
    leads[0].store.delete(KEYRING_SERVICE, f"lead-gate-{key_id(leads[0])}")
    assert refused(gate_for(leads[0], clock, audit), audit, cases[0],
                   leads[0].code(clock.now)).why == "state_damaged"


# ------------------------------------------------------------------ one code, once


def test_two_gate_windows_accept_a_code_once(leads: list[Lead], cases: list[str],
                                             clock: Clock) -> None:
    audit = FakeAudit()
    first, second = gate_for(leads[0], clock, audit), gate_for(leads[0], clock, audit)
    code = leads[0].code(clock.now)
    assert first.request(cases[0], PASSPHRASE, code, REASON).open
    assert refused(second, audit, cases[1], code).why == "code_reused"


def test_two_windows_racing_in_threads_open_one_case(leads: list[Lead], cases: list[str],
                                                     clock: Clock) -> None:
    """Two gate windows of one process, released together (each attempt off the GUI thread)."""
    audit = FakeAudit()
    code = leads[0].code(clock.now)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def attempt(case: str) -> None:
        gate = gate_for(leads[0], clock, audit)
        barrier.wait(timeout=30)
        try:
            gate.request(case, PASSPHRASE, code, REASON)
            outcomes.append("granted")
        except AccessDenied as denied:
            outcomes.append(denied.why)

    threads = [threading.Thread(target=attempt, args=(case,)) for case in cases]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(outcomes) == ["code_reused", "granted"]
    assert sorted(d["why"] for _, d in audit.entries if _ == "lead.gate") == [
        "code_reused", "granted"]


def test_two_processes_racing_one_code_open_one_case(tmp_path: Path, clock: Clock) -> None:
    """Real processes, one shared keyring file, released together: exactly one is granted."""
    lead = make_lead(tmp_path / "race", "lead-r", FileStore(tmp_path / "keyring.json"))
    case = Escalator(FakeSource({1: material()}), profile_for([lead], tmp_path),
                     tmp_path / "esc", SealKit(), clock).escalate(
                         1, EscalationCategory.SELF_HARM).case_id
    lead.ws.import_envelopes(tmp_path / "esc")
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    args = (str(tmp_path / "race" / "lead-r"), str(tmp_path / "keyring.json"), clock.now, case,
            lead.code(clock.now), barrier, results)
    racers = [ctx.Process(target=race_attempt, args=args) for _ in range(2)]
    for p in racers:
        p.start()
    outcomes = sorted(results.get(timeout=120) for _ in racers)
    for p in racers:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert outcomes == ["code_reused", "granted"]


# ------------------------------------------------------------------ every path audited once


def test_missing_keyring_entry_is_refused_and_audited(leads: list[Lead], cases: list[str],
                                                      clock: Clock) -> None:
    audit = FakeAudit()
    leads[0].store.delete(KEYRING_SERVICE, f"lead-{key_id(leads[0])}")
    denied = refused(gate_for(leads[0], clock, audit), audit, cases[0],
                     leads[0].code(clock.now))
    assert denied.why == "keyring_missing"


def test_missing_keyring_entry_is_audited_when_cosigning(leads: list[Lead],
                                                         clock: Clock) -> None:
    audit = FakeAudit()
    leads[0].store.delete(KEYRING_SERVICE, f"lead-{key_id(leads[0])}")
    with pytest.raises(AccessDenied) as err:
        gate_for(leads[0], clock, audit).authorize("case-00112233445566aa", "cosign",
                                                   PASSPHRASE, leads[0].code(clock.now))
    assert err.value.why == "keyring_missing"
    assert [(e, d["why"]) for e, d in audit.entries] == [("lead.gate", "keyring_missing")]


Setup = Callable[[Lead, list[str], Clock, FakeAudit], dict[str, str]]


def _nothing(lead: Lead, cases: list[str], clock: Clock, audit: FakeAudit) -> dict[str, str]:
    return {}


def _used_code(lead: Lead, cases: list[str], clock: Clock, audit: FakeAudit) -> dict[str, str]:
    code = lead.code(clock.now)
    gate_for(lead, clock, audit).request(cases[1], PASSPHRASE, code, REASON)
    return {"code": code}


def _five_failures(lead: Lead, cases: list[str], clock: Clock,
                   audit: FakeAudit) -> dict[str, str]:
    fail_five_times(gate_for(lead, clock, audit), cases[0])
    return {}


def _garbage_envelope(lead: Lead, cases: list[str], clock: Clock,
                      audit: FakeAudit) -> dict[str, str]:
    lead.ws.envelope_path(cases[0]).write_bytes(b"age-encryption.org/v1\n-> nothing\n")
    return {}


def _no_keyring_entry(lead: Lead, cases: list[str], clock: Clock,
                      audit: FakeAudit) -> dict[str, str]:
    lead.store.delete(KEYRING_SERVICE, f"lead-{key_id(lead)}")
    return {}


def _locked_keyring(lead: Lead, cases: list[str], clock: Clock,
                    audit: FakeAudit) -> dict[str, str]:
    lead.store.failure = KeyringLocked("the keyring is locked")
    return {}


def _damaged_state(lead: Lead, cases: list[str], clock: Clock,
                   audit: FakeAudit) -> dict[str, str]:
    lead.ws.gate_file.write_text("{broken")
    return {}


def _damaged_keys(lead: Lead, cases: list[str], clock: Clock,
                  audit: FakeAudit) -> dict[str, str]:
    lead.ws.keys_file.write_text("{broken")
    return {}


@pytest.mark.parametrize(("why", "setup", "attempt"), [
    ("wrong_passphrase", _nothing, {"passphrase": "not the passphrase"}),
    ("wrong_or_stale_code", _nothing, {"code": "stale"}),
    ("code_reused", _used_code, {}),
    ("backoff", _five_failures, {}),
    ("no_reason", _nothing, {"reason": "\u3164" * 20}),
    ("reason_too_short", _nothing, {"reason": "a" + "\u200b" * 19}),
    ("unknown_case", _nothing, {"case": "case-00000000000000ff"}),
    ("envelope_unreadable", _garbage_envelope, {}),
    ("keyring_missing", _no_keyring_entry, {}),
    ("keyring_unavailable", _locked_keyring, {}),
    ("state_damaged", _damaged_state, {}),
    ("keys_unreadable", _damaged_keys, {}),
])
def test_every_refusal_is_one_audit_entry(leads: list[Lead], cases: list[str], clock: Clock,
                                          why: str, setup: Setup,
                                          attempt: dict[str, str]) -> None:
    audit = FakeAudit()
    lead = leads[0]
    given = setup(lead, cases, clock, audit)
    clock.now += 5
    code = {"stale": lead.code(clock.now, -2)}.get(attempt.get("code", ""),
                                                   given.get("code", lead.code(clock.now)))
    gate = gate_for(lead, clock, audit)
    before = len(audit.entries)
    with pytest.raises(AccessDenied) as err:
        gate.request(attempt.get("case", cases[0]), attempt.get("passphrase", PASSPHRASE),
                     code, attempt.get("reason", REASON))
    assert err.value.why == why
    assert [(e, d["outcome"], d["why"]) for e, d in audit.entries[before:]] == [
        ("lead.gate", "denied", why)]
    assert gate.access is None


def test_lock_held_elsewhere_is_refused_and_audited(leads: list[Lead], cases: list[str],
                                                     clock: Clock) -> None:
    from reviewer.fileio import exclusive_lock

    audit = FakeAudit()
    gate = LeadGate(leads[0].ws, audit, clock, lock_timeout=0.2)
    with exclusive_lock(leads[0].ws.folder / "gate.lock", timeout=1.0):
        assert refused(gate, audit, cases[0], leads[0].code(clock.now)).why == "gate_busy"
    assert gate.request(cases[0], PASSPHRASE, leads[0].code(clock.now), REASON).open


def test_state_that_cannot_be_kept_opens_nothing(leads: list[Lead], cases: list[str],
                                                 clock: Clock,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """When the attempt cannot be recorded, the credentials are not even checked."""
    audit = FakeAudit()
    real_set = leads[0].store.set

    def set_fails_for_the_anchor(service: str, name: str, value: str) -> None:
        if name.startswith("lead-gate-"):
            raise KeyringLocked("the keyring is locked")
        real_set(service, name, value)

    monkeypatch.setattr(leads[0].store, "set", set_fails_for_the_anchor)
    gate = gate_for(leads[0], clock, audit)
    assert refused(gate, audit, cases[0], leads[0].code(clock.now)).why == "state_unavailable"
    monkeypatch.undo()
    # The file was written but not anchored: the next attempt meets the strict state.
    assert refused(gate, audit, cases[0], leads[0].code(clock.now)).why == "state_damaged"


# ------------------------------------------------------------------ padded reasons


@pytest.mark.parametrize("reason", [
    "\u3164" * 20,  # Hangul filler
    "a" + "\u200b" * 19,  # zero-width spaces
    "\uffa0\u115f\u1160" * 7,  # the other Hangul fillers
    "a" + "\u2800" * 19,  # braille blank
    "a" + "\u3000" * 19,  # ideographic space
    "a" + "\u00a0" * 19,  # no-break space
    "a" + "\u180e" * 19,  # Mongolian vowel separator
    "a" + "\u2028\u2029" * 10,  # line and paragraph separators
    "a" + "\ufeff\u2060\u00ad" * 7,  # format characters
    "a" + "\U000e0020" * 19,  # tag space
    "a" + "\ue000" * 19,  # private use: draws nothing a reader can read
    "a" + "\u0378" * 19,  # unassigned
    "a" + "\ufdd0" * 19,  # noncharacter
    "a" + "\U00016fe4" * 19,  # Khitan small script filler
    "a" + "\U0001d159" * 19,  # musical symbol null notehead (draws nothing)
    "see case" + " \u3164" * 12,  # words padded with spaced fillers
])
def test_padded_reasons_are_refused(leads: list[Lead], cases: list[str], clock: Clock,
                                    reason: str) -> None:
    audit = FakeAudit()
    denied = refused(gate_for(leads[0], clock, audit), audit, cases[0],
                     leads[0].code(clock.now), reason)
    assert denied.why in ("no_reason", "reason_too_short")


def test_line_breaks_separate_words_in_a_reason() -> None:
    assert visible_reason("Caller\nsounds\tunsafe,\u2028check\r\nnow") == (
        "Caller sounds unsafe, check now")
    assert visible_reason("  Zero\u200bwidth\u3164 joins  ") == "Zerowidth joins"
