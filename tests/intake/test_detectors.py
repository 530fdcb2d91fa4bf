"""The detectors against hostile spellings of every identity class, and ordinary text.

The hostile corpus (`corpus_hostile.py`) holds at least fourteen spellings per class: in an
assistant's answer each must be masked (its secret part gone), and in text the organisation
writes (prompts, options, question ids) each must be refused. The ordinary corpus holds more
than 400 answers and 100 prompts full of numbers that name nobody: none may be touched.
"""

from __future__ import annotations

import pytest

from reviewer.intake.detect.find import Mode, find_identity, identity_kind
from reviewer.intake.masking import TAGS, mask_identity
from tests.intake.corpus_hostile import HOSTILE
from tests.intake.corpus_ordinary import ORDINARY_PROMPTS, ORDINARY_RESPONSES

CASES = [(kind, text, secret) for kind, cases in HOSTILE.items() for text, secret in cases]


def test_every_class_has_at_least_ten_spellings() -> None:
    assert {kind: len(cases) >= 10 for kind, cases in HOSTILE.items()} == dict.fromkeys(
        HOSTILE, True)
    assert {"phone", "email", "coordinates", "plus_code", "iban", "card", "imei", "mac",
            "serial", "ip", "ssn", "address", "postcode"} <= set(HOSTILE)


@pytest.mark.parametrize("region", ["US", "DE", None])
@pytest.mark.parametrize(("kind", "text", "secret"), CASES)
def test_hostile_spelling_is_masked(kind: str, text: str, secret: str,
                                    region: str | None) -> None:
    masked = mask_identity(text, region)
    assert secret not in masked
    assert any(tag in masked for tag in set(TAGS.values()))


@pytest.mark.parametrize(("kind", "text", "secret"), CASES)
def test_hostile_spelling_is_refused_in_organisation_text(kind: str, text: str,
                                                          secret: str) -> None:
    assert identity_kind(text, "US", Mode.METADATA) is not None


def test_ordinary_corpus_is_big_enough() -> None:
    assert len(set(ORDINARY_RESPONSES)) >= 300
    assert len(set(ORDINARY_PROMPTS)) >= 80


@pytest.mark.parametrize("region", ["US", "GB", "DE", None])
def test_ordinary_answers_are_never_masked(region: str | None) -> None:
    touched = [t for t in ORDINARY_RESPONSES if mask_identity(t, region) != t]
    assert touched == []


def test_ordinary_prompts_and_options_are_never_refused() -> None:
    refused = [(t, identity_kind(t, "US", Mode.METADATA)) for t in ORDINARY_PROMPTS
               if identity_kind(t, "US", Mode.METADATA)]
    assert refused == []


@pytest.mark.parametrize(("text", "masked"), [
    ("Calling Anna at +1 415-555-0142.", "Calling Anna at [PHONE]."),
    ("Her number is (415) 555 0142", "Her number is [PHONE]"),
    ("Sent to zed.quill@example.org!", "Sent to [EMAIL]!"),
    ("You are at 48.858370, 2.294481 now", "You are at [COORDINATES] now"),
    ("Navigating to 221B Baker Street, London", "Navigating to [ADDRESS], London"),
    ("Card 4111 1111 1111 1111 saved", "Card [CARD] saved"),
    ("Router is 192.0.2.1", "Router is [IP]"),
    ("a@b.io or +44 20 7946 0958", "[EMAIL] or [PHONE]"),
    ("IBAN GB82 WEST 1234 5698 7654 32.", "IBAN [IBAN]."),
    ("Write to zed [at] example [dot] org", "Write to [EMAIL]"),
])
def test_masking_replaces_exactly_the_value(text: str, masked: str) -> None:
    assert mask_identity(text, "US") == masked


def test_invisible_characters_do_not_split_a_number() -> None:
    text = "Call 415\u200b555\u200b0142 or 4\u2060155\u00ad5550199"
    assert mask_identity(text, "US") in ("Call [PHONE] or [PHONE]", "Call [PHONE] or [NUMBER]")


def test_spans_map_back_to_the_original_through_full_width_forms() -> None:
    text = "x \uff0b\uff14\uff14 \uff12\uff10 \uff17\uff19\uff14\uff16 \uff10\uff19\uff15\uff18 y"
    [match] = find_identity(text)
    assert (text[:match.start], text[match.end:]) == ("x ", " y")


def test_national_numbers_of_another_region_are_still_caught() -> None:
    """Region only names a phone as such; any long number is masked anyway."""
    for region in ("US", "JP", None):
        assert mask_identity("Ring 020 7946 0958 now", region) in (
            "Ring [PHONE] now", "Ring [NUMBER] now")
    assert mask_identity("Ring 020 7946 0958 now", "GB") == "Ring [PHONE] now"


@pytest.mark.parametrize("text", [
    "It is 12:30 on 2026-11-01.", "That costs 1,234.56 dollars.", "Population 3 645 000.",
    "Between 1989-1994 it grew.", "Build 22631.3296 is ready.", "Pi is 3.14159.",
    "Dates 01/11/2026 and 11.01.2026.", "Compact date 20261101.",
])
def test_numbers_that_name_nobody_are_kept(text: str) -> None:
    assert mask_identity(text, "US") == text
