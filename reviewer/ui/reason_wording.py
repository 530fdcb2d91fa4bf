"""Why something failed, in the interface's language: the window's wording of the codes that
errors carry (core/errors.py, core/reasons.py). The command line keeps the errors' English.

Each text is a clause that fits after a colon ("Not saved: {reason} — retrying"), with named
placeholders for the values an error carries; `reason_sentence` makes it stand alone. A code
the window does not know falls back to its error's class ("the workspace is damaged"), and
a text whose values did not come falls back the same way, so no English sentence from core
reaches the window. tests/ui/test_reason_wording.py checks every code raised in the sources
is worded here.
"""

from __future__ import annotations

import string

from reviewer.core.errors import Param
from reviewer.core.escalation import DecisionKind
from reviewer.core.reasons import Reason, reason_of
from reviewer.ui.i18n import QT_TRANSLATE_NOOP, number, translate
from reviewer.ui.labels import label

CONTEXT = "Reason"

REASONS: dict[str, str] = {
    # ------------------------------------------------------------ any error, by its class
    "error": QT_TRANSLATE_NOOP("Reason", "something went wrong"),
    "refused_input": QT_TRANSLATE_NOOP("Reason", "the input was refused"),
    "internal": QT_TRANSLATE_NOOP("Reason", "an internal error occurred"),
    "internal_exception": QT_TRANSLATE_NOOP("Reason", "an internal error occurred ({kind})"),
    # ------------------------------------------------------------ the system's errors
    "os_disk_full": QT_TRANSLATE_NOOP("Reason", "the disk is full"),
    "os_permission": QT_TRANSLATE_NOOP("Reason", "permission denied"),
    "os_read_only": QT_TRANSLATE_NOOP("Reason", "the disk is read-only"),
    "os_not_found": QT_TRANSLATE_NOOP("Reason", "a file or folder is missing"),
    "os_io_error": QT_TRANSLATE_NOOP("Reason", "the disk reported an input/output error"),
    "os_is_folder": QT_TRANSLATE_NOOP("Reason", "a folder is where a file was expected"),
    "os_exists": QT_TRANSLATE_NOOP("Reason", "a file of that name exists already"),
    "os_error": QT_TRANSLATE_NOOP("Reason", "the system reported an error ({errno})"),
    # ------------------------------------------------------------ the workspace and its key
    "keyring_refused": QT_TRANSLATE_NOOP(
        "Reason", "no safe keyring is available to keep the workspace's key"),
    "keyring_locked": QT_TRANSLATE_NOOP("Reason", "the keyring is locked: unlock it and try "
                                                  "again"),
    "keyring_unavailable": QT_TRANSLATE_NOOP("Reason", "the keyring cannot be reached"),
    "key_lost": QT_TRANSLATE_NOOP(
        "Reason", "this workspace's key is not in the keyring, so its data cannot be opened; "
                  "nothing was changed"),
    "wrong_key": QT_TRANSLATE_NOOP("Reason", "the key does not open this workspace; nothing "
                                             "was changed"),
    "workspace_passphrase_wrong": QT_TRANSLATE_NOOP("Reason",
                                                    "wrong passphrase for this workspace"),
    "keyring_key_foreign": QT_TRANSLATE_NOOP(
        "Reason", "the key in the keyring does not open this workspace (it belongs "
                  "elsewhere); nothing was changed"),
    "keyring_key_invalid": QT_TRANSLATE_NOOP(
        "Reason", "the keyring entry for this workspace is not a valid key; nothing was "
                  "changed"),
    "passphrase_required": QT_TRANSLATE_NOOP("Reason",
                                             "this workspace is protected by a passphrase"),
    "passphrase_too_short": QT_TRANSLATE_NOOP(
        "Reason", "the passphrase must have at least {minimum} characters"),
    "workspace_missing": QT_TRANSLATE_NOOP("Reason", "there is no workspace in {folder}"),
    "workspace_no_descriptor": QT_TRANSLATE_NOOP(
        "Reason", "{folder} holds a database but no workspace descriptor, so it is left "
                  "untouched: restore the descriptor from a backup"),
    "workspace_corrupt": QT_TRANSLATE_NOOP(
        "Reason", "the workspace is damaged: restore it from a backup or contact support"),
    "workspace_restored": QT_TRANSLATE_NOOP(
        "Reason", "the workspace's database is older than its key anchor (an earlier copy "
                  "was put back); nothing was changed (see `reviewer recover`)"),
    "workspace_mixed": QT_TRANSLATE_NOOP(
        "Reason", "a package key does not open with the workspace's current key: the "
                  "database was tampered with or mixed with another copy; nothing was "
                  "changed"),
    "anchor_missing": QT_TRANSLATE_NOOP(
        "Reason", "this workspace's key anchor is missing, so no package can be opened; "
                  "nothing was changed"),
    "anchor_older": QT_TRANSLATE_NOOP(
        "Reason", "this workspace's key anchor is older than its database, so no package "
                  "can be opened; nothing was changed"),
    "workspace_newer": QT_TRANSLATE_NOOP(
        "Reason", "this workspace was made by a newer release of Reviewer (vault schema "
                  "{found}; this release knows up to {known}): update Reviewer; nothing was "
                  "changed"),
    "workspace_busy": QT_TRANSLATE_NOOP(
        "Reason", "the workspace in {folder} is open in another Reviewer window or command: "
                  "close that first"),
    "workspace_read_only": QT_TRANSLATE_NOOP(
        "Reason", "the workspace is read-only: check the folder's permissions and free space"),
    "read_only": QT_TRANSLATE_NOOP(
        "Reason", "the workspace is read-only: check the folder's permissions and free space"),
    "cannot_open": QT_TRANSLATE_NOOP(
        "Reason", "the workspace cannot be opened for writing: check the folder's "
                  "permissions and the disk"),
    "not_a_database": QT_TRANSLATE_NOOP(
        "Reason", "the workspace cannot be decrypted with its key: the database is damaged, "
                  "or it was replaced by another one"),
    "database_corrupt": QT_TRANSLATE_NOOP(
        "Reason", "the workspace's database is damaged: restore it from a backup or contact "
                  "support"),
    "disk_full": QT_TRANSLATE_NOOP(
        "Reason", "the disk holding the workspace is full: free some space and try again"),
    "storage_failed": QT_TRANSLATE_NOOP(
        "Reason", "the workspace could not be written; nothing was half-written"),
    "gone": QT_TRANSLATE_NOOP(
        "Reason", "the workspace is gone (deleted, or its disk or network share was "
                  "removed); nothing was half-written: check it and try again"),
    "io_error": QT_TRANSLATE_NOOP(
        "Reason", "the workspace could not be written: the disk reported an input/output "
                  "error; nothing was half-written"),
    "write_failed": QT_TRANSLATE_NOOP(
        "Reason", "the workspace could not be written; nothing was half-written"),
    "workspace_not_deleted": QT_TRANSLATE_NOOP(
        "Reason", "{folder} could not be deleted completely; its key is already gone, so "
                  "what is left cannot be opened"),
    "draft_not_saved": QT_TRANSLATE_NOOP(
        "Reason", "the draft could not be stored; it is kept and saved again shortly"),
    # ------------------------------------------------------------ packages and clips
    "already_imported": QT_TRANSLATE_NOOP(
        "Reason", "package {package} is already in this workspace (imported {imported}); "
                  "nothing was imported"),
    "already_purged": QT_TRANSLATE_NOOP(
        "Reason", "package {package} was imported on {imported} and deleted on {purged}; it "
                  "cannot be imported again"),
    "package_expired": QT_TRANSLATE_NOOP(
        "Reason", "package {package} is past its retention period (ended {date}); nothing "
                  "was imported"),
    "package_refused": QT_TRANSLATE_NOOP("Reason", "the package was refused"),
    "demo_missing": QT_TRANSLATE_NOOP(
        "Reason", "the demo package is missing from this installation (expected at {path})"),
    "clip_unavailable": QT_TRANSLATE_NOOP(
        "Reason", "the clip cannot be opened (locked, escalated, deleted or unknown)"),
    "clip_not_here": QT_TRANSLATE_NOOP("Reason", "clip {clip} is not in this workspace"),
    "clip_locked": QT_TRANSLATE_NOOP("Reason",
                                     "this clip is locked until its escalation is sent"),
    "clip_escalated": QT_TRANSLATE_NOOP(
        "Reason", "this clip was escalated and erased from this workspace"),
    "clip_already_escalated": QT_TRANSLATE_NOOP(
        "Reason", "this clip was already escalated and erased"),
    "clip_not_done": QT_TRANSLATE_NOOP("Reason", "only a finished clip's audio is exported"),
    "clip_unchangeable": QT_TRANSLATE_NOOP(
        "Reason", "clip {clip} cannot be changed (escalated, locked awaiting its escalation, "
                  "or gone)"),
    "package_purged": QT_TRANSLATE_NOOP("Reason", "the clip's package has been deleted"),
    "clip_erased": QT_TRANSLATE_NOOP("Reason", "this clip has been erased"),
    "clip_audio_erased": QT_TRANSLATE_NOOP("Reason", "this clip's audio has been erased"),
    "no_escalation_owed": QT_TRANSLATE_NOOP("Reason", "no escalation of clip {clip} is owed"),
    "draft_escalated": QT_TRANSLATE_NOOP(
        "Reason", "this clip was escalated; its draft cannot be saved"),
    "audio_integrity": QT_TRANSLATE_NOOP(
        "Reason", "the clip's stored data failed its integrity check (altered or moved), so "
                  "it cannot be used"),
    "audio_decode": QT_TRANSLATE_NOOP("Reason", "the clip's audio cannot be decoded"),
    "submit_refused": QT_TRANSLATE_NOOP("Reason", "the clip is not ready to submit"),
    # ------------------------------------------------------------ export and enrolment
    "not_enrolled": QT_TRANSLATE_NOOP(
        "Reason", "this workstation is not enrolled: run `reviewer enroll PROFILE` with the "
                  "profile your organisation signed"),
    "export_cannot_seal": QT_TRANSLATE_NOOP(
        "Reason", "the profile asks for sealed exports, but this export cannot seal"),
    "export_not_a_folder": QT_TRANSLATE_NOOP("Reason", "{folder} is not a folder"),
    "export_exists": QT_TRANSLATE_NOOP(
        "Reason", "{folder} already holds an export of package {package}; nothing was "
                  "overwritten: choose another folder"),
    "export_disk_full": QT_TRANSLATE_NOOP(
        "Reason", "the disk holding the export folder {folder} is full: free some space and "
                  "try again"),
    "export_read_only": QT_TRANSLATE_NOOP(
        "Reason", "the export folder {folder} is read-only: check its permissions"),
    "export_cannot_open": QT_TRANSLATE_NOOP(
        "Reason", "the export folder {folder} cannot be written: check its permissions and "
                  "the disk"),
    "export_gone": QT_TRANSLATE_NOOP(
        "Reason", "the export folder {folder} is gone (deleted, or its disk or network share "
                  "was removed)"),
    "export_io_error": QT_TRANSLATE_NOOP(
        "Reason", "the export folder {folder} could not be written: the disk reported an "
                  "input/output error"),
    "export_write_failed": QT_TRANSLATE_NOOP(
        "Reason", "the export folder {folder} could not be written"),
    "trust_refused": QT_TRANSLATE_NOOP(
        "Reason", "the organisation file or the profile is not valid or not signed by your "
                  "organisation (`reviewer check` says why)"),
    # ------------------------------------------------------------ trust: why a profile, a
    # package or the organisation file is refused (core/trust.py, workflows/trust.py)
    "trust_not_managed": QT_TRANSLATE_NOOP(
        "Reason", "this installation is not managed (there is no organisation file), so it "
                  "can run the demo only: ask IT to install the organisation file"),
    "document_invalid": QT_TRANSLATE_NOOP(
        "Reason", "the file is damaged or not in the expected format"),
    "document_wrong_format": QT_TRANSLATE_NOOP("Reason",
                                               "the file is not a {format} document"),
    "document_wrong_kind": QT_TRANSLATE_NOOP(
        "Reason", "the file is signed for another purpose than the one it is used for"),
    "unknown_field": QT_TRANSLATE_NOOP("Reason",
                                       "the file holds a field Reviewer does not know"),
    "field_invalid": QT_TRANSLATE_NOOP("Reason",
                                       "the field {field} of the signed file is not valid"),
    "profile_field_refused": QT_TRANSLATE_NOOP(
        "Reason", "the profile was refused: its field {field} is not valid"),
    "organisation_field_invalid": QT_TRANSLATE_NOOP(
        "Reason", "the organisation file is not valid at {field}: ask IT to correct it"),
    "profile_not_signed": QT_TRANSLATE_NOOP(
        "Reason", "the profile is not signed by your organisation"),
    "profile_unknown_signer": QT_TRANSLATE_NOOP(
        "Reason", "the profile is not signed by a key in your organisation file (another "
                  "organisation's key, or a revoked one): ask for a newly signed profile"),
    "profile_signature_mismatch": QT_TRANSLATE_NOOP(
        "Reason", "the profile's signature does not match its content (altered or "
                  "damaged)"),
    "profile_no_workstation": QT_TRANSLATE_NOOP("Reason",
                                                "the profile names no workstation"),
    "profile_other_workstation": QT_TRANSLATE_NOOP(
        "Reason", "the profile is for another workstation: enrol with this workstation's "
                  "own request (`reviewer enroll --request FILE`)"),
    "profile_expired": QT_TRANSLATE_NOOP(
        "Reason", "the profile expired on {date}: ask your organisation for a new one"),
    "no_enrollment_request": QT_TRANSLATE_NOOP(
        "Reason", "this workstation has made no enrolment request yet: run `reviewer enroll "
                  "--request FILE` and send FILE to your organisation"),
    "workstation_keys_missing": QT_TRANSLATE_NOOP(
        "Reason", "this workstation's keys are missing, so its profile cannot be checked: "
                  "enrol again (`reviewer enroll --request FILE`)"),
    "package_no_workstation_keys": QT_TRANSLATE_NOOP(
        "Reason", "this workstation has no keys yet, so no package can be sealed to it: "
                  "enrol first (`reviewer enroll --request FILE`)"),
    "package_not_rpkg": QT_TRANSLATE_NOOP(
        "Reason", "the file is not a sealed Reviewer package (.rpkg)"),
    "package_damaged": QT_TRANSLATE_NOOP("Reason",
                                         "the sealed package is truncated or damaged"),
    "package_sealed_elsewhere": QT_TRANSLATE_NOOP(
        "Reason", "the package cannot be opened: it is sealed to another workstation, or "
                  "damaged"),
    "package_not_signed": QT_TRANSLATE_NOOP(
        "Reason", "the package carries no signature by your organisation"),
    "package_unknown_signer": QT_TRANSLATE_NOOP(
        "Reason", "the package is not signed by a key in your organisation file (another "
                  "organisation's key, or a revoked one): ask for a newly signed package"),
    "package_signature_mismatch": QT_TRANSLATE_NOOP(
        "Reason", "the package's signature does not match its content (altered or "
                  "damaged)"),
    "package_other_workstation": QT_TRANSLATE_NOOP(
        "Reason", "the package was signed for another workstation"),
    "package_altered": QT_TRANSLATE_NOOP(
        "Reason", "the package's content does not match its signature (altered)"),
    "package_id_mismatch": QT_TRANSLATE_NOOP(
        "Reason", "the package's header names another package than its signature"),
    "package_unsigned": QT_TRANSLATE_NOOP(
        "Reason", "{organisation} accepts signed packages only (.rpkg files); this package "
                  "is not signed"),
    "file_unreadable": QT_TRANSLATE_NOOP("Reason", "{file} cannot be read"),
    "file_too_large": QT_TRANSLATE_NOOP("Reason", "{file} is too large"),
    "export_not_enrolled": QT_TRANSLATE_NOOP(
        "Reason", "there are no workstation keys or profile to sign the export with"),
    "organisation_file_unreadable": QT_TRANSLATE_NOOP(
        "Reason", "the organisation file cannot be checked: {path} cannot be read"),
    "organisation_file_link": QT_TRANSLATE_NOOP(
        "Reason", "the organisation file is refused: {path} is a symbolic link"),
    "organisation_file_not_root": QT_TRANSLATE_NOOP(
        "Reason", "the organisation file is refused: {path} is not owned by root"),
    "organisation_file_writable": QT_TRANSLATE_NOOP(
        "Reason", "the organisation file is refused: {path} is writable by group or "
                  "others"),
    "organisation_file_not_regular": QT_TRANSLATE_NOOP(
        "Reason", "the organisation file is refused: {path} is not a regular file"),
    "organisation_file_too_large": QT_TRANSLATE_NOOP(
        "Reason", "the organisation file {path} is too large"),
    "settings_policy_invalid": QT_TRANSLATE_NOOP(
        "Reason", "the organisation's settings are not valid at {field}: they may hold only "
                  "defaults and locked values of known settings"),
    "missing_library": QT_TRANSLATE_NOOP(
        "Reason", "the library {library} is not installed (on Debian and Ubuntu: sudo apt "
                  "install {package})"),
    "library_damaged": QT_TRANSLATE_NOOP(
        "Reason", "the library {library}, which comes with Reviewer, is missing: reinstall "
                  "Reviewer"),
    "no_display": QT_TRANSLATE_NOOP("Reason", "no display is available for the window"),
    # ------------------------------------------------------------ escalation
    "escalation_refused": QT_TRANSLATE_NOOP("Reason", "the clip could not be escalated"),
    "escalation_no_recipients": QT_TRANSLATE_NOOP(
        "Reason", "this workstation's profile names no leads to escalate to. The clip is "
                  "locked and kept; it will be escalated by itself once a profile with "
                  "escalation recipients is installed"),
    "escalation_no_folder": QT_TRANSLATE_NOOP(
        "Reason", "this workstation's profile names no escalations folder. The clip is "
                  "locked and kept; it will be escalated by itself once a profile with one "
                  "is installed"),
    "escalation_not_writable": QT_TRANSLATE_NOOP(
        "Reason", "the escalations folder cannot be written; the clip is locked and kept, "
                  "and the escalation is tried again at the next start. Check the folder"),
    "note_too_long": QT_TRANSLATE_NOOP("Reason", "the note is longer than {maximum} "
                                                 "characters"),
    "envelope_unreadable": QT_TRANSLATE_NOOP(
        "Reason", "the envelope cannot be opened: it is not addressed to you, damaged or "
                  "altered"),
    # ------------------------------------------------------------ the exchange's settings
    # (sync's status words the exchange's own refusals: ui/sync_wording.py)
    "sync_no_settings": QT_TRANSLATE_NOOP(
        "Reason", "there are no exchange settings on this workstation yet"),
    "sync_settings_unreadable": QT_TRANSLATE_NOOP("Reason",
                                                  "the exchange settings cannot be read"),
    "sync_settings_invalid": QT_TRANSLATE_NOOP("Reason",
                                               "the exchange settings are not well formed"),
    # ------------------------------------------------------------ the lead's desk
    "wrong_passphrase": QT_TRANSLATE_NOOP("Reason", "wrong passphrase"),
    "no_lead_keys": QT_TRANSLATE_NOOP(
        "Reason", "there are no lead keys in this workspace: run `reviewer lead init` first"),
    "lead_key_id_damaged": QT_TRANSLATE_NOOP(
        "Reason", "the lead key id file is missing or damaged, so the keys cannot be opened"),
    "lead_key_file_damaged": QT_TRANSLATE_NOOP(
        "Reason", "the lead key file is damaged or not a lead key file"),
    "lead_keyring_entry_missing": QT_TRANSLATE_NOOP(
        "Reason", "the keyring entry for your lead keys is missing on this account, so "
                  "nothing can be opened here"),
    "lead_name_invalid": QT_TRANSLATE_NOOP(
        "Reason", "the lead name must be a pseudonym of letters, digits and a few "
                  "punctuation marks"),
    "lead_passphrase_short": QT_TRANSLATE_NOOP(
        "Reason", "the passphrase must have at least {minimum} characters"),
    "lead_keys_exist": QT_TRANSLATE_NOOP(
        "Reason", "this workspace already holds lead keys; nothing was changed"),
    "escalations_folder_missing": QT_TRANSLATE_NOOP(
        "Reason", "the escalations folder does not exist or is not a folder"),
    "no_such_case": QT_TRANSLATE_NOOP("Reason", "there is no such case in the inbox"),
    "lead_profile_no_escalations": QT_TRANSLATE_NOOP(
        "Reason", "the lead profile names no escalations folder"),
    "lead_profile_no_outbox": QT_TRANSLATE_NOOP("Reason",
                                                "the lead profile names no outbox folder"),
    "comment_too_long": QT_TRANSLATE_NOOP(
        "Reason", "the comment is longer than {maximum} characters"),
    "no_outbox": QT_TRANSLATE_NOOP(
        "Reason", "the profile names no outbox folder for decision records"),
    "change_needs_comment": QT_TRANSLATE_NOOP(
        "Reason", "write in the comment why the decision changes; the comment goes into the "
                  "new record"),
    "not_decided": QT_TRANSLATE_NOOP(
        "Reason", "this case has no decision yet, so there is nothing to change"),
    "same_decision": QT_TRANSLATE_NOOP(
        "Reason", "“{decision}” is already the decision on this case"),
    "already_decided": QT_TRANSLATE_NOOP(
        "Reason", "this case is already decided: “{decision}”. To decide differently, "
                  "choose Change decision: the new record supersedes this one, and both are "
                  "kept"),
    "outbox_not_writable": QT_TRANSLATE_NOOP(
        "Reason", "the outbox folder cannot be written, so the decision was not recorded: "
                  "check the folder and try again"),
    "disclosure_invalid": QT_TRANSLATE_NOOP("Reason",
                                            "this is not a valid disclosure request"),
    "already_signed": QT_TRANSLATE_NOOP(
        "Reason", "you have signed this request already; a second, different lead must "
                  "co-sign it"),
    "signature_unknown_lead": QT_TRANSLATE_NOOP(
        "Reason", "signature {number} is by a lead the profile does not list"),
    "signature_duplicate": QT_TRANSLATE_NOOP(
        "Reason", "signature {number} is by a lead who signed already"),
    "signature_mismatch": QT_TRANSLATE_NOOP(
        "Reason", "signature {number} does not match the request (edited content or a bad "
                  "signature)"),
    "signatures_missing": QT_TRANSLATE_NOOP(
        "Reason", "the request needs signatures from {required} different leads; it has "
                  "{found}"),
    "request_unreadable": QT_TRANSLATE_NOOP("Reason", "the request file cannot be read"),
    "signature_invalid": QT_TRANSLATE_NOOP(
        "Reason", "signature {number} does not verify, so the request is not co-signed"),
    "request_no_case": QT_TRANSLATE_NOOP("Reason", "the request names no valid case id"),
    # ------------------------------------------------------------ the lead's gate
    "access_denied": QT_TRANSLATE_NOOP("Reason", "access was refused"),
    "gate_unknown_case": QT_TRANSLATE_NOOP("Reason", "there is no such case in the inbox"),
    "gate_no_reason": QT_TRANSLATE_NOOP("Reason", "write why you are opening this case"),
    "gate_reason_too_short": QT_TRANSLATE_NOOP(
        "Reason", "the reason must be at least {minimum} characters"),
    "gate_envelope_unreadable": QT_TRANSLATE_NOOP(
        "Reason", "this envelope cannot be opened: it is not addressed to you, damaged or "
                  "altered"),
    "gate_gate_busy": QT_TRANSLATE_NOOP(
        "Reason", "another gate window or command is checking an attempt: try again in a "
                  "moment"),
    "gate_lock_unavailable": QT_TRANSLATE_NOOP(
        "Reason", "the gate's lock file cannot be opened, so no attempt can be checked"),
    "gate_state_unavailable": QT_TRANSLATE_NOOP(
        "Reason", "the gate's record of attempts cannot be used, so nothing was opened"),
    "gate_state_damaged": QT_TRANSLATE_NOOP(
        "Reason", "the gate's record of failed attempts and used codes was missing or "
                  "damaged, so the longest back-off applies: try again in {minutes} minutes"),
    "gate_backoff": QT_TRANSLATE_NOOP(
        "Reason", "too many failed attempts: wait {seconds} s before trying again"),
    "gate_backoff_reset": QT_TRANSLATE_NOOP(
        "Reason", "the gate's record of failed attempts and used codes was missing or "
                  "damaged, so the longest back-off applies: wait {seconds} s before trying "
                  "again"),
    "gate_wrong_passphrase": QT_TRANSLATE_NOOP("Reason", "wrong passphrase"),
    "gate_wrong_or_stale_code": QT_TRANSLATE_NOOP(
        "Reason", "the code is wrong or no longer current"),
    "gate_code_reused": QT_TRANSLATE_NOOP(
        "Reason", "that code was used already: wait for the next one"),
    "gate_state_unsaved": QT_TRANSLATE_NOOP(
        "Reason", "the gate could not record this attempt (its state file or keyring entry "
                  "cannot be written), so nothing was opened"),
    "gate_not_open": QT_TRANSLATE_NOOP("Reason", "this case is not open: pass the gate first"),
    "gate_access_expired": QT_TRANSLATE_NOOP(
        "Reason", "access ended after 10 idle minutes: pass the gate again"),
}

