"""WER for the export: normalised, and None where jiwer's WER is undefined."""

from __future__ import annotations

import pytest

from reviewer.workflows.wer import word_error_rate


@pytest.mark.parametrize(("reference", "hypothesis", "expected"), [
    ("Turn on the lights.", "turn on the lights", 0.0),
    ("turn on the lights", "turn off the light", 0.5),
    ("play jazz", "play some jazz", 0.5),
    ("play jazz", "", 1.0),
    ("play jazz", "...", 1.0),
    ("", "anything", None),
    ("  ", "anything", None),
    ("play jazz", None, None),
])
def test_word_error_rate(reference: str, hypothesis: str | None,
                         expected: float | None) -> None:
    assert word_error_rate(reference, hypothesis) == expected
