"""The desktop entry, the AppStream metainfo and the man page, checked with the tools Debian
and software centres use (desktop-file-validate, appstreamcli, groff/man), without building
the .deb. (check-deb.sh checks the installed copies.)"""

from __future__ import annotations

import argparse
import configparser
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import reviewer
from reviewer.cli import build_parser
from tests.packaging.conftest import PACKAGING

LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{reviewer.APP_ID}.desktop"


def desktop_entry() -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # case-sensitive keys
    entry.read(DESKTOP)
    return entry["Desktop Entry"]


def test_the_app_id_is_reverse_dns_and_names_the_desktop_file() -> None:
    assert re.fullmatch(r"[a-z][a-z0-9]*(\.[a-z][a-z0-9_]*){2,}", reviewer.APP_ID)
    assert DESKTOP.is_file()
    assert not (LINUX / "reviewer.desktop").exists()  # one entry, under the id


def test_the_desktop_entry_passes_bookworms_validator() -> None:
    # Debian 12's desktop-file-validate knows Version up to 1.4 and fails on 1.5.
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr
    assert float(desktop_entry()["Version"]) <= 1.4


def test_the_validator_used_here_rejects_a_broken_entry(tmp_path: Path) -> None:
    broken = tmp_path / "broken.desktop"
    broken.write_text(DESKTOP.read_text().replace("Version=1.4", "Version=1.5"))
    result = subprocess.run(["desktop-file-validate", str(broken)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode != 0


@pytest.mark.gui
def test_qt_announces_the_desktop_entry_and_the_startup_wm_class() -> None:
    # A separate process: application() sets the desktop file name only on a new QApplication.
    probe = ("from reviewer.ui.qt_app import application\n"
             "app = application()\n"
             "print(app.desktopFileName()); print(app.applicationName())\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.split()
    desktop_file_name, application_name = out[-2:]
    # Wayland's app id and X11's _GTK_APPLICATION_ID/_KDE_NET_WM_DESKTOP_FILE: the entry's name.
    assert f"{desktop_file_name}.desktop" == DESKTOP.name
    # X11's WM_CLASS class is the application name: what StartupWMClass must match.
    assert desktop_entry()["StartupWMClass"] == application_name


def metainfo_xml(make_metainfo: ModuleType, tmp_path: Path) -> Path:
    path = tmp_path / f"{reviewer.APP_ID}.metainfo.xml"
    path.write_text(make_metainfo.render(reviewer.APP_ID, reviewer.__version__, "2026-11-30"))
    return path


def test_the_metainfo_validates_offline_without_errors_or_warnings(
        make_metainfo: ModuleType, tmp_path: Path) -> None:
    path = metainfo_xml(make_metainfo, tmp_path)
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--no-color", str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    issues = re.findall(r"^([EW]): .*$", result.stdout, re.MULTILINE)
    assert issues == [], result.stdout
    # The only remark: appstream does not know the reserved .invalid top-level domain.
    infos = re.findall(r"^I: \S+ (\S+)", result.stdout, re.MULTILINE)
    assert infos == ["cid-maybe-not-rdns"], result.stdout


def test_the_validator_used_here_rejects_a_broken_metainfo(
        make_metainfo: ModuleType, tmp_path: Path) -> None:
    path = metainfo_xml(make_metainfo, tmp_path)
    path.write_text(path.read_text().replace("<content_rating type=\"oars-1.1\"/>", "")
                    .replace("<summary>", "<summary>.").replace("</launchable>", "</launch>"))
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0


def test_the_metainfo_names_the_app_its_release_launcher_binary_and_pedals(
        make_metainfo: ModuleType, tmp_path: Path) -> None:
    root = ET.parse(metainfo_xml(make_metainfo, tmp_path)).getroot()  # noqa: S314 (ours)
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == reviewer.APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/binary") == "reviewer"
    release = root.find("releases/release")
    assert release is not None
    assert release.get("version") == reviewer.__version__
    assert release.get("date") == "2026-11-30"
    content_rating = root.find("content_rating")
    assert content_rating is not None
    assert content_rating.get("type") == "oars-1.1"
    # Every pedal the udev rule opens is announced, so a software centre can offer the app.
    rules = (LINUX / "70-reviewer-pedals.rules").read_text()
    pedals = re.findall(r'ATTRS\{idVendor\}=="(\w{4})", ATTRS\{idProduct\}=="(\w{4})"', rules)
    assert pedals
    modaliases = {m.text for m in root.findall("provides/modalias")}
    assert modaliases == {f"usb:v{v.upper()}p{p.upper()}*" for v, p in pedals}


def test_the_metainfo_refuses_a_version_it_cannot_carry(make_metainfo: ModuleType) -> None:
    with pytest.raises(ValueError, match="version"):
        make_metainfo.render(reviewer.APP_ID, '1.0"><evil/>', "2026-11-30")
    with pytest.raises(ValueError, match="date"):
        make_metainfo.render(reviewer.APP_ID, "1.0", "30/11/2026")


def render_man(make_man: ModuleType, parser: argparse.ArgumentParser, tmp_path: Path) -> str:
    page = tmp_path / "reviewer.1"
    page.write_text(make_man.render(parser, reviewer.__version__, "2026-11-30"))
    # What lintian runs (manpage-has-errors-from-man), and groff with every warning on.
    env = {**os.environ, "LC_ALL": "C.UTF-8", "MANWIDTH": "80", "MANROFFSEQ": ""}
    man = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", str(page)],
                         capture_output=True, text=True, env=env, timeout=60)
    assert man.returncode == 0
    assert man.stderr == ""
    groff = subprocess.run(["groff", "-ww", "-man", "-Tutf8", str(page)], capture_output=True,
                           text=True, timeout=60)
    assert groff.stderr == ""
    assert "\u00c3" not in groff.stdout  # UTF-8 read as Latin-1 (groff without preconv)
    text = subprocess.run(["man", "-l", "-Tutf8", str(page)], capture_output=True, text=True,
                          env={**env, "MANWIDTH": "200"}, check=True, timeout=60).stdout
    return re.sub(r".\x08", "", text)  # no overstrike bold


def all_commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
                 ) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append(((*words, name), sub))
                found += all_commands(sub, (*words, name))
    return found


def test_the_man_page_lists_every_command_and_option_of_the_parser(
        make_man: ModuleType, tmp_path: Path) -> None:
    parser = build_parser()
    text = render_man(make_man, parser, tmp_path)
    for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "EXIT STATUS",
                    "ENVIRONMENT", "FILES"):
        assert re.search(rf"^{section}$", text, re.MULTILINE), section
    commands = all_commands(parser)
    assert len(commands) > 10
    for words, sub in [((), parser), *commands]:
        if words:
            assert re.search(rf"^   {re.escape(' '.join(words))}$", text, re.MULTILINE), words
        for action in sub._actions:
            for flag in action.option_strings:
                assert flag in text, (words, flag)
    for variable in ("REVIEWER_WORKSPACE", "REVIEWER_PASSPHRASE_FILE", "REVIEWER_DEBUG"):
        assert re.search(rf"^       {variable}$", text, re.MULTILINE), variable
    for code in ("0", "1", "2", "130"):
        assert re.search(rf"^       {code} ", text, re.MULTILINE), code


def test_the_man_page_follows_the_parser_and_escapes_roff(
        make_man: ModuleType, tmp_path: Path) -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    added = sub.add_parser("frobnicate", help=".starts with a dot, has a \\ backslash and 50%%")
    added.add_argument("--level", metavar="N", nargs="?", help="how much (%(default)s)",
                       default=3)
    added.add_argument("items", nargs="+", metavar="ITEM",
                       help="café — naïve ≥ 2")  # non-ASCII: groff reads Latin-1
    added.add_argument("--hidden", help=argparse.SUPPRESS)
    text = render_man(make_man, parser, tmp_path)
    assert re.search(r"^   frobnicate$", text, re.MULTILINE)
    assert ".starts with a dot, has a \\ backslash and 50%" in text
    assert "50%%" not in text
    assert "--level [N]" in text
    assert "how much (3)" in text
    assert "ITEM [ITEM ...]" in text
    assert "--hidden" not in text
    assert "café — naïve ≥ 2" in text
