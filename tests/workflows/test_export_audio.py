"""Audio export (`--with-audio`): each done clip's FLAC beside the manifest; under the
redacted policy every critical range is exact silence (or the policy's tone) and every other
sample is unchanged; a critical clip without a time for its words exports no audio. Measured
on the decoded samples, not on file sizes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from reviewer.audio.redact import TONE_HZ, TONE_PEAK, frame_bounds
from reviewer.core.annotation import Annotation, CriticalCategory, TimeRange
from reviewer.core.errors import ReviewerError
from reviewer.core.package import CriticalExport, Policy, RedactedAudio
from reviewer.core.profile import Profile, Role
from reviewer.core.results import audio_digest
from reviewer.vault.workspace import Workspace
from reviewer.workflows.export_results import export_results
from reviewer.workflows.review_session import ReviewSession
from tests.support.trust import TestOrganisation, stored_profile
from tests.vault.fakes import accepted_package

PACKAGE = "pkg_" + "ab" * 16
SECONDS = 2.0
NAME_AT = TimeRange(0.4137, 0.9021)  # not on a sample boundary: rounding is outwards
CARD_AT = TimeRange(1.5, 1.75)


def _samples(data: bytes) -> tuple[np.ndarray, int]:
    import io

    x, rate = sf.read(io.BytesIO(data), dtype="int16", always_2d=False)
    return np.asarray(x), int(rate)


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def _finish(ws: Workspace, policy: Policy) -> dict[int, bytes]:
    """Five clips: two timed spans, plain, an untimed span, critical without spans, and one
    timed span whose words were deleted afterwards (its range is silenced all the same)."""
    ws.packages.store(accepted_package(PACKAGE, clips=5, seconds=SECONDS, policy=policy))
    originals = {n: ws.clips.open_audio(n).flac for n in range(1, 6)}
    s = ReviewSession(ws.clips)
    text = "call maria on 4111 1111 1111 1111"
    s.submit(1, Annotation(transcript=text)
             .mark_span(5, 10, CriticalCategory.NAME, NAME_AT)
             .mark_span(14, len(text), CriticalCategory.FINANCIAL, CARD_AT))
    s.submit(2, Annotation(transcript="turn on the lights"))
    s.submit(3, Annotation(transcript="call maria").mark_span(5, 10, CriticalCategory.NAME))
    s.submit(4, Annotation(transcript="call her", critical=True,
                           categories=frozenset({CriticalCategory.CONTACT})))
    s.submit(5, Annotation(transcript="call maria").mark_span(5, 10, CriticalCategory.NAME,
                                                              NAME_AT))
    return originals


@pytest.fixture
def enrolled(workspace: Workspace, organisation: TestOrganisation) -> Workspace:
    organisation.enroll(workspace)
    return workspace


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The export folder (the workspace is elsewhere in tmp_path)."""
    return tmp_path / "out"


def _check_redacted(original: bytes, exported: bytes, ranges: list[TimeRange],
                    tone: bool) -> None:
    before, rate = _samples(original)
    after, rate_after = _samples(exported)
    assert rate_after == rate
    assert after.shape == before.shape
    inside = np.zeros(len(before), dtype=bool)
    for time in ranges:
        a, b = frame_bounds(time, rate, len(before))
        assert a <= time.start * rate
        assert b >= time.end * rate
        inside[a:b] = True
        if tone:
            t = np.arange(b - a) / rate
            expected = np.round(TONE_PEAK * np.sin(2 * np.pi * TONE_HZ * t)).astype(np.int16)
            assert np.array_equal(after[a:b], expected)
        else:
            assert not after[a:b].any(), "a critical range is not exact silence"
    if ranges:  # there was signal to remove
        assert np.abs(before[inside]).max() > 1000
    assert np.array_equal(after[~inside], before[~inside]), "audio outside ranges changed"


@pytest.mark.parametrize("replaced_by", [RedactedAudio.SILENCE, RedactedAudio.TONE])
def test_critical_ranges_are_silenced_and_the_rest_is_untouched(
        enrolled: Workspace, tmp_path: Path, replaced_by: RedactedAudio) -> None:
    originals = _finish(enrolled, Policy(redacted_audio=replaced_by))
    out = tmp_path / "out"
    (result,) = export_results(enrolled, out, stored_profile(enrolled), with_audio=True)
    assert (result.audio_files, result.audio_withheld) == (3, 2)
    manifest = _lines(out / f"{PACKAGE}.manifest.jsonl")
    by_id = {line["clip_id"]: line for line in manifest}
    clip_ids = [c.clip_id for c in enrolled.clips.package_clips(1)] if not result.purged \
        else None
    assert clip_ids is None  # every clip finished: the package is purged after the export
    assert len(manifest) == 3
    lines = list(by_id.values())
    for line in lines:
        assert line["audio_filepath"] == f"{PACKAGE}.audio/{line['clip_id']}.flac"
        assert (out / str(line["audio_filepath"])).is_file()
    first, plain, deleted_words = lines
    tone = replaced_by is RedactedAudio.TONE
    _check_redacted(originals[1], (out / str(first["audio_filepath"])).read_bytes(),
                    [NAME_AT, CARD_AT], tone)
    _check_redacted(originals[2], (out / str(plain["audio_filepath"])).read_bytes(), [],
                    tone)
    _check_redacted(originals[5], (out / str(deleted_words["audio_filepath"])).read_bytes(),
                    [NAME_AT], tone)
    assert first["critical_spans"] == [
        {"category": "name", "start": 0.414, "end": 0.902},
        {"category": "financial", "start": 1.5, "end": 1.75}]
    statuses = _lines(out / f"{PACKAGE}.status.jsonl")
    assert [s["status"] for s in statuses] == ["audio_withheld", "audio_withheld"]
    assert len(list((out / f"{PACKAGE}.audio").iterdir())) == 3
    header = json.loads((out / f"{PACKAGE}.header.json").read_text())
    assert header["audio"] is True
    assert header["audio_dir"] == f"{PACKAGE}.audio"
    assert header["redacted_audio"] == replaced_by.value
    assert header["counts"]["audio_files"] == 3
    assert header["counts"]["audio_withheld"] == 2
    assert header["audio_sha256"] == audio_digest(
        [(hashlib.sha256((out / str(line["audio_filepath"])).read_bytes()).hexdigest(),
          str(line["audio_filepath"])) for line in manifest])


