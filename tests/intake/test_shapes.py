"""Structured fields have exact shapes: ids, question ids, audio paths, locales (the allowlist).

Readable ids are refused by shape, so no detector has to recognise what they spell; random ids
of the accepted shapes are never refused (CI runs a 5,000-id sample of each generator; the
100,000-id run is `tests/perf/bench_ids.py`).
"""

from __future__ import annotations

import json
import random

import pytest

from reviewer.intake.header import parse_header
from reviewer.intake.manifest import parse_clips
from reviewer.intake.shapes import audio_path_problem, is_opaque_id, locale_problem
from tests.intake.conftest import Gate
from tests.intake.random_ids import GENERATORS
from tests.support.package_builder import PackageBuilder, clip_id

READABLE_IDS = [
    "clip_4155550142", "clip_+14155550142", "c_4155550142_0000000000000000000", "maria_delgado",
    "clip_zed.quill@example.org", "clip_48.858370_2.294481", "clip_48_858370N_2_294481E",
    "clip_000123", "2026-11-01-0001", "pkg_test_0001", "demo_2026_11_a1b2c3",
    "clip_00000000000000000000000000000001x", "clip_0000000000000000000000000000001",
    "CLIP_00000000000000000000000000000001", "ABCDEFGHI_00000000000000000000000000000001",
    "toolongprefix_00000000000000000000000000000001", "clip-00000000000000000000000000000001",
    "9e107d9d-372b-4b6d-8a5e-0b6e7f8a9c1D", "{9e107d9d-372b-4b6d-8a5e-0b6e7f8a9c1d}",
    "9e107d9d372b4b6d8a5e0b6e7f8a9c1d", "urn:uuid:9e107d9d-372b-4b6d-8a5e-0b6e7f8a9c1d",
    "01arz3ndektsv4rrffq69g5fav", "81ARZ3NDEKTSV4RRFFQ69G5FAV", "01ARZ3NDEKTSV4RRFFQ69G5FAI",
    "01ARZ3NDEKTSV4RRFFQ69G5FA", "sn_c02xk0aajgh5", "imei_352099001761481",
    "iban_gb82west12345698765432", "mac_00_1a_2b_3c_4d_5e", "anna", "",
    f"{clip_id(1)}\n", f" {clip_id(1)}", f"{clip_id(1)}\u200b",
    "ｃｌｉｐ_00000000000000000000000000000001",
]


@pytest.mark.parametrize("value", READABLE_IDS)
def test_ids_outside_the_grammar_are_refused(value: str) -> None:
    assert not is_opaque_id(value)


@pytest.mark.parametrize("value", READABLE_IDS[:12])
def test_readable_clip_and_package_ids_refuse_the_package(builder: PackageBuilder,
                                                         gate_refuses: Gate, value: str) -> None:
    builder.header["package_id"] = value
    builder.lines[0]["clip_id"] = value
    fields = {(p.rule, p.field) for p in gate_refuses(builder)}
    assert {("format", "package_id"), ("format", "clip_id")} <= fields


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_random_ids_are_never_refused(name: str) -> None:
    rng = random.Random(20261129)
    make = GENERATORS[name]
    ids = [make(rng) for _ in range(5_000)]
    lines = [json.dumps({"clip_id": i, "audio_filepath": f"audio/{i}.flac", "duration": 1.0,
                         "pred_text": "x", "assistant_response": i}) for i in ids]
    result = parse_clips(("\n".join(lines) + "\n").encode(), "US")
    assert result.problems == []
    assert len(result.records) == 5_000
    headers = [parse_header(json.dumps({**PackageBuilder().header, "package_id": i}).encode())
               for i in ids[:500]]
    assert [h.problems for h in headers if h.problems] == []


@pytest.mark.parametrize(("path", "ok"), [
    (f"audio/{clip_id(1)}.wav", True), (f"audio/{clip_id(1)}.flac", True),
    (f"audio/{clip_id(1)}.opus", True), (f"audio/{clip_id(1)}.WAV", False),
    (f"audio/{clip_id(2)}.wav", False), (f"audio/x/{clip_id(1)}.wav", False),
    (f"Audio/{clip_id(1)}.wav", False), (f"{clip_id(1)}.wav", False),
    (f"audio/{clip_id(1)}.wav.txt", False), (f"audio/{clip_id(1)}", False),
    ("audio/maria_delgado.wav", False), ("audio/4155550142.wav", False),
    (f"audio/{clip_id(1)}.exe", False), (f"audio//{clip_id(1)}.wav", False),
])
def test_audio_path_is_exactly_audio_clip_id_ext(path: str, ok: bool) -> None:
    assert (audio_path_problem(path, clip_id(1)) is None) is ok


