"""Results export: DESIGN.md's lines and header, redaction, WER, atomic files, purge."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from reviewer.core.annotation import Annotation, CriticalCategory, Flag, SkipReason
from reviewer.core.package import CriticalExport, Policy, TaskKind
from reviewer.core.workspace_errors import NotEnrolled
from reviewer.vault.workspace import Workspace
from reviewer.workflows.export_results import export_results
from reviewer.workflows.review_session import ReviewSession
from tests.support.trust import TestOrganisation, stored_profile
from tests.vault.fakes import accepted_package

LINE_KEYS = {"clip_id", "audio_filepath", "duration", "text", "pred_text",
             "critical_data", "critical_categories", "critical_spans", "flags", "answers",
             "reviewer", "handled_ms", "wer_vs_pred"}


def _read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.fixture
def enrolled(workspace: Workspace, organisation: TestOrganisation) -> Workspace:
    organisation.enroll(workspace)
    return workspace


def test_refused_without_profile(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(NotEnrolled, match="enroll"):
        export_results(workspace, tmp_path / "out", None)


def test_finished_package_is_exported_then_purged(enrolled: Workspace, tmp_path: Path) -> None:
    enrolled.packages.store(accepted_package(
        clips=3, texts=["call mom at five", "what time is it", "play jazz"]))
    s = ReviewSession(enrolled.clips)
    a = Annotation(transcript="call Anna at five", handled_ms=900)
    s.submit(1, a.mark_span(5, 9, CriticalCategory.NAME))
    s.skip(2, SkipReason.CANT_HEAR, Annotation(flags=frozenset({Flag.UNINTELLIGIBLE})))
    enrolled.escalations.erase_escalated(3)
    out = tmp_path / "out"
    (result,) = export_results(enrolled, out, stored_profile(enrolled))
    assert result.purged
    assert sorted(p.name for p in out.iterdir()) == [  # no temp files left
        "pkg_test_0001.header.json", "pkg_test_0001.manifest.jsonl",
        "pkg_test_0001.status.jsonl"]
    (done,) = _read(result.results)  # the training manifest: done clips only
    skipped, escalated = _read(out / "pkg_test_0001.status.jsonl")
    assert set(done) == LINE_KEYS
    assert done["text"] == "call <NAME> at five"
    assert done["critical_data"] is True
    assert done["critical_categories"] == ["name"]
    assert done["reviewer"] == "rev-042"
    assert done["clip_id"] == "pkg_test_0001_clip_0001"
    # The error rate is computed on redacted texts: whether the recogniser got the name right
    # ("mom" for "Anna") is itself a clue to the name, so it must not show.
    assert done["pred_text"] == "call <NAME> at five"
    assert done["wer_vs_pred"] == 0.0
    assert skipped == {"clip_id": "pkg_test_0001_clip_0002", "status": "skipped",
                       "skip_reason": "cant_hear"}
    assert escalated == {"clip_id": "pkg_test_0001_clip_0003", "status": "escalated",
                         "skip_reason": None}
    header = json.loads(result.header.read_text())
    assert header["manifest_sha256"] == hashlib.sha256(result.results.read_bytes()).hexdigest()
    assert header["status_sha256"] == hashlib.sha256(
        (out / "pkg_test_0001.status.jsonl").read_bytes()).hexdigest()
    assert header["counts"] == {"done": 1, "skipped": 1, "escalated": 1, "unfinished": 0,
                                "texts_dropped_unsure": 0, "audio_files": 0,
                                "audio_withheld": 0}
    assert (header["audio"], header["audio_dir"], header["audio_sha256"]) == (False, None, None)
    entries = enrolled.audit.entries()
    at_export = header["audit_head"]["entries"]
    assert entries[at_export - 1].mac.hex() == header["audit_head"]["mac"]
    assert [e.event for e in entries[at_export:]] == ["export", "purge"]
    assert enrolled.clips.queue.counts().packages == 0


def test_full_policy_keeps_text_and_verify_reports_prior_wer(enrolled: Workspace,
                                                             tmp_path: Path) -> None:
    enrolled.packages.store(accepted_package(
        clips=2, task=TaskKind.VERIFY, texts=["pay the bill", "lights on"],
        policy=Policy(critical_export=CriticalExport.FULL)))
    s = ReviewSession(enrolled.clips)
    s.submit(1, Annotation(transcript="pay the gas bill").mark_span(8, 11,
                                                                    CriticalCategory.FINANCIAL))
    (result,) = export_results(enrolled, tmp_path, stored_profile(enrolled))
    assert not result.purged
    assert result.unfinished == 1
    (line,) = _read(result.results)
    assert line["text"] == "pay the gas bill"
    assert line["wer_vs_pred"] == 0.25
    assert line["wer_vs_prior"] == 0.25
    assert enrolled.clips.queue.counts().packages == 1  # unfinished work stays


def test_nothing_finished_writes_nothing(enrolled: Workspace, tmp_path: Path) -> None:
    enrolled.packages.store(accepted_package(clips=1))
    assert export_results(enrolled, tmp_path / "out", stored_profile(enrolled)) == []
    assert not any((tmp_path / "out").iterdir())


def test_unwritable_export_folder_is_one_clear_error(enrolled: Workspace,
                                                    tmp_path: Path) -> None:
    enrolled.packages.store(accepted_package(clips=1))
    ReviewSession(enrolled.clips).submit(1, Annotation(transcript="x"))
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(Exception, match="export folder") as info:
        export_results(enrolled, blocker / "out", stored_profile(enrolled))
    assert "\n" not in str(info.value)
    assert enrolled.clips.queue.counts().done == 1  # nothing purged


def test_spans_are_redacted_even_if_critical_was_unticked(enrolled: Workspace,
                                                        tmp_path: Path) -> None:
    import dataclasses

    enrolled.packages.store(accepted_package(clips=1, texts=["my pin is 1234"]))
    a = Annotation(transcript="my pin is 1234").mark_span(10, 14, CriticalCategory.CREDENTIALS)
    ReviewSession(enrolled.clips).submit(1, dataclasses.replace(a, critical=False,
                                                               categories=frozenset()))
    (result,) = export_results(enrolled, tmp_path, stored_profile(enrolled))
    (line,) = _read(result.results)
    assert line["text"] == "my pin is <CREDENTIALS>"
