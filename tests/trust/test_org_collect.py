"""`org collect` merges exports made by workstations whose users hold the signing key: an
export can be genuine and still hostile, so its contents are checked as well as its signature."""

from __future__ import annotations

import json

import pytest

from reviewer.core.trust import TrustRefused
from reviewer.vault.workspace import Workspace
from reviewer.workflows.org_collect import OpenedExport, merge, open_export
from reviewer.workflows.trust import export_sealer
from tests.support.trust import TestOrganisation

PKG_A, PKG_B = "pkg_" + "a" * 32, "pkg_" + "b" * 32
CLIP = "c_" + "1" * 32


def _manifest(*lines: dict[str, object]) -> bytes:
    return "".join(json.dumps(x) + "\n" for x in lines).encode()


def _export(package_id: str, audio_filepath: str, audio: bytes | None) -> OpenedExport:
    files = {f"{package_id}.manifest.jsonl": _manifest(
        {"clip_id": CLIP, "audio_filepath": audio_filepath, "duration": 1.0, "text": "hi"}),
             f"{package_id}.status.jsonl": _manifest({"clip_id": CLIP, "status": "done"}),
             f"{package_id}.header.json": json.dumps({"package_id": package_id}).encode()}
    if audio is not None:
        files[audio_filepath] = audio
    return OpenedExport("rev-042", files)


def test_audio_is_collected_per_package_and_the_join_map_restores_the_source() -> None:
    own = f"{PKG_A}.audio/{CLIP}.flac"
    collected = merge([_export(PKG_A, own, b"fLaC a")],
                      {CLIP: {"source_audio_filepath": "calls/utt1.wav"}})
    assert collected.audio == {f"{PKG_A}/{CLIP}.flac": b"fLaC a"}
    (line,) = collected.training
    assert line["audio_filepath"] == f"{PKG_A}/{CLIP}.flac"
    assert line["source_audio_filepath"] == "calls/utt1.wav"
    assert collected.statuses == [{"clip_id": CLIP, "status": "done"}]
    assert collected.headers == [{"package_id": PKG_A}]


def test_an_export_without_audio_and_outside_the_join_map_keeps_the_package_path() -> None:
    collected = merge([_export(PKG_A, f"audio/{CLIP}.wav", None)], {})
    (line,) = collected.training
    assert line["audio_filepath"] == f"{PKG_A}/{CLIP}.wav"
    assert "source_audio_filepath" not in line
    assert collected.audio == {}


@pytest.mark.parametrize(("exports", "message"), [
    # One package's manifest pointing at audio the export holds for another package.
    ([_export(PKG_A, f"{PKG_B}.audio/{CLIP}.flac", b"fLaC b")], "another package's audio"),
    # The same package exported twice with audio: which FLAC is right cannot be told.
    ([_export(PKG_A, f"{PKG_A}.audio/{CLIP}.flac", b"fLaC 1"),
      _export(PKG_A, f"{PKG_A}.audio/{CLIP}.flac", b"fLaC 2")], "two exports hold the audio"),
    # A manifest that names its own audio folder without the file in it.
    ([OpenedExport("rev-042", {
        f"{PKG_A}.manifest.jsonl": _manifest({"clip_id": CLIP,
                                              "audio_filepath": f"{PKG_A}.audio/{CLIP}.flac"}),
        f"{PKG_A}.audio/c_{'2' * 32}.flac": b"fLaC"})], "names audio it does not hold"),
    ([OpenedExport("rev-042", {f"{PKG_A}.header.json": b"{not json"})],
     "not what `reviewer export` writes"),
    ([OpenedExport("rev-042", {f"{PKG_A}.manifest.jsonl": _manifest({"clip_id": CLIP})})],
     "not what `reviewer export` writes"),
])
def test_an_export_whose_files_do_not_add_up_is_refused(exports: list[OpenedExport],
                                                        message: str) -> None:
    with pytest.raises(TrustRefused, match=message):
        merge(exports, {})


@pytest.mark.parametrize("name", [
    "../outside.manifest.jsonl",
    f"{PKG_A}.notes.txt",
    f"{PKG_A}.audio/../../{CLIP}.flac",
    f"{PKG_A}.audio/{CLIP}.wav",
    f"../{PKG_A}.audio/{CLIP}.flac",
])
def test_a_signed_export_with_an_entry_export_never_writes_is_refused(
        ws: Workspace, org: TestOrganisation, name: str) -> None:
    org.enroll(ws)
    sealed = export_sealer(ws, org.crypto)(
        {f"{PKG_A}.header.json": b"{}", name: b"x"}, (org.export_recipient,))
    with pytest.raises(TrustRefused, match="unexpected entry"):
        open_export(org.crypto, org.organisation, org.secrets, sealed)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x1c", "\x1d", "\x1e"])
def test_a_transcript_holding_a_unicode_line_separator_is_one_line(separator: str) -> None:
    """Exports write JSON Lines with ensure_ascii=False: these characters stay raw inside a
    string (JSON allows them), and only "\\n" ends a line. str.splitlines() broke such a line
    in two and refused the whole collect."""
    text = f"first{separator}second"
    files = {f"{PKG_A}.manifest.jsonl": (json.dumps(
        {"clip_id": CLIP, "audio_filepath": f"audio/{CLIP}.wav", "duration": 1.0,
         "text": text}, ensure_ascii=False) + "\n").encode(),
             f"{PKG_A}.status.jsonl": _manifest({"clip_id": CLIP, "status": "done"}),
             f"{PKG_A}.header.json": json.dumps({"package_id": PKG_A}).encode()}
    (line,) = merge([OpenedExport("rev-042", files)], {}).training
    assert line["text"] == text
