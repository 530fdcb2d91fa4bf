"""Under `critical_export: redacted` no critical value leaves in any field: canary values are
planted in every field of critical clips, and every byte of the export is scanned for them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reviewer.core.annotation import Annotation, CriticalCategory
from reviewer.core.package import Question, QuestionKind, TaskKind
from reviewer.vault.workspace import Workspace
from reviewer.workflows.export_results import export_results
from reviewer.workflows.redaction import redact_aligned
from reviewer.workflows.review_session import ReviewSession
from tests.support.trust import TestOrganisation, stored_profile
from tests.vault.fakes import accepted_package

NAME = "Zephyrine Quillborough"
CARD = "4111 1111 1111 1111"
PHONE = "415 555 0142"
CANARIES = ["zephyrine", "quillborough", "quilbro", "4111", "1111", "0142", "zefirine"]
NOTE = Question("note", "Anything a lead should know?", QuestionKind.TEXT, (), False)


@pytest.fixture
def enrolled(workspace: Workspace, organisation: TestOrganisation) -> Workspace:
    organisation.enroll(workspace)
    return workspace


def _review(ws: Workspace, preds: list[str], transcripts: list[tuple[str, list[tuple[str,
            CriticalCategory]]]], task: TaskKind = TaskKind.TRANSCRIBE) -> None:
    ws.packages.store(accepted_package(clips=len(preds), texts=preds, task=task,
                                       questions=(NOTE,)))
    session = ReviewSession(ws.clips)
    for local_id, (text, marks) in enumerate(transcripts, start=1):
        # The note repeats this clip's critical values, and a phone number the gate's
        # detectors must mask (a name in a note is caught only as one of the clip's spans).
        said = " and ".join(value for value, _ in marks)
        a = Annotation(transcript=text, answers={"note": f"caller said {said}, call back on "
                                                          f"{PHONE}"})
        for value, category in marks:
            start = text.index(value)
            a = a.mark_span(start, start + len(value), category)
        session.submit(local_id, a)


def _every_byte(folder: Path) -> bytes:
    """Every exported byte, less the header's SHA-256 digests and audit MAC (random hex that
    would hold a digit canary by chance now and then)."""
    data = b"\n".join(p.read_bytes() for p in sorted(folder.iterdir()))
    return re.sub(rb"\b[0-9a-f]{64}\b", b"", data)


@pytest.mark.parametrize("task", [TaskKind.TRANSCRIBE, TaskKind.VERIFY])
def test_no_canary_in_any_byte_of_a_redacted_export(enrolled: Workspace, tmp_path: Path,
                                                    task: TaskKind) -> None:
    preds = [f"call {NAME.lower()} on her mobile",
             "call zephyrine quilbro on her mobile",  # misheard: aligned, then tagged
             f"pay the bill with card {CARD} now",
             "call zefirine quill borough new on her mobile",  # mixed, extra words: unsure
             ]
    transcripts = [
        (f"call {NAME} on her mobile", [(NAME, CriticalCategory.NAME)]),
        (f"call {NAME} on her mobile", [(NAME, CriticalCategory.NAME)]),
        (f"pay the bill with card {CARD} now", [(CARD, CriticalCategory.FINANCIAL)]),
        (f"call {NAME} now on her mobile", [(NAME, CriticalCategory.NAME)]),
    ]
    _review(enrolled, preds, transcripts, task)
    out = tmp_path / "out"
    (result,) = export_results(enrolled, out, stored_profile(enrolled))
    exported = _every_byte(out).lower()
    assert [c for c in CANARIES if c.encode() in exported] == []
    assert b"415" not in exported  # the phone number's area code, typed in a note
    assert b"<NAME>" in _every_byte(out)
    assert b"<FINANCIAL>" in _every_byte(out)
    import json

    header = json.loads(result.header.read_text())
    # The fourth clip's automatic transcript (and, for verify, its prior one) was dropped.
    assert header["counts"]["texts_dropped_unsure"] == (2 if task is TaskKind.VERIFY else 1)


def test_full_policy_is_the_organisations_explicit_choice(enrolled: Workspace,
                                                          tmp_path: Path) -> None:
    from reviewer.core.package import CriticalExport, Policy

    enrolled.packages.store(accepted_package(
        clips=1, texts=[f"call {NAME.lower()}"], policy=Policy(CriticalExport.FULL)))
    text = f"call {NAME}"
    ReviewSession(enrolled.clips).submit(1, Annotation(transcript=text).mark_span(
        5, len(text), CriticalCategory.NAME))
    export_results(enrolled, tmp_path / "out", stored_profile(enrolled))
    assert NAME.encode() in _every_byte(tmp_path / "out")


@pytest.mark.parametrize(("pred", "expected"), [
    ("call zephyrine quillborough on her mobile", "call <NAME> on her mobile"),
    ("call zephyrine quilbro on her mobile", "call <NAME> on her mobile"),
    ("Call ZEPHYRINE on her mobile.", "Call <NAME> on her mobile."),
    ("zephyrine quillborough", "<NAME>"),
    ("call on her mobile", "call on her mobile"),
    ("play some jazz for me", None),  # nothing in common: dropped
    ("call zefirine quill borough please on her mobile please",
     "call <NAME> on her mobile please"),  # the stretch between anchors is tagged whole
    ("paul zefirine quilbro on her mobile",
     "paul <NAME> on her mobile"),  # an ordinary word misheard beside the name stays
    ("zephyrine call zephyrine quillborough on her mobile",
     "<NAME> call <NAME> on her mobile"),  # the name said again, outside the alignment
    ("", ""),
])
def test_alignment_redacts_or_drops(pred: str, expected: str | None) -> None:
    text = f"call {NAME} on her mobile"
    a = Annotation(transcript=text).mark_span(5, 5 + len(NAME), CriticalCategory.NAME)
    assert redact_aligned(a, pred) == expected
