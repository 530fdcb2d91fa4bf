"""Identity-shaped values in metadata fields are refused; legitimate values are not."""

from __future__ import annotations

from typing import Any

import pytest

from reviewer.intake.identity import identity_kind
from tests.intake.conftest import Gate
from tests.support.package_builder import PackageBuilder

IDENTITY_VALUES = {
    "coordinates": ["48.858370, 2.294481", "-33.8688,151.2093", "40°26'46\"N 79°58'56\"W",
                    "geo:37.786971,-122.399677"],
    "phone": ["+1 415 555 0142", "(415) 555-0142", "+44 20 7946 0958", "4155550142",
              "0049-30-1234567"],
    "email": ["zed.quill@example.org", "a+b@mail.example.co.uk"],
    "address": ["221B Baker Street", "1600 Pennsylvania Avenue", "12 Rue de Rivoli 7",
                "Hauptstraße 5", "742 Evergreen Terrace", "PO Box 1234"],
    "ip": ["192.168.1.20", "10.0.0.1", "2001:db8::ff00:42:8329", "fe80::1"],
    "card": ["4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005"],
}
LEGIT = ["2026-11-01", "en-US", "zh-Hant-TW", "clip_000123", "demo_2026_11_a1b2c3",
         "pkg-2026-11-01-0001", "audio/clip_000123.wav", "audio/2026/11/01/x.flac",
         "reviewer-package/1", "transcribe", "a1b2c3d4e5f6a7b8", "clip_0000001234",
         "1.5", "12:30", "v1.2.3", "take_3_of_10", "audio/batch-07/clip-00042.ogg",
         "4111 1111 1111 1112"]  # the last fails the Luhn check: not a card number


@pytest.mark.parametrize(("kind", "value"),
                         [(k, v) for k, vs in IDENTITY_VALUES.items() for v in vs])
def test_identity_values_are_recognised(kind: str, value: str) -> None:
    assert identity_kind(value) == kind
    assert identity_kind(f"prefix {value} suffix") == kind


@pytest.mark.parametrize("value", LEGIT)
def test_legitimate_metadata_is_not_identity(value: str) -> None:
    assert identity_kind(value) is None


def _header_field(b: PackageBuilder, value: str) -> str:
    b.header["package_id"] = value
    return "package_id"


def _locale(b: PackageBuilder, value: str) -> str:
    b.header["locale"] = value
    return "locale"


def _question_id(b: PackageBuilder, value: str) -> str:
    b.header["questions"] = [{"id": value, "prompt": "p", "kind": "text"}]
    return "questions[0].id"


def _policy(b: PackageBuilder, value: str) -> str:
    b.header["policy"] = {"voice_disguise": value}
    return "policy.voice_disguise"


def _clip_id(b: PackageBuilder, value: str) -> str:
    b.lines[0]["clip_id"] = value
    return "clip_id"


def _audio_path(b: PackageBuilder, value: str) -> str:
    old = b.lines[0]["audio_filepath"]
    new = f"audio/{value}.wav"
    b.files[new] = b.files.pop(old)
    b.lines[0]["audio_filepath"] = new
    return "audio_filepath"


PLACES: list[Any] = [_header_field, _locale, _question_id, _policy, _clip_id, _audio_path]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("value", ["zed.quill@example.org", "+1 415 555 0142",
                                   "48.858370, 2.294481", "221B Baker Street",
                                   "192.168.1.20", "4111111111111111"])
def test_identity_value_in_metadata_is_refused(builder: PackageBuilder, gate_refuses: Gate,
                                               place: Any, value: str) -> None:
    field = place(builder, value)
    problems = gate_refuses(builder)
    assert ("identity-value", field) in [(p.rule, p.field) for p in problems]


def test_free_text_fields_may_hold_identity(builder: PackageBuilder, gate_accepts: Any) -> None:
    builder.header["questions"] = [{"id": "q1", "prompt": "Did they say 221B Baker Street?",
                                    "kind": "choice", "options": ["zed@example.org", "no"]}]
    builder.lines[0]["pred_text"] = "call me at +1 415 555 0142"
    builder.lines[0]["prior_text"] = "my email is zed.quill@example.org"
    package = gate_accepts(builder)
    record = package.clips[0].record
    assert record.pred_text == "call me at +1 415 555 0142"
    assert record.prior_text == "my email is zed.quill@example.org"
