"""The systemd user service the .deb ships (resources/packaging/linux/reviewer-sync.service):
what can honestly be checked without a user manager (these machines run none). The unit
passes `systemd-analyze --user verify`, and its ExecStart line, with the settings file as the
documentation writes it, does rounds against the real gateway and stops cleanly on the
SIGTERM that `systemctl --user stop` sends. Installed, check-deb.sh verifies it again (with
the real /usr/bin/reviewer and man page)."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reviewer.core.exchange import Layout, object_name
from reviewer.workflows.spool import Spool
from tests.exchange.conftest import s3_store
from tests.support.ceph_gateway import Gateway
from tests.support.real_parts import missing

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "resources" / "packaging" / "linux" / "reviewer-sync.service"
WS = Layout("ws-a")


def unit() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=True, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(UNIT)
    return parser


def verify(path: Path, runtime: Path) -> subprocess.CompletedProcess[str]:
    if shutil.which("systemd-analyze") is None:
        missing("systemd-analyze not installed (Debian's systemd package; dev.sh installs it)")
    runtime.mkdir(mode=0o700, exist_ok=True)
    # --man=no: the man page comes with the .deb (check-deb.sh verifies the installed unit
    # with it). A user manager's checks need a runtime folder, as at a login.
    return subprocess.run(["systemd-analyze", "--user", "verify", "--man=no", str(path)],
                          capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)})


def as_verifiable(tmp_path: Path, text: str) -> Path:
    """The unit as shipped, but with /usr/bin/reviewer (installed only by the .deb) standing
    for an executable here: verify checks that ExecStart's program exists."""
    program = tmp_path / "bin" / "reviewer"
    program.parent.mkdir(exist_ok=True)
    program.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} -m reviewer \"$@\"\n")
    program.chmod(0o755)
    copy = tmp_path / "units" / UNIT.name
    copy.parent.mkdir(exist_ok=True)
    assert text.count("ExecStart=/usr/bin/reviewer ") == 1
    copy.write_text(text.replace("ExecStart=/usr/bin/reviewer ", f"ExecStart={program} "))
    return copy


def test_the_unit_passes_systemd_analyze_verify(tmp_path: Path) -> None:
    result = verify(as_verifiable(tmp_path, UNIT.read_text()), tmp_path / "run")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # verify reports bad keys and values as warnings, exit 0


@pytest.mark.parametrize("damage", [("NoNewPrivileges=yes", "NoNewPrivilege=yes"),
                                    ("RestartSec=30s", "RestartSec=half a minute"),
                                    ("SystemCallFilter=@system-service",
                                     "SystemCallFilter=@no-such-group")])
def test_verify_would_catch_a_damaged_unit(tmp_path: Path, damage: tuple[str, str]) -> None:
    text = UNIT.read_text()
    assert damage[0] in text
    result = verify(as_verifiable(tmp_path, text.replace(damage[0], damage[1])),
                    tmp_path / "run")
    assert result.stderr != ""


def test_the_unit_is_a_user_service_that_restarts_but_not_after_a_refusal() -> None:
    service = unit()["Service"]
    assert service["ExecStart"] == "/usr/bin/reviewer sync $REVIEWER_SYNC_ARGS"
    assert service["EnvironmentFile"] == "-%E/reviewer/sync.env"  # optional
    assert service["Restart"] == "on-failure"
    assert service["RestartPreventExitStatus"] == "2"  # reviewer's refusals (ReviewerError)
    assert service["NoNewPrivileges"] == "yes"
    assert unit()["Install"]["WantedBy"] == "default.target"
    # A user manager cannot order itself after the system's targets.
    assert "network-online.target" not in "".join(
        v for k, v in unit()["Unit"].items() if k in ("After", "Wants", "Requires"))


def exec_start_command(settings: dict[str, str]) -> list[str]:
    """ExecStart as systemd runs it: an unbraced $VAR is split at whitespace into words."""
    words = []
    for word in shlex.split(unit()["Service"]["ExecStart"]):
        if word.startswith("$") and not word.startswith("${"):
            words += settings.get(word[1:], "").split()
        else:
            words.append(word)
    assert words[0] == "/usr/bin/reviewer"
    return [sys.executable, "-m", "reviewer", *words[1:]]


def test_without_settings_the_exec_start_line_refuses_in_one_line_and_stays_stopped(
        tmp_path: Path) -> None:
    """No sync.env and nothing else to go by: exit status 2, which the unit does not
    restart after (RestartPreventExitStatus=2), with its reason for the journal."""
    result = subprocess.run([*exec_start_command({}), "--workspace", str(tmp_path / "ws")],
                            capture_output=True, text=True, cwd=ROOT, timeout=60,
                            check=False)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("reviewer: ")  # argparse's or the command's refusal


def read_environment_file(path: Path) -> dict[str, str]:
    pairs = {}
    for line in path.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, value = line.split("=", 1)
            pairs[key.strip()] = value.strip()
    return pairs


def test_the_exec_start_line_syncs_against_the_real_gateway_and_stops_on_sigterm(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path) -> None:
    if not gateway.tls_endpoint:
        pytest.fail("the session's gateway serves no HTTPS")
    org = s3_store(gateway, open_bucket)
    package = os.urandom(20_000)
    org.put_new(WS.inbox + object_name(package, "rpkg"), package)
    spool = Spool(tmp_path / "spool")
    staged = spool.stage("results", os.urandom(500))
    (tmp_path / "org-ca.pem").write_text(gateway.ca_pem)
    # ~/.config/reviewer/sync.env as docs/deployment.md tells the administrator to write it.
    settings = tmp_path / "config" / "reviewer" / "sync.env"
    settings.parent.mkdir(parents=True)
    settings.write_text(
        "# reviewer-sync.service's settings\n"
        f"REVIEWER_SYNC_ARGS=--endpoint {gateway.tls_endpoint} --bucket {open_bucket} "
        f"--workstation {WS.workstation} --ca-bundle {tmp_path / 'org-ca.pem'} "
        f"--spool {spool.root} --interval 60\n")
    env = {k: v for k, v in os.environ.items()
           if k.lower() not in {"http_proxy", "https_proxy", "no_proxy"}}
    runtime = tmp_path / "run"  # the user's XDG_RUNTIME_DIR, as a user manager sets it
    runtime.mkdir(mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    running = subprocess.Popen(exec_start_command(read_environment_file(settings)), cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**env, **read_environment_file(settings)})
    deadline = time.monotonic() + 60
    while spool.last_sync() is None and time.monotonic() < deadline and running.poll() is None:
        time.sleep(0.05)
    bundles_while_running = list(runtime.glob("reviewer-ca-*.pem"))
    running.send_signal(signal.SIGTERM)  # what `systemctl --user stop` sends
    out, err = running.communicate(timeout=30)
    assert running.returncode == 0, err
    assert "uploaded 1, downloaded 1, acknowledged 0, 0 waiting to upload" in out
    assert [p.read_bytes() for p in spool.waiting()] == [package]
    assert org.list(WS.results) == [WS.results + staged.name]
    # The trust bundle (system store + organisation CA) lived as long as the process.
    assert len(bundles_while_running) == 1
    assert list(runtime.glob("reviewer-ca-*.pem")) == []
