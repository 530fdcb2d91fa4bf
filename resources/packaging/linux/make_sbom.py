"""Writes the .deb's software bill of materials (CycloneDX 1.6 JSON) from the build itself.

    python make_sbom.py BUNDLE WORKDIR VERSION OUT.cdx.json
    python make_sbom.py --validate FILE.cdx.json

BUNDLE is PyInstaller's output folder and WORKDIR its work folder for the spec (it holds the
COLLECT and PYZ tables of contents: every bundled file and frozen module with the path it was
copied from). Each source path is attributed to what provided it:
- a Python distribution of the build environment (its RECORD lists the file): name, version
  and licence from its metadata;
- the Python runtime the bundle embeds (CPython, from sys.base_prefix);
- a Debian package (`dpkg -S`), with its installed version and the licence named by its
  machine-readable copyright file;
- the project itself (its own sources and resources).
A bundled binary that nothing claims fails the build: a security review must account for all
native code. Run with the project's Python (the 'package' extra provides cyclonedx-python-lib).
"""

from __future__ import annotations

import argparse
import ast
import importlib.metadata
import os
import platform
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cyclonedx.model import Property
from cyclonedx.model.bom import Bom
from cyclonedx.model.component import Component, ComponentType
from cyclonedx.model.license import License
from cyclonedx.output.json import JsonV1Dot6
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator
from packageurl import PackageURL

try:  # where cyclonedx-python-lib 11 keeps it (the old path warns that it is deprecated)
    from cyclonedx.contrib.license.factories import LicenseFactory
except ImportError:  # older releases
    from cyclonedx.factory.license import LicenseFactory

ROOT = Path(__file__).resolve().parents[3]
BINARY_TYPES = {"BINARY", "EXTENSION"}
# Trove classifiers that name exactly one SPDX licence (the rest are kept as named licences).
CLASSIFIER_SPDX = {
    "MIT License": "MIT",
    "ISC License (ISCL)": "ISC",
    "Python Software Foundation License": "PSF-2.0",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0-only",
    "GNU Library or Lesser General Public License (LGPL)": "LGPL-2.0-or-later",
    "The Unlicense (Unlicense)": "Unlicense",
    "Zope Public License": "ZPL-2.1",
}

# Free-text licence names seen in metadata, lower-cased -> the SPDX id they unambiguously mean.
NAME_SPDX = {
    "mit license": "MIT",
    "mit": "MIT",
    "bsd 3-clause license": "BSD-3-Clause",
    "bsd-3-clause license": "BSD-3-Clause",
    "apache 2.0": "Apache-2.0",
    "apache license 2.0": "Apache-2.0",
    "apache license, version 2.0": "Apache-2.0",
}
# Licence files with no licence in the metadata: texts recognised by their unmistakable
# opening (anything else stays without a licence rather than a guess).
LICENCE_TEXTS = [
    ("Permission is hereby granted, free of charge, to any person obtaining a copy", "MIT"),
    ("Apache License\nVersion 2.0, January 2004", "Apache-2.0"),
]


@dataclass
class Provider:
    """Whatever supplied some of the bundle's files."""
    kind: str  # "python", "runtime" or "debian"
    name: str
    version: str
    licences: list[str] = field(default_factory=list)
    files: set[str] = field(default_factory=set)


def read_toc(path: Path) -> list[tuple[str, str, str]]:
    """A PyInstaller table of contents (a Python literal): (name, source path, type) rows."""
    data = ast.literal_eval(path.read_text(encoding="utf-8"))
    rows = data[1] if isinstance(data, tuple) and isinstance(data[0], str) else data[0]
    return [(str(name), str(src), str(kind)) for name, src, kind in rows if src]


def bundled_sources(bundle: Path, workdir: Path) -> list[tuple[str, str, str]]:
    """(bundle path, source path, type) of everything in the bundle, frozen modules included."""
    rows: list[tuple[str, str, str]] = []
    for name, src, kind in read_toc(workdir / "COLLECT-00.toc"):
        # Removed after collection (e.g. trimmed by the spec): not in the package.
        if (bundle / name).exists() or (bundle / "_internal" / name).exists():
            rows.append((name, src, kind))
    for toc in sorted(workdir.glob("PYZ-*.toc")):
        rows += [(f"PYZ:{name}", src, kind) for name, src, kind in read_toc(toc)]
    return rows


