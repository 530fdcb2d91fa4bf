"""assistant_response is masked at import; speaker text is not."""

from __future__ import annotations

from typing import Any

import pytest

from reviewer.intake.masking import mask_identity
from tests.support.package_builder import PackageBuilder


@pytest.mark.parametrize(("text", "masked"), [
    ("Calling Anna at +1 415-555-0142.", "Calling Anna at [PHONE]."),
    ("Her number is (415) 555 0142", "Her number is [PHONE]"),
    ("Sent to zed.quill@example.org!", "Sent to [EMAIL]!"),
    ("You are at 48.858370, 2.294481 now", "You are at [COORDINATES] now"),
    ("Navigating to 221B Baker Street, London", "Navigating to [ADDRESS], London"),
    ("Card 4111 1111 1111 1111 saved", "Card [CARD] saved"),
    ("Router is 192.168.1.1", "Router is [IP]"),
    ("a@b.io or +44 20 7946 0958", "[EMAIL] or [PHONE]"),
])
def test_identity_is_masked(text: str, masked: str) -> None:
    assert mask_identity(text) == masked


@pytest.mark.parametrize("text", [
    "The timer is set for 10 minutes.", "It is 12:30 on 2026-11-01.",
    "That costs 1,234.56 dollars.", "Playing track 3 of 12.", "Sure, I can help with that.",
    "The temperature is 21.5 degrees.",
])
def test_ordinary_answers_are_untouched(text: str) -> None:
    assert mask_identity(text) == text


def test_gate_masks_assistant_response_only(builder: PackageBuilder, gate_accepts: Any) -> None:
    builder.lines[0].update(assistant_response="Calling Anna at +1 415 555 0142.",
                            pred_text="call anna at +1 415 555 0142",
                            prior_text="call anna at +1 415 555 0142")
    record = gate_accepts(builder).clips[0].record
    assert record.assistant_response == "Calling Anna at [PHONE]."
    assert record.pred_text == "call anna at +1 415 555 0142"
    assert record.prior_text == "call anna at +1 415 555 0142"


@pytest.mark.parametrize("text", ["1" * 20_000, "a" * 20_000, "1." * 10_000, "1-" * 10_000,
                                  "1°1'" * 5_000, "a@b.cc " * 2_800, "+1 415 555 0142 " * 1_250])
def test_long_hostile_text_is_scanned_in_linear_time(text: str) -> None:
    """A package may carry 20,000-character answers on every clip: no quadratic scans."""
    import time
    start = time.perf_counter()
    mask_identity(text)
    assert time.perf_counter() - start < 0.25
