"""Text must be valid Unicode, and what the organisation writes must be plainly visible.

A lone surrogate can be spelled in JSON (`"\\ud800"`) and decodes to a Python string that no
encoder accepts: the gate must refuse it (once passing `check` made `import` fail with an
internal error). Controls, bidi overrides and invisible characters hide or disguise data in
ids and prompts; in what someone said they are refused too, except the joiners that Persian
and Indic spelling need.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer import cli
from reviewer.core.text_rules import TextFault, TextKind, text_fault, visible
from reviewer.intake.header import parse_header
from tests.intake.conftest import Gate
from tests.support.package_builder import PackageBuilder

HIDDEN = {
    "zero width space": "\u200b", "zero width joiner": "\u200d", "word joiner": "\u2060",
    "soft hyphen": "\u00ad", "right-to-left override": "\u202e", "left-to-right mark": "\u200e",
    "first strong isolate": "\u2068", "Hangul filler": "\u3164", "halfwidth Hangul filler":
    "\uffa0", "Braille blank": "\u2800", "variation selector": "\ufe0f", "tag letter": "\U000E0041",
    "variation selector supplement": "\U000E0100",
    "BOM": "\ufeff", "Mongolian vowel separator": "\u180e", "combining grapheme joiner": "\u034f",
    "line separator": "\u2028", "private use": "\ue000", "bell": "\x07", "newline": "\n",
}


@pytest.mark.parametrize("name", sorted(HIDDEN))
def test_hidden_characters_are_refused_in_metadata(name: str) -> None:
    assert text_fault(f"Was it{HIDDEN[name]} on purpose?", TextKind.METADATA) is not None


@pytest.mark.parametrize("name", sorted(HIDDEN))
def test_hidden_characters_refuse_a_prompt_and_an_option(name: str) -> None:
    header = {**PackageBuilder().header, "questions": [
        {"id": "a", "prompt": f"Ok{HIDDEN[name]}?", "kind": "choice",
         "options": ["yes", f"n{HIDDEN[name]}o"]}]}
    fields = {(p.rule, p.field) for p in parse_header(json.dumps(header).encode()).problems}
    assert {("unicode", "questions[0].prompt"), ("unicode", "questions[0].options[1]")} <= fields


def test_speech_keeps_joiners_but_not_overrides() -> None:
    assert text_fault("می\u200cخواهم", TextKind.SPEECH) is None
    assert text_fault("abc\u202edef", TextKind.SPEECH) is TextFault.BIDI
    assert text_fault("a\x00b", TextKind.SPEECH) is TextFault.CONTROL


def test_visible_drops_what_draws_nothing() -> None:
    assert visible("\u3164\u200b\u2800 \ufe0f") == " "
    assert visible("plain text") == "plain text"


@pytest.mark.parametrize("field", ["pred_text", "prior_text", "assistant_response"])
def test_lone_surrogate_is_refused_by_check(
        builder: PackageBuilder, tmp_path: Path, field: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`import` runs the same gate: tests/workflows/test_one_gate.py."""
    manifest = builder.manifest_bytes().replace(
        b'"pred_text": "test clip 1"', f'"{field}": "call \\ud800 me"'.encode(), 1)
    builder.manifest_bytes = lambda: manifest  # type: ignore[method-assign]
    root = builder.write_dir(tmp_path / "p")
    assert cli.main(["check", str(root)]) == 2
    report = capsys.readouterr().out
    assert f"clips.jsonl:1: {field}: is not valid Unicode" in report


@pytest.mark.parametrize(("field", "value"), [
    ("pred_text", "hello\u202ewor"), ("prior_text", "a\u0007b"), ("pred_text", "x\u200by"),
])
def test_hidden_characters_in_speech_are_refused(builder: PackageBuilder, gate_refuses: Gate,
                                                 field: str, value: str) -> None:
    builder.lines[0][field] = value
    assert ("unicode", field) in {(p.rule, p.field) for p in gate_refuses(builder)}