def distribution_files() -> dict[str, importlib.metadata.Distribution]:
    """Path of every file a Python distribution installed -> that distribution."""
    owner: dict[str, importlib.metadata.Distribution] = {}
    for dist in importlib.metadata.distributions():
        for file in dist.files or ():
            owner[os.path.normpath(str(dist.locate_file(file)))] = dist
    return owner


def normalised(name: str) -> str:
    return NAME_SPDX.get(name.strip().lower(), name.strip())


def licence_from_files(dist: importlib.metadata.Distribution) -> list[str]:
    for name in dist.metadata.get_all("License-File") or []:
        for file in dist.files or ():
            if file.name == Path(name).name:
                try:
                    text = " ".join(Path(str(dist.locate_file(file))).read_text(
                        encoding="utf-8", errors="replace").split())
                except OSError:
                    continue
                for opening, spdx in LICENCE_TEXTS:
                    if " ".join(opening.split()) in text:
                        return [spdx]
    return []


def python_licences(dist: importlib.metadata.Distribution) -> list[str]:
    meta = dist.metadata
    expression = (meta.get_all("License-Expression") or [""])[0].strip()
    if expression:
        return [expression]
    declared = (meta.get_all("License") or [""])[0].strip()
    if declared and "\n" not in declared and len(declared) <= 80 and declared != "UNKNOWN":
        return [normalised(declared)]
    found = []
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::") and classifier.count("::") >= 2:
            label = classifier.split("::")[-1].strip()
            found.append(CLASSIFIER_SPDX.get(label, normalised(label)))
    return found or licence_from_files(dist)


def dpkg_owner(path: str) -> str | None:
    """The Debian package that installed path (trying the merged-/usr spellings too)."""
    real = os.path.realpath(path)
    candidates = dict.fromkeys([path, real] + [
        p.removeprefix("/usr") if p.startswith("/usr/") else "/usr" + p for p in (path, real)])
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True,
                                check=False, timeout=60)
        if result.returncode == 0 and ":" in result.stdout:
            return result.stdout.split(": ")[0].split(",")[0].strip()
    return None


def debian_version(package: str) -> str:
    return subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True,
                          text=True, check=True, timeout=60).stdout.strip()


def debian_licences(package: str) -> list[str]:
    """The licence of the `Files: *` stanza of a machine-readable copyright file, if any."""
    copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
    try:
        text = copyright_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    if not text.startswith("Format:"):
        return []
    for stanza in re.split(r"\n\s*\n", text):
        if re.search(r"^Files:\s*\*\s*$", stanza, re.MULTILINE):
            match = re.search(r"^License:[ \t]*(\S[^\n]*)", stanza, re.MULTILINE)
            return [debian_to_spdx(match.group(1).strip())] if match else []
    return []


def debian_to_spdx(name: str) -> str:
    """Debian's short licence names (copyright-format 1.0) as SPDX ids where they map 1:1."""
    gnu = re.fullmatch(r"(A?GPL|LGPL)-(\d)(?:\.(\d))?(\+)?", name)
    if gnu:
        family, major, minor, later = gnu.groups()
        return f"{family}-{major}.{minor or 0}-{'or-later' if later else 'only'}"
    return {"Expat": "MIT", "BSD-3-clause": "BSD-3-Clause", "BSD-2-clause": "BSD-2-Clause",
            "Zlib": "Zlib", "ISC": "ISC"}.get(name, name)


