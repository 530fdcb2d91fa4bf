"""Audio rules: complete decoding, length, channels, rate, duration; re-encoding without tags."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from reviewer.core.flac_meta import strip_flac_metadata
from reviewer.core.package import AcceptedPackage
from reviewer.intake.audio_probe import AudioRefused, transcode
from tests.intake import audio_files
from tests.intake.conftest import Gate
from tests.support.package_builder import PACKAGE_ID, PackageBuilder, clip_id, encode, tone


def flac_blocks(flac: bytes) -> list[int]:
    """Metadata block types in a FLAC stream."""
    assert flac[:4] == b"fLaC"
    pos, types = 4, []
    while True:
        header = flac[pos]
        types.append(header & 0x7F)
        pos += 4 + int.from_bytes(flac[pos + 1:pos + 4], "big")
        if header & 0x80:
            return types


@pytest.mark.parametrize(("fmt", "subtype", "rate", "channels"), [
    ("WAV", "PCM_16", 16000, 1), ("WAV", "PCM_24", 44100, 2), ("WAV", "FLOAT", 8000, 1),
    ("WAV", "PCM_U8", 22050, 1), ("FLAC", "PCM_16", 48000, 2), ("OGG", "VORBIS", 16000, 1),
    ("OGG", "OPUS", 48000, 1), ("MP3", "MPEG_LAYER_III", 16000, 1),
])
def test_formats_are_reencoded_to_bare_mono_flac(fmt: str, subtype: str, rate: int,
                                                 channels: int) -> None:
    data = encode(tone(1.0, rate, channels), rate, fmt, subtype)
    audio = transcode(data, 1.0, 120)
    info = sf.info(io.BytesIO(audio.flac))
    assert (info.format, info.subtype, info.channels, info.samplerate) == (
        "FLAC", "PCM_16", 1, rate)
    assert audio.sample_rate == rate
    assert abs(audio.seconds - 1.0) <= 0.1
    assert flac_blocks(audio.flac) == [0]  # STREAMINFO only: not even a vendor string


def test_stereo_is_downmixed_by_averaging() -> None:
    x = tone(1.0)
    audio = transcode(audio_files.stereo(x, np.zeros_like(x)), 1.0, 120)
    mono, _ = sf.read(io.BytesIO(audio.flac), dtype="float32")
    assert np.allclose(mono, x / 2, atol=2e-4)


@pytest.mark.parametrize("fmt", ["WAV", "FLAC", "OGG"])
def test_container_tags_do_not_survive(fmt: str) -> None:
    audio = transcode(audio_files.with_tags(fmt), 1.0, 120)
    _assert_no_secret(audio.flac)


def test_id3_tag_does_not_survive() -> None:
    audio = transcode(audio_files.mp3_with_id3(), 1.0, 120)
    _assert_no_secret(audio.flac)


@pytest.mark.parametrize(("chunk", "payload"), [
    (b"bext", audio_files.bext_payload(audio_files.SECRET)),
    (b"id3 ", audio_files.id3v2(audio_files.SECRET)),
    (b"iXML", f"<BWFXML><NOTE>{audio_files.SECRET}</NOTE></BWFXML>".encode()),
])
def test_broadcast_wave_and_id3_chunks_do_not_survive(chunk: bytes, payload: bytes) -> None:
    data = audio_files.wav_with_chunk(chunk, payload)
    assert audio_files.SECRET.encode() in data
    _assert_no_secret(transcode(data, 1.0, 120).flac)


@pytest.mark.parametrize(("fmt", "subtype"), [("AIFF", "PCM_16"), ("W64", "PCM_16"),
                                              ("CAF", "PCM_16"), ("AU", "PCM_16")])
def test_formats_outside_the_package_spec_are_refused(fmt: str, subtype: str) -> None:
    with pytest.raises(AudioRefused, match="format is not"):
        transcode(encode(tone(1.0), 16000, fmt, subtype), 1.0, 120)


def _assert_no_secret(flac: bytes) -> None:
    for piece in ("Anna", "Quill", "Baker", "example.org"):
        assert piece.encode() not in flac
        assert piece.encode("utf-16-le") not in flac
    with sf.SoundFile(io.BytesIO(flac)) as f:
        assert not any(f.copy_metadata().values())
    assert flac_blocks(flac) == [0]


def test_strip_keeps_the_audio_stream() -> None:
    raw = io.BytesIO()
    sf.write(raw, tone(0.5), 16000, format="FLAC")
    stripped = strip_flac_metadata(raw.getvalue())
    a, _ = sf.read(io.BytesIO(raw.getvalue()))
    b, _ = sf.read(io.BytesIO(stripped))
    assert np.array_equal(a, b)


@pytest.mark.parametrize(("data", "why"), [
    (b"", "cannot be decoded"), (b"RIFF\x00\x00\x00\x00WAVEjunk", "cannot be decoded"),
    (b"\x00" * 4096, "cannot be decoded"), (b"ID3" + b"\xff" * 100, "cannot be decoded"),
])
def test_garbage_is_refused(data: bytes, why: str) -> None:
    with pytest.raises(AudioRefused, match=why):
        transcode(data, 1.0, 120)


def test_truncated_wav_is_refused() -> None:
    data = encode(tone(1.0), 16000, "WAV")
    with pytest.raises(AudioRefused, match="does not decode completely"):
        transcode(data[: len(data) // 2], 1.0, 120)


def test_truncated_flac_is_refused() -> None:
    data = encode(tone(2.0), 16000, "FLAC")
    with pytest.raises(AudioRefused):
        transcode(data[: len(data) // 2], 2.0, 120)


def test_too_long_is_refused_and_the_limit_itself_is_accepted() -> None:
    with pytest.raises(AudioRefused, match="longer than"):
        transcode(encode(tone(3.0), 16000), 3.0, 2)
    assert transcode(encode(tone(2.0), 16000), 2.0, 2).frames == 32000


def test_more_than_two_channels_is_refused() -> None:
    with pytest.raises(AudioRefused, match="more than 2 channels"):
        transcode(encode(tone(1.0, channels=3), 16000), 1.0, 120)


@pytest.mark.parametrize("rate", [4000, 7999, 48001, 96000])
def test_rate_outside_range_is_refused(rate: int) -> None:
    with pytest.raises(AudioRefused, match="sample rate"):
        transcode(encode(tone(1.0, rate), rate), 1.0, 120)


@pytest.mark.parametrize("rate", [8000, 48000])
def test_rate_bounds_are_accepted(rate: int) -> None:
    assert transcode(encode(tone(1.0, rate), rate), 1.0, 120).sample_rate == rate


@pytest.mark.parametrize(("declared", "ok"), [(1.0, True), (1.09, True), (0.91, True),
                                              (1.11, False), (0.85, False), (2.0, False)])
def test_declared_duration_must_match_within_a_tenth(declared: float, ok: bool) -> None:
    data = encode(tone(1.0), 16000)
    if ok:
        transcode(data, declared, 120)
    else:
        with pytest.raises(AudioRefused, match="declared duration"):
            transcode(data, declared, 120)


def test_wav_header_overstating_its_data_is_refused() -> None:
    with pytest.raises(AudioRefused, match="header claims more"):
        transcode(audio_files.wav_claiming(2 * 16000), 1.0, 120)


def test_gate_reports_every_bad_clip(builder: PackageBuilder, gate_refuses: Gate) -> None:
    builder.add_clip(seconds=1.0, channels=3)
    builder.add_clip(seconds=1.0, rate=96000)
    builder.lines[0]["duration"] = 5.0
    problems = gate_refuses(builder)
    assert sorted((p.file, p.rule) for p in problems) == [
        (f"audio/{clip_id(1)}.wav", "audio"), (f"audio/{clip_id(3)}.wav", "audio"),
        (f"audio/{clip_id(4)}.wav", "audio")]


def test_gate_output_and_progress(builder: PackageBuilder, gate_accepts: Any,
                                  tmp_path: Any) -> None:
    builder.add_clip(fmt="FLAC", seconds=2.0)
    package: AcceptedPackage = gate_accepts(builder)
    assert [c.record.clip_id for c in package.clips] == [
        clip_id(1), clip_id(2), clip_id(3)]
    assert package.total_seconds == pytest.approx(4.0, abs=0.01)
    assert package.header.package_id == PACKAGE_ID

    from reviewer.intake.gate import read_package
    calls: list[tuple[int, int]] = []
    read_package(builder.write_dir(tmp_path / "again"), progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 3), (2, 3), (3, 3)]
