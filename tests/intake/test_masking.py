"""assistant_response is masked at import (with the package's region); speaker text is not."""

from __future__ import annotations

from typing import Any

from tests.support.package_builder import PackageBuilder


def test_gate_masks_assistant_response_only(builder: PackageBuilder, gate_accepts: Any) -> None:
    builder.lines[0].update(assistant_response="Calling Anna at +1 415 555 0142.",
                            pred_text="call anna at +1 415 555 0142",
                            prior_text="call anna at +1 415 555 0142")
    record = gate_accepts(builder).clips[0].record
    assert record.assistant_response == "Calling Anna at [PHONE]."
    assert record.pred_text == "call anna at +1 415 555 0142"
    assert record.prior_text == "call anna at +1 415 555 0142"


def test_national_numbers_use_the_package_region(builder: PackageBuilder,
                                                 gate_accepts: Any) -> None:
    builder.header["locale"] = "en-GB"
    builder.lines[0]["assistant_response"] = "Ringing 020 7946 0958."
    assert gate_accepts(builder).clips[0].record.assistant_response == "Ringing [PHONE]."


def test_invisible_and_direction_characters_are_dropped_not_refused(
        builder: PackageBuilder, gate_accepts: Any) -> None:
    builder.lines[0]["assistant_response"] = "Done\u202e.\nCall\u200b 415\u2060555\u20600142"
    assert gate_accepts(builder).clips[0].record.assistant_response == "Done. Call [PHONE]"


def test_persian_joiners_in_speech_are_kept(builder: PackageBuilder, gate_accepts: Any) -> None:
    text = "می\u200cخواهم"  # ZWNJ is part of Persian spelling
    builder.lines[0].update(pred_text=text, assistant_response=text)
    record = gate_accepts(builder).clips[0].record
    assert record.pred_text == text
    assert record.assistant_response == text
