"""Escalating a clip: sealed to every lead, written atomically, erased from the reviewer."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import (
    NOTE_MAX,
    EnvelopeUnreadable,
    EscalationCategory,
    EscalationPayload,
    EscalationRefused,
    parse_envelope_name,
    support_message,
)
from reviewer.core.playback import PlayerState
from reviewer.seal.kit import SealKit
from reviewer.workflows.escalate import Escalator
from tests.lead.fakes import Clock, FakeAudit, FakeSource, Lead, make_lead, material, profile_for


class StubPlayer:
    """Only the two calls `Escalator.escalate` makes on its `Player` (hence the
    `type: ignore[arg-type]` where it is passed as one)."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self._state = PlayerState.PLAYING

    def stop(self) -> None:
        self.calls.append("stop")
        self._state = PlayerState.STOPPED

    def unload(self) -> None:
        self.calls.append("unload")
        self._state = PlayerState.EMPTY


@pytest.fixture
def leads(tmp_path: Path) -> list[Lead]:
    return [make_lead(tmp_path / "leads", n) for n in ("lead-a", "lead-b")]


def escalator(tmp_path: Path, leads: list[Lead], source: FakeSource, audit: FakeAudit,
              support: str = "") -> Escalator:
    profile = profile_for(leads, tmp_path, support)
    source.audit = audit  # the vault writes the escalation's entries with its own steps
    return Escalator(source, profile, Path(profile.exchange.escalations), SealKit(),
                     Clock())


def test_sealed_to_each_lead_and_erased(tmp_path: Path, leads: list[Lead]) -> None:
    source, audit, player = FakeSource({7: material(7)}), FakeAudit(), StubPlayer()
    receipt = escalator(tmp_path, leads, source, audit).escalate(
        7, EscalationCategory.SELF_HARM, "  spoke of ending it  ", player)  # type: ignore[arg-type]
    assert player.calls == ["stop", "unload"]
    assert source.erased == {7}
    assert 7 not in source.clips
    assert receipt.envelope.parent == tmp_path / "esc"
    assert [p.name for p in receipt.envelope.parent.iterdir()] == [receipt.envelope.name]
    entry = parse_envelope_name(receipt.envelope.name)
    assert entry is not None
    assert entry.category is EscalationCategory.SELF_HARM
    assert entry.created == "2026-09-21T14:13:20Z"
    sealed = receipt.envelope.read_bytes()
    assert b"draft words" not in sealed
    assert b"clip0000" not in sealed
    for lead in leads:
        secrets = lead.ws.unlock("lead passphrase for tests")
        payload = EscalationPayload.from_bytes(SealKit().open_sealed(sealed, [secrets.age_secret]))
        assert payload.audio_flac == material(7).audio_flac
        assert (payload.draft, payload.clip_id, payload.package_id) == (
            "draft words 7", "clip00000007", "pkg_00000001")
        assert payload.note == "spoke of ending it"
        assert payload.reviewer == "rev-007"
        assert payload.case_id == receipt.case_id
    assert audit.entries == [
        ("escalation.begin", {"clip": 7, "case": receipt.case_id, "category": "self_harm"}),
        ("escalation.sealed", {"clip": 7, "case": receipt.case_id, "category": "self_harm",
                               "recipients": 2})]


def test_reviewer_keys_and_outsiders_cannot_open(tmp_path: Path, leads: list[Lead]) -> None:
    receipt = escalator(tmp_path, leads, FakeSource({1: material()}), FakeAudit()).escalate(
        1, EscalationCategory.CHILD_SAFETY)
    outsider = make_lead(tmp_path / "others", "not-a-lead")
    reviewer_secret, _ = SealKit().new_identity()  # any key the reviewer could hold
    for secret in (reviewer_secret, outsider.ws.unlock("lead passphrase for tests").age_secret):
        with pytest.raises(EnvelopeUnreadable):
            SealKit().open_sealed(receipt.envelope.read_bytes(), [secret])


def test_no_recipients_refused_clip_locked_nothing_lost(tmp_path: Path) -> None:
    source, audit, player = FakeSource({3: material(3)}), FakeAudit(), StubPlayer()
    esc = escalator(tmp_path, [], source, audit)
    with pytest.raises(EscalationRefused, match="names no leads"):
        esc.escalate(3, EscalationCategory.MEDICAL_EMERGENCY, "", player)  # type: ignore[arg-type]
    assert player.calls == ["stop", "unload"]
    assert source.locked == {3}
    assert source.clips[3] == material(3)
    assert not source.erased
    assert not (tmp_path / "esc").exists()
    (case,) = [d["case"] for d in audit.events("escalation.begin")]
    assert audit.entries == [
        ("escalation.begin", {"clip": 3, "case": case, "category": "medical_emergency"}),
        ("escalation.refused", {"clip": 3, "category": "medical_emergency",
                                "why": "no_recipients"})]


def test_a_profile_without_an_escalations_folder_keeps_the_clip_locked(
        tmp_path: Path, leads: list[Lead]) -> None:
    source, audit = FakeSource({5: material(5)}), FakeAudit()
    source.audit = audit
    esc = Escalator(source, profile_for(leads, tmp_path), Path(""), SealKit(), Clock())
    with pytest.raises(EscalationRefused, match="names no escalations folder"):
        esc.escalate(5, EscalationCategory.SELF_HARM)
    assert source.clips[5] == material(5)
    assert source.locked == {5}
    assert audit.events("escalation.refused")[0]["why"] == "no_escalations_folder"


def test_a_note_over_the_limit_is_refused_before_anything_is_locked(
        tmp_path: Path, leads: list[Lead]) -> None:
    source, audit = FakeSource({6: material(6)}), FakeAudit()
    with pytest.raises(RefusedInput, match=f"longer than {NOTE_MAX} characters"):
        escalator(tmp_path, leads, source, audit).escalate(
            6, EscalationCategory.SELF_HARM, "x" * (NOTE_MAX + 1))
    assert source.locked == set()
    assert audit.entries == []
    escalator(tmp_path, leads, source, audit).escalate(  # spaces around do not count
        6, EscalationCategory.SELF_HARM, " " + "x" * NOTE_MAX + " ")
    assert source.erased == {6}


def test_unwritable_folder_keeps_the_clip(tmp_path: Path, leads: list[Lead]) -> None:
    (tmp_path / "esc").write_text("a file where the folder should be")
    source, audit = FakeSource({4: material(4)}), FakeAudit()
    with pytest.raises(EscalationRefused, match="cannot be written"):
        escalator(tmp_path, leads, source, audit).escalate(4, EscalationCategory.OTHER_DISTRESS)
    assert source.clips[4] == material(4)
    assert source.locked == {4}
    assert audit.events("escalation.refused")[0]["why"] == "folder_not_writable"


def test_support_text_and_break_after_three(tmp_path: Path, leads: list[Lead]) -> None:
    source = FakeSource({i: material(i) for i in range(1, 5)})
    esc = escalator(tmp_path, leads, source, FakeAudit(), support="Call the care line: 123.")
    receipts = [esc.escalate(i, EscalationCategory.VIOLENCE_OR_CRIME) for i in range(1, 5)]
    assert [r.suggest_break for r in receipts] == [False, False, True, True]
    assert receipts[0].support_text == "Call the care line: 123."
    assert len({r.case_id for r in receipts}) == 4
    assert len(list((tmp_path / "esc").iterdir())) == 4


def test_default_support_text() -> None:
    text, suggest = support_message("   ", 1)
    assert "break" in text
    assert not suggest
    assert support_message("x", 3) == ("x", True)
