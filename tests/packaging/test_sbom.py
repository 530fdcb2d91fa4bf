"""The software bill of materials (make_sbom.py) from a small fake PyInstaller build whose
tables of contents point at real files of this machine: a Python distribution of the venv,
the standard library, a Debian package's binary and the project's own source."""

from __future__ import annotations

import importlib.metadata
import json
import os
import platform
import subprocess
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from packageurl import PackageURL

from tests.packaging.conftest import ROOT

DEBIAN_BINARY = "/usr/bin/bash"  # dpkg knows it as /bin/bash (merged /usr): both are tried


def fake_build(tmp_path: Path, extra: Sequence[tuple[str, str, str]] = ()) -> tuple[Path, Path]:
    """A bundle folder and PyInstaller work folder with COLLECT and PYZ tables of contents."""
    shtab = importlib.metadata.distribution("shtab")
    shtab_file = str(shtab.locate_file("shtab/__init__.py"))
    collect = [
        ("bash", DEBIAN_BINARY, "BINARY"),
        ("shtab/__init__.py", shtab_file, "DATA"),
        ("resources/cli.py", str(ROOT / "reviewer" / "cli.py"), "DATA"),
        ("dropped.so", "/nowhere/dropped.so", "BINARY"),  # trimmed: not in the bundle
        *extra,
    ]
    pyz = [("os", os.__file__, "PYMODULE"), ("shtab", shtab_file, "PYMODULE")]
    bundle, work = tmp_path / "bundle", tmp_path / "work"
    (bundle / "_internal" / "shtab").mkdir(parents=True)
    work.mkdir()
    for name, _src, _kind in collect:
        if name != "dropped.so":
            (bundle / "_internal" / name).parent.mkdir(parents=True, exist_ok=True)
            (bundle / "_internal" / name).write_text("")
    (work / "COLLECT-00.toc").write_text(repr((collect,)))
    (work / "PYZ-00.toc").write_text(repr((str(work / "PYZ-00.pyz"), pyz)))
    return bundle, work


def sbom(make_sbom: ModuleType, tmp_path: Path, extra: Sequence[tuple[str, str, str]] = ()
         ) -> dict[str, Any]:
    bundle, work = fake_build(tmp_path, extra)
    providers = make_sbom.attribute(make_sbom.bundled_sources(bundle, work), ROOT)
    text = make_sbom.JsonV1Dot6(make_sbom.build_bom(providers, "9.8.7")).output_as_string()
    make_sbom.validate(text)
    result: dict[str, Any] = json.loads(text)
    return result


def test_every_bundled_part_is_named_with_version_licence_and_purl(
        make_sbom: ModuleType, tmp_path: Path) -> None:
    bom = sbom(make_sbom, tmp_path)
    assert bom["bomFormat"] == "CycloneDX"
    assert bom["specVersion"] == "1.6"
    root = bom["metadata"]["component"]
    assert (root["name"], root["version"], root["type"]) == ("reviewer", "9.8.7", "application")
    by_name = {c["name"]: c for c in bom["components"]}
    assert set(by_name) == {"shtab", "CPython", "bash"}  # not the project's own file

    shtab = by_name["shtab"]
    version = importlib.metadata.version("shtab")
    assert shtab["version"] == version
    assert shtab["purl"] == f"pkg:pypi/shtab@{version}"
    assert shtab["licenses"] == [{"license": {"id": "MPL-2.0"}}]

    assert by_name["CPython"]["version"] == platform.python_version()
    assert by_name["CPython"]["type"] == "platform"

    bash = by_name["bash"]
    installed = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "bash"],
                               capture_output=True, text=True, check=True).stdout
    assert bash["version"] == installed
    purl = PackageURL.from_string(bash["purl"])
    assert (purl.type, purl.namespace, purl.name, purl.version) == \
        ("deb", "debian", "bash", installed)
    assert purl.qualifiers["arch"] == "amd64"
    # bash's copyright file is machine-readable: its `Files: *` licence is reported.
    assert bash["licenses"] == [{"license": {"id": "GPL-3.0-or-later"}}]  # Debian's "GPL-3+"

    # The application depends on every component.
    dependencies = {d["ref"]: d.get("dependsOn", []) for d in bom["dependencies"]}
    assert set(dependencies[root["bom-ref"]]) == {c["bom-ref"] for c in bom["components"]}


@pytest.mark.parametrize(("debian", "spdx"), [
    ("GPL-3+", "GPL-3.0-or-later"), ("LGPL-2.1", "LGPL-2.1-only"), ("Expat", "MIT"),
    ("BSD-3-clause", "BSD-3-Clause"), ("public-domain", "public-domain")])
def test_debian_licence_names_become_spdx_ids_only_where_they_match(
        make_sbom: ModuleType, debian: str, spdx: str) -> None:
    assert make_sbom.debian_to_spdx(debian) == spdx


def test_a_bundled_binary_nobody_claims_fails_the_build(
        make_sbom: ModuleType, tmp_path: Path) -> None:
    mystery = tmp_path / "mystery.so"
    mystery.write_bytes(b"\x7fELF")
    with pytest.raises(SystemExit, match=r"mystery\.so"):
        sbom(make_sbom, tmp_path, [("mystery.so", str(mystery), "BINARY")])


def test_the_validator_rejects_what_is_not_cyclonedx(make_sbom: ModuleType,
                                                     tmp_path: Path) -> None:
    bom = sbom(make_sbom, tmp_path)
    bom["components"][0]["type"] = "spaceship"
    with pytest.raises(SystemExit, match="CycloneDX"):
        make_sbom.validate(json.dumps(bom))
    del bom["bomFormat"]
    with pytest.raises(SystemExit, match="CycloneDX"):
        make_sbom.validate(json.dumps(bom))
