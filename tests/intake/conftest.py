"""Helpers for identity-gate tests: build a package, run the gate, look at the problems."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.gate_report import PackageRefused, Problem
from reviewer.core.package import AcceptedPackage
from reviewer.intake.gate import read_package
from tests.support.package_builder import PackageBuilder


@pytest.fixture
def builder() -> PackageBuilder:
    """A valid package of two one-second clips."""
    b = PackageBuilder()
    b.add_clip()
    b.add_clip()
    return b


def refusal(path: Path) -> list[Problem]:
    """The problems the gate reports for `path`; fails the test if the package is accepted."""
    with pytest.raises(PackageRefused) as info:
        read_package(path)
    problems = list(info.value.problems)
    assert problems, "a refusal must carry at least one problem"
    return problems


def rules(problems: list[Problem]) -> set[str]:
    return {p.rule for p in problems}


Gate = Callable[[PackageBuilder], list[Problem]]


@pytest.fixture(params=["dir", "zip"])
def gate_refuses(request: pytest.FixtureRequest, tmp_path: Path) -> Gate:
    """Writes the builder's package as a folder and as a zip; returns the problems."""
    def run(b: PackageBuilder) -> list[Problem]:
        if request.param == "dir":
            return refusal(b.write_dir(tmp_path / "pkg"))
        return refusal(b.write_zip(tmp_path / "pkg.zip"))
    return run


@pytest.fixture(params=["dir", "zip"])
def gate_accepts(request: pytest.FixtureRequest,
                 tmp_path: Path) -> Callable[[PackageBuilder], AcceptedPackage]:
    def run(b: PackageBuilder) -> AcceptedPackage:
        if request.param == "dir":
            return read_package(b.write_dir(tmp_path / "pkg"))
        return read_package(b.write_zip(tmp_path / "pkg.zip"))
    return run
