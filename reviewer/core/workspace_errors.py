"""Failures of the encrypted workspace, each reported as one clear line.

They live in core so the window and the commands can tell them apart without importing the
vault. Messages never carry keys, transcripts or identity values.
"""

from __future__ import annotations

from reviewer.core.errors import InternalError, RefusedInput, ReviewerError


class KeyringRefused(RefusedInput):
    """The keyring backend is not one that keeps secrets safely (fail, null, plain file)."""

    code = "keyring_refused"


class KeyringLocked(ReviewerError):
    """The OS keyring is locked; the user must unlock it."""

    code = "keyring_locked"


class KeyringUnavailable(ReviewerError):
    """The OS keyring could not be reached."""

    code = "keyring_unavailable"


class KeyLost(ReviewerError):
    """The workspace exists but its key is gone: nothing is re-keyed or overwritten."""

    code = "key_lost"


class WrongKey(ReviewerError):
    """The key or passphrase does not open this workspace."""

    code = "wrong_key"


class PassphraseRequired(RefusedInput):
    """The workspace is protected by a passphrase and none was given."""

    code = "passphrase_required"


class WorkspaceMissing(ReviewerError):
    """No workspace at the path and creation was not asked for."""

    code = "workspace_missing"


class WorkspaceCorrupt(InternalError):
    """The workspace database is damaged (the key was right)."""

    code = "workspace_corrupt"


class WorkspaceRestored(ReviewerError):
    """vault.db is older than its key anchor: an earlier copy was put back."""

    code = "workspace_restored"


class AnchorMissing(ReviewerError):
    """The key anchor outside the database is missing or older than the database."""

    code = "anchor_missing"


class WorkspaceNewer(ReviewerError):
    """The workspace was made by a newer release (a schema this one does not know)."""

    code = "workspace_newer"


class WorkspaceBusy(ReviewerError):
    """Another process has the workspace open."""

    code = "workspace_busy"


class WorkspaceReadOnly(ReviewerError):
    """The workspace folder or database cannot be written."""

    code = "workspace_read_only"


class DiskFull(ReviewerError):
    """The disk holding the workspace is full."""

    code = "disk_full"


class StorageFailed(ReviewerError):
    """A write to the workspace failed for another reason; nothing was half-written."""

    code = "storage_failed"


class DraftNotSaved(ReviewerError):
    """A draft could not be stored; it is kept in memory and retried on the next save."""

    code = "draft_not_saved"


class AlreadyImported(RefusedInput):
    """The same package was imported into this workspace before."""

    code = "already_imported"


class ClipUnavailable(RefusedInput):
    """The clip cannot be opened or played (locked, escalated, purged or unknown)."""

    code = "clip_unavailable"


class NotEnrolled(RefusedInput):
    """The workstation profile is needed and has not been enrolled."""

    code = "not_enrolled"


class AudioIntegrity(InternalError):
    """A clip's stored audio failed authentication (tampered or swapped)."""

    code = "audio_integrity"
