"""Why something failed, in the window's language (ui/reason_wording.py): every code an error
can carry is worded, the values arrive in their places, and no English sentence from core
reaches a window in German or Spanish."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.core.errors import ReviewerError
from reviewer.core.reasons import Reason, reason_of
from reviewer.core.workspace_errors import AlreadyImported, ClipUnavailable, DiskFull, WrongKey
from reviewer.ui.i18n import install_language
from reviewer.ui.reason_wording import REASONS, reason_sentence, reason_text
from reviewer.workflows.lead_gate import AccessDenied
from tests.support.translations import ensure_compiled

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "reviewer"
# Sync and exchange errors are worded where they are shown (their own helpers' work).
ELSEWHERE = ("exchange", "sync.py", "spool.py")


def _sources() -> Iterator[Path]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if not any(part in str(path.relative_to(PACKAGE)) for part in ELSEWHERE):
            yield path


def raised_codes() -> set[str]:
    """Every code the sources give: `code = "..."` on a class, `code="..."` at a raise, the
    gate's refusals ("gate_" + why) and storage_error's kinds."""
    found: set[str] = set()
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if (isinstance(item, ast.Assign) and len(item.targets) == 1
                            and isinstance(item.targets[0], ast.Name)
                            and item.targets[0].id == "code"
                            and isinstance(item.value, ast.Constant)):
                        found.add(str(item.value.value))
            elif isinstance(node, ast.Call):
                for kw in node.keywords:
                    if kw.arg == "code" and isinstance(kw.value, ast.Constant) and isinstance(
                            kw.value.value, str):
                        found.add(kw.value.value)
                name = node.func.attr if isinstance(node.func, ast.Attribute) else ""
                if name == "_deny" and len(node.args) > 1 and isinstance(
                        node.args[1], ast.Constant):
                    found.add("gate_" + str(node.args[1].value))
                if isinstance(node.func, ast.Name) and node.func.id == "coded":
                    kind = node.args[0]
                    assert isinstance(kind, ast.Constant)
                    found.add(str(kind.value))
    found.update({"gate_not_open", "gate_access_expired", "lead_profile_no_escalations",
                  "lead_profile_no_outbox"})
    return found


def test_every_code_raised_is_worded() -> None:
    codes = raised_codes()
    assert {"clip_not_here", "gate_backoff", "disk_full", "wrong_key", "already_decided",
            "gate_wrong_passphrase", "escalation_no_folder"} <= codes  # the scan works
    assert len(codes) > 100
    assert codes - REASONS.keys() == set()


def test_every_placeholder_is_a_value_some_raise_gives() -> None:
    """A misspelt placeholder would never be filled: the text would fall back for good."""
    given: set[str] = set()
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        given.update(re.findall(r"\b([a-z]+)=(?!=)", text))
        given.update(re.findall(r'"([a-z]+)": ', text))
    for template in REASONS.values():
        for name in re.findall(r"\{(\w+)\}", template):
            assert name in given | {"kind", "errno"}, (name, template)


def test_values_take_their_places_and_a_missing_one_falls_back() -> None:
    install_language("en")
    gone = ClipUnavailable("clip 7 is not in this workspace", code="clip_not_here", clip=7)
    assert reason_text(gone) == "clip 7 is not in this workspace"
    assert reason_text(ClipUnavailable("whatever", code="clip_not_here")) == (
        "the clip cannot be opened (locked, escalated, deleted or unknown)")
    assert reason_text(ReviewerError("an English sentence", code="no_such_code")) == (
        "something went wrong")
    assert reason_text(KeyError("x")) == "an internal error occurred (KeyError)"
    assert reason_text(OSError(28, "No space left on device")) == "the disk is full"
    assert reason_text(OSError(99999, "odd")) == "the system reported an error (OSError)"
    assert reason_sentence(WrongKey("x", code="workspace_passphrase_wrong")) == (
        "Wrong passphrase for this workspace.")
    assert reason_text(None) == ""


def test_a_cause_s_code_travels_through_a_wrapper() -> None:
    """A draft not saved says why (the disk is full), not only that it was not saved."""
    from reviewer.core.workspace_errors import DraftNotSaved

    cause = DiskFull("the disk holding the workspace is full", code="disk_full")
    wrapped = DraftNotSaved(str(cause), code=cause.code, **cause.params)
    assert reason_of(wrapped).codes[:2] == ("disk_full", "draft_not_saved")


@pytest.fixture(params=["de", "es"])
def translated(request: pytest.FixtureRequest) -> Iterator[str]:
    ensure_compiled()
    install_language(request.param)
    try:
        yield str(request.param)
    finally:
        install_language("en")


CASES: list[BaseException] = [
    AccessDenied("wrong_passphrase", "Wrong passphrase."),
    AccessDenied("backoff", "Too many failed attempts: wait 31 s before trying again.",
                 code="gate_backoff", seconds=31),
    AccessDenied("reason_too_short", "The reason must be at least 20 characters.",
                 minimum=20),
    AlreadyImported("package p1 is already in this workspace (imported 2026-01-02)",
                    package="p1", imported="2026-01-02"),
    DiskFull("the disk holding the export folder /x is full", code="export_disk_full",
             folder="/x"),
    OSError(13, "Permission denied"),
    KeyError("x"),
]


@pytest.mark.parametrize("error", CASES, ids=lambda e: type(e).__name__)
def test_reasons_read_in_the_interface_s_language(translated: str,
                                                  error: BaseException) -> None:
    text = reason_text(error)
    english = reason_of(error)
    install_language("en")
    in_english = reason_text(error)
    install_language(translated)
    assert text
    assert text != in_english, f"{english.codes[0]} is not translated into {translated}"
    assert "{" not in text
    for name, value in english.params.items():
        if isinstance(value, str) and value and name not in ("errno", "kind"):
            assert value in text  # ids, paths and dates as they came


def test_numbers_in_reasons_follow_the_language(translated: str) -> None:
    text = reason_text(Reason(("gate_backoff",), {"seconds": 1200}))
    assert ("1.200" if translated == "de" else "1200") in text.replace("\u00a0", "")


def test_a_failed_save_reads_in_the_interface_s_language(translated: str) -> None:
    """The status line's "Not saved: … — retrying" says why in the reviewer's language."""
    from reviewer.core.review import SaveState, SaveStatus
    from reviewer.ui.wording import save_state_text

    text = save_state_text(SaveState(SaveStatus.FAILED, reason_of(OSError(28, "No space"))))
    assert "disk" not in text
    assert "No space" not in text