def attribute(rows: Iterable[tuple[str, str, str]], project: Path) -> dict[str, Provider]:
    owners = distribution_files()
    base = os.path.realpath(sys.base_prefix)
    providers: dict[str, Provider] = {}
    unclaimed: list[str] = []
    for name, src, kind in rows:
        real = os.path.realpath(src)
        dist = owners.get(os.path.normpath(src)) or owners.get(real)
        if dist is not None:
            dist_name = dist.metadata["Name"]
            if dist_name.lower() == "reviewer":
                continue  # the project itself (an editable install)
            key = f"python:{dist_name.lower()}"
            if key not in providers:
                providers[key] = Provider("python", dist_name, dist.version,
                                          python_licences(dist))
        elif real.startswith(base + os.sep):
            key = "runtime:cpython"
            providers.setdefault(key, Provider("runtime", "CPython", platform.python_version(),
                                               ["PSF-2.0"]))
        elif real.startswith(str(project) + os.sep):
            continue  # the project's own sources, resources and build outputs
        elif (package := dpkg_owner(src)) is not None:
            key = f"debian:{package}"
            if key not in providers:
                providers[key] = Provider("debian", package, debian_version(package),
                                          debian_licences(package))
        else:
            if kind in BINARY_TYPES:
                unclaimed.append(f"{name} (from {src})")
            continue
        providers[key].files.add(name)
    if unclaimed:
        raise SystemExit("make_sbom: bundled binaries nothing claims: " + "; ".join(unclaimed))
    return providers


def os_release() -> dict[str, str]:
    values: dict[str, str] = {}
    try:
        lines = Path("/etc/os-release").read_text(encoding="utf-8").splitlines()
    except OSError:
        return values
    for line in lines:
        key, _, value = line.partition("=")
        values[key] = value.strip().strip('"')
    return values


def licences(names: list[str]) -> list[License]:
    factory = LicenseFactory()
    return [factory.make_from_string(name) for name in names]


def component(provider: Provider, distro: str) -> Component:
    purl: PackageURL | None
    if provider.kind == "python":
        purl = PackageURL("pypi", name=provider.name.lower(), version=provider.version)
        kind = ComponentType.LIBRARY
    elif provider.kind == "debian":
        package, _, arch = provider.name.partition(":")
        qualifiers = {"arch": arch or "amd64"}
        if distro:
            qualifiers["distro"] = distro
        purl = PackageURL("deb", "debian", package, provider.version, qualifiers)
        kind = ComponentType.LIBRARY
    else:
        purl = PackageURL("generic", name="cpython", version=provider.version)
        kind = ComponentType.PLATFORM
    return Component(
        name=provider.name, version=provider.version, type=kind, purl=purl,
        bom_ref=f"{provider.kind}:{provider.name}@{provider.version}",
        licenses=licences(provider.licences),
        properties=[Property(name="reviewer:bundled-files", value=str(len(provider.files)))])


def build_bom(providers: dict[str, Provider], version: str) -> Bom:
    release = os_release()
    distro = f"{release['ID']}-{release['VERSION_ID']}" if {"ID", "VERSION_ID"} <= set(release) \
        else ""
    bom = Bom()
    root = Component(name="reviewer", version=version, type=ComponentType.APPLICATION,
                     bom_ref=f"reviewer@{version}",
                     licenses=licences(["LicenseRef-proprietary"]),
                     description="Reviewer's Debian package (the bundle under /opt/reviewer)")
    bom.metadata.component = root
    parts = [component(providers[key], distro) for key in sorted(providers)]
    for part in parts:
        bom.components.add(part)
    bom.register_dependency(root, parts)
    return bom


def validate(text: str) -> None:
    errors = JsonStrictValidator(SchemaVersion.V1_6).validate_str(text)
    if errors is not None:
        raise SystemExit(f"make_sbom: the SBOM does not match CycloneDX 1.6: {errors}")


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--validate", metavar="FILE", help="only validate FILE against the schema")
    cli.add_argument("args", nargs="*", metavar="BUNDLE WORKDIR VERSION OUT")
    args = cli.parse_args()
    if args.validate:
        validate(Path(args.validate).read_text(encoding="utf-8"))
        return
    if len(args.args) != 4:
        cli.error("expected BUNDLE WORKDIR VERSION OUT")
    bundle, workdir, version, out = args.args
    providers = attribute(bundled_sources(Path(bundle), Path(workdir)), ROOT)
    text = JsonV1Dot6(build_bom(providers, version)).output_as_string(indent=2)
    validate(text)
    Path(out).write_text(text + "\n", encoding="utf-8")
    counts: defaultdict[str, int] = defaultdict(int)
    for provider in providers.values():
        counts[provider.kind] += 1
    print(f"SBOM: {counts['python']} Python distributions, {counts['debian']} Debian packages, "
          f"{counts['runtime']} runtime -> {out}")


if __name__ == "__main__":
    main()
