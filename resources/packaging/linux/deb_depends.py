"""Work out a .deb's `Depends` from what the frozen bundle really links to.

    python deb_depends.py BUNDLE_DIR      prints e.g. "libc6 (>= 2.36), libxcb-cursor0 (>= 0.1.4)"

Every ELF file in the bundle is run through `ldd` with the bundle's `_internal` folder on the
library path (as PyInstaller's bootloader arranges at run time). The libraries a file links
to directly (its DT_NEEDED entries) that resolve outside the bundle are mapped to their Debian
packages with `dpkg -S`; what those libraries need in turn is their packages' business, as
with dpkg-shlibdeps. A library `ldd` cannot find at all, directly or not, fails the build: the
bundle would be broken on every machine like this one. Minimum versions are the versions the
bundle was built and tested against.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from elfinfo import elf_files, read_elf

LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")
LDD_DIRECT = re.compile(r"^\s*(/\S+)\s+\(0x")
# Packages another one can stand in for, as Debian's own packages declare them (PortAudio
# runs with either JACK implementation).
ALTERNATIVES = {"libjack-jackd2-0": "libjack-0.125"}
# Bundled libraries that ldd lists but nothing loads: none today. Add `soname: reason` here.
IGNORED_MISSING: dict[str, str] = {}
# System libraries the app opens with dlopen, which ldd cannot see: soname -> who opens it.
DLOPENED = {
    # the audio codecs (libsndfile with mpg123, Vorbis, Opus, FLAC) come from Debian so its
    # security updates reach them: bundle_policy.py leaves the wheel's copy out
    "libsndfile.so.1": "soundfile (rthooks/pyi_rth_system_libsndfile.py)",
}


class DependsError(Exception):
    pass


def needed_libraries(elf: Path) -> list[str]:
    """The DT_NEEDED sonames of a little-endian ELF64 file ([] for anything else)."""
    info = read_elf(elf)
    return list(info.needed) if info is not None else []


def library_path(bundle: Path) -> str:
    """What PyInstaller's bootloader puts on LD_LIBRARY_PATH: the bundle's `_internal`.

    Libraries elsewhere in the bundle must be reachable through their own RPATH, as at run
    time, so a broken RPATH shows up here as "not found".
    """
    internal = bundle / "_internal"
    return str(internal if internal.is_dir() else bundle)


def parse_ldd(output: str) -> Iterator[tuple[str, str]]:
    """(soname, resolved path or 'not found') for each line of ldd's output."""
    for line in output.splitlines():
        match = LDD_LINE.match(line)
        if match:
            yield match.group(1), match.group(2)
            continue
        direct = LDD_DIRECT.match(line)
        if direct:  # the dynamic loader itself: "/lib64/ld-linux-x86-64.so.2 (0x...)"
            yield Path(direct.group(1)).name, direct.group(1)


def external_libraries(bundle: Path) -> tuple[set[str], dict[str, set[str]]]:
    """Paths of directly linked libraries outside the bundle, and sonames not found (-> the
    bundle files that need them)."""
    env = dict(os.environ, LD_LIBRARY_PATH=library_path(bundle), LC_ALL="C")
    root = str(bundle.resolve())
    outside: set[str] = set()
    missing: dict[str, set[str]] = {}
    for elf in elf_files(bundle):
        direct = set(needed_libraries(elf))
        if not direct:
            continue  # static, or not a shared object we can read: nothing to depend on
        run = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env,
                             check=False)
        if run.returncode != 0:
            continue  # "not a dynamic executable"
        for soname, resolved in parse_ldd(run.stdout):
            if resolved == "not found":
                if soname not in IGNORED_MISSING:
                    missing.setdefault(soname, set()).add(str(elf.relative_to(bundle)))
            elif soname in direct and not os.path.realpath(resolved).startswith(root):
                outside.add(resolved)
    return outside, missing


