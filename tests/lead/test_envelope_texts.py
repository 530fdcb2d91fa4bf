"""The envelope carries the clip's automatic transcript and the assistant's answer, sealed.

Envelopes sealed before they were carried still open, and say the texts are not included.
"""

from __future__ import annotations

import json
import struct
from dataclasses import replace
from pathlib import Path

import pyotp
import pytest

from reviewer.core.escalation import (
    PAYLOAD_MAGIC,
    ClipTexts,
    EnvelopeUnreadable,
    EscalationCategory,
    EscalationPayload,
)
from reviewer.seal.kit import SealKit
from reviewer.workflows.escalate import Escalator
from reviewer.workflows.lead_desk import LeadDesk
from reviewer.workflows.lead_gate import LeadGate
from tests.lead.fakes import (
    PASSPHRASE,
    REASON,
    Clock,
    FakeAudit,
    FakeSource,
    Lead,
    material,
    profile_for,
)

TEXTS = ClipTexts(pred_text="call the doctor now",
                  assistant_response="Calling Dr. Lee at [PHONE].")


def payload(texts: ClipTexts | None) -> EscalationPayload:
    return EscalationPayload(case_id="case-0123456789abcdef",
                             category=EscalationCategory.MEDICAL_EMERGENCY, note="",
                             reviewer="rev-007", clip_id="clip00000001",
                             package_id="pkg_00000001", created="2026-09-21T14:13:20Z",
                             draft="call the doctor", audio_flac=b"fLaC-audio", texts=texts)


def header_of(data: bytes) -> dict[str, object]:
    at = len(PAYLOAD_MAGIC)
    (size,) = struct.unpack(">I", data[at:at + 4])
    header: dict[str, object] = json.loads(data[at + 4:at + 4 + size])
    return header


def with_header(header: dict[str, object], audio: bytes = b"fLaC-audio") -> bytes:
    raw = json.dumps(header, sort_keys=True).encode()
    return PAYLOAD_MAGIC + struct.pack(">I", len(raw)) + raw + audio


@pytest.mark.parametrize("texts", [TEXTS, ClipTexts(None, None), ClipTexts("only asr", None)])
def test_texts_round_trip_in_the_header(texts: ClipTexts) -> None:
    data = payload(texts).to_bytes()
    header = header_of(data)
    assert header["pred_text"] == texts.pred_text
    assert header["assistant_response"] == texts.assistant_response
    back = EscalationPayload.from_bytes(data)
    assert back.texts == texts
    assert back.audio_flac == b"fLaC-audio"


def test_an_envelope_from_before_the_texts_still_opens_and_says_so() -> None:
    old = payload(None).to_bytes()
    assert "pred_text" not in header_of(old)
    assert "assistant_response" not in header_of(old)
    opened = EscalationPayload.from_bytes(old)
    assert opened.texts is None  # "not included", which is not the same as "none"
    assert opened.draft == "call the doctor"


@pytest.mark.parametrize("change", [
    {"pred_text": "only one of the two"},
    {"pred_text": 5, "assistant_response": None},
    {"pred_text": None, "assistant_response": ["a list"]},
])
def test_malformed_texts_make_the_envelope_unreadable(change: dict[str, object]) -> None:
    header = header_of(payload(None).to_bytes())
    header.update(change)
    with pytest.raises(EnvelopeUnreadable, match="malformed"):
        EscalationPayload.from_bytes(with_header(header))


def test_the_texts_are_sealed_never_in_clear(tmp_path: Path, leads: list[Lead]) -> None:
    clock = Clock()
    profile = profile_for(leads[:2], tmp_path)
    source = FakeSource({1: replace(material(1), texts=TEXTS)})
    receipt = Escalator(source, profile, tmp_path / "esc", SealKit(), clock).escalate(
        1, EscalationCategory.MEDICAL_EMERGENCY)
    sealed = receipt.envelope.read_bytes()
    for text in ("call the doctor now", "Calling Dr. Lee", "[PHONE]"):
        assert text.encode() not in sealed
    audit = FakeAudit()
    desk = LeadDesk(leads[1].ws, LeadGate(leads[1].ws, audit, clock), audit, profile)
    assert desk.import_new() == 1
    view = desk.open_case(receipt.case_id, PASSPHRASE, leads[1].code(clock.now), REASON)
    assert view.texts == TEXTS


def test_an_old_envelope_opens_at_the_desk_without_texts(tmp_path: Path,
                                                         leads: list[Lead]) -> None:
    """An envelope sealed by a reviewer client from before this change (no text keys)."""
    clock = Clock()
    profile = profile_for(leads[:1], tmp_path)
    old = payload(None)
    name = "20260921T141320Z_medical_emergency_case-0123456789abcdef.age"
    (tmp_path / "esc").mkdir()
    (tmp_path / "esc" / name).write_bytes(
        SealKit().seal(old.to_bytes(), [leads[0].enrolled.recipient]))
    audit = FakeAudit()
    desk = LeadDesk(leads[0].ws, LeadGate(leads[0].ws, audit, clock), audit, profile)
    desk.import_new()
    view = desk.open_case(old.case_id, PASSPHRASE,
                          pyotp.TOTP(leads[0].enrolled.totp_secret).at(clock.now), REASON)
    assert view.texts is None
    assert view.draft == "call the doctor"
