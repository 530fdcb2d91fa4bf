"""An unprivileged user forges everything they can write, and every command refuses.

The user (created for the test) writes a forged organisation file into every place they
control (XDG_CONFIG_HOME, a folder named in XDG_CONFIG_DIRS, HOME, variables the app might be
thought to read), a profile and a package signed by that forged organisation for their own
workstation, and runs the real command line as themselves (runuser) with all of that in their
environment. Three machine states: no organisation file (unmanaged), a genuine one at the
built-in path, and the genuine one made writable by the user. Each command must refuse with
exit 2 and one line.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.core.profile import Profile, Role
from reviewer.core.trust import KIND_PROFILE, organisation_to_bytes, parse_request
from reviewer.trust.organisation_file import LINUX_PATH
from reviewer.workflows.org_pack import seal_package
from tests.support.package_builder import PackageBuilder
from tests.support.trust import TestOrganisation
from tests.trust.conftest import packed

ROOT = Path(__file__).resolve().parents[2]
USER = "reviewer-forger"
pytestmark = pytest.mark.slow


@pytest.fixture
def forger() -> Iterator[pwd.struct_passwd]:
    if os.geteuid() != 0 or not shutil.which("runuser"):
        if os.environ.get("CI") == "true":
            pytest.fail("CI runs as root with runuser; this test needs both")
        pytest.skip("needs root and runuser")
    with contextlib.suppress(KeyError):
        pwd.getpwnam(USER)
        subprocess.run(["userdel", "-r", USER], check=False, capture_output=True)
    subprocess.run(["useradd", "--create-home", "--shell", "/usr/sbin/nologin", USER],
                   check=True)
    try:
        yield pwd.getpwnam(USER)
    finally:
        subprocess.run(["userdel", "-r", USER], check=False, capture_output=True)


def _python_path(tmp: Path) -> str:
    """The project and its packages, readable by the user (copied when the checkout is not)."""
    site = next(p for p in sys.path if p.endswith("site-packages") and "venv" in p)
    probe = subprocess.run(["runuser", "-u", USER, "--", "test", "-r",
                            str(ROOT / "reviewer" / "cli.py")], check=False)
    if probe.returncode == 0:
        return f"{ROOT}:{site}"
    copy = tmp / "readable"
    shutil.copytree(ROOT / "reviewer", copy / "reviewer")
    shutil.copytree(site, copy / "site", ignore=shutil.ignore_patterns(
        "PySide6*", "shiboken6*", "PyInstaller*", "__pycache__"))
    subprocess.run(["chmod", "-R", "a+rX", str(tmp)], check=True)
    return f"{copy}:{copy / 'site'}"


def _as_user(user: pwd.struct_passwd, env: dict[str, str], *args: str
             ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["runuser", "-u", USER, "--", "env", "-i",
                           *[f"{k}={v}" for k, v in env.items()],
                           "/usr/bin/python3", "-m", "reviewer", *args],
                          capture_output=True, text=True, timeout=120, check=False,
                          cwd=user.pw_dir)


def _own(path: Path, user: pwd.struct_passwd) -> None:
    for p in [path, *path.rglob("*")] if path.is_dir() else [path]:
        os.chown(p, user.pw_uid, user.pw_gid)


@contextlib.contextmanager
def _installed(data: bytes) -> Iterator[Path]:
    """The genuine organisation file at the built-in path, root-owned; removed afterwards."""
    if LINUX_PATH.exists():
        pytest.fail(f"{LINUX_PATH} exists on this machine; refusing to replace it")
    created = [p for p in (LINUX_PATH.parent, LINUX_PATH.parent.parent) if not p.exists()]
    LINUX_PATH.parent.mkdir(parents=True, mode=0o755, exist_ok=True)
    LINUX_PATH.write_bytes(data)
    os.chmod(LINUX_PATH, 0o644)
    try:
        yield LINUX_PATH
    finally:
        LINUX_PATH.unlink()
        for folder in created:
            with contextlib.suppress(OSError):
                folder.rmdir()


def test_every_command_refuses_the_forgeries_of_an_unprivileged_user(
        forger: pwd.struct_passwd, tmp_path: Path) -> None:
    home = Path(forger.pw_dir)
    forged = TestOrganisation(allow_unsigned=True, name="Forged Org")
    for folder in (home / ".config" / "reviewer", home / "xdg" / "reviewer", home):
        folder.mkdir(parents=True, exist_ok=True)
        forged.write(folder / "organisation.json")
    (home / "pass").write_text("the forger's passphrase\n")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "PYTHONPATH": _python_path(tmp_path), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CONFIG_DIRS": str(home / "xdg"), "XDG_DATA_HOME": str(home / ".data"),
           "REVIEWER_WORKSPACE": str(home / "ws"), "REVIEWER_PASSPHRASE_FILE": str(home / "pass"),
           "REVIEWER_ORGANISATION": str(home / "organisation.json"),
           "REVIEWER_ORGANISATION_FILE": str(home / "organisation.json")}
    _own(home, forger)
    assert _as_user(forger, env, "init", "--passphrase-file", str(home / "pass")).returncode == 0
    made = _as_user(forger, env, "enroll", "--request", str(home / "request.json"))
    assert made.returncode == 0, made.stderr
    request = parse_request((home / "request.json").read_bytes())
    # The forger's own "organisation" signs a profile and a package for their workstation.
    own = Profile("rev-666", Role.LEAD, workstation=request.workstation)
    (home / "profile.json").write_bytes(forged.sign(KIND_PROFILE, own.to_bytes()))
    (home / "work.rpkg").write_bytes(seal_package(forged.crypto, forged.secrets,
                                                  packed(tmp_path), request.workstation.age))
    plain = PackageBuilder()
    plain.add_clip()
    plain.write_dir(home / "plain")
    (home / "disclosure.json").write_text("{}")
    _own(home, forger)
    commands = [("enroll", str(home / "profile.json")), ("import", str(home / "work.rpkg")),
                ("import", str(home / "plain")), ("disclosure", "verify",
                                                  str(home / "disclosure.json")),
                ("export", "--out", str(home / "out")), ("check", str(home / "work.rpkg"))]

    def all_refused(state: str, why: str) -> None:
        for command in commands:
            result = _as_user(forger, env, *command)
            lines = [x for x in result.stderr.splitlines() if "absl" not in x and x.strip()]
            assert (result.returncode, len(lines)) == (2, 1), (state, command, result.stderr)
            assert lines[0].startswith("reviewer: "), (state, command, lines)
            if command[0] in ("enroll", "import", "check"):
                assert why in lines[0], (state, command, lines)

    all_refused("unmanaged", "not managed")
    genuine = TestOrganisation(allow_unsigned=False, name="Genuine Org")
    with _installed(organisation_to_bytes(genuine.organisation)) as path:
        os.chmod(path, 0o666)  # noqa: S103 - the attack under test
        all_refused("organisation file writable by everyone", "writable by group or others")
        os.chmod(path, 0o644)
        os.chown(path, forger.pw_uid, forger.pw_gid)
        all_refused("organisation file owned by the user", "not owned by root")
        os.chown(path, 0, 0)
        commands.pop()  # check prints the gate's report for a package it can open
        for command, why in ((commands[0], "not signed by a key in the organisation file"),
                             (commands[1], "not signed by a key in the organisation file"),
                             (commands[2], "signed packages only")):
            result = _as_user(forger, env, *command)
            assert result.returncode == 2, (command, result.stderr)
            assert why in result.stderr, (command, result.stderr)
    status = _as_user(forger, env, "status", "--json")
    assert json.loads(status.stdout)["packages"] == 0  # nothing was ever imported
