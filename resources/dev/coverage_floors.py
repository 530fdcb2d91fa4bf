"""Fail when a package's test coverage falls below its floor in pyproject.toml.

    python resources/dev/coverage_floors.py COVERAGE_JSON [PYPROJECT]

COVERAGE_JSON is what `coverage json` (or pytest-cov's `--cov-report=json:FILE`) writes.
The floors are the table `[tool.reviewer.coverage-floors]`: each key is a folder of the
repository ("reviewer" for the whole package, "reviewer/core" for one layer), each value
`{ lines = N, branches = N }` with either or both, in percent. pytest-cov's
`--cov-fail-under` knows one global figure only; this knows one per package, and lines and
branches apart (a branch floor is the one that notices an untested `else`).

Prints every floor with its figure; exits 1 when one is missed, 2 when the input is unusable.
A figure two points or more above its floor is pointed out: raise the floor (a ratchet).
"""

from __future__ import annotations

import json
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KINDS = ("lines", "branches")
# A figure this many points above its floor is pointed out, with the floor pyproject.toml's
# rule gives it: the figure less half a point (what varies from run to run), rounded down.
RATCHET_HINT = 2.0


@dataclass
class Tally:
    lines: int = 0
    lines_covered: int = 0
    branches: int = 0
    branches_covered: int = 0

    def percent(self, kind: str) -> float | None:
        total, covered = ((self.lines, self.lines_covered) if kind == "lines"
                          else (self.branches, self.branches_covered))
        return None if total == 0 else 100.0 * covered / total


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def tally(report: dict[str, Any], folder: str) -> Tally:
    """Lines and branches of every measured file under `folder` (paths as the report has
    them: relative to where coverage ran)."""
    files = report.get("files")
    if not isinstance(files, dict):
        raise ValueError("no 'files' in the coverage report")
    out = Tally()
    for path, entry in files.items():
        if not _inside(Path(path).as_posix(), folder):
            continue
        summary = entry["summary"]
        out.lines += summary["num_statements"]
        out.lines_covered += summary["covered_lines"]
        out.branches += summary.get("num_branches", 0)
        out.branches_covered += summary.get("covered_branches", 0)
    return out


def floors(pyproject: Path) -> dict[str, dict[str, float]]:
    table = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    found = table.get("tool", {}).get("reviewer", {}).get("coverage-floors")
    if not isinstance(found, dict) or not found:
        raise ValueError(f"{pyproject} has no [tool.reviewer.coverage-floors] table")
    out: dict[str, dict[str, float]] = {}
    for folder, limits in found.items():
        if not isinstance(limits, dict) or not limits or set(limits) - set(KINDS):
            raise ValueError(f"coverage floor {folder!r}: give lines and/or branches")
        out[folder] = {kind: float(limits[kind]) for kind in KINDS if kind in limits}
    return out


def check(report: dict[str, Any], wanted: dict[str, dict[str, float]]) -> list[str]:
    """One line per floor; lines of missed floors start with 'FAIL'."""
    if report.get("meta", {}).get("branch_coverage") is False and any(
            "branches" in limits for limits in wanted.values()):
        raise ValueError("the report has no branch data: measure with --cov-branch")
    out = []
    for folder, limits in wanted.items():
        counts = tally(report, folder)
        for kind, floor in limits.items():
            figure = counts.percent(kind)
            if figure is None:
                out.append(f"FAIL {folder}: no {kind} measured (is the path right?)")
            elif figure < floor:
                out.append(f"FAIL {folder}: {kind} {figure:.2f}% is below its floor of "
                           f"{floor:g}%")
            else:
                hint = (f" (raise the floor to {int(figure - 0.5)})"
                        if figure - floor >= RATCHET_HINT else "")
                out.append(f"ok   {folder}: {kind} {figure:.2f}% >= {floor:g}%{hint}")
    return out


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    pyproject = Path(argv[1]) if len(argv) == 2 else Path("pyproject.toml")
    try:
        report = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
        lines = check(report, floors(pyproject))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"coverage floors: {exc}", file=sys.stderr)
        return 2
    print("\n".join(f"coverage floors: {line}" for line in lines))
    return 1 if any(line.startswith("FAIL") for line in lines) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
