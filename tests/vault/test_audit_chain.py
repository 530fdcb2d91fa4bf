"""The audit chain: any edit, deletion, reordering or duplication is caught at its first entry."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.core.audit import (
    GENESIS_MAC,
    AuditEntry,
    canonical_details,
    entry_mac,
    next_key,
    verify_chain,
)
from reviewer.vault.workspace import Workspace

K1 = bytes(range(32))


def build(events: list[str]) -> list[AuditEntry]:
    key, prev, out = K1, GENESIS_MAC, []
    for i, event in enumerate(events, start=1):
        details = canonical_details({"n": i})
        at = f"2026-11-22T00:00:{i % 60:02d}.000+00:00"
        mac = entry_mac(key, i, at, event, details, prev)
        out.append(AuditEntry(i, at, event, details, mac))
        prev, key = mac, next_key(key)
    return out


def expected_first_bad(original: list[AuditEntry], mutated: list[AuditEntry]) -> int:
    for i, (a, b) in enumerate(zip(original, mutated, strict=False), start=1):
        if a != b:
            return i
    return min(len(original), len(mutated)) + 1


events = st.lists(st.sampled_from(["import", "clip.audio", "submit", "skip", "export"]),
                  min_size=1, max_size=12)


@st.composite
def tampered(draw: st.DrawFn) -> tuple[list[AuditEntry], list[AuditEntry]]:
    log = build(draw(events))
    n = len(log)
    kind = draw(st.sampled_from(["edit", "delete", "reorder", "duplicate"]))
    out = list(log)
    i = draw(st.integers(0, n - 1))
    if kind == "edit":
        field = draw(st.sampled_from(["at", "event", "details", "mac", "seq"]))
        e = out[i]
        out[i] = {"at": dataclasses.replace(e, at=e.at + "1"),
                  "event": dataclasses.replace(e, event=e.event + "x"),
                  "details": dataclasses.replace(e, details='{"n":-1}'),
                  "mac": dataclasses.replace(e, mac=bytes(32)),
                  "seq": dataclasses.replace(e, seq=e.seq + 1)}[field]
    elif kind == "delete":
        del out[i]
    elif kind == "reorder":
        if n < 2:
            out.append(out[i])  # nothing to reorder: duplicate instead
        else:
            j = draw(st.integers(0, n - 1).filter(lambda j: j != i))
            out[i], out[j] = out[j], out[i]
    else:
        out.insert(draw(st.integers(0, n)), out[i])
    return log, out


def test_intact_chain_verifies() -> None:
    log = build(["import", "submit", "export"])
    assert verify_chain(K1, log, head=(3, log[-1].mac)).ok


@settings(max_examples=300, deadline=None)
@given(tampered())
def test_any_tampering_names_the_first_bad_entry(
        case: tuple[list[AuditEntry], list[AuditEntry]]) -> None:
    original, mutated = case
    verdict = verify_chain(K1, mutated, head=(len(original), original[-1].mac))
    assert not verdict.ok
    assert verdict.first_bad == expected_first_bad(original, mutated)


def test_ratchet_forgets_old_keys() -> None:
    log = build(["import", "submit"])
    k2 = next_key(K1)
    # Rewriting entry 1 with the current (ratcheted) key does not verify.
    forged_mac = entry_mac(k2, 1, log[0].at, "purge", log[0].details, GENESIS_MAC)
    forged = [dataclasses.replace(log[0], event="purge", mac=forged_mac), log[1]]
    assert verify_chain(K1, forged).first_bad == 1


def test_details_refuse_free_text() -> None:
    with pytest.raises(ValueError, match="free text"):
        canonical_details({"note": "call me at home"})
    with pytest.raises(ValueError, match="short lower-case"):
        canonical_details({"Transcript": 1})


def test_workspace_log_detects_sql_edits(workspace: Workspace) -> None:
    for i in range(5):
        workspace.audit.append("clip.audio", {"clip": i})
    assert workspace.audit.verify().ok
    workspace.conn.execute("UPDATE audit SET details = '{\"clip\":99}' WHERE seq = 3")
    verdict = workspace.audit.verify()
    assert (verdict.ok, verdict.first_bad) == (False, 3)


def test_workspace_log_detects_truncation(workspace: Workspace) -> None:
    for i in range(3):
        workspace.audit.append("clip.audio", {"clip": i})
    n = workspace.audit.head()[0]
    workspace.conn.execute("DELETE FROM audit WHERE seq = ?", (n,))
    verdict = workspace.audit.verify()
    assert (verdict.ok, verdict.first_bad) == (False, n)


def test_current_key_is_stored_not_the_first(workspace: Workspace) -> None:
    workspace.audit.append("clip.audio", {"clip": 1})
    stored = workspace.conn.execute("SELECT v FROM meta WHERE k = 'audit_key'").fetchone()[0]
    first = workspace.audit._first_key
    assert bytes(stored) == next_key(next_key(first))
    all_meta = workspace.conn.execute("SELECT group_concat(hex(v)) FROM meta").fetchone()[0]
    assert first.hex().upper() not in all_meta


def _rows(ws: Workspace) -> list[tuple[object, ...]]:
    return list(ws.conn.execute("SELECT seq, at, event, details, mac FROM audit ORDER BY seq"))


@pytest.mark.parametrize(("tamper", "first_bad"), [("delete", 3), ("reorder", 2),
                                                   ("duplicate", 7)])
def test_workspace_log_detects_row_tampering(workspace: Workspace, tamper: str,
                                             first_bad: int) -> None:
    for i in range(5):
        workspace.audit.append("clip.audio", {"clip": i})
    rows = _rows(workspace)  # 6 entries: the creation and 5 openings
    c = workspace.conn
    if tamper == "delete":
        c.execute("DELETE FROM audit WHERE seq = 3")
    elif tamper == "reorder":
        for seq, src in ((2, rows[3]), (4, rows[1])):
            c.execute("UPDATE audit SET at = ?, event = ?, details = ?, mac = ? WHERE seq = ?",
                      (*src[1:], seq))
    else:
        c.execute("INSERT INTO audit VALUES (7, ?, ?, ?, ?)", rows[2][1:])
    verdict = workspace.audit.verify()
    assert (verdict.ok, verdict.first_bad) == (False, first_bad)


def test_recorded_reads_chosen_events_back_in_order(workspace: Workspace) -> None:
    """What the lead desk reads to know which cases were opened and decided here."""
    workspace.audit.append("lead.gate", {"case": "case-0123456789abcdef", "outcome": "granted"})
    workspace.audit.append("clip.audio", {"clip": 1})
    workspace.audit.append("lead.decision", {"case": "case-0123456789abcdef",
                                             "decision": "no_action", "change": False})
    workspace.audit.append("lead.gate", {"case": "case-fedcba9876543210", "outcome": "denied"})
    assert workspace.audit.recorded(["lead.decision", "lead.gate"]) == [
        ("lead.gate", {"case": "case-0123456789abcdef", "outcome": "granted"}),
        ("lead.decision", {"case": "case-0123456789abcdef", "decision": "no_action",
                           "change": False}),
        ("lead.gate", {"case": "case-fedcba9876543210", "outcome": "denied"}),
    ]
    assert workspace.audit.recorded(["lead.cosign"]) == []
    assert workspace.audit.recorded([]) == []
