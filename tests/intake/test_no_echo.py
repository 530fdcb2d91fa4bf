"""The report never echoes a value: not in stdout, stderr or the log, in-process or not."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer import cli
from tests.support.package_builder import PackageBuilder, clip_id

SECRETS = ["zed.quill@example.org", "+1 415 555 0142", "4155550142", "48.858370",
           "2.294481", "221B Baker Street", "198.51.100.77", "4111 1111 1111 1111",
           "Quillington", "ana.lopez@example.net", "7 Rue de Rivoli 12"]


def leaky_package(tmp_path: Path, as_zip: bool) -> Path:
    b = PackageBuilder()
    b.add_clip()
    b.add_clip()
    b.add_clip()
    b.header.update(package_id="+1 415 555 0142", locale="zed.quill@example.org",
                    device_id="Quillington", created="48.858370, 2.294481")
    b.header["policy"] = {"voice_disguise": "198.51.100.77", "Quillington": 1}
    b.header["questions"] = [{"id": "221B Baker Street", "prompt": "p", "kind": "text"}]
    b.lines[0].update(clip_id="4111 1111 1111 1111", latitude=48.858370,
                      customer="Quillington")
    b.lines[0]["ana.lopez@example.net"] = "x"
    b.lines[1]["audio_filepath"] = "audio/7 Rue de Rivoli 12.wav"
    b.files["audio/7 Rue de Rivoli 12.wav"] = b.files.pop(f"audio/{clip_id(2)}.wav")
    b.files["audio/4155550142.wav"] = b"unreferenced"
    b.lines[2]["4155550142"] = {"zed.quill@example.org": "221B Baker Street"}
    return b.write_zip(tmp_path / "p.zip") if as_zip else b.write_dir(tmp_path / "p")


def assert_clean(text: str) -> None:
    assert "refused" in text.lower()
    for secret in SECRETS:
        assert secret not in text, secret


@pytest.mark.parametrize("as_zip", [False, True])
def test_in_process_report_never_echoes(tmp_path: Path, as_zip: bool,
                                        capsys: pytest.CaptureFixture[str],
                                        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    assert cli.main(["check", str(leaky_package(tmp_path, as_zip))]) == 2
    out, err = capsys.readouterr()
    assert out.count("\n") >= 10  # every problem is listed ...
    assert_clean(out + err + caplog.text)  # ... and none quotes a value


@pytest.mark.parametrize("as_zip", [False, True])
def test_subprocess_report_never_echoes(tmp_path: Path, as_zip: bool) -> None:
    result = subprocess.run([sys.executable, "-m", "reviewer", "check",
                             str(leaky_package(tmp_path, as_zip))],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert_clean(result.stdout + result.stderr)


def test_refusal_exception_message_never_echoes(tmp_path: Path) -> None:
    from reviewer.core.gate_report import PackageRefused
    from reviewer.intake.gate import read_package
    with pytest.raises(PackageRefused) as info:
        read_package(leaky_package(tmp_path, False))
    assert_clean(str(info.value) + info.value.report() + repr(info.value.problems))
