"""The packaging scripts live under resources/packaging (not a package): import them by path."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "resources" / "packaging"

# Only check-deb.sh, with the package installed, runs the installed-app comparison (it sets
# REVIEWER_INSTALLED_APP); elsewhere there is nothing to compare, so it is not collected
# rather than skipped.
collect_ignore = [] if os.environ.get("REVIEWER_INSTALLED_APP") else ["test_installed_app.py"]


def load_script(relative: str) -> ModuleType:
    path = PACKAGING / relative
    name = "packaging_" + path.stem
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bundle_policy() -> ModuleType:
    return load_script("bundle_policy.py")


@pytest.fixture(scope="session")
def deb_depends() -> ModuleType:
    return load_script("linux/deb_depends.py")


@pytest.fixture(scope="session")
def elfinfo() -> ModuleType:
    return load_script("linux/elfinfo.py")


@pytest.fixture(scope="session")
def strip_debug() -> ModuleType:
    return load_script("linux/strip_debug.py")


@pytest.fixture(scope="session")
def launcher() -> ModuleType:
    return load_script("launcher.py")


@pytest.fixture(scope="session")
def make_metainfo() -> ModuleType:
    return load_script("linux/make_metainfo.py")


@pytest.fixture(scope="session")
def make_man() -> ModuleType:
    return load_script("linux/make_man.py")


@pytest.fixture(scope="session")
def make_completions() -> ModuleType:
    return load_script("linux/make_completions.py")


@pytest.fixture(scope="session")
def make_sbom() -> ModuleType:
    return load_script("linux/make_sbom.py")


@pytest.fixture(scope="session")
def deb_tidy() -> ModuleType:
    return load_script("linux/deb_tidy.py")


@pytest.fixture(scope="session")
def deb_copyright() -> ModuleType:
    return load_script("linux/deb_copyright.py")
