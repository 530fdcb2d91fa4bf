"""Static checks of the packaging recipes: the parts that can be checked without building.

(The real build, install and smoke test is resources/packaging/check-deb.sh, run by CI.)
"""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer import APP_ID
from tests.packaging.conftest import PACKAGING, ROOT

SHELL_SCRIPTS = ["build-linux.sh", "check-deb.sh", "check-deb-minimal.sh",
                 "macos/build-macos.sh", "linux/stage-integration.sh",
                 "linux/release-files.sh", "linux/check-integration.sh"]


@pytest.mark.parametrize("script", SHELL_SCRIPTS)
def test_shell_scripts_parse_and_stop_on_errors(script: str) -> None:
    path = PACKAGING / script
    subprocess.run(["bash", "-n", str(path)], check=True)
    assert "set -euo pipefail" in path.read_text()
    assert os.access(path, os.X_OK)


def test_the_desktop_entry_launches_the_installed_command() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # case-sensitive keys
    entry.read(PACKAGING / "linux" / f"{APP_ID}.desktop")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "reviewer"
    assert desktop["Icon"] == "reviewer"
    assert desktop["Terminal"] == "false"
    assert desktop["Categories"].endswith(";")
    assert "AudioVideo" in desktop["Categories"].split(";")
    build = (PACKAGING / "build-linux.sh").read_text()
    assert 'ln -s /opt/reviewer/reviewer "$STAGE/usr/bin/reviewer"' in build


def test_every_control_placeholder_is_filled_by_the_build() -> None:
    control = (PACKAGING / "linux" / "control.in").read_text()
    build = (PACKAGING / "build-linux.sh").read_text()
    placeholders = set(re.findall(r"@([A-Z_]+)@", control))
    assert placeholders == {"VERSION", "MAINTAINER", "INSTALLED_SIZE", "DEPENDS"}
    for name in placeholders:
        assert f"control=${{control//@{name}@/${name}}}" in build
    for field in ("Package: reviewer", "Architecture: amd64", "Description:", "Recommends:"):
        assert field in control


def test_the_spec_bundles_keyring_metadata_backends_and_the_demo() -> None:
    spec = (PACKAGING / "reviewer.spec").read_text()
    compile(spec, "reviewer.spec", "exec")  # valid Python
    assert 'copy_metadata("keyring")' in spec
    assert 'collect_submodules("keyring.backends")' in spec
    assert '"resources/demo"' in spec
    assert '"PySide6.QtNetwork"' in spec
    assert 'name="reviewer-gui"' in spec  # the Windows shortcuts and the .app launch it
    assert "pyi_rth_bundled_portaudio.py" in spec


def test_the_windows_installer_points_at_the_frozen_executables() -> None:
    iss = (PACKAGING / "windows" / "reviewer.iss").read_text()
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}", iss, re.MULTILINE)
    assert r'Filename: "{app}\reviewer-gui.exe"' in iss
    assert r'Source: "{#BundleDir}\*"' in iss
    script = (PACKAGING / "windows" / "build-windows.ps1").read_text()
    for define in ("AppVersion", "BundleDir", "IconFile", "OutputDir"):
        assert f"/D{define}=" in script
        assert f"#ifndef {define}" in iss
    assert "--smoke-test" in script


def test_the_workflow_runs_the_recipes_that_exist() -> None:
    workflow = (ROOT / ".github" / "workflows" / "installers.yml").read_text()
    assert "\t" not in workflow
    for recipe in re.findall(r"resources/packaging/\S+\.(?:ps1|sh)", workflow):
        assert (ROOT / recipe).is_file(), recipe
    assert "runs-on: windows-latest" in workflow
    assert "runs-on: macos-14" in workflow


def test_the_readme_says_plainly_what_is_not_tested_here() -> None:
    readme = (PACKAGING / "README.md").read_text()
    assert "cannot be built or tested on the project's Linux machines" in readme
    assert "bash dev.sh run bash resources/packaging/check-deb.sh" in readme


@pytest.mark.gui
def test_icons_are_rendered_for_every_installer(tmp_path: Path) -> None:
    # A separate process: the renderer starts its own QGuiApplication.
    subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)],
                   check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert (tmp_path / "reviewer.svg").is_file()
    assert (tmp_path / "reviewer.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (tmp_path / "reviewer.icns").read_bytes()[:4] == b"icns"
    png = (tmp_path / "hicolor" / "48x48" / "reviewer.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(png[16:20], "big") == 48


def test_the_runtime_hook_points_sounddevice_at_the_bundled_portaudio(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes.util
    import runpy

    (tmp_path / "libportaudio.so.2").write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: f"system-{name}")
    runpy.run_path(str(PACKAGING / "rthooks" / "pyi_rth_bundled_portaudio.py"))
    assert ctypes.util.find_library("portaudio") == str(tmp_path / "libportaudio.so.2")
    assert ctypes.util.find_library("sndfile") == "system-sndfile"
