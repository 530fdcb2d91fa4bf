"""resources/dev/coverage_floors.py: the per-package coverage gate `dev.sh test` runs."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "coverage_floors", ROOT / "resources" / "dev" / "coverage_floors.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


floors_script = _load()


def _file(statements: int, covered: int, branches: int, branches_covered: int
          ) -> dict[str, Any]:
    return {"summary": {"num_statements": statements, "covered_lines": covered,
                        "num_branches": branches, "covered_branches": branches_covered}}


REPORT: dict[str, Any] = {
    "meta": {"branch_coverage": True},
    "files": {
        "reviewer/core/a.py": _file(100, 99, 10, 10),
        "reviewer/core/b.py": _file(100, 93, 10, 8),    # core: 96% lines, 90% branches
        "reviewer/core_extra.py": _file(100, 0, 0, 0),  # not under reviewer/core
        "reviewer/workflows/w.py": _file(50, 50, 20, 17),
    },
}


def _pyproject(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.reviewer.coverage-floors]\n" + body, encoding="utf-8")
    return path


def _run(tmp_path: Path, floors_toml: str, report: dict[str, Any] = REPORT) -> int:
    data = tmp_path / "coverage.json"
    data.write_text(json.dumps(report), encoding="utf-8")
    result: int = floors_script.main([str(data), str(_pyproject(tmp_path, floors_toml))])
    return result


def test_a_package_is_its_folder_not_a_prefix_of_names() -> None:
    counts = floors_script.tally(REPORT, "reviewer/core")
    assert (counts.lines, counts.lines_covered) == (200, 192)
    assert counts.percent("branches") == 90.0


def test_floors_met_pass_and_say_where_to_ratchet(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(tmp_path, '"reviewer/core" = { lines = 94, branches = 90 }\n'
                          '"reviewer" = { lines = 69 }\n') == 0
    out = capsys.readouterr().out
    assert "ok   reviewer/core: lines 96.00% >= 94% (raise the floor to 95)" in out
    assert "ok   reviewer/core: branches 90.00% >= 90%\n" in out
    assert "ok   reviewer: lines 69.14% >= 69%\n" in out  # every file under reviewer/


def test_a_missed_floor_fails_and_names_the_package(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(tmp_path, '"reviewer/core" = { lines = 95 }\n'
                          '"reviewer/workflows" = { branches = 90 }\n') == 1
    assert ("FAIL reviewer/workflows: branches 85.00% is below its floor of 90%"
            in capsys.readouterr().out)


@pytest.mark.parametrize(("floors_toml", "message"), [
    ('"reviewer/cor" = { lines = 95 }\n', "no lines measured"),
    ('"reviewer/core" = { statements = 95 }\n', "give lines and/or branches"),
    ("", "has no [tool.reviewer.coverage-floors] table"),
])
def test_a_floor_that_measures_nothing_is_an_error(tmp_path: Path, floors_toml: str,
                                                   message: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(tmp_path, floors_toml) in (1, 2)
    captured = capsys.readouterr()
    assert message in captured.out + captured.err


def test_branch_floors_need_branch_data(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    report = {**REPORT, "meta": {"branch_coverage": False}}
    assert _run(tmp_path, '"reviewer/core" = { branches = 90 }\n', report) == 2
    assert "--cov-branch" in capsys.readouterr().err
