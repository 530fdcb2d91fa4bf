"""The exchange's status in the reviewer's language (ui/sync_wording.py): every code sync can
write is worded, a refusal (sync stopped, someone must act) reads differently from an outage
(sync retries), German and Spanish are translated, and the window's status line says the
refusal instead of "Sync stopped" or "Store unreachable"."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reviewer.ui.i18n import install_language
from reviewer.ui.sync_wording import OUTAGES, REFUSALS, is_refusal, problem_text
from reviewer.workflows.spool import SpoolStatus, SyncState
from tests.support.translations import ensure_compiled
from tests.ui.test_window_sync_status import LIVES, label, open_window

ROOT = Path(__file__).resolve().parents[2]
# Where exchange and sync errors are raised (sync writes their codes into sync-state.json).
SOURCES = [ROOT / "reviewer" / p for p in (
    "core/exchange.py", "exchange/s3.py", "exchange/folder.py", "commands/sync.py",
    "workflows/sync.py", "workflows/lead_sync.py", "workflows/transfer.py",
    "workflows/spool.py", "workflows/sync_settings.py")]
# Raised and handled inside a round (an object taken back, a damaged download left upstream,
# an upload started again): they never end sync, so the status never shows them.
WITHIN_A_ROUND = {"object_missing", "object_corrupt", "upload_missing", "upload_id_invalid",
                  "upload_part_differs", "exchange_key_invalid", "exchange_error"}
AT = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)
CHAIN = {"exchange_denied": ("exchange_denied", "exchange_error", "error"),
         "exchange_unavailable": ("exchange_unavailable", "exchange_error", "error"),
         "refused_input": ("refused_input", "error")}


def exchange_codes() -> set[str]:
    found: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if (isinstance(item, ast.Assign) and isinstance(item.targets[0], ast.Name)
                            and item.targets[0].id == "code"
                            and isinstance(item.value, ast.Constant)):
                        found.add(str(item.value.value))
            elif isinstance(node, ast.Call):
                for kw in node.keywords:
                    if kw.arg == "code":
                        found.update(str(c.value) for c in ast.walk(kw.value)
                                     if isinstance(c, ast.Constant) and isinstance(c.value, str))
    # s3.py builds the certificate codes from their parts.
    found -= {"proxy", "store", "_certificate_wrong_host", "_certificate_untrusted"}
    found |= {f"{who}_certificate_{what}" for who in ("store", "proxy")
              for what in ("wrong_host", "untrusted")}
    return found


def state(code: str, general: str, **params: str | int) -> SyncState:
    return SyncState(False, AT, "an English line", (code, *CHAIN[general]), dict(params))


def test_every_code_sync_can_stop_on_is_worded() -> None:
    codes = exchange_codes()
    assert {"store_key_refused", "store_clock_skew", "store_unreachable", "sync_no_credentials",
            "sync_ca_invalid", "exchange_denied", "object_corrupt"} <= codes  # the scan works
    assert codes - WITHIN_A_ROUND - REFUSALS.keys() - OUTAGES.keys() == set()
    assert not REFUSALS.keys() & OUTAGES.keys()


@pytest.fixture
def english() -> None:
    ensure_compiled()
    install_language("en")


EXPECTED = [
    (state("store_key_refused", "exchange_denied", action="list",
           answer="SignatureDoesNotMatch"),
     "The store refused this workstation's key: ask IT to check it"),
    (state("store_clock_skew", "exchange_denied", action="upload"),
     "This computer's clock is off: set it and sync will resume"),
    (state("store_certificate_untrusted", "exchange_denied", action="list"),
     "The store's certificate is not trusted: ask IT"),
    (state("sync_no_credentials", "refused_input", workstation="ws-a"),
     "No exchange credentials on this workstation: ask IT"),
    (state("a_code_from_a_newer_sync", "exchange_denied"),
     "The store refused this workstation: ask IT"),
    (state("store_unreachable", "exchange_unavailable", action="list"), "Store unreachable"),
    (state("store_answered", "exchange_unavailable", action="list", answer="503"),
     "Store not answering properly"),
    # Written by a sync from before codes: what the window always said.
    (SyncState(False, AT, "list: the store could not be reached"), "Store unreachable"),
]


@pytest.mark.parametrize(("failed", "text"), EXPECTED, ids=lambda v: getattr(v, "code", ""))
def test_each_code_reads_as_its_state(english: None, failed: SyncState, text: str) -> None:
    assert problem_text(failed) == text
    assert is_refusal(failed) == text.endswith(("IT", "IT to check it", "will resume"))


def test_a_good_round_says_nothing(english: None) -> None:
    assert problem_text(SyncState(True, AT)) == ""
    assert problem_text(None) == ""
    assert not is_refusal(SyncState(True, AT, "", ("store_key_refused",)))


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_state_is_translated(language: str) -> None:
    ensure_compiled()
    try:
        for table, general in ((REFUSALS, "exchange_denied"), (OUTAGES, "exchange_unavailable")):
            for code, english_text in table.items():
                install_language(language)
                text = problem_text(state(code, general))
                install_language("en")
                assert problem_text(state(code, general)) == english_text
                assert text != english_text, f"{code} is not translated into {language}"
                assert text.strip()
                assert "{" not in text
    finally:
        install_language("en")


def test_the_key_refusal_reads_in_german_and_spanish() -> None:
    ensure_compiled()
    refused = state("store_key_refused", "exchange_denied", action="list")
    try:
        install_language("de")
        german = problem_text(refused)
        install_language("es")
        spanish = problem_text(refused)
    finally:
        install_language("en")
    assert "Schlüssel" in german
    assert "IT" in german
    assert "clave" in spanish
    assert "TI" in spanish


def test_the_window_says_who_must_act_when_sync_stopped_on_a_refusal(
        qtbot: QtBot, tmp_path: Path) -> None:
    """A sync that stopped on a refused key reads as that, not as "Sync stopped, restarting";
    an outage while sync runs still reads as "Store unreachable"."""
    win, exchange = open_window(qtbot, tmp_path, "raise SystemExit(2)\n")
    exchange.spool_status = SpoolStatus(2, None, state("store_key_refused", "exchange_denied",
                                                       action="list"))
    qtbot.waitUntil(lambda: label(win) ==
                    "The store refused this workstation's key: ask IT to check it · "
                    "never synced · 2 waiting to upload")
    exchange.spool_status = SpoolStatus(0, None, state("store_clock_skew", "exchange_denied"))
    qtbot.waitUntil(lambda: label(win) ==
                    "This computer's clock is off: set it and sync will resume · never synced")
    # No codes (an old sync, or the state file gone): what it said before.
    exchange.spool_status = SpoolStatus(0, None, None)
    qtbot.waitUntil(lambda: label(win) == "Sync stopped, restarting · never synced")


def test_an_outage_while_sync_runs_is_transient(qtbot: QtBot, tmp_path: Path) -> None:
    win, exchange = open_window(qtbot, tmp_path, LIVES)
    qtbot.waitUntil(lambda: win.sync is not None and win.sync.running)
    exchange.spool_status = SpoolStatus(0, None, state("store_unreachable",
                                                       "exchange_unavailable", action="list"))
    qtbot.waitUntil(lambda: label(win) == "Store unreachable · never synced")
    exchange.spool_status = SpoolStatus(0, None, state("store_key_refused", "exchange_denied"))
    qtbot.waitUntil(lambda: label(win).startswith("The store refused this workstation's key"))


def test_the_window_says_the_refusal_in_german(qtbot: QtBot, tmp_path: Path) -> None:
    ensure_compiled()
    install_language("de")
    try:
        win, exchange = open_window(qtbot, tmp_path, "raise SystemExit(2)\n")
        exchange.spool_status = SpoolStatus(0, None, state(
            "sync_no_credentials", "refused_input", workstation="ws-a"))
        qtbot.waitUntil(lambda: label(win) ==
                        "Keine Zugangsdaten für den Austausch auf diesem Arbeitsplatz: bitten "
                        "Sie die IT um Hilfe · noch nie synchronisiert")
    finally:
        install_language("en")
