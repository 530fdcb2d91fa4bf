"""The app never opens a network connection."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.support.trust import TestOrganisation

ROOT = Path(__file__).resolve().parents[1]


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, cwd=ROOT, timeout=60, check=False)


def test_audit_hook_refuses_ip_connections_but_allows_local_ipc() -> None:
    result = run_python("""
        import socket
        from reviewer import offline
        offline.install()
        a, b = socket.socketpair(socket.AF_UNIX)
        a.sendall(b"ok"); assert b.recv(2) == b"ok"
        for target in (("127.0.0.1", 9), ("::1", 9)):
            fam = socket.AF_INET6 if ":" in target[0] else socket.AF_INET
            s = socket.socket(fam, socket.SOCK_STREAM)
            try:
                s.connect(target)
            except offline.NetworkRefused:
                print("refused", fam.name)
        try:
            socket.getaddrinfo("localhost", 80)
        except offline.NetworkRefused:
            print("refused lookup")
    """)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == ["refused AF_INET", "refused AF_INET6",
                                              "refused lookup"]


def test_cli_installs_the_guard_before_any_command() -> None:
    result = run_python("""
        import socket, sys
        from reviewer import cli
        try:
            cli.main(["--version"])
        except SystemExit:
            pass
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            s.sendto(b"x", ("127.0.0.1", 9))
        except PermissionError:
            print("guarded")
    """)
    assert result.returncode == 0, result.stderr
    assert "guarded" in result.stdout


def reviewer_without_network(*args: str, cwd: Path = ROOT, organisation: Path | None = None
                             ) -> subprocess.CompletedProcess[str]:
    harness = ROOT / "tests" / "support" / "no_network.py"
    managed = ["--organisation", str(organisation)] if organisation else []
    return subprocess.run([sys.executable, str(harness), *managed, "-m", "reviewer", *args],
                          capture_output=True, text=True, cwd=cwd, timeout=120, check=False)


def test_help_and_version_work_with_sockets_blocked() -> None:
    assert reviewer_without_network("--version").returncode == 0
    result = reviewer_without_network("--help")
    assert result.returncode == 0
    assert "usage: reviewer" in result.stdout


def test_the_whole_command_line_works_with_sockets_blocked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, organisation: TestOrganisation) -> None:
    """check, init, enroll, import, status, export, audit verify, purge, and the
    organisation's init, sign-profile and pack: no IP socket needed.

    Passphrase mode keeps the keyring (a local D-Bus socket, allowed anyway) out of the way.
    """
    import json

    passphrase = tmp_path / "pass"
    passphrase.write_text("correct horse battery staple")
    org_file = organisation.write(tmp_path / "organisation.json")
    demo = ROOT / "resources" / "demo" / "package"
    monkeypatch.setenv("REVIEWER_WORKSPACE", str(tmp_path / "ws"))
    monkeypatch.setenv("REVIEWER_PASSPHRASE_FILE", str(passphrase))
    org, request, profile = tmp_path / "org", tmp_path / "request.json", tmp_path / "p.json"
    roster = tmp_path / "roster.json"
    roster.write_text("{}")
    steps = [
        ("check", str(demo)),
        ("init", "--passphrase-file", str(passphrase)),
        ("enroll", "--request", str(request)),
        ("org", "init", "--name", "Offline Org", "--out", str(org),
         "--passphrase-file", str(passphrase)),
        ("org", "sign-profile", str(request), "--roster", str(roster), "--reviewer", "rev-042",
         "--out", str(profile), "--key", str(org / "organisation-key.json"),
         "--passphrase-file", str(passphrase)),
        ("enroll", str(profile)),
        ("import", str(demo)),
        ("status", "--json"),
        ("export", "--out", str(tmp_path / "out")),
        ("audit", "verify"),
        ("purge", "--expired"),
    ]
    outputs = {}
    for step in steps:
        trusted = org / "organisation.json" if step[0] in ("enroll", "import", "export") \
            and (org / "organisation.json").exists() else org_file
        if step[:2] == ("import", str(demo)):
            trusted = _allowing_unsigned(org / "organisation.json", tmp_path)
        result = reviewer_without_network(*step, organisation=trusted)
        assert result.returncode == 0, (step, result.stderr)
        assert "network blocked" not in result.stderr
        outputs[step[0]] = result.stdout
    assert json.loads(outputs["status"])["clips"]["pending"] == 11
    assert "intact" in outputs["audit"]


def _allowing_unsigned(path: Path, tmp_path: Path) -> Path:
    """The same organisation, with unsigned packages allowed (the demo package is one)."""
    import json

    doc = json.loads(path.read_text())
    doc["policy"]["allow_unsigned_packages"] = True
    out = tmp_path / "organisation-unsigned.json"
    out.write_text(json.dumps(doc))
    return out


def test_the_demo_window_opens_with_sockets_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("REVIEWER_GUI_CHECK", "1")  # open, settle, close
    result = reviewer_without_network("--demo")
    assert result.returncode == 0, result.stderr
    assert "window ready" in result.stdout
    assert "network blocked" not in result.stderr