def test_exported_audio_carries_no_metadata(enrolled: Workspace, out: Path) -> None:
    _finish(enrolled, Policy())
    (result,) = export_results(enrolled, out, stored_profile(enrolled), with_audio=True)
    flacs = sorted((out / f"{PACKAGE}.audio").iterdir())
    assert len(flacs) == result.audio_files > 0
    for flac in flacs:
        data = flac.read_bytes()
        assert data[:4] == b"fLaC"
        assert data[4] == 0x80
        assert b"reference libFLAC" not in data


def test_full_policy_exports_every_done_clip_as_it_is(enrolled: Workspace,
                                                      out: Path) -> None:
    originals = _finish(enrolled, Policy(critical_export=CriticalExport.FULL))
    (result,) = export_results(enrolled, out, stored_profile(enrolled), with_audio=True)
    assert (result.audio_files, result.audio_withheld) == (5, 0)
    for n, line in enumerate(_lines(out / f"{PACKAGE}.manifest.jsonl"), start=1):
        _check_redacted(originals[n], (out / str(line["audio_filepath"])).read_bytes(), [],
                        False)
    header = json.loads((out / f"{PACKAGE}.header.json").read_text())
    assert header["redacted_audio"] is None


def test_without_audio_the_manifest_keeps_every_done_clip(enrolled: Workspace,
                                                          out: Path) -> None:
    _finish(enrolled, Policy())
    (result,) = export_results(enrolled, out, stored_profile(enrolled))
    assert result.audio_files == 0
    assert len(_lines(out / f"{PACKAGE}.manifest.jsonl")) == 5
    assert not (out / f"{PACKAGE}.audio").exists()


def test_an_earlier_audio_folder_is_never_overwritten(enrolled: Workspace,
                                                      out: Path) -> None:
    _finish(enrolled, Policy())
    (out / f"{PACKAGE}.audio").mkdir(parents=True)
    with pytest.raises(ReviewerError, match="already holds an export"):
        export_results(enrolled, out, stored_profile(enrolled), with_audio=True)
    assert list(out.iterdir()) == [out / f"{PACKAGE}.audio"]


def test_a_failed_write_takes_back_the_audio(enrolled: Workspace, out: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from reviewer.workflows import export_results as module

    _finish(enrolled, Policy())
    calls = []

    def failing(path: Path, data: bytes, **_: object) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        path.write_bytes(data)

    monkeypatch.setattr(module, "atomic_write", failing)
    with pytest.raises(ReviewerError, match="full"):
        export_results(enrolled, out, stored_profile(enrolled), with_audio=True)
    assert not out.exists() or list(out.iterdir()) == []
    assert enrolled.clips.queue.counts().packages == 1  # nothing purged: try again elsewhere


def test_sealed_export_with_audio_is_collected_into_package_folders(
        enrolled: Workspace, organisation: TestOrganisation, out: Path) -> None:
    from reviewer.workflows.org_collect import merge, open_export
    from reviewer.workflows.trust import export_sealer

    profile = organisation.enroll(enrolled, Profile(
        "rev-042", Role.REVIEWER, export_recipients=(organisation.export_recipient,)))
    originals = _finish(enrolled, Policy())
    (result,) = export_results(enrolled, out, profile,
                               export_sealer(enrolled, organisation.crypto), with_audio=True)
    assert [p.name for p in out.iterdir()] == [f"{PACKAGE}.export.age"]
    assert result.results == out / f"{PACKAGE}.export.age"
    opened = open_export(organisation.crypto, organisation.organisation,
                         organisation.secrets, result.results.read_bytes())
    collected = merge([opened], {})
    assert [line["audio_filepath"] for line in collected.training] == [
        f"{PACKAGE}/{line['clip_id']}.flac" for line in collected.training]
    assert set(collected.audio) == {line["audio_filepath"] for line in collected.training}
    plain = collected.training[1]
    _check_redacted(originals[2], collected.audio[str(plain["audio_filepath"])], [], False)
