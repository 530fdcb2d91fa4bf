"""Every check is linear in its input: pathological text at each field's cap is judged in well
under half a second (the figures are in tests/perf/bench_gate.py). A slow check is a denial of
service: one crafted package would hang every reviewer's import."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial

import pytest

from reviewer.core.text_rules import TextKind, text_fault
from reviewer.intake.detect.find import Mode, identity_kind
from reviewer.intake.header import parse_header
from reviewer.intake.manifest import parse_clips
from reviewer.intake.masking import mask_identity
from tests.intake.pathological import (
    CAPS,
    FRAGMENTS,
    at_cap,
    oversized,
    random_text,
    worst_header,
    worst_line,
)

BOUND = 0.5
# Coverage's line tracing slows these loops several times over; what is timed is the code.
pytestmark = pytest.mark.no_cover


def _seconds(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_detectors_at_every_cap(fragment: str) -> None:
    slow = []
    for name, cap in CAPS.items():
        if name == "transcript":
            text = at_cap(fragment, cap)
            cost = _seconds(partial(text_fault, text, TextKind.SPEECH))
        elif name == "assistant_response":
            text = at_cap(fragment, cap)
            cost = _seconds(partial(mask_identity, text, "US"))
        else:
            text = at_cap(fragment, cap)
            cost = _seconds(partial(identity_kind, text, "US", Mode.METADATA))
        if cost > BOUND:
            slow.append((name, round(cost, 3)))
    assert slow == []


@pytest.mark.parametrize("seed", range(5))
def test_random_punctuation_soup_at_the_response_cap(seed: int) -> None:
    text = random_text(CAPS["assistant_response"], seed)
    assert _seconds(lambda: mask_identity(text, "US")) < BOUND


@pytest.mark.slow
@pytest.mark.parametrize("fragment", FRAGMENTS)
def test_whole_header_and_line_at_their_caps(fragment: str) -> None:
    header, line = worst_header(fragment), worst_line(fragment)
    assert _seconds(lambda: parse_header(header)) < BOUND
    assert _seconds(lambda: parse_clips(line, "US")) < BOUND


@pytest.mark.parametrize("data", oversized("1."), ids=["spaces-header", "spaces-line", "1MiB"])
def test_fields_past_their_caps_are_refused_at_once(data: bytes) -> None:
    assert _seconds(lambda: (parse_header(data), parse_clips(data, "US"))) < BOUND
