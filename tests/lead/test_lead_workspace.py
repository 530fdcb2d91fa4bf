"""The lead's own workspace: key set-up refusals, the key id, decommissioning, the inbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.core.errors import RefusedInput
from reviewer.core.escalation import EscalationCategory, envelope_name
from reviewer.core.lead import FAST_TEST_KDF
from reviewer.seal.kit import SealKit
from reviewer.workflows.lead_gate_state import KEYRING_SERVICE, KeyringEntryMissing
from reviewer.workflows.lead_workspace import LeadWorkspace
from tests.lead.fakes import PASSPHRASE, DictStore, Lead, make_lead

CASE_A, CASE_B = "case-000000000000000a", "case-000000000000000b"


@pytest.fixture
def lead(tmp_path: Path) -> Lead:
    return make_lead(tmp_path, "lead-a")


def _empty(tmp_path: Path) -> LeadWorkspace:
    return LeadWorkspace(tmp_path / "empty", DictStore(), SealKit())


@pytest.mark.parametrize(("name", "passphrase", "message"), [
    ("a", PASSPHRASE, "pseudonym of 2-64"),
    ("lead a", PASSPHRASE, "pseudonym of 2-64"),
    ("lead-a", "short", "passphrase must be at least"),
])
def test_init_refuses_a_bad_name_or_passphrase_and_writes_nothing(
        tmp_path: Path, name: str, passphrase: str, message: str) -> None:
    ws = _empty(tmp_path)
    with pytest.raises(RefusedInput, match=message):
        ws.init(name, passphrase, FAST_TEST_KDF)
    assert not ws.folder.exists()


def test_a_second_init_changes_nothing(lead: Lead) -> None:
    before = lead.ws.keys_file.read_bytes()
    with pytest.raises(RefusedInput, match="already holds lead keys"):
        lead.ws.init("lead-b", PASSPHRASE, FAST_TEST_KDF)
    assert lead.ws.keys_file.read_bytes() == before
    assert lead.ws.name() == "lead-a"


def test_a_workspace_without_keys_says_to_run_lead_init(tmp_path: Path) -> None:
    ws = _empty(tmp_path)
    for attempt in (ws.name, lambda: ws.unlock(PASSPHRASE)):
        with pytest.raises(RefusedInput, match="run `reviewer lead init` first"):
            attempt()
    ws.forget()  # nothing to decommission: no error, nothing created
    assert not ws.folder.exists()


@pytest.mark.parametrize(("content", "message"), [
    (None, "missing or damaged"),
    (b"\xff\xfe", "missing or damaged"),
    (b"../../etc/passwd", "is damaged"),
    (b"0123456789ABCDEF0123456789ABCDEF", "is damaged"),  # upper case is not what init wrote
])
def test_a_damaged_key_id_file_opens_nothing(lead: Lead, content: bytes | None,
                                            message: str) -> None:
    if content is None:
        lead.ws.id_file.unlink()
    else:
        lead.ws.id_file.write_bytes(content)
    with pytest.raises(RefusedInput, match=message):
        lead.ws.unlock(PASSPHRASE)


def test_forget_removes_the_keyring_half_so_the_key_file_alone_opens_nothing(
        lead: Lead) -> None:
    assert lead.ws.unlock(PASSPHRASE).name == "lead-a"
    lead.ws.forget()
    assert not [name for service, name in lead.store.values if service == KEYRING_SERVICE]
    assert lead.ws.keys_file.exists()
    with pytest.raises(KeyringEntryMissing):
        lead.ws.unlock(PASSPHRASE)


def _envelope(folder: Path, case_id: str, created: str, data: bytes = b"sealed") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / envelope_name(case_id, EscalationCategory.SELF_HARM, created)
    path.write_bytes(data)
    return path


def test_import_copies_only_new_envelopes_and_nothing_else(lead: Lead, tmp_path: Path) -> None:
    esc = tmp_path / "esc"
    _envelope(esc, CASE_A, "2026-11-01T10:00:00Z", b"first")
    (esc / "notes.txt").write_text("not an envelope")
    (esc / "20261101T100000Z_gossip_case-000000000000000c.age").write_bytes(b"x")  # no such
    (esc / "20261101T100000Z_self_harm_case-000000000000000d.age").mkdir()  # a folder
    assert lead.ws.import_envelopes(esc) == 1
    _envelope(esc, CASE_A, "2026-11-01T10:00:00Z", b"changed later")
    _envelope(esc, CASE_B, "2026-11-02T10:00:00Z")
    assert lead.ws.import_envelopes(esc) == 1
    assert sorted(p.name for p in lead.ws.inbox_dir.iterdir()) == [
        envelope_name(CASE_A, EscalationCategory.SELF_HARM, "2026-11-01T10:00:00Z"),
        envelope_name(CASE_B, EscalationCategory.SELF_HARM, "2026-11-02T10:00:00Z")]
    assert lead.ws.envelope_path(CASE_A).read_bytes() == b"first"  # never overwritten


def test_import_from_a_missing_folder_is_refused(lead: Lead, tmp_path: Path) -> None:
    with pytest.raises(RefusedInput, match="does not exist or is not a folder"):
        lead.ws.import_envelopes(tmp_path / "nowhere")


def test_inbox_is_newest_first_and_empty_before_any_import(tmp_path: Path,
                                                           lead: Lead) -> None:
    assert _empty(tmp_path).inbox() == []
    _envelope(lead.ws.inbox_dir, CASE_A, "2026-11-01T10:00:00Z")
    _envelope(lead.ws.inbox_dir, CASE_B, "2026-11-02T10:00:00Z")
    (lead.ws.inbox_dir / "stray.part").write_bytes(b"")
    assert [e.case_id for e in lead.ws.inbox()] == [CASE_B, CASE_A]


@pytest.mark.parametrize("case_id", ["case-000000000000000f", "../keys.json", "*", ""])
def test_envelope_path_names_only_cases_in_the_inbox(lead: Lead, case_id: str) -> None:
    _envelope(lead.ws.inbox_dir, CASE_A, "2026-11-01T10:00:00Z")
    (lead.ws.inbox_dir / "x_case-000000000000000f.age").write_bytes(b"")  # not one of ours
    with pytest.raises(RefusedInput, match="no such case in the inbox"):
        lead.ws.envelope_path(case_id)