# Values written as numbers in the interface's language; the others are shown as they came
# (ids, paths, dates in ISO form).
_NUMBERS = frozenset({"minimum", "maximum", "minutes", "seconds", "found", "known", "required",
                      "number"})


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _value(name: str, value: Param) -> str:
    if name == "decision":
        try:
            return label(DecisionKind(str(value)))
        except ValueError:
            return str(value)
    if name in _NUMBERS and isinstance(value, int):
        return number(value)
    return str(value)


def reason_text(reason: Reason | BaseException | None) -> str:
    """Why, as a clause in the interface's language: the most precise code the window words
    and whose values came; its class's wording otherwise."""
    if reason is None:
        return ""
    if isinstance(reason, BaseException):
        reason = reason_of(reason)
    for code in (*reason.codes, "internal"):
        template = REASONS.get(code)
        if template is not None and _fields(template) <= reason.params.keys():
            text = translate(CONTEXT, template)
            values = {name: _value(name, reason.params[name]) for name in _fields(template)}
            try:
                return text.format(**values)
            except (KeyError, IndexError, ValueError):  # a translation with a bad placeholder
                return template.format(**values)
    raise AssertionError("unreachable: 'internal' is always worded")


def reason_sentence(reason: Reason | BaseException | None) -> str:
    """The clause as a sentence of its own (capital first letter, closing stop)."""
    text = reason_text(reason)
    if not text:
        return text
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."