def parse_ldconfig(output: str, soname: str) -> str | None:
    """The x86-64 path `ldconfig -p` lists for a soname, if any."""
    for line in output.splitlines():
        name, _, rest = line.strip().partition(" (")
        if name == soname and "x86-64" in rest and " => " in rest:
            return rest.split(" => ", 1)[1].strip()
    return None


def dlopened_libraries() -> set[str]:
    """Paths of the DLOPENED libraries on this machine; a missing one fails the build."""
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True,
                             env=dict(os.environ, LC_ALL="C"), check=True).stdout
    paths = set()
    for soname, user in DLOPENED.items():
        path = parse_ldconfig(listing, soname)
        if path is None:
            raise DependsError(f"{soname} (opened by {user}) is not installed here")
        paths.add(path)
    return paths


def path_variants(path: str) -> list[str]:
    """Where dpkg may have registered a file on a merged-/usr system."""
    variants = [path, os.path.realpath(path)]
    for candidate in list(variants):
        if candidate.startswith("/usr/"):
            variants.append(candidate[4:])
        else:
            variants.append("/usr" + candidate)
    return list(dict.fromkeys(variants))


def parse_dpkg_search(output: str) -> dict[str, str]:
    """`dpkg -S` lines ("pkg:arch, pkg2: /path") -> {path: first package name}."""
    owners: dict[str, str] = {}
    for line in output.splitlines():
        if ": " not in line or line.startswith("diversion "):
            continue
        packages, path = line.split(": ", 1)
        owners[path.strip()] = packages.split(",")[0].strip().split(":")[0]
    return owners


def owning_packages(paths: Iterable[str]) -> dict[str, str]:
    wanted = {path: path_variants(path) for path in paths}
    queries = sorted({v for variants in wanted.values() for v in variants})
    run = subprocess.run(["dpkg", "-S", *queries], capture_output=True, text=True,
                         env=dict(os.environ, LC_ALL="C"), check=False)
    owners = parse_dpkg_search(run.stdout)
    result: dict[str, str] = {}
    unowned = []
    for path, variants in wanted.items():
        owner = next((owners[v] for v in variants if v in owners), None)
        if owner is None:
            unowned.append(path)
        else:
            result[path] = owner
    if unowned:
        raise DependsError("no Debian package owns: " + ", ".join(sorted(unowned)))
    return result


def upstream_version(version: str) -> str:
    """'2:1.8.4-2+deb12u2' -> '2:1.8.4' (keep the epoch, drop the Debian revision)."""
    return version.rsplit("-", 1)[0] if "-" in version else version


def installed_versions(packages: Iterable[str]) -> dict[str, str]:
    names = sorted(set(packages))
    run = subprocess.run(["dpkg-query", "-W", "-f=${Package} ${Version}\\n", *names],
                         capture_output=True, text=True, check=True)
    versions = {}
    for line in run.stdout.splitlines():
        name, _, version = line.partition(" ")
        versions[name] = version
    return versions


def format_depends(versions: dict[str, str]) -> str:
    items = []
    for name, version in sorted(versions.items()):
        item = f"{name} (>= {upstream_version(version)})"
        if name in ALTERNATIVES:
            item += f" | {ALTERNATIVES[name]}"
        items.append(item)
    return ", ".join(items)


def depends_for(bundle: Path) -> str:
    outside, missing = external_libraries(bundle)
    if missing:
        lines = [f"{soname} (needed by {', '.join(sorted(users)[:3])})"
                 for soname, users in sorted(missing.items())]
        raise DependsError("libraries not found: " + "; ".join(lines))
    packages = set(owning_packages(outside | dlopened_libraries()).values())
    return format_depends(installed_versions(packages))


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print("usage: deb_depends.py BUNDLE_DIR", file=sys.stderr)
        return 2
    try:
        print(depends_for(Path(argv[1])))
    except DependsError as exc:
        print(f"deb_depends: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
