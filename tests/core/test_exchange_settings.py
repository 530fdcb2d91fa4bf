"""The S3 exchange a signed profile names: every field has one shape, anything else is
refused by field name (never echoing the value), and the profile carries it through."""

from __future__ import annotations

import json
from typing import Any

import pytest

from reviewer.core.exchange_settings import S3Exchange, SettingsRefused, parse_s3_exchange
from reviewer.core.profile import Exchange, Profile, Role, parse_profile_body
from reviewer.core.trust import TrustRefused

PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
GOOD: dict[str, Any] = {"endpoint": "https://s3.example.org:8443", "bucket": "exchange-1",
                        "region": "eu-central-1", "prefix": "team-a/", "workstation": "ws-017",
                        "ca_certificates": PEM, "poll_seconds": 120}


def test_well_formed_settings_read_back_whole() -> None:
    s3 = parse_s3_exchange(GOOD)
    assert s3 == S3Exchange(endpoint="https://s3.example.org:8443", bucket="exchange-1",
                            workstation="ws-017", region="eu-central-1", prefix="team-a/",
                            ca_certificates=PEM, poll_seconds=120)
    assert parse_s3_exchange(s3.to_json()) == s3


def test_the_optional_fields_have_safe_defaults() -> None:
    s3 = parse_s3_exchange({"endpoint": "https://s3.example.org/", "bucket": "exchange",
                            "workstation": "ws-1"})
    assert (s3.endpoint, s3.region, s3.prefix, s3.ca_certificates, s3.poll_seconds) == (
        "https://s3.example.org", "us-east-1", "", "", 60)


@pytest.mark.parametrize("endpoint", ["http://127.0.0.1:7480", "http://localhost:7480",
                                      "http://[::1]:7480"])
def test_plain_http_only_to_a_loopback_gateway(endpoint: str) -> None:
    assert parse_s3_exchange({**GOOD, "endpoint": endpoint}).endpoint == endpoint


@pytest.mark.parametrize("endpoint", [
    "http://s3.example.org",                      # clear text over a network
    "http://10.0.0.5:7480",
    "ftp://s3.example.org",
    "https://user:secret@s3.example.org",         # credentials in the URL
    "https://s3.example.org/other-bucket",        # a path that changes what is addressed
    "https://s3.example.org?x=1",
    "https://s3.example.org#frag",
    "https://s3.example.org:99999",
    "https://s3.exa mple.org",
    "https://s3.exаmple.org",                     # Cyrillic a: looks like the real host
    "https://",
    "s3.example.org",
    "https://s3.example.org\n",
])
def test_endpoints_that_are_not_an_https_host_are_refused(endpoint: str) -> None:
    with pytest.raises(SettingsRefused, match=r"^s3\.endpoint: ") as caught:
        parse_s3_exchange({**GOOD, "endpoint": endpoint})
    assert "example" not in str(caught.value)  # the field is named, the value never echoed


@pytest.mark.parametrize(("field", "value"), [
    ("bucket", "Exchange"), ("bucket", "ab"), ("bucket", "a" * 64), ("bucket", "-exchange"),
    ("bucket", "ex/change"), ("bucket", 7),
    ("workstation", "WS-017"), ("workstation", "ws_017"), ("workstation", ""),
    ("workstation", "ws/../other"), ("workstation", "ws-0１7"),
    ("region", "EU"), ("region", "eu central"), ("region", ""),
    ("prefix", "team-a"), ("prefix", "/team-a/"), ("prefix", "../"), ("prefix", "a/b/c/d/e/"),
    ("prefix", "Team/"),
    ("ca_certificates", "not a certificate"), ("ca_certificates", PEM + "\x00"),
    ("ca_certificates", "x" * 70000 + PEM), ("ca_certificates", ["-----BEGIN CERTIFICATE-----"]),
    ("poll_seconds", 9), ("poll_seconds", 3601), ("poll_seconds", True), ("poll_seconds", 60.5),
    ("poll_seconds", "60"),
])
def test_each_field_has_one_shape(field: str, value: object) -> None:
    with pytest.raises(SettingsRefused, match=rf"^s3\.{field}: "):
        parse_s3_exchange({**GOOD, field: value})


@pytest.mark.parametrize("missing", ["endpoint", "bucket", "workstation"])
def test_the_required_fields_must_be_there(missing: str) -> None:
    doc = {k: v for k, v in GOOD.items() if k != missing}
    with pytest.raises(SettingsRefused, match=rf"^s3\.{missing}: missing"):
        parse_s3_exchange(doc)


def test_an_unknown_field_is_refused() -> None:
    with pytest.raises(SettingsRefused, match="unknown field 'access_key'"):
        parse_s3_exchange({**GOOD, "access_key": "AKIA..."})  # credentials live in the keyring


def _profile_doc(exchange: object) -> bytes:
    doc = Profile("rev-042", Role.REVIEWER).to_json()
    doc["exchange"] = exchange
    return json.dumps(doc).encode()


def test_a_profile_carries_its_s3_exchange() -> None:
    s3 = parse_s3_exchange(GOOD)
    profile = Profile("rev-042", Role.REVIEWER, exchange=Exchange("", "", "", s3))
    assert parse_profile_body(profile.to_bytes()).exchange.s3 == s3
    assert parse_profile_body(Profile("rev-042", Role.REVIEWER).to_bytes()).exchange.s3 is None


def test_a_profile_with_a_bad_s3_exchange_is_refused_by_field() -> None:
    with pytest.raises(TrustRefused, match=r"profile refused: exchange: s3\.endpoint"):
        parse_profile_body(_profile_doc({"s3": {**GOOD, "endpoint": "http://evil.example"}}))
    with pytest.raises(TrustRefused, match="must hold only"):
        parse_profile_body(_profile_doc({"ftp": "x"}))
