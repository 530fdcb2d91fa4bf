"""`reviewer check`: exit 0 + summary, exit 2 + report, exit 1 only for internal errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reviewer import cli
from reviewer.commands import check
from tests.support.package_builder import PackageBuilder, clip_id


def test_accepted_package_prints_one_line(builder: PackageBuilder, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    builder.add_clip(seconds=2.5)
    assert cli.main(["check", str(builder.write_dir(tmp_path / "p"))]) == 0
    out, err = capsys.readouterr()
    assert out == "Package accepted: 3 clips, 0:04.5 of audio.\n"
    assert err == ""


def test_refused_package_prints_report_and_exits_2(builder: PackageBuilder, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    builder.header["device_id"] = "x"
    assert cli.main(["check", str(builder.write_zip(tmp_path / "p.zip"))]) == 2
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        "Package refused: 1 problem(s); nothing was imported.",
        "  package.json: device_id: identity field; packages must not carry identity "
        "[identity-key]"]


def test_internal_error_exits_1(builder: PackageBuilder, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    def boom(_path: Path) -> None:
        raise RuntimeError("secret detail")
    monkeypatch.setattr(check, "read_package", boom)
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
    assert len(out) == check.MAX_LISTED + 2
    assert out[-1] == f"  ... and {(check.MAX_LISTED + 30) - check.MAX_LISTED} more problem(s)"
