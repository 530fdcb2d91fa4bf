"""`reviewer diagnostics OUT`: a support bundle, one JSON file (reviewer-diagnostics/1).

What support needs to place a problem (versions, platform, preferences, the organisation file's
state, the workspace's key mode) and nothing from the vault: the vault is never opened, so no
clip or package id, transcript, audit entry or key can be in it (DESIGN.md: ids are never shown
or logged; nothing sensitive leaves the vault). The workspace id is left out too (it names the
keyring entry), and the home folder is written `~` (its name is often the user's).
The app keeps no error log (log records go to stderr only, and the vault is not a log), so
`recent_errors` says so instead of inventing one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from reviewer import __version__
from reviewer.commands import json_output
from reviewer.core.cli_schemas import DIAGNOSTICS_FORMAT
from reviewer.core.errors import RefusedInput, ReviewerError

NO_ERROR_LOG = ("the app keeps no error log: errors are printed as one line on stderr (command "
                "line) or shown in the window, and never written to disk, so that no log can "
                "hold sensitive data; rerun the failing command with REVIEWER_DEBUG=1 for a "
                "traceback")
FORMATS = ("reviewer-workspace/1",)
KEY_MODES = ("keyring", "passphrase")
# Libraries whose versions support asks for; the rest of the environment is not listed.
DISTRIBUTIONS = ("PySide6", "sounddevice", "soundfile", "sqlcipher3", "sqlcipher3-binary",
                 "keyring", "pyrage", "cryptography", "argon2-cffi", "numpy", "platformdirs",
                 "jsonschema")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "diagnostics", help="write a support bundle (versions, platform, settings; no vault "
                            "data) to OUT",
        description="Write a support bundle to OUT, one JSON file (reviewer-diagnostics/1, "
                    "docs/formats.md): versions of the app and its libraries (Python, Qt, "
                    "PortAudio, libsndfile, SQLCipher), the keyring backend, the platform, "
                    "the preferences the app writes (allowlisted keys only), the organisation "
                    "file's state and the workspace's key mode. The vault is not opened: "
                    "nothing from it is in the bundle. OUT must not exist.")
    p.add_argument("out", metavar="OUT", help="the file to write (refused if it exists)")
    json_output.add_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.exists() or out.is_symlink():
        raise RefusedInput(f"{out} exists already; nothing was written")
    bundle = collect(args.workspace_dir)
    data = (json.dumps(bundle, indent=2, ensure_ascii=False) + "\n").encode()
    try:
        with open(out, "xb") as f:  # "x": never overwrite, even if OUT appeared meanwhile
            f.write(data)
    except FileExistsError:
        raise RefusedInput(f"{out} exists already; nothing was written") from None
    except OSError as exc:
        raise RefusedInput(f"cannot write {out} ({exc.strerror or type(exc).__name__})") \
            from None
    sections = [k for k in bundle if k not in ("format", "created")]
    if json_output.wanted(args):
        json_output.emit(args, out=str(out), format=DIAGNOSTICS_FORMAT, bytes=len(data),
                         sections=sections)
    else:
        print(f"support bundle written to {out} ({len(data)} bytes): "
              + ", ".join(sections) + "; nothing from the vault")
    return 0


def collect(workspace: Path) -> dict[str, Any]:
    """The bundle; each probe that fails says so in its place instead of failing the rest."""
    return {
        "format": DIAGNOSTICS_FORMAT,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "versions": _probe(_versions),
        "platform": _probe(_platform),
        "settings": _probe(_settings),
        "organisation_file": _probe(_organisation),
        "workspace": _probe(lambda: _workspace(workspace)),
        "recent_errors": {"log": None, "note": NO_ERROR_LOG},
    }


def _probe(read: Any) -> Any:
    try:
        return read()
    except ReviewerError as exc:
        return {"unavailable": str(exc)}
    except Exception as exc:  # a broken library must not stop the bundle that reports it
        return {"unavailable": f"internal error ({type(exc).__name__})"}


def _versions() -> dict[str, Any]:
    from reviewer.audio.versions import libsndfile_version, portaudio_version
    from reviewer.vault.versions import sqlcipher_version

    versions: dict[str, Any] = {
        "reviewer": __version__,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "frozen": bool(getattr(sys, "frozen", False)),
        "qt": _probe(_qt_versions),
        "portaudio": _probe(portaudio_version),
        "libsndfile": _probe(libsndfile_version),
        "sqlcipher": _probe(sqlcipher_version),
        "keyring_backend": _probe(_keyring_backend),
    }
    packages = {}
    for name in DISTRIBUTIONS:
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    versions["packages"] = packages
    return versions


def _qt_versions() -> dict[str, str]:
    from reviewer.ui.qt_support import qt_versions

    return qt_versions()


def _keyring_backend() -> str:
    from reviewer.commands import workspace as ws_commands

    store = ws_commands.secret_store()
    describe = getattr(store, "describe", None)
    return str(describe()) if describe else type(store).__name__


def _platform() -> dict[str, Any]:
    return {
        "system": platform.system(), "release": platform.release(),
        "machine": platform.machine(), "platform": platform.platform(),
        "os_release": _os_release(),
        "session_type": os.environ.get("XDG_SESSION_TYPE"),
        "desktop": os.environ.get("XDG_CURRENT_DESKTOP"),
        "display": bool(os.environ.get("DISPLAY")),
        "wayland_display": bool(os.environ.get("WAYLAND_DISPLAY")),
        "qt_platform": os.environ.get("QT_QPA_PLATFORM"),
        "locale": os.environ.get("LANG"),
    }


def _os_release() -> str | None:
    try:
        return platform.freedesktop_os_release().get("PRETTY_NAME")
    except OSError:
        return None


def _settings() -> dict[str, Any]:
    from reviewer.ui.qt_support import support_settings

    return support_settings()


def _organisation() -> dict[str, Any]:
    """The installed organisation file: public by design (names, public keys, policy)."""
    from reviewer.commands import anchor
    from reviewer.trust.organisation_file import builtin_path

    where = {"path": str(builtin_path())}
    try:
        org = anchor.load()
    except ReviewerError as exc:
        return {**where, "state": "refused", "reason": str(exc)}
    if org is None:
        return {**where, "state": "not installed (unmanaged installation)"}
    return {**where, "state": "installed", "name": org.name,
            "signing_keys": [k.key_id for k in org.keys],
            "allow_unsigned_packages": org.allow_unsigned_packages}


def _workspace(path: Path) -> dict[str, Any]:
    """The folder's clear descriptor's format and key mode; nothing else (not its id)."""
    info: dict[str, Any] = {"folder": _home_as_tilde(path), "exists": path.is_dir(),
                            "vault_db": (path / "vault.db").exists(),
                            "lead_keys": (path / "lead").is_dir()}
    descriptor = path / "workspace.json"
    info["descriptor"] = descriptor.exists()
    if descriptor.exists():
        try:
            clear = json.loads(descriptor.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            info["descriptor_readable"] = False
        else:
            # Only values from the known sets: the file is clear text anyone could edit.
            clear = clear if isinstance(clear, dict) else {}
            info["descriptor_readable"] = True
            info["format"] = clear.get("format") if clear.get("format") in FORMATS else None
            info["key_mode"] = clear.get("key") if clear.get("key") in KEY_MODES else None
    return info


def _home_as_tilde(path: Path) -> str:
    home = Path.home()
    try:
        return str(Path("~") / path.relative_to(home))
    except ValueError:
        return str(path)