VALID_LOCALES = ["en-US", "en", "de-DE", "zh-Hant-TW", "sr-Latn", "es-419", "fil-PH", "yue-HK",
                 "pt-BR", "haw", "nb-NO", "en-GB"]
BAD_LOCALES = [
    "en-US-boston", "xx-XX", "en-XX", "en-US-x-quill", "de-DE-1901", "en-US-u-ca-buddhist",
    "qaa-Qaaa-QM", "en-Latn-US-valencia", "EN-us", "eng-US", "en_US", "en-us", "en-US ",
    "english", "i-klingon", "x-private", "en-US-kensington-sw1a", "fr-FR-maria-75007",
    "en-Xyzw-US", "en-US-US",
]


@pytest.mark.parametrize("tag", VALID_LOCALES)
def test_registered_locales_pass(tag: str) -> None:
    assert locale_problem(tag) is None


@pytest.mark.parametrize("tag", BAD_LOCALES)
def test_variants_extensions_and_unregistered_codes_are_refused(tag: str) -> None:
    assert locale_problem(tag) is not None


@pytest.mark.parametrize("tag", BAD_LOCALES[:10])
def test_bad_locale_refuses_the_package(builder: PackageBuilder, gate_refuses: Gate,
                                        tag: str) -> None:
    builder.header["locale"] = tag
    assert {("format", "locale"), ("unicode", "locale")} & {
        (p.rule, p.field) for p in gate_refuses(builder)}


HOSTILE_QUESTION_IDS = [
    "call_4155550142", "tel_0049_30_1234567", "q_14155550142", "maria_at_example_dot_com",
    "zed_at_example_dot_org", "lat_48_8584_lon_2_2945", "pos_48_858370_2_294481",
    "sn_c02xk0aajgh5", "serial_fvfxc2jhhv2h", "imei_352099001761481",
    "iban_gb82west12345698765432", "iban_de89370400440532013000", "mac_001a2b3c4d5e",
    "card_4111111111111111", "ssn_123_45_6789", "acct_00123456789", "ip_192_0_2_44_8080",
    "at_221b_baker_street", "hauptstrasse_5_berlin", "plus_8fw4v75v", "zip_94103_1234",
]


@pytest.mark.parametrize("qid", HOSTILE_QUESTION_IDS)
def test_identity_in_a_question_id_is_refused(qid: str) -> None:
    header = {**PackageBuilder().header,
              "questions": [{"id": qid, "prompt": "Anything else?", "kind": "text"}]}
    problems = parse_header(json.dumps(header).encode()).problems
    assert ("identity-value", "questions[0].id") in {(p.rule, p.field) for p in problems}


@pytest.mark.parametrize("qid", ["wake_intent", "response_quality", "reviewer_note", "q1",
                                 "contact_name_heard", "audio_quality_1_to_5", "lang_switch",
                                 "noise_level", "h264_artifacts", "speaker_count"])
def test_ordinary_question_ids_pass(qid: str) -> None:
    header = {**PackageBuilder().header,
              "questions": [{"id": qid, "prompt": "Anything else?", "kind": "text"}]}
    assert parse_header(json.dumps(header).encode()).problems == []


HOSTILE_PROMPTS = [
    "Is this Maria at +1 415 555 0142?", "Did they say zed.quill@example.org?",
    "Was the speaker near 48.858370, 2.294481?", "Is the address 221B Baker Street?",
    "Card ending 4111 1111 1111 1111 mentioned?", "Device C02XK0AAJGH5 heard?",
    "Router 192.0.2.44 in the background?", "IBAN GB82 WEST 1234 5698 7654 32 read out?",
    "Write to zed [at] example [dot] org?", "Is it near 8FW4V75V+8Q?",
]


@pytest.mark.parametrize("prompt", HOSTILE_PROMPTS)
def test_identity_in_prompts_and_options_is_refused(prompt: str) -> None:
    header = {**PackageBuilder().header, "questions": [
        {"id": "a", "prompt": prompt, "kind": "bool"},
        {"id": "b", "prompt": "Which?", "kind": "choice", "options": ["no", prompt]}]}
    fields = {(p.rule, p.field) for p in parse_header(json.dumps(header).encode()).problems}
    assert {("identity-value", "questions[0].prompt"),
            ("identity-value", "questions[1].options[1]")} <= fields
