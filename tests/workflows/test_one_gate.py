"""`check` and `import` run one gate: the same verdict and the same report for any package,
and what `check` accepts, `import` stores (hypothesis picks the package's faults)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.cli import main
from tests.support.package_builder import PackageBuilder

Fault = Callable[[PackageBuilder], None]


def _set_line(key: str, value: Any) -> Fault:
    return lambda b: b.lines[0].__setitem__(key, value)


def _set_header(key: str, value: Any) -> Fault:
    return lambda b: b.header.__setitem__(key, value)


def _question(prompt: str, qid: str = "q") -> Fault:
    return lambda b: b.header.__setitem__(
        "questions", [{"id": qid, "prompt": prompt, "kind": "bool"}])


def _surrogate(b: PackageBuilder) -> None:
    data = b.manifest_bytes().replace(b'"test clip 1"', b'"call \\udc00 me"', 1)
    b.manifest_bytes = lambda: data  # type: ignore[method-assign]


FAULTS: list[Fault] = [
    _set_line("clip_id", "clip_4155550142"), _set_line("device_id", "x"),
    _set_line("assistant_response", "Call +1 415 555 0142 or zed@example.org"),
    _set_line("pred_text", "x\u202ey"), _set_line("duration", 9.0),
    _set_line("audio_filepath", "audio/other.wav"), _set_header("locale", "en-US-boston"),
    _set_header("package_id", "pkg_test_0001"), _set_header("anna", 1),
    _question("Is this Maria at +1 415 555 0142?"), _question("ok?", "call_4155550142"),
    _question("Rate the audio from 1 to 5"), _set_line("prior_text", "fine words"),
    _surrogate,
]


def _package(root: Path, faults: list[int]) -> Path:
    b = PackageBuilder()
    b.header["package_id"] = f"pkg_{uuid.uuid4().hex}"
    b.add_clip(seconds=0.3)
    b.add_clip(seconds=0.3)
    for index in faults:
        FAULTS[index](b)
    return b.write_dir(root / uuid.uuid4().hex)


@pytest.mark.usefixtures("cli_secrets")
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(faults=st.lists(st.integers(0, len(FAULTS) - 1), max_size=3, unique=True))
def test_check_and_import_agree(faults: list[int], tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    package = _package(tmp_path, faults)
    capsys.readouterr()
    checked = main(["check", str(package)])
    check_out = capsys.readouterr().out
    workspace = tmp_path / f"ws-{uuid.uuid4().hex}"
    imported = main(["--workspace", str(workspace), "import", str(package)])
    import_out, import_err = capsys.readouterr()
    assert checked == imported
    if checked == 2:
        assert check_out.startswith("Package refused")
        report = check_out.strip().rsplit("\nImport here:", 1)[0]  # check adds its verdict
        assert import_err.strip().endswith(report)  # the same report
        return
    assert checked == 0
    count = int(check_out.split(":")[1].split()[0])
    assert f"imported package 1: {count} clip(s)" in import_out
    assert main(["--workspace", str(workspace), "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["clips"]["pending"] == count


@pytest.mark.usefixtures("cli_secrets")
def test_lone_surrogate_is_refused_by_import_not_an_internal_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package = _package(tmp_path, [FAULTS.index(_surrogate)])
    assert main(["--workspace", str(tmp_path / "ws"), "import", str(package)]) == 2
    err = capsys.readouterr().err
    assert "pred_text: is not valid Unicode" in err
