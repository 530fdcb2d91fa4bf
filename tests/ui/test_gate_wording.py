"""A refused package's report in the window: every fixed message the identity gate can give
is translated (the list in ui/gate_wording.py is checked against the gate's sources), the
headline counts with plural forms, and a message built with a value passes as written."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.core.gate_report import PackageRefused, Problem
from reviewer.intake.problems import worded
from reviewer.ui.gate_wording import KIND_WORDS, MESSAGES, report_text
from reviewer.ui.i18n import install_language
from tests.support.translations import ensure_compiled

ROOT = Path(__file__).resolve().parents[2]
# Where the gate's messages are written, and the argument that carries one, per call.
SOURCES = [*sorted((ROOT / "reviewer" / "intake").glob("*.py")),
           ROOT / "reviewer" / "core" / "text_rules.py"]
MESSAGE_ARGUMENT = {"add": 2, "Problem": 2, "EntryError": 1, "AudioRefused": 0,
                    "_clip_problem": 3, "refuse": 2, "JsonRefused": 0, "worded": 2}
RETURNED_MESSAGES = ("paths.py", "zipextra.py", "shapes.py")  # functions returning a message
MESSAGE_CONSTANTS = ("text_rules.py", "reader.py", "shapes.py")  # UPPER_CASE = "message"


def _text(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _returned_or_constant(node: ast.AST, file: str) -> bool:
    """`return "message"` in a message function, `UPPER = "message"`, or a message chosen
    before it is given (`message = "..."`)."""
    if isinstance(node, ast.Return):
        return file in RETURNED_MESSAGES
    if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "message"
                                            for t in node.targets):
        return True
    return (isinstance(node, ast.Assign) and file in MESSAGE_CONSTANTS
            and any(isinstance(t, ast.Name) and t.id.isupper() for t in node.targets))


def gate_messages() -> set[str]:
    """Every fixed message in the gate's sources (a literal, not built with a value)."""
    found: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = None
            if isinstance(node, ast.Call):
                func = node.func
                name = (func.attr if isinstance(func, ast.Attribute)
                        else func.id if isinstance(func, ast.Name) else "")
                where = MESSAGE_ARGUMENT.get(name)
                if where is not None and len(node.args) > where:
                    text = _text(node.args[where])
            elif _returned_or_constant(node, path.name):
                text = _text(node.value)  # type: ignore[attr-defined]
            if text and " " in text:
                found.add(text)
    return found


def test_every_fixed_gate_message_is_worded() -> None:
    found = gate_messages()
    assert len(found) >= 60  # the scan itself works
    assert "identity field; packages must not carry identity" in found
    assert found - MESSAGES == set()


@pytest.fixture
def german() -> Iterator[None]:
    ensure_compiled()
    install_language("de")
    try:
        yield
    finally:
        install_language("en")


REFUSED = PackageRefused([
    Problem("identity-key", "clips.jsonl", "identity field; packages must not carry identity",
            line=3, field="device_id"),
    worded("size", "package.json", "is longer than {cap} characters", field="questions",
           params={"cap": 200}),
    worded("identity-value", "package.json", "value looks like {kind}",
           field="questions[0].prompt", params={"kind": "phone"}),
    worded("path", "a\\b.wav", "entry name {problem}",
           params={"problem": "contains a backslash"}),
])


def test_the_report_reads_in_german(german: None) -> None:
    lines = report_text(REFUSED).splitlines()
    assert lines[0] == "Paket abgelehnt: 4 Probleme; es wurde nichts importiert."
    assert lines[1] == ("  clips.jsonl:3: device_id: Identitätsfeld; Pakete dürfen keine "
                        "Identitätsdaten enthalten [identity-key]")
    assert lines[2] == "  package.json: questions: ist länger als 200 Zeichen [size]"
    assert lines[3] == ("  package.json: questions[0].prompt: der Wert sieht nach einer "
                        "Telefonnummer aus [identity-value]")
    assert lines[4] == "  a\\b.wav: Eintragsname enthält einen Backslash [path]"


def test_every_kind_of_identity_data_is_worded() -> None:
    from reviewer.intake.detect.common import KINDS

    assert KIND_WORDS == KINDS


def test_the_gate_keeps_the_values_of_a_message_apart() -> None:
    """The gate's own problem for an over-long prompt carries its wording and its cap."""
    from reviewer.intake.header import parse_header

    header = (b'{"format": "x", "package_id": "p"}')
    problems = parse_header(header).problems
    format_problem = next(p for p in problems if p.field == "format")
    assert format_problem.template == "must be {value}"
    assert str(dict(format_problem.params)["value"]) in format_problem.message


def test_the_english_report_is_core_s() -> None:
    install_language("en")
    assert report_text(REFUSED) == REFUSED.report().replace("4 problem(s)", "4 problems")
    one = PackageRefused(REFUSED.problems[:1])
    assert report_text(one).splitlines()[0] == ("Package refused: 1 problem; nothing was "
                                                "imported.")
