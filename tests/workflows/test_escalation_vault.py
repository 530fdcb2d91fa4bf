"""Escalation against the real vault: sealed, erased, locked without recipients, exported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.core.annotation import Annotation, ClipStatus
from reviewer.core.escalation import (
    ClipTexts,
    EscalationCategory,
    EscalationPayload,
    EscalationRefused,
)
from reviewer.core.workspace_errors import ClipUnavailable
from reviewer.intake.gate import read_package
from reviewer.seal.kit import SealKit
from reviewer.vault.workspace import Workspace
from reviewer.workflows.escalate import Escalator
from reviewer.workflows.export_results import export_results
from reviewer.workflows.import_package import import_package
from reviewer.workflows.review_session import ReviewSession
from tests.lead.fakes import PASSPHRASE, Lead, make_lead, profile_for
from tests.support.package_builder import PackageBuilder
from tests.support.trust import TestOrganisation, stored_profile
from tests.vault.fakes import accepted_package


@pytest.fixture
def leads(tmp_path: Path) -> list[Lead]:
    return [make_lead(tmp_path / "leads", n) for n in ("lead-a", "lead-b")]


def test_escalate_from_the_vault(workspace: Workspace, tmp_path: Path, leads: list[Lead],
                                 organisation: TestOrganisation) -> None:
    profile = profile_for(leads, tmp_path)
    organisation.enroll(workspace, profile)
    workspace.packages.store(accepted_package(clips=2, texts=["help me", "play jazz"]))
    flac = workspace.clips.open_audio(1).flac
    ReviewSession(workspace.clips).save_draft(1, Annotation(transcript="help me please"))
    esc = Escalator(workspace.escalations, profile, tmp_path / "esc", SealKit())
    receipt = esc.escalate(1, EscalationCategory.VIOLENCE_OR_CRIME, "shouting")
    payload = EscalationPayload.from_bytes(SealKit().open_sealed(
        receipt.envelope.read_bytes(), [leads[1].ws.unlock(PASSPHRASE).age_secret]))
    assert payload.audio_flac == flac
    assert payload.draft == "help me please"
    clip = workspace.clips.clip(1)
    assert clip.status is ClipStatus.ESCALATED
    with pytest.raises(ClipUnavailable):
        workspace.clips.open_audio(1)
    with pytest.raises(ClipUnavailable):
        workspace.escalations.escalation_material(1)  # nothing left to seal twice
    events = [e.event for e in workspace.audit.entries()]
    assert events[-2:] == ["clip.erase", "escalation.sealed"]
    assert workspace.audit.verify().ok
    ReviewSession(workspace.clips).submit(2, Annotation(transcript="play jazz"))
    export_results(workspace, tmp_path / "export", stored_profile(workspace))
    lines = [json.loads(line) for p in (tmp_path / "export").glob("*.jsonl")
             for line in p.read_text().splitlines()]
    escalated = [x for x in lines if x.get("status") == "escalated"]
    assert len(escalated) == 1
    assert escalated[0]["skip_reason"] is None
    assert set(escalated[0]) == {"clip_id", "status", "skip_reason"}  # the status file


def test_no_recipients_locks_the_vault_clip(workspace: Workspace, tmp_path: Path) -> None:
    profile = profile_for([], tmp_path)
    workspace.packages.store(accepted_package(clips=1))
    esc = Escalator(workspace.escalations, profile, tmp_path / "esc", SealKit())
    with pytest.raises(EscalationRefused):
        esc.escalate(1, EscalationCategory.SELF_HARM)
    summary = workspace.clips.queue.rows(0, 100_000)[0]
    assert summary.locked
    assert summary.status is not ClipStatus.ESCALATED
    assert workspace.escalations.escalation_material(1).audio_flac.startswith(b"fLaC")


def test_a_refused_escalation_stays_an_escalation(workspace: Workspace, tmp_path: Path,
                                                  leads: list[Lead],
                                                  organisation: TestOrganisation) -> None:
    """Finding 4: a clip whose escalation was refused (no recipients) could be typed into,
    submitted and exported as an ordinary `done` result. Now it stays locked, nothing of it
    is exported, and it is escalated by itself once a profile with recipients arrives."""
    organisation.enroll(workspace)
    workspace.packages.store(accepted_package(clips=2))
    session = ReviewSession(workspace.clips)
    session.submit(1, Annotation(transcript="he has a knife"))  # done, then escalated
    session.submit(2, Annotation(transcript="play jazz"))
    waiting = Escalator(workspace.escalations, profile_for([], tmp_path), tmp_path / "esc",
                        SealKit())
    with pytest.raises(EscalationRefused, match="escalated by itself"):
        waiting.escalate(1, EscalationCategory.VIOLENCE_OR_CRIME, "threat heard")
    for attempt in (lambda: session.submit(1, Annotation(transcript="ordinary now")),
                    lambda: session.save_draft(1, Annotation(transcript="ordinary now")),
                    lambda: workspace.clips.open_audio(1),
                    lambda: workspace.clips.export_audio(1)):
        with pytest.raises(ClipUnavailable, match=r"locked|only a done clip"):
            attempt()
    (result,) = export_results(workspace, tmp_path / "export", stored_profile(workspace),
                               with_audio=True)
    lines = [json.loads(line) for p in (tmp_path / "export").glob("*.jsonl")
             for line in p.read_text().splitlines()]
    assert [x["clip_id"] for x in lines] == [workspace.clips.clip(2).clip_id]
    assert (result.exported, result.unfinished, result.purged) == (1, 1, False)
    assert waiting.resume() == []  # still no recipients: it keeps waiting, audited once
    refused = [e for e in workspace.audit.entries() if e.event == "escalation.refused"]
    assert len(refused) == 1

    allowed = Escalator(workspace.escalations, profile_for(leads, tmp_path),
                        tmp_path / "esc", SealKit())
    (case,) = allowed.resume()
    (envelope,) = (tmp_path / "esc").iterdir()
    payload = EscalationPayload.from_bytes(SealKit().open_sealed(
        envelope.read_bytes(), [leads[0].ws.unlock(PASSPHRASE).age_secret]))
    assert (payload.case_id, payload.category, payload.note, payload.draft) == (
        case, EscalationCategory.VIOLENCE_OR_CRIME, "threat heard", "he has a knife")
    assert workspace.clips.clip(1).status is ClipStatus.ESCALATED
    assert workspace.escalations.owed_escalations() == []


def test_the_envelope_carries_the_texts_as_the_reviewer_saw_them(
        workspace: Workspace, tmp_path: Path, leads: list[Lead],
        organisation: TestOrganisation) -> None:
    """The assistant's answer goes to the leads masked, exactly as the reviewer was shown it;
    the automatic transcript as the speaker said it. Both only inside the sealed envelope."""
    builder = PackageBuilder()
    builder.add_clip(pred_text="call anna at +1 415 555 0142",
                     assistant_response="Calling Anna at +1 415 555 0142.")
    import_package(workspace, builder.write_dir(tmp_path / "pkg"), read_package)
    shown = ReviewSession(workspace.clips).open_clip(1)
    assert shown.assistant_response == "Calling Anna at [PHONE]."
    profile = profile_for(leads, tmp_path)
    organisation.enroll(workspace, profile)
    receipt = Escalator(workspace.escalations, profile, tmp_path / "esc", SealKit()).escalate(
        1, EscalationCategory.OTHER_DISTRESS)
    sealed = receipt.envelope.read_bytes()
    assert b"415 555" not in sealed
    assert b"Calling Anna" not in sealed
    payload = EscalationPayload.from_bytes(SealKit().open_sealed(
        sealed, [leads[0].ws.unlock(PASSPHRASE).age_secret]))
    assert payload.texts == ClipTexts(pred_text=shown.pred_text,
                                      assistant_response=shown.assistant_response)
    assert payload.texts.assistant_response == "Calling Anna at [PHONE]."
    assert payload.texts.pred_text == "call anna at +1 415 555 0142"
