"""Path and archive attacks: every unsafe name or entry refuses the package."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.intake.paths import path_problem, shown_path
from tests.intake import zipcraft
from tests.intake.conftest import Gate, refusal, rules
from tests.support.package_builder import PackageBuilder, audio_name, clip_id


@pytest.mark.parametrize(("path", "why"), [
    ("/etc/passwd", "absolute"), ("audio/../../x.wav", ".."), ("../x.wav", ".."),
    ("C:/audio/x.wav", "drive"), ("c:x.wav", "drive"), ("audio\\x.wav", "backslash"),
    ("audio/x\x00.wav", "NUL"), ("", "empty"), ("audio//x.wav", "empty"),
    ("./x.wav", "'.'"), ("audio/x\n.wav", "control"),
])
def test_unsafe_paths_are_named(path: str, why: str) -> None:
    problem = path_problem(path)
    assert problem is not None
    assert why in problem


@pytest.mark.parametrize("path", ["audio/clip_1.wav", "a/b/c/d.flac", "x.ogg", "audio/é.wav"])
def test_safe_paths_pass(path: str) -> None:
    assert path_problem(path) is None


def test_unsafe_or_identity_paths_are_not_echoed() -> None:
    assert shown_path(f"audio/{clip_id(1)}.wav") == f"audio/{clip_id(1)}.wav"
    for path in ["/home/anna/x.wav", "audio/zed@example.org.wav", "audio/221B Baker Street.wav",
                 "audio/x y.wav", "../secret.wav"]:
        assert shown_path(path) == "<path>"


@pytest.mark.parametrize("bad", ["/tmp/x.wav", "audio/../audio/clip_000001.wav",
                                 "C:/x.wav", "audio\\clip_000001.wav", "audio/x\x00.wav"])
def test_unsafe_audio_filepath_in_manifest_is_refused(builder: PackageBuilder,
                                                      gate_refuses: Gate, bad: str) -> None:
    builder.lines[0]["audio_filepath"] = bad
    problems = gate_refuses(builder)
    assert {(p.rule, p.line, p.field) for p in problems} & {
        ("path", 1, "audio_filepath"), ("unicode", 1, "audio_filepath")}


def test_symlinked_file_in_directory_is_refused(builder: PackageBuilder, tmp_path: Path) -> None:
    root = builder.write_dir(tmp_path / "pkg")
    target = root / "audio" / f"{clip_id(1)}.wav"
    outside = tmp_path / "outside.wav"
    target.rename(outside)
    target.symlink_to(outside)
    problems = refusal(root)
    assert ("link", f"audio/{clip_id(1)}.wav") in [(p.rule, p.file) for p in problems]


def test_symlinked_folder_in_directory_is_refused(builder: PackageBuilder,
                                                  tmp_path: Path) -> None:
    root = builder.write_dir(tmp_path / "pkg")
    (root / "audio").rename(tmp_path / "elsewhere")
    (root / "audio").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    problems = refusal(root)
    assert ("link", "audio") in [(p.rule, p.file) for p in problems]
    assert "missing" in rules(problems)  # nothing was read through the link


def test_fifo_in_directory_is_refused(builder: PackageBuilder, tmp_path: Path) -> None:
    root = builder.write_dir(tmp_path / "pkg")
    os.mkfifo(root / "audio" / "pipe")
    problems = refusal(root)
    assert ("device", "<path>") in [(p.rule, p.file) for p in problems]


def test_unreferenced_file_is_refused(builder: PackageBuilder, gate_refuses: Gate) -> None:
    builder.files["audio/contacts.vcf"] = b"BEGIN:VCARD"
    builder.files["notes.txt"] = b"x"
    problems = gate_refuses(builder)
    assert [(p.rule, p.file) for p in problems] == [
        ("unreferenced", "<path>"), ("unreferenced", "<path>")]


def test_missing_referenced_file_is_refused(builder: PackageBuilder, gate_refuses: Gate) -> None:
    del builder.files[f"audio/{clip_id(2)}.wav"]
    problems = gate_refuses(builder)
    assert [(p.rule, p.line, p.field) for p in problems] == [("missing", 2, "audio_filepath")]


@pytest.mark.parametrize("missing", ["package.json", "clips.jsonl"])
def test_missing_package_files_are_refused(builder: PackageBuilder, tmp_path: Path,
                                           missing: str) -> None:
    root = builder.write_dir(tmp_path / "pkg")
    (root / missing).unlink()
    problems = refusal(root)
    assert ("missing", missing) in [(p.rule, p.file) for p in problems]


def test_zip_symlink_entry_is_refused(builder: PackageBuilder, tmp_path: Path) -> None:
    path = zipcraft.write_zip_with(builder, tmp_path / "p.zip",
                                   [(zipcraft.symlink_entry("audio/link.wav"), b"/etc/passwd")])
    problems = refusal(path)
    assert ("link", "<path>") in [(p.rule, p.file) for p in problems]


@pytest.mark.parametrize("make", [zipcraft.char_device_entry, zipcraft.fifo_entry])
def test_zip_device_entry_is_refused(builder: PackageBuilder, tmp_path: Path,
                                     make: Callable[[str], zipfile.ZipInfo]) -> None:
    info = make("audio/dev")
    path = zipcraft.write_zip_with(builder, tmp_path / "p.zip", [(info, b"")])
    assert ("device", "<path>") in [(p.rule, p.file) for p in refusal(path)]


def test_zip_case_insensitive_duplicate_is_refused(builder: PackageBuilder,
                                                   tmp_path: Path) -> None:
    path = zipcraft.write_zip_with(
        builder, tmp_path / "p.zip",
        [(zipfile.ZipInfo(audio_name(1).upper()), builder.files[audio_name(1)])])
    assert "duplicate" in rules(refusal(path))


def test_zip_exact_duplicate_is_refused(builder: PackageBuilder, tmp_path: Path) -> None:
    path = builder.write_zip(tmp_path / "p.zip")
    with pytest.warns(UserWarning, match="Duplicate name"), zipfile.ZipFile(path, "a") as zf:
        zf.writestr("clips.jsonl", b"")
    assert ("duplicate", "clips.jsonl") in [(p.rule, p.file) for p in refusal(path)]


@pytest.mark.parametrize(("name", "rule"), [
    ("../evil.wav", "path"), ("/abs/evil.wav", "path"), ("C:/evil.wav", "path"),
    ("audio\\evil.wav", "path"),
])
def test_zip_unsafe_entry_names_are_refused(builder: PackageBuilder, tmp_path: Path,
                                            name: str, rule: str) -> None:
    path = zipcraft.write_zip_with(builder, tmp_path / "p.zip",
                                   [(zipfile.ZipInfo(name), b"x")])
    problems = refusal(path)
    assert (rule, "<path>") in [(p.rule, p.file) for p in problems]


def test_zip_nul_in_entry_name_is_refused(builder: PackageBuilder, tmp_path: Path) -> None:
    path = zipcraft.write_zip_with(builder, tmp_path / "p.zip",
                                   [(zipfile.ZipInfo("audio/evilXwav"), b"x")])
    zipcraft.rename_entry(path, b"audio/evilXwav", b"audio/evil\x00wav")
    problems = refusal(path)
    assert ("path", "<package>") in [(p.rule, p.file) for p in problems]


def test_zip_encrypted_entry_is_refused(builder: PackageBuilder, tmp_path: Path) -> None:
    info = zipfile.ZipInfo(f"audio/{clip_id(1)}.wav")
    builder.files.pop(f"audio/{clip_id(1)}.wav")
    path = zipcraft.write_zip_with(builder, tmp_path / "p.zip", [(info, b"x" * 20)])
    data = bytearray(path.read_bytes())
    for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        pos = 0
        while (pos := data.find(sig, pos)) >= 0:
            if data.find(f"audio/{clip_id(1)}.wav".encode(), pos) == pos + (30 if off == 6 else 46):
                data[pos + off] |= 1
            pos += 1
    path.write_bytes(bytes(data))
    assert ("archive", f"audio/{clip_id(1)}.wav") in [(p.rule, p.file) for p in refusal(path)]


def test_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    path.write_bytes(b"this is not a zip archive")
    assert [(p.rule, p.file) for p in refusal(path)] == [("archive", "<package>")]


def test_missing_package_is_refused(tmp_path: Path) -> None:
    assert [p.rule for p in refusal(tmp_path / "nope")] == ["missing"]


def test_package_nested_in_a_folder_gets_a_hint(builder: PackageBuilder, tmp_path: Path) -> None:
    path = tmp_path / "nested.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in builder.entries().items():
            zf.writestr(f"pkg_folder/{name}", data)
    problems = refusal(path)
    header = [p for p in problems if p.file == "package.json"]
    assert len(header) == 1
    assert "inside a folder" in header[0].message


def test_zip_link_posing_as_a_folder_is_refused(builder: PackageBuilder, tmp_path: Path) -> None:
    path = zipcraft.write_zip_with(builder, tmp_path / "p.zip",
                                   [(zipcraft.symlink_entry("audio/sub/"), b"/etc")])
    assert ("link", "<path>") in [(p.rule, p.file) for p in refusal(path)]


def test_zip_folder_entries_are_fine(builder: PackageBuilder, tmp_path: Path) -> None:
    import stat as st
    path = zipcraft.write_zip_with(builder, tmp_path / "p.zip",
                                   [(zipcraft.entry("audio/", st.S_IFDIR | 0o755), b"")])
    from reviewer.intake.gate import read_package
    assert len(read_package(path).clips) == 2
