"""Nothing rides along in the container: no comments, no unknown extra fields, no folders but
audio/, no empty folders. Each of these can carry a name or a number past a gate that only
reads the files."""

from __future__ import annotations

import stat
import struct
import zipfile
from pathlib import Path

import pytest

from reviewer.intake.gate import read_package
from tests.intake import zipcraft
from tests.intake.conftest import refusal
from tests.support.package_builder import PackageBuilder, audio_name

_UT = struct.pack("<HHBl", 0x5455, 5, 1, 1_700_000_000)  # an extended timestamp: allowed


def _with_extra(b: PackageBuilder, path: Path, extra: bytes) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in b.entries().items():
            info = zipfile.ZipInfo(name)
            info.extra = extra if name == audio_name(1) else b""
            zf.writestr(info, data)
    return path


def test_archive_comment_is_refused(builder: PackageBuilder, tmp_path: Path) -> None:
    path = builder.write_zip(tmp_path / "p.zip")
    with zipfile.ZipFile(path, "a") as zf:
        zf.comment = b"Maria Delgado, +1 415 555 0142"
    problems = refusal(path)
    assert ("archive", "<package>") in [(p.rule, p.file) for p in problems]
    assert "Maria" not in "\n".join(map(str, problems))


def test_entry_comment_is_refused(builder: PackageBuilder, tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in builder.entries().items():
            info = zipfile.ZipInfo(name)
            if name == audio_name(2):
                info.comment = b"recorded at 221B Baker Street"
            zf.writestr(info, data)
    assert ("archive", audio_name(2)) in [(p.rule, p.file) for p in refusal(path)]


def test_known_extra_field_is_accepted(builder: PackageBuilder, tmp_path: Path) -> None:
    assert len(read_package(_with_extra(builder, tmp_path / "p.zip", _UT)).clips) == 2


@pytest.mark.parametrize("extra", [
    struct.pack("<HH", 0xCAFE, 13) + b"Maria Delgado",  # an unknown id carrying text
    struct.pack("<HH", 0x6375, 9) + b"\x01\x00\x00\x00\x00Anna",  # Info-ZIP unicode comment
    _UT + struct.pack("<HH", 0x9901, 0),  # AES, after an allowed one
    b"\x55\x54\x09",  # truncated header
    struct.pack("<HH", 0x5455, 40) + b"\x01",  # declares more than it holds
])
def test_unknown_or_malformed_extra_field_is_refused(builder: PackageBuilder, tmp_path: Path,
                                                     extra: bytes) -> None:
    path = _with_extra(builder, tmp_path / "p.zip", extra)
    # zipfile itself gives up on some malformed fields: then the whole archive is refused.
    assert {("archive", audio_name(1)), ("archive", "<package>")} & {
        (p.rule, p.file) for p in refusal(path)}


def test_extra_field_in_the_local_header_only_is_refused(builder: PackageBuilder,
                                                         tmp_path: Path) -> None:
    """zipfile never reads the local header's extra field; the gate reads it itself."""
    path = _with_extra(builder, tmp_path / "p.zip", _UT)
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(audio_name(1))
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode())
    struct.pack_into("<H", data, start, 0xCAFE)
    path.write_bytes(bytes(data))
    assert ("archive", audio_name(1)) in [(p.rule, p.file) for p in refusal(path)]


@pytest.mark.parametrize("folder", ["maria_delgado/", "audio/4155550142/", "contacts/",
                                    "audio/sub/"])
def test_zip_folder_other_than_audio_is_refused(builder: PackageBuilder, tmp_path: Path,
                                                folder: str) -> None:
    path = zipcraft.write_zip_with(builder, tmp_path / "p.zip",
                                   [(zipcraft.entry(folder, stat.S_IFDIR | 0o755), b"")])
    problems = refusal(path)
    assert ("path", "<path>") in [(p.rule, p.file) for p in problems]
    assert folder.strip("/").split("/")[-1] not in "\n".join(map(str, problems))


@pytest.mark.parametrize("folder", ["Maria Delgado", "zed.quill@example.org", "audio/old"])
def test_empty_or_extra_folders_in_a_directory_package_are_refused(
        builder: PackageBuilder, tmp_path: Path, folder: str) -> None:
    root = builder.write_dir(tmp_path / "pkg")
    (root / folder).mkdir()
    problems = refusal(root)
    assert {p.rule for p in problems} == {"path"}
    assert {p.file for p in problems} == {"<path>"}
    assert any("empty" in p.message for p in problems)


def test_the_audio_folder_entry_is_fine(builder: PackageBuilder, tmp_path: Path) -> None:
    path = zipcraft.write_zip_with(builder, tmp_path / "p.zip",
                                   [(zipcraft.entry("audio/", stat.S_IFDIR | 0o755), b"")])
    assert len(read_package(path).clips) == 2
