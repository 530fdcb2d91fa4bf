"""Unknown keys at any depth are refused; identity keys in any spelling are named as such."""

from __future__ import annotations

import pytest

from reviewer.intake.identity import is_identity_key, normalise_key
from tests.intake.conftest import Gate, rules
from tests.support.package_builder import PackageBuilder

IDENTITY_KEYS = [
    "device_id", "deviceSerial", "DeviceID", "DEVICE-ID", "device.id", "device id", "customer",
    "customerNumber", "account_id", "AccountId", "lat", "latitude", "Latitude", "lng", "lon",
    "geo", "geoHash", "location", "LOCATION", "address", "homeAddress", "street_address",
    "phone", "phoneNumber", "mobile", "email", "e-mail", "eMail", "contacts", "contactList",
    "ip", "IPAddress", "ip_addr", "user", "userId", "username", "name", "firstName",
    "speaker_name", "serial", "imei", "mac_address", "postcode", "zip", "gps",
]
HARMLESS_UNKNOWN = ["extra", "speed", "version2", "notes", "sample_rate"]


@pytest.mark.parametrize("key", IDENTITY_KEYS)
def test_identity_key_spellings_are_recognised(key: str) -> None:
    assert is_identity_key(key)


@pytest.mark.parametrize("key", [
    "clip_id", "audio_filepath", "duration", "pred_text", "assistant_response", "prior_text",
    "content_warning", "package_id", "format", "task", "locale", "created", "retention_days",
    "policy", "critical_export", "voice_disguise", "max_clip_seconds", "questions", "id",
    "prompt", "kind", "options", "required", *HARMLESS_UNKNOWN])
def test_schema_keys_are_not_identity_keys(key: str) -> None:
    assert not is_identity_key(key)


def test_normalisation_folds_case_separators_and_camel_case() -> None:
    assert normalise_key("deviceSerial") == normalise_key("DEVICE_serial") == "deviceserial"
    assert normalise_key("IPAddress") == normalise_key("ip-address") == "ipaddress"


@pytest.mark.parametrize("key", ["device_id", "deviceSerial", "latitude", "email"])
def test_identity_key_in_header_is_refused(builder: PackageBuilder, gate_refuses: Gate,
                                           key: str) -> None:
    builder.header[key] = "x"
    problems = gate_refuses(builder)
    assert [(p.rule, p.file, p.field) for p in problems] == [
        ("identity-key", "package.json", key)]


@pytest.mark.parametrize("key", ["customer", "lng", "contacts", "ipAddress", "user"])
def test_identity_key_in_clip_line_is_refused_with_its_line(
        builder: PackageBuilder, gate_refuses: Gate, key: str) -> None:
    builder.lines[1][key] = "x"
    problems = gate_refuses(builder)
    assert [(p.rule, p.file, p.line, p.field) for p in problems] == [
        ("identity-key", "clips.jsonl", 2, key)]


def test_identity_key_inside_policy_and_questions(builder: PackageBuilder,
                                                  gate_refuses: Gate) -> None:
    builder.header["policy"] = {"account_id": 1}
    builder.header["questions"] = [{"id": "q", "prompt": "p", "kind": "text", "phone": "1"}]
    problems = gate_refuses(builder)
    assert {(p.rule, p.field) for p in problems} == {
        ("identity-key", "policy.account_id"), ("identity-key", "questions[0].phone")}


def test_identity_key_nested_inside_an_unknown_key(builder: PackageBuilder,
                                                   gate_refuses: Gate) -> None:
    builder.lines[0]["meta"] = {"inner": [{"geo": {"lat": 1}}]}
    problems = gate_refuses(builder)
    assert {(p.rule, p.field) for p in problems} == {
        ("unknown-key", "<key>"), ("identity-key", "<key>.<key>.geo"),
        ("identity-key", "<key>.<key>.geo.lat")}


@pytest.mark.parametrize("key", HARMLESS_UNKNOWN)
def test_unknown_key_is_refused(builder: PackageBuilder, gate_refuses: Gate, key: str) -> None:
    builder.header["policy"] = {key: 1}
    builder.lines[0][key] = 1
    problems = gate_refuses(builder)
    assert rules(problems) == {"unknown-key"}
    # An unknown key is never named: a lowercase key can be a person's name ("anna").
    assert sorted(p.field or "" for p in problems) == ["<key>", "policy.<key>"]


def test_odd_or_identity_shaped_key_is_not_echoed(builder: PackageBuilder,
                                                  gate_refuses: Gate) -> None:
    builder.lines[0]["zed.quill@example.org"] = 1
    builder.lines[1]["4155550142"] = 1
    builder.header["Quillington"] = 1  # capitalised: may be a person's name
    builder.header["IPAddress"] = 1
    problems = gate_refuses(builder)
    assert sorted((p.rule, p.field) for p in problems) == [
        ("identity-key", "<key>"), ("identity-key", "<key>"), ("identity-key", "<key>"),
        ("unknown-key", "<key>")]


def test_duplicate_keys_in_one_object_are_refused(builder: PackageBuilder,
                                                  gate_refuses: Gate) -> None:
    original = builder.manifest_bytes
    builder.manifest_bytes = lambda: original().replace(  # type: ignore[method-assign]
        b'{"clip_id"', b'{"duration": 1.0, "clip_id"', 1)
    problems = gate_refuses(builder)
    assert ("json", 1) in [(p.rule, p.line) for p in problems]


@pytest.mark.parametrize("key", ["anna", "quill", "maria_delgado", "zedquill", "bob_and_alice",
                                 "the_smiths", "mrs_robinson", "anna.k", "j-doe", "x"])
def test_lowercase_unknown_key_names_are_never_echoed(builder: PackageBuilder,
                                                      gate_refuses: Gate, key: str) -> None:
    builder.lines[0][key] = 1
    builder.header[key] = {key: 1}
    problems = gate_refuses(builder)
    report = "\n".join(map(str, problems))
    assert key not in report.replace("<key>", "")
    assert {p.field for p in problems} == {"<key>"}


@pytest.mark.parametrize("key", ["device_id", "phoneNumber", "contacts", "latitude", "email"])
def test_built_in_identity_words_are_named(builder: PackageBuilder, gate_refuses: Gate,
                                           key: str) -> None:
    builder.lines[0][key] = 1
    assert [(p.rule, p.field) for p in gate_refuses(builder)] == [("identity-key", key)]
