from __future__ import annotations

from reviewer.core.gate_report import PackageRefused, Problem


def test_problem_names_file_line_field_and_rule() -> None:
    p = Problem("identity-key", "clips.jsonl", "identity field refused", line=3, field="device_id")
    assert str(p) == "clips.jsonl:3: device_id: identity field refused [identity-key]"


def test_refusal_summarises_and_reports_every_problem() -> None:
    problems = [Problem("unknown-key", "package.json", "unknown key", field="extra"),
                Problem("audio", "audio/a.wav", "does not decode")]
    exc = PackageRefused(problems)
    assert "(and 1 more)" in str(exc)
    report = exc.report().splitlines()
    assert report[0].startswith("Package refused: 2 problem(s)")
    assert report[1:] == [f"  {p}" for p in problems]
    assert exc.exit_code == 2
