"""`reviewer check`: exit 0 + summary, exit 2 + report, exit 1 only for internal errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reviewer import cli
from reviewer.commands import check
from reviewer.intake import gate
from tests.support.package_builder import PackageBuilder, clip_id


def test_accepted_package_prints_one_line(builder: PackageBuilder, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    builder.add_clip(seconds=2.5)
    assert cli.main(["check", str(builder.write_dir(tmp_path / "p"))]) == 0
    out, err = capsys.readouterr()
    assert out == "Package accepted: 3 clips, 0:04.5 of audio.\nImport here: yes.\n"
    assert err == ""


def test_check_says_why_this_installation_would_not_import(
        builder: PackageBuilder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from reviewer.commands import anchor
    from tests.support.trust import TestOrganisation

    package = str(builder.write_dir(tmp_path / "p"))
    strict = TestOrganisation(allow_unsigned=False, name="Strict Org")
    monkeypatch.setattr(anchor, "load", lambda: strict.organisation)
    assert cli.main(["check", package]) == 0  # the gate's verdict keeps its exit code
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Import here: no (Strict Org accepts signed packages only (.rpkg files); this package "
        "is not signed).")
    monkeypatch.setattr(anchor, "load", lambda: None)
    assert cli.main(["check", package]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("Import here: no (this installation is not managed")


def test_refused_package_prints_report_and_exits_2(builder: PackageBuilder, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    builder.header["device_id"] = "x"
    assert cli.main(["check", str(builder.write_zip(tmp_path / "p.zip"))]) == 2
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        "Package refused: 1 problem(s); nothing was imported.",
        "  package.json: device_id: identity field; packages must not carry identity "
        "[identity-key]",
        "Import here: no (the gate refuses it)."]


def test_internal_error_exits_1(builder: PackageBuilder, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    def boom(_path: Path) -> None:
        raise RuntimeError("secret detail")
    monkeypatch.setattr(gate, "read_package", boom)
    assert cli.main(["check", str(builder.write_dir(tmp_path / "p"))]) == 1
    out, err = capsys.readouterr()
    assert "internal error (RuntimeError)" in err
    assert "secret detail" not in out + err


@pytest.mark.parametrize(("seconds", "shown"), [
    (0, "0:00.0"), (42.34, "0:42.3"), (725, "12:05.0"), (3723.4, "1:02:03.4")])
def test_duration_format(seconds: float, shown: str) -> None:
    assert check.format_duration(seconds) == shown


def test_subprocess_exit_codes(builder: PackageBuilder, tmp_path: Path) -> None:
    ok = builder.write_dir(tmp_path / "ok")
    run = [sys.executable, "-m", "reviewer", "check"]
    assert subprocess.run([*run, str(ok)], capture_output=True, check=False).returncode == 0
    builder.lines[0]["lat"] = 1
    bad = builder.write_dir(tmp_path / "bad")
    assert subprocess.run([*run, str(bad)], capture_output=True, check=False).returncode == 2


def test_long_reports_are_cut_short(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    b = PackageBuilder()
    for n in range(check.MAX_LISTED + 30):
        b.lines.append({"clip_id": clip_id(n), "audio_filepath": f"audio/{clip_id(n)}.wav",
                        "duration": -1})
    assert cli.main(["check", str(b.write_dir(tmp_path / "p"))]) == 2
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"Package refused: {(check.MAX_LISTED + 30)} problem(s)")
    assert len(out) == check.MAX_LISTED + 3
    assert out[-2] == f"  ... and {(check.MAX_LISTED + 30) - check.MAX_LISTED} more problem(s)"
    assert out[-1] == "Import here: no (the gate refuses it)."
