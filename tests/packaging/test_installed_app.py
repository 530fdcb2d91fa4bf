"""The installed .deb's intake and decoding, compared with the source app's (check-deb.sh).

    REVIEWER_INSTALLED_APP=/usr/bin/reviewer python -m pytest tests/packaging/test_installed_app.py

The frozen app decodes with Debian's libsndfile1 (and its mpg123, Vorbis, Opus and FLAC), the
tests with the wheel's libsndfile. Each case writes a package in one audio format, or a hostile
one, and runs `reviewer check` through the installed program: its verdict, clip count,
measured duration and refusal report must be those the source app gives in this process. Run
by check-deb.sh while the package is installed; not collected elsewhere (conftest.py: there
is no installed app to compare, and a skip would hide a missing one).
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer import cli
from tests.intake import audio_files
from tests.support.package_builder import PackageBuilder, encode, tone

INSTALLED = os.environ.get("REVIEWER_INSTALLED_APP", "")

Build = Callable[[PackageBuilder], object]
MPG123_NOISE = re.compile(r"^(Note: |\[src/libmpg123/[a-z0-9_]+\.c:[a-z_]+\(\):\d+\] error: )")


def _formats(builder: PackageBuilder) -> None:
    for fmt, subtype, rate, channels in [
            ("WAV", "PCM_16", 16000, 1), ("WAV", "PCM_24", 44100, 2), ("WAV", "FLOAT", 8000, 1),
            ("FLAC", "PCM_16", 48000, 2), ("OGG", "VORBIS", 16000, 1),
            ("OGG", "OPUS", 48000, 1), ("MP3", "MPEG_LAYER_III", 16000, 1)]:
        builder.add_clip(seconds=1.5, rate=rate, channels=channels, fmt=fmt, subtype=subtype)


CASES: dict[str, Build] = {
    "every accepted format": _formats,
    "tags and ID3 planted": lambda b: (b.add_clip(fmt="OGG", audio=audio_files.with_tags("OGG")),
                                       b.add_clip(fmt="MP3", audio=audio_files.mp3_with_id3())),
    "header overstating its data": lambda b: b.add_clip(
        audio=audio_files.wav_claiming(16000 * 30)),
    "truncated FLAC": lambda b: b.add_clip(
        fmt="FLAC", audio=encode(tone(1.0, 16000), 16000, "FLAC")[:900]),
    "garbage as MP3": lambda b: b.add_clip(fmt="MP3", audio=b"\xff\xfb" + b"\x00" * 4000),
    "duration misdeclared": lambda b: b.add_clip(fmt="OGG", subtype="OPUS", seconds=1.0,
                                                 duration=1.5),
}


def _installed_check(package: Path, home: Path) -> tuple[int, list[str]]:
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": str(home), "LC_ALL": "C.UTF-8",
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([INSTALLED, "check", str(package)], capture_output=True, text=True,
                         env=env, timeout=120, check=False)
    # libmpg123 prints its own notes on stderr for a broken MP3 stream (C code, the same with
    # the wheel's copy in the source app; not the app's output). Anything else fails.
    foreign = [line for line in run.stderr.splitlines() if not MPG123_NOISE.match(line)]
    assert foreign == [], run.stderr
    return run.returncode, run.stdout.splitlines()


def _verdict(lines: list[str]) -> list[str]:
    """The gate's report; the last line ("Import here: ...") depends on the organisation file,
    which the installed app has none of and the tests fake."""
    assert lines[-1].startswith("Import here: ")
    return lines[:-1]


@pytest.mark.parametrize("case", sorted(CASES))
def test_installed_app_checks_packages_as_the_source_app_does(
        case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    builder = PackageBuilder()
    builder.add_clip()
    CASES[case](builder)
    package = builder.write_dir(tmp_path / "package")
    expected_code = cli.main(["check", str(package)])
    expected = capsys.readouterr().out.splitlines()
    home = tmp_path / "home"
    home.mkdir()
    code, lines = _installed_check(package, home)
    assert (code, _verdict(lines)) == (expected_code, _verdict(expected))
    if case == "every accepted format":
        assert code == 0
        assert lines[0].startswith("Package accepted: 8 clips")
    elif case != "tags and ID3 planted":
        assert code == 2  # each hostile case is refused, by both
