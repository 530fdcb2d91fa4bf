"""What the exchange's status says when sync's last round failed or sync stopped, in the
interface's language: from the codes `reviewer sync` writes into spool/sync-state.json
(workflows/spool.py), never from its English line (that one is the tooltip's, for IT).

Two kinds of trouble read differently. An outage (the store or the network is down) passes
by itself: sync retries, and the status says "Store unreachable · last sync 14:02". A refusal
(a refused key, a clock that is off, an untrusted certificate, no credentials) stops sync
until someone acts: the status says what happened and who acts ("ask IT"). The window keeps
starting sync again now and then, so sync resumes by itself once it is fixed.
"""

from __future__ import annotations

from reviewer.ui.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.workflows.spool import SyncState

CONTEXT = "SyncStatus"

# The codes of passing trouble (ExchangeUnavailable's and the precise ones it is raised with).
OUTAGES: dict[str, str] = {
    "store_unreachable": QT_TRANSLATE_NOOP("SyncStatus", "Store unreachable"),
    "proxy_unreachable": QT_TRANSLATE_NOOP("SyncStatus", "Proxy unreachable"),
    "store_answered": QT_TRANSLATE_NOOP("SyncStatus", "Store not answering properly"),
    "exchange_folder_unusable": QT_TRANSLATE_NOOP("SyncStatus",
                                                  "Exchange folder unavailable"),
    "exchange_unavailable": QT_TRANSLATE_NOOP("SyncStatus", "Store unreachable"),
}

# Refusals that stop sync, most precise first in a state's codes; the last ones are the
# general classes' (a code this window does not know yet still says what kind it was).
REFUSALS: dict[str, str] = {
    "store_key_refused": QT_TRANSLATE_NOOP(
        "SyncStatus", "The store refused this workstation's key: ask IT to check it"),
    "store_access_refused": QT_TRANSLATE_NOOP(
        "SyncStatus", "The store refused this workstation access: ask IT to check its "
                      "permissions"),
    "store_clock_skew": QT_TRANSLATE_NOOP(
        "SyncStatus", "This computer's clock is off: set it and sync will resume"),
    "store_bucket_missing": QT_TRANSLATE_NOOP(
        "SyncStatus", "The exchange's bucket does not exist on the store: ask IT"),
    "store_certificate_untrusted": QT_TRANSLATE_NOOP(
        "SyncStatus", "The store's certificate is not trusted: ask IT"),
    "store_certificate_wrong_host": QT_TRANSLATE_NOOP(
        "SyncStatus", "The store's certificate is for another address: ask IT"),
    "proxy_certificate_untrusted": QT_TRANSLATE_NOOP(
        "SyncStatus", "The proxy's certificate is not trusted: ask IT"),
    "proxy_certificate_wrong_host": QT_TRANSLATE_NOOP(
        "SyncStatus", "The proxy's certificate is for another address: ask IT"),
    "store_endpoint_invalid": QT_TRANSLATE_NOOP(
        "SyncStatus", "The store's address in the exchange settings is not allowed: ask IT"),
    "store_endpoint_plain_http": QT_TRANSLATE_NOOP(
        "SyncStatus", "The store's address in the exchange settings is not allowed: ask IT"),
    "sync_no_credentials": QT_TRANSLATE_NOOP(
        "SyncStatus", "No exchange credentials on this workstation: ask IT"),
    "sync_credentials_damaged": QT_TRANSLATE_NOOP(
        "SyncStatus", "The exchange credentials on this workstation are damaged: ask IT to "
                      "store them again"),
    "sync_no_settings": QT_TRANSLATE_NOOP(
        "SyncStatus", "No exchange settings on this workstation: ask IT"),
    "sync_settings_unreadable": QT_TRANSLATE_NOOP(
        "SyncStatus", "The exchange settings cannot be read: ask IT"),
    "sync_settings_invalid": QT_TRANSLATE_NOOP(
        "SyncStatus", "The exchange settings cannot be used: ask IT"),
    "sync_ca_invalid": QT_TRANSLATE_NOOP(
        "SyncStatus", "The organisation's CA certificates cannot be used: ask IT"),
    "ca_bundle_unreadable": QT_TRANSLATE_NOOP(
        "SyncStatus", "The organisation's CA certificates cannot be used: ask IT"),
    "exchange_folder_denied": QT_TRANSLATE_NOOP(
        "SyncStatus", "The exchange folder refused access: ask IT"),
    "workstation_name_invalid": QT_TRANSLATE_NOOP(
        "SyncStatus", "This workstation's exchange name is not valid: ask IT"),
    # ------------------------------------------------------------ by the error's class
    "exchange_denied": QT_TRANSLATE_NOOP("SyncStatus",
                                         "The store refused this workstation: ask IT"),
    "trust_refused": QT_TRANSLATE_NOOP("SyncStatus",
                                       "Sync refused its settings as not trusted: ask IT"),
    "refused_input": QT_TRANSLATE_NOOP("SyncStatus", "Sync refused its settings: ask IT"),
    "error": QT_TRANSLATE_NOOP("SyncStatus", "Sync stopped: ask IT"),
}


def failed(state: SyncState | None) -> bool:
    """Sync's last round, or its last start, did not go through."""
    return state is not None and not state.ok


def is_outage(state: SyncState) -> bool:
    """Passing trouble that sync retries by itself. A state without codes (written by a
    sync from before codes) reads as an outage, as it always did."""
    return not state.codes or "exchange_unavailable" in state.codes


def is_refusal(state: SyncState | None) -> bool:
    """Sync stopped on a refusal: someone must act (the text says who)."""
    return failed(state) and state is not None and not is_outage(state)


def problem_text(state: SyncState | None) -> str:
    """The status's words for a failed round or a refusal ("" when the last one went well)."""
    if state is None or state.ok:
        return ""
    table = OUTAGES if is_outage(state) else REFUSALS
    for code in state.codes:
        if code in table:
            return translate(CONTEXT, table[code])
    fallback = OUTAGES["exchange_unavailable"] if table is OUTAGES else REFUSALS["error"]
    return translate(CONTEXT, fallback)
