"""Inputs built to make a scanner slow: repeated fragments of every detector's grammar.

Shared by the linear-time test (each at its field's cap) and the gate benchmark (which also
reports the worst case at each cap).
"""

from __future__ import annotations

import json
import random

from reviewer.intake import limits
from reviewer.intake.schema import (
    MAX_OPTION,
    MAX_PROMPT,
    MAX_RESPONSE,
    MAX_SHORT,
    MAX_TRANSCRIPT,
)

FRAGMENTS = [
    "1", "1.", "1-", "1 ", "+1 ", "(1) ", "1/", "1,", "12.345, ", "1°1'", "1° ", "N 1.1 ",
    "48.8583 ", "a@", "a.a@b.", "a at b dot ", "[at]", "(dot)", "a@b.cc ", "12 Street ",
    "Hauptstraße 1 ", "rue a ", "A1B2", "GB82 ", "DE89 3704 ", "::", "0:", "1.1.1.1 ",
    "00:11:22:", "8FW4+", "C02X", "lat ", "geo:1,", "x", " ", "\u200b1", "１", "SW1A 1AA ",
    "1234 AB ", "ab12cd34", "Am Weg 1 ", "1a, ",
]

CAPS = {"id": MAX_SHORT, "option": MAX_OPTION, "prompt": MAX_PROMPT,
        "assistant_response": MAX_RESPONSE, "transcript": MAX_TRANSCRIPT}


def at_cap(fragment: str, cap: int) -> str:
    """`fragment` repeated to exactly `cap` characters."""
    return (fragment * (cap // len(fragment) + 1))[:cap]


def random_text(cap: int, seed: int) -> str:
    rng = random.Random(seed)
    alphabet = "0123456789 .,-+()@:/°'\"NSEWabcxyzAB[]_"
    return "".join(rng.choice(alphabet) for _ in range(cap))


def worst_header(fragment: str) -> bytes:
    """A header whose prompts and options fill the detectors' budget, all `fragment`, followed
    by more (past the budget) that must not be scanned."""
    questions = [{"id": f"q{i}", "prompt": at_cap(fragment, MAX_PROMPT), "kind": "choice",
                  "options": [at_cap(fragment, MAX_OPTION - 1) + chr(97 + j)
                              for j in range(20)]} for i in range(20)]
    header = {"format": "reviewer-package/1", "package_id": at_cap(fragment, MAX_SHORT),
              "task": "transcribe", "locale": "en-US", "created": "2026-11-01",
              "retention_days": 30, "questions": questions}
    return json.dumps(header).encode()


def worst_line(fragment: str) -> bytes:
    """One manifest line near the line cap: every text field at its cap."""
    line = {"clip_id": at_cap(fragment, MAX_SHORT), "audio_filepath": "audio/x.wav",
            "duration": 1.0, "assistant_response": at_cap(fragment, MAX_RESPONSE),
            "pred_text": at_cap(fragment, MAX_TRANSCRIPT),
            "prior_text": at_cap(fragment, MAX_TRANSCRIPT)}
    data = json.dumps(line, ensure_ascii=False).encode()
    assert len(data.decode()) <= limits.MAX_MANIFEST_LINE  # the cap counts characters
    return data + b"\n"


def oversized(fragment: str) -> list[bytes]:
    """Fields far past their caps (the issue's 40,000 and 60,000 spaces) and a 1 MiB header."""
    spaces = {"package_id": "48.8583" + " " * 40_000, "locale": "en" + "-a" * 30_000}
    header = json.dumps({**json.loads(worst_header("x")), **spaces}).encode()
    line = json.dumps({"clip_id": "1.5" + " " * 60_000, "audio_filepath": "a",
                       "duration": 1}).encode()
    big = json.dumps({"format": at_cap(fragment, limits.MAX_HEADER_BYTES - 20)}).encode()
    return [header, line, big[: limits.MAX_HEADER_BYTES]]
