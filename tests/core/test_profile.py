from __future__ import annotations

import base64
import copy
from typing import Any

import pytest

from reviewer.core.errors import RefusedInput
from reviewer.core.profile import PROFILE_FORMAT, Role, parse_profile

RECIPIENT = "age1" + "q" * 58
SIGNING = base64.b64encode(bytes(range(32))).decode()


OTHER = "age1" + "p" * 58
SIGNING_2 = base64.b64encode(bytes(range(1, 33))).decode()


def valid() -> dict[str, Any]:
    return {
        "format": PROFILE_FORMAT,
        "reviewer": "rev-0042",
        "role": "reviewer",
        "workstation": {"age": OTHER, "ed25519": SIGNING_2},
        "leads": [{"pseudonym": "lead-a", "age": RECIPIENT, "ed25519": SIGNING}],
        "export_recipients": [OTHER],
        "exchange": {"inbox": "/srv/x/in", "outbox": "/srv/x/out", "escalations": "/srv/x/esc"},
        "support_text": "Talk to your lead, or call the support line.",
        "issued": "2026-11-01", "expires": "2027-05-01",
    }


def test_valid_profile_parses_and_round_trips() -> None:
    p = parse_profile(valid())
    assert p.role is Role.REVIEWER
    assert p.escalation_recipients == (RECIPIENT,)
    assert p.lead_signing_keys == {"lead-a": SIGNING}
    assert parse_profile(p.to_json()) == p


@pytest.mark.parametrize(("path", "value", "field"), [
    (("format",), "reviewer-profile/1", "format"),
    (("reviewer",), "jane.doe@example.com", "reviewer"),
    (("role",), "admin", "role"),
    (("leads",), [{"pseudonym": "lead-a", "age": "not-a-key", "ed25519": SIGNING}],
     "leads[0].age"),
    (("leads",), [{"pseudonym": "lead-a", "age": RECIPIENT, "ed25519": SIGNING},
                  {"pseudonym": "lead-b", "age": RECIPIENT, "ed25519": SIGNING_2}], "leads"),
    (("leads",), [{"pseudonym": "lead-a", "age": RECIPIENT, "ed25519": "short"}],
     "leads[0].ed25519"),
    (("exchange", "inbox"), 5, "exchange.inbox"),
    (("support_text",), "x" * 5000, "support_text"),
    (("expires",), "next year", "expires"),
    (("workstation",), {"age": OTHER}, "workstation"),
])
def test_bad_fields_are_named_and_their_values_never_echoed(
        path: tuple[str, ...], value: object, field: str) -> None:
    data = copy.deepcopy(valid())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(RefusedInput) as info:
        parse_profile(data)
    message = str(info.value)
    assert field in message
    if isinstance(value, str) and len(value) > 4:
        assert value not in message


def test_unknown_keys_are_refused_without_echoing_identity_shaped_names() -> None:
    data = valid()
    data["device_serial"] = "SN-123"
    with pytest.raises(RefusedInput, match="unknown key <key>"):
        parse_profile(data)
    data = valid()
    data["+1 555 0100"] = "x"
    with pytest.raises(RefusedInput) as info:
        parse_profile(data)
    assert "555" not in str(info.value)


def test_non_object_document_is_refused() -> None:
    with pytest.raises(RefusedInput, match="JSON object"):
        parse_profile(["not", "a", "profile"])
