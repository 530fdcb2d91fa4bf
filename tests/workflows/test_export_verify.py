"""`reviewer export verify`: real exports (and collected results) pass, tampered ones do not.

Exports are made by the real `export_results` on a workspace; tests/support/exports.py adds
what the format's contract says and this branch's export does not write yet (critical spans'
times, the header's audio keys, and the FLACs of an export with audio).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from reviewer.cli import main
from reviewer.core.errors import RefusedInput
from reviewer.core.export_schemas import SCHEMAS
from reviewer.vault.workspace import Workspace
from reviewer.workflows.export_verify import Layout, verify_export
from tests.support.exports import PACKAGE_A, PACKAGE_B, collect, flac, make_export, rehash
from tests.support.trust import TestOrganisation

ROOT = Path(__file__).resolve().parents[2]
A_MANIFEST = f"{PACKAGE_A}.manifest.jsonl"
A_STATUS = f"{PACKAGE_A}.status.jsonl"
A_HEADER = f"{PACKAGE_A}.header.json"
A_AUDIO = f"{PACKAGE_A}.audio"


@pytest.fixture
def enrolled(workspace: Workspace, organisation: TestOrganisation) -> Workspace:
    organisation.enroll(workspace)
    return workspace


@pytest.fixture
def plain_export(enrolled: Workspace, tmp_path: Path) -> Path:
    return make_export(enrolled, tmp_path / "plain", audio=False).out


@pytest.fixture
def audio_export(enrolled: Workspace, tmp_path: Path) -> Path:
    return make_export(enrolled, tmp_path / "audio", audio=True).out


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_bytes().decode("utf-8").split("\n") if x]


def _write_lines(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")


def _verify_cli(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["export", "verify", str(folder)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


# ---------------------------------------------------------------- the schemas

def test_the_schemas_are_draft_2020_12() -> None:
    for schema in SCHEMAS.values():
        Draft202012Validator.check_schema(schema)


def test_formats_md_carries_the_same_schemas() -> None:
    text = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    blocks = [json.loads(b) for b in re.findall(r"```json\n(.*?)\n```", text, re.DOTALL)]
    documented = {b["$id"]: b for b in blocks if str(b.get("$id", "")).startswith("urn:reviewer:")}
    assert documented == {s["$id"]: s for s in SCHEMAS.values()}


@pytest.mark.parametrize("audio", [False, True])
def test_real_exports_follow_the_schemas(enrolled: Workspace, tmp_path: Path,
                                         audio: bool) -> None:
    out = make_export(enrolled, tmp_path / "out", audio=audio).out
    headers = sorted(out.glob("*.header.json"))
    assert len(headers) == 2
    for header_path in headers:
        header = json.loads(header_path.read_text())
        Draft202012Validator(SCHEMAS["header"]).validate(header)
        for line in _lines(out / header["manifest_file"]):
            Draft202012Validator(SCHEMAS["manifest_line"]).validate(line)
        for line in _lines(out / header["status_file"]):
            Draft202012Validator(SCHEMAS["status_line"]).validate(line)
    merged = collect([out], tmp_path / "merged")
    for line in _lines(merged / "manifest.jsonl"):
        Draft202012Validator(SCHEMAS["collected_manifest_line"]).validate(line)
    for line in _lines(merged / "status.jsonl"):
        Draft202012Validator(SCHEMAS["status_line"]).validate(line)
    for line in _lines(merged / "headers.jsonl"):
        Draft202012Validator(SCHEMAS["header"]).validate(line)


def test_a_python_dollar_does_not_pass_a_trailing_newline(plain_export: Path) -> None:
    """JSON Schema patterns are ECMA-262: `^...$` ends at the end of the text. Python's `$`
    also matches before a final newline; the validator must not let "id\\n" pass."""
    rows = _lines(plain_export / A_MANIFEST)
    rows[0]["clip_id"] += "\n"
    _write_lines(plain_export / A_MANIFEST, rows)
    rehash(plain_export, PACKAGE_A)
    problems = [str(p) for p in verify_export(plain_export).problems]
    assert f"{A_MANIFEST}:1: clip_id: does not have the required shape" in problems


# ---------------------------------------------------------------- valid folders

def test_an_export_without_audio_is_valid(plain_export: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    report = verify_export(plain_export)
    assert report.problems == []
    assert report.layout is Layout.EXPORT
    assert (report.manifest_lines, report.status_lines, report.audio_checked) == (6, 4, 0)
    code, out = _verify_cli(plain_export, capsys)
    assert code == 0
    assert out == ("valid: 6 manifest line(s), 4 status line(s), 0 audio file(s) checked; "
                   "the audio was not included (audio_filepath names each clip's file in "
                   "its work package)\n")


def test_an_export_with_audio_is_valid(audio_export: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    # Package A (redacted): clip 2's span has no time, so its audio is withheld.
    assert [s["status"] for s in _lines(audio_export / A_STATUS)] == [
        "audio_withheld", "skipped", "escalated"]
    assert sorted(p.name for p in (audio_export / A_AUDIO).iterdir()) == [
        f"{line['clip_id']}.flac" for line in _lines(audio_export / A_MANIFEST)]
    code, out = _verify_cli(audio_export, capsys)
    assert code == 0
    assert out == "valid: 5 manifest line(s), 5 status line(s), 5 audio file(s) checked\n"


@pytest.mark.parametrize("audio", [False, True])
def test_collected_results_are_valid(enrolled: Workspace, tmp_path: Path, audio: bool,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = make_export(enrolled, tmp_path / "out", audio=audio).out
    merged = collect([out], tmp_path / "merged")
    if audio:
        assert (merged / PACKAGE_A).is_dir()
    report = verify_export(merged)
    assert report.problems == []
    assert report.layout is Layout.COLLECTED
    assert report.audio_checked == (5 if audio else 0)
    code, text = _verify_cli(merged, capsys)
    assert code == 0
    assert text.startswith(f"valid: {5 if audio else 6} manifest line(s)")


def test_a_real_sealed_export_is_refused_with_the_way_forward(
        enrolled: Workspace, tmp_path: Path, organisation: TestOrganisation,
        capsys: pytest.CaptureFixture[str]) -> None:
    from reviewer.core.profile import Profile, Role
    from reviewer.workflows.export_results import export_results
    from reviewer.workflows.trust import export_sealer
    from tests.support.exports import package
    from tests.support.trust import stored_profile

    organisation.enroll(enrolled, Profile("rev-042", Role.REVIEWER,
                                          export_recipients=(organisation.export_recipient,)))
    enrolled.packages.store(package(1, PACKAGE_A))
    from tests.support.exports import review

    review(enrolled, 1, 1)
    out = tmp_path / "sealed"
    export_results(enrolled, out, stored_profile(enrolled),
                   export_sealer(enrolled, organisation.crypto))
    assert [p.name for p in out.iterdir()] == [f"{PACKAGE_A}.export.age"]
    code, text = _verify_cli(out, capsys)
    assert code == 2
    assert text == (f"reviewer: {out} holds sealed exports ({PACKAGE_A}.export.age): open them "
                    "with `reviewer org collect` first\n")


def test_a_folder_without_results_is_one_line(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    code, text = _verify_cli(tmp_path, capsys)
    assert code == 2
    assert text.count("\n") == 1
    assert "holds no results" in text
    code, text = _verify_cli(tmp_path / "missing", capsys)
    assert (code, text.count("\n")) == (2, 1)


def test_export_keeps_its_out_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export"]) == 2
    assert "give --out DIR" in capsys.readouterr().err
    assert main(["export", "--out", "x", "verify", "y"]) == 2
    assert "takes no --out" in capsys.readouterr().err


# ---------------------------------------------------------------- tampering

Tamper = Callable[[Path], None]


def _edit_line(key: str, value: Any, line: int = 0, fix_digest: bool = False) -> Tamper:
    def tamper(out: Path) -> None:
        rows = _lines(out / A_MANIFEST)
        if value is _DELETE:
            del rows[line][key]
        else:
            rows[line][key] = value
        _write_lines(out / A_MANIFEST, rows)
        if fix_digest:
            rehash(out, PACKAGE_A)
    return tamper


_DELETE = object()


def _first_flac(out: Path) -> Path:
    return out / str(_lines(out / A_MANIFEST)[0]["audio_filepath"])


def _delete_audio(out: Path) -> None:
    _first_flac(out).unlink()


def _truncate_audio(out: Path) -> None:
    path = _first_flac(out)
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    rehash(out, PACKAGE_A)


def _replace_audio(out: Path) -> None:
    _first_flac(out).write_bytes(flac(1.0, freq=660.0))  # decodes, lasts 1 s: only the digest


def _wav_as_flac(out: Path) -> None:
    import io

    import numpy as np
    import soundfile as sf

    buf = io.BytesIO()
    sf.write(buf, np.zeros(16000, dtype=np.float32), 16000, format="WAV")
    _first_flac(out).write_bytes(buf.getvalue())
    rehash(out, PACKAGE_A)


def _longer_audio(out: Path) -> None:
    _first_flac(out).write_bytes(flac(1.2))
    rehash(out, PACKAGE_A)


def _unreferenced(out: Path) -> None:
    (out / A_AUDIO / "clip_00000001000000000000000000000009.flac").write_bytes(flac(1.0))


def _subfolder(out: Path) -> None:
    (out / A_AUDIO / "more").mkdir()


def _escaping_link(out: Path) -> None:
    outside = out.parent / "elsewhere.flac"
    outside.write_bytes(_first_flac(out).read_bytes())
    _first_flac(out).unlink()
    _first_flac(out).symlink_to(outside)


def _header(key: str, value: Any) -> Tamper:
    def tamper(out: Path) -> None:
        header = json.loads((out / A_HEADER).read_text())
        keys = key.split(".")
        target = header
        for k in keys[:-1]:
            target = target[k]
        target[keys[-1]] = value
        (out / A_HEADER).write_text(json.dumps(header, indent=2) + "\n")
    return tamper


def _status(key: str, value: Any, line: int = 0) -> Tamper:
    def tamper(out: Path) -> None:
        rows = _lines(out / A_STATUS)
        rows[line][key] = value
        _write_lines(out / A_STATUS, rows)
        rehash(out, PACKAGE_A)
    return tamper


def _raw_manifest(transform: Callable[[str], str]) -> Tamper:
    def tamper(out: Path) -> None:
        path = out / A_MANIFEST
        path.write_bytes(transform(path.read_bytes().decode("utf-8")).encode("utf-8"))
        rehash(out, PACKAGE_A)
    return tamper


def _sealed_beside(out: Path) -> None:
    (out / f"{PACKAGE_B}.export.age").write_bytes(b"age-encryption.org/v1\n")


def _raw_status(transform: Callable[[str], str]) -> Tamper:
    def tamper(out: Path) -> None:
        path = out / A_STATUS
        path.write_bytes(transform(path.read_bytes().decode("utf-8")).encode("utf-8"))
        rehash(out, PACKAGE_A)
    return tamper


def _withheld_first_status(out: Path) -> None:
    _status("status", "audio_withheld")(out)
    _status("skip_reason", None)(out)


def _audio_as_folder(out: Path) -> None:
    _first_flac(out).unlink()
    _first_flac(out).mkdir()


def _audio_folder_as_file(out: Path) -> None:
    for flac_file in (out / A_AUDIO).iterdir():
        flac_file.unlink()
    (out / A_AUDIO).rmdir()
    (out / A_AUDIO).write_bytes(b"")


def _status_as_link(out: Path) -> None:
    (out / A_STATUS).unlink()
    (out / A_STATUS).symlink_to(out / f"{PACKAGE_B}.status.jsonl")


M1 = f"{A_MANIFEST}:1"
TAMPERINGS: list[tuple[str, Tamper, str]] = [
    ("edited line", _edit_line("text", "call Bob at five"),
     f"{A_HEADER}: manifest_sha256 does not match {A_MANIFEST} (changed after export)"),
    ("deleted audio", _delete_audio, f"{M1}: audio_filepath: the file is missing"),
    ("truncated audio", _truncate_audio, f"{M1}: audio_filepath: the file "),
    ("replaced audio", _replace_audio,
     f"{A_HEADER}: audio_sha256 does not match the audio files (changed after export)"),
    ("WAV named .flac", _wav_as_flac, f"{M1}: audio_filepath: not a FLAC file (WAV)"),
    ("duration off by 0.2 s", _edit_line("duration", 1.2, fix_digest=True),
     f"{M1}: duration: 1.2 s, but the audio lasts 1.000 s (more than 0.1 s apart)"),
    ("audio 0.2 s longer", _longer_audio,
     f"{M1}: duration: 1.0 s, but the audio lasts 1.200 s (more than 0.1 s apart)"),
    ("path with ..", _edit_line("audio_filepath", f"{A_AUDIO}/../../x.flac",
                                fix_digest=True),
     f"{M1}: audio_filepath: has a '..' component"),
    ("absolute path", _edit_line("audio_filepath", "/etc/passwd", fix_digest=True),
     f"{M1}: audio_filepath: is absolute"),
    ("another clip's file", _edit_line(
        "audio_filepath", f"{A_AUDIO}/clip_00000001000000000000000000000003.flac",
        fix_digest=True),
     f"{M1}: audio_filepath: must be {A_AUDIO}/<clip_id>.flac"),
    ("extra key", _edit_line("device_id", "kitchen-7", fix_digest=True),
     f"{M1}: <key>: unexpected key"),
    ("NeMo key", _edit_line("offset", 0.5, fix_digest=True),
     f"{M1}: NeMo: offset: NeMo's reader gives this key a meaning"),
    ("missing text", _edit_line("text", _DELETE, fix_digest=True),
     f"{M1}: NeMo: text: missing (NeMo's transcript key)"),
    ("span without end", _edit_line("critical_spans", [
        {"category": "name", "start": 0.25, "end": None}], fix_digest=True),
     f"{M1}: critical_spans[0].end: must be a number"),
    ("span after the audio", _edit_line("critical_spans", [
        {"category": "name", "start": 0.25, "end": 3.0}], fix_digest=True),
     f"{M1}: critical_spans[0]: ends after the clip's duration"),
    ("unknown category", _edit_line("critical_categories", ["address"], fix_digest=True),
     f"{M1}: critical_categories[0]: must be one of \"name\""),
    ("unreferenced file", _unreferenced,
     f"{A_AUDIO}/clip_00000001000000000000000000000009.flac: not referenced by {A_MANIFEST}"),
    ("folder in the audio folder", _subfolder, f"{A_AUDIO}/more: unexpected folder"),
    ("link out of the folder", _escaping_link,
     f"{M1}: audio_filepath: leaves the folder (through a symbolic link)"),
    ("header digest", _header("manifest_sha256", "0" * 64),
     f"{A_HEADER}: manifest_sha256 does not match {A_MANIFEST}"),
    ("status digest", _header("status_sha256", "f" * 64),
     f"{A_HEADER}: status_sha256 does not match {A_STATUS}"),
    ("count", _header("counts.skipped", 2), f"{A_HEADER}: counts.skipped: 2, but the files hold 1"),
    ("header's package", _header("package_id", PACKAGE_B.replace("2", "3")),
     f"{A_HEADER}: package_id: not the package its file is named after"),
    ("header without audio keys", _header("audio", False),
     f"{A_HEADER}: audio_dir: must be null"),
    ("escalated with a reason", _status("skip_reason", "cant_hear", line=2),
     f"{A_STATUS}:3: skip_reason: must be null"),
    ("unknown status", _status("status", "lost", line=1),
     f"{A_STATUS}:2: status: must be one of \"skipped\", \"escalated\", \"audio_withheld\""),
    ("NaN", _raw_manifest(lambda t: t.replace('"duration": 1.0', '"duration": NaN', 1)),
     f"{M1}: uses NaN or Infinity, which JSON does not allow"),
    ("duplicate key", _raw_manifest(lambda t: t.replace('"text":', '"text": "x", "text":', 1)),
     f"{M1}: has a key that appears twice in one object"),
    ("blank line", _raw_manifest(lambda t: "\n" + t), f"{M1}: NeMo: is blank"),
    ("carriage return", _raw_manifest(lambda t: t.replace(", ", ",\r", 1)),
     f"{M1}: NeMo: holds a carriage return"),
    ("no final newline", _raw_manifest(lambda t: t.rstrip("\n")),
     f"{A_MANIFEST}: the last line does not end with a newline"),
    ("repeated clip", _raw_manifest(lambda t: t + t.split("\n")[0] + "\n"),
     f"{A_MANIFEST}:3: clip_id: also at {A_MANIFEST}:1"),
    ("span backwards", _edit_line("critical_spans", [
        {"category": "name", "start": 0.5, "end": 0.25}], fix_digest=True),
     f"{M1}: critical_spans[0]: ends before it starts"),
    ("category twice", _edit_line("critical_categories", ["name", "name"], fix_digest=True),
     f"{M1}: critical_categories: repeats an item"),
    ("negative WER", _edit_line("wer_vs_pred", -0.5, fix_digest=True),
     f"{M1}: wer_vs_pred: out of range"),
    ("answer under a free-text key", _edit_line("answers", {"Call Bob": True}, fix_digest=True),
     f"{M1}: answers: does not have the required shape"),  # the key is never quoted
    ("backslash in path", _edit_line("audio_filepath", f"{A_AUDIO}\\x.flac", fix_digest=True),
     f"{M1}: audio_filepath: holds a backslash or NUL"),
    ("empty path component", _edit_line("audio_filepath", f"{A_AUDIO}//x.flac",
                                        fix_digest=True),
     f"{M1}: audio_filepath: has an empty or '.' component"),
    ("audio file is a folder", _audio_as_folder, f"{M1}: audio_filepath: not a regular file"),
    ("audio folder is a file", _audio_folder_as_file, f"{A_AUDIO}: is not a folder"),
    ("status file is a link", _status_as_link, f"{A_STATUS}: not a regular file"),
    ("status line not an object", _raw_status(lambda t: "[]\n" + t),
     f"{A_STATUS}:1: is not a JSON object"),
    ("blank status line", _raw_status(lambda t: "\n" + t), f"{A_STATUS}:1: is blank"),
    ("header names another package's files", _header("manifest_file",
                                                      f"{PACKAGE_B}.manifest.jsonl"),
     f'{A_HEADER}: manifest_file: must be "{A_MANIFEST}"'),
]


@pytest.mark.parametrize(("tamper", "expected"), [(t, e) for _, t, e in TAMPERINGS],
                         ids=[name for name, _, _ in TAMPERINGS])
def test_tampering_is_reported(audio_export: Path, tamper: Tamper, expected: str,
                               capsys: pytest.CaptureFixture[str]) -> None:
    assert verify_export(audio_export).problems == []
    tamper(audio_export)
    code, out = _verify_cli(audio_export, capsys)
    assert code == 2
    lines = out.splitlines()
    assert lines[0].startswith("invalid: ")
    assert any(line.startswith(f"  {expected}") for line in lines[1:]), out
    assert "kitchen-7" not in out  # values are never quoted
    assert "Bob" not in out


def test_a_sealed_export_beside_clear_ones_is_refused(audio_export: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    _sealed_beside(audio_export)
    code, out = _verify_cli(audio_export, capsys)
    assert code == 2
    assert f"holds sealed exports ({PACKAGE_B}.export.age)" in out


def test_an_audio_folder_in_an_export_without_audio(plain_export: Path) -> None:
    (plain_export / A_AUDIO).mkdir()
    problems = [str(p) for p in verify_export(plain_export).problems]
    assert problems == [f"{A_AUDIO}: an audio folder, but the header says the audio was not "
                        "included"]


@pytest.mark.parametrize(("tamper", "expected"), [
    (_edit_line("audio_filepath", "audio/clip_00000001000000000000000000000009.wav",
                fix_digest=True),
     f"{M1}: audio_filepath: must be audio/<clip_id>.<ext> (the clip's file in its package)"),
    (_withheld_first_status,
     f"{A_HEADER}: audio_withheld clips in an export without audio"),
], ids=["another clip's package file", "withheld without audio"])
def test_tampering_an_export_without_audio_is_reported(plain_export: Path, tamper: Tamper,
                                                       expected: str) -> None:
    assert verify_export(plain_export).problems == []
    tamper(plain_export)
    problems = [str(p) for p in verify_export(plain_export).problems]
    assert expected in problems, problems


def test_an_export_beside_collected_results_is_refused(plain_export: Path) -> None:
    (plain_export / "headers.jsonl").write_text("")
    with pytest.raises(RefusedInput, match=r"holds both an export .* and collected results"):
        verify_export(plain_export)


def test_a_manifest_without_its_header(plain_export: Path) -> None:
    (plain_export / A_HEADER).unlink()
    problems = [str(p) for p in verify_export(plain_export).problems]
    assert f"{A_MANIFEST}: no {A_HEADER} beside it" in problems


def test_the_printed_problems_are_capped(audio_export: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    for n in range(250):
        (audio_export / A_AUDIO / f"stray{n:03d}.flac").write_bytes(b"")
    code, out = _verify_cli(audio_export, capsys)
    assert code == 2
    lines = out.splitlines()
    assert lines[0] == f"invalid: 250 problem(s) in {audio_export} (export folder)"
    assert len(lines) == 1 + 200 + 1
    assert lines[-1] == "  ... and 50 more problem(s)"


# ---------------------------------------------------------------- collected, tampered

@pytest.fixture
def merged(audio_export: Path, tmp_path: Path) -> Path:
    return collect([audio_export], tmp_path / "merged")


def _merged_lines(name: str, change: Callable[[list[dict[str, Any]]], object]) -> Tamper:
    def tamper(folder: Path) -> None:
        rows = _lines(folder / name)
        change(rows)
        _write_lines(folder / name, rows)
    return tamper


def _set(key: str, value: Any, line: int = 0) -> Callable[[list[dict[str, Any]]], None]:
    def change(rows: list[dict[str, Any]]) -> None:
        rows[line][key] = value
    return change


def _drop_merged_audio(folder: Path) -> None:
    (folder / _lines(folder / "manifest.jsonl")[0]["audio_filepath"]).unlink()


def _drop_merged_package(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder / PACKAGE_A)


COLLECTED_TAMPERINGS: list[tuple[str, Tamper, str]] = [
    ("edited line", _merged_lines("manifest.jsonl", _set("text", "call Bob at five")),
     f"headers.jsonl:1: manifest_sha256 does not match the lines of package {PACKAGE_A}"),
    ("dropped line", _merged_lines("manifest.jsonl", lambda rows: rows.pop(0)),
     f"headers.jsonl:1: manifest_sha256 does not match the lines of package {PACKAGE_A}"),
    ("edited status", _merged_lines("status.jsonl", _set("skip_reason", "other", line=1)),
     f"headers.jsonl:1: status_sha256 does not match the status lines of package {PACKAGE_A}"),
    ("dropped status", _merged_lines("status.jsonl", lambda rows: rows.pop()),
     "status.jsonl: holds 4 line(s), but the headers count 5"),
    ("unknown package", _merged_lines("manifest.jsonl", _set(
        "audio_filepath", "pkg_7e570000000000000000000000000009/"
                          "clip_00000001000000000000000000000001.flac")),
     "manifest.jsonl:1: audio_filepath: names a package not in headers.jsonl"),
    ("twice collected", _merged_lines("headers.jsonl", lambda rows: rows.append(rows[0])),
     "headers.jsonl:3: package_id: also at headers.jsonl:1"),
    ("deleted audio", _drop_merged_audio, "manifest.jsonl:1: audio_filepath: the file is missing"),
    ("source path", _merged_lines("manifest.jsonl", _set("source_audio_filepath", "")),
     "manifest.jsonl:1: source_audio_filepath: has too many or too few"),
    ("another clip's audio", _merged_lines("manifest.jsonl", _set(
        "audio_filepath", f"{PACKAGE_A}/clip_00000001000000000000000000000009.flac")),
     "manifest.jsonl:1: audio_filepath: must be <package_id>/<clip_id>.flac"),
    ("package folder gone", _drop_merged_package,
     "manifest.jsonl:1: audio_filepath: the file is missing"),
    ("unknown status", _merged_lines("status.jsonl", _set("status", "lost")),
     "status.jsonl:1: status: must be one of"),
    ("header without its audio flag", _merged_lines("headers.jsonl", _set("audio", "yes")),
     "headers.jsonl:1: audio: must be true or false"),
]


@pytest.mark.parametrize(("tamper", "expected"), [(t, e) for _, t, e in COLLECTED_TAMPERINGS],
                         ids=[name for name, _, _ in COLLECTED_TAMPERINGS])
def test_tampered_collected_results_are_reported(merged: Path, tamper: Tamper, expected: str
                                                 ) -> None:
    assert verify_export(merged).problems == []
    tamper(merged)
    problems = [str(p) for p in verify_export(merged).problems]
    assert any(p.startswith(expected) for p in problems), problems


def test_a_source_path_from_a_join_map_is_allowed(merged: Path) -> None:
    rows = _lines(merged / "manifest.jsonl")
    rows[0]["source_audio_filepath"] = "corpus/utt1.wav"
    _write_lines(merged / "manifest.jsonl", rows)
    assert verify_export(merged).problems == []


def test_header_digests_are_those_of_the_files(audio_export: Path) -> None:
    header = json.loads((audio_export / A_HEADER).read_text())
    assert header["manifest_sha256"] == hashlib.sha256(
        (audio_export / A_MANIFEST).read_bytes()).hexdigest()
