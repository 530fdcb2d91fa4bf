"""What `reviewer sync` needs to know, handed over by the app through the spool.

The S3 exchange is named by the signed profile, and the profile lives in the vault, which the
sync process never opens. So the app, which has just verified the profile, writes the parts
sync needs to `spool/exchange.json` (atomically, on enrolment and at every start):

    {"format": "reviewer-sync-settings/1", "role": "reviewer" | "lead",
     "s3": {endpoint, bucket, region, prefix, workstation, ca_certificates, poll_seconds}}

Nothing secret is in it (the store's credentials stay in the OS keyring), and sync checks
every field again with the profile's own rules: a hand-edited file can at worst point sync
at another store, which receives only sealed bytes and delivers nothing that import would
not verify. No S3 exchange in the profile means no file (a stale one is removed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.errors import RefusedInput
from reviewer.core.exchange_settings import S3Exchange, SettingsRefused, parse_s3_exchange
from reviewer.core.profile import Profile, Role
from reviewer.fileio import atomic_write

SETTINGS_FORMAT = "reviewer-sync-settings/1"
SETTINGS_FILE = "exchange.json"
_MAX = 128 * 1024


@dataclass(frozen=True)
class SyncSettings:
    role: Role
    s3: S3Exchange


def write_sync_settings(spool_root: Path, profile: Profile | None) -> SyncSettings | None:
    """The settings for `profile`'s S3 exchange, written for sync; None (and no file) when
    the profile names none."""
    path = spool_root / SETTINGS_FILE
    s3 = profile.exchange.s3 if profile is not None else None
    if profile is None or s3 is None:
        path.unlink(missing_ok=True)
        return None
    settings = SyncSettings(profile.role, s3)
    data = json.dumps({"format": SETTINGS_FORMAT, "role": settings.role.value,
                       "s3": s3.to_json()}, indent=1, sort_keys=True).encode()
    try:
        unchanged = path.read_bytes() == data
    except OSError:
        unchanged = False
    if not unchanged:
        atomic_write(path, data)
    return settings


def read_sync_settings(spool_root: Path) -> SyncSettings:
    """The settings the app wrote; RefusedInput (one line) when there are none or they are
    not well formed."""
    path = spool_root / SETTINGS_FILE
    try:
        with path.open("rb") as fh:
            data = fh.read(_MAX + 1)
    except FileNotFoundError:
        raise RefusedInput(f"no exchange settings in {spool_root}: the profile names no S3 "
                           "exchange, or the app has not started since it was enrolled "
                           "(or give --endpoint, --bucket and --workstation)",
                           code="sync_no_settings") from None
    except OSError as exc:
        raise RefusedInput(f"{path} cannot be read ({exc.strerror or 'error'})",
                           code="sync_settings_unreadable") from None
    try:
        doc = json.loads(data) if len(data) <= _MAX else None
        if not isinstance(doc, dict) or doc.get("format") != SETTINGS_FORMAT \
                or set(doc) != {"format", "role", "s3"}:
            raise SettingsRefused("not reviewer-sync-settings/1")
        return SyncSettings(Role(str(doc["role"])), parse_s3_exchange(doc["s3"]))
    except (ValueError, SettingsRefused) as exc:  # JSONDecodeError and a bad role included
        why = str(exc) if isinstance(exc, SettingsRefused) else "not well formed"
        raise RefusedInput(f"{path}: {why}", code="sync_settings_invalid") from None
