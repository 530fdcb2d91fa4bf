"""`reviewer org collect`: the organisation opens sealed exports and merges them.

Each export is checked before anything in it is used: sealed to the organisation's export key,
carrying a profile the organisation signed (with a key its organisation file still lists),
and signed by the workstation that profile names. Then the packages' result lines are merged
into one training manifest (audio paths become `<package_id>/<file>`, and a join map from
`org pack` restores each clip's source audio path) and one status file for the rest. An export
made with audio brings each clip's FLAC: it is collected as `<package_id>/<clip_id>.flac`, so
several exports merge without collisions and the folder is ready to train on.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from reviewer.core.escalation import EnvelopeUnreadable
from reviewer.core.lead import SealPort
from reviewer.core.profile import parse_profile_body
from reviewer.core.trust import (
    KIND_PROFILE,
    Organisation,
    TrustRefused,
    export_message,
    parse_signed,
    unframe_export,
)
from reviewer.intake.shapes import is_opaque_id
from reviewer.workflows.org import OrgSecrets
from reviewer.workflows.trust import verify_signed

MAX_MEMBER_BYTES = 256 << 20
_SUFFIXES = (".manifest.jsonl", ".status.jsonl", ".header.json")
_AUDIO_DIR, _AUDIO_EXT = ".audio", ".flac"


def _allowed(name: str) -> bool:
    """A member `reviewer export` writes: `<package_id>.<purpose>` or, for audio,
    `<package_id>.audio/<clip_id>.flac` (ids in the package format's grammar: no path can
    be smuggled through them into the collected folder)."""
    folder, _, file = name.rpartition("/")
    if not folder:
        return name.endswith(_SUFFIXES)
    return (folder.endswith(_AUDIO_DIR) and is_opaque_id(folder[:-len(_AUDIO_DIR)])
            and file.endswith(_AUDIO_EXT) and is_opaque_id(file[:-len(_AUDIO_EXT)]))


@dataclass(frozen=True)
class OpenedExport:
    reviewer: str
    files: dict[str, bytes]  # <package_id>.manifest.jsonl, .status.jsonl, .header.json


def open_export(crypto: SealPort, org: Organisation, secrets: OrgSecrets,
                data: bytes) -> OpenedExport:
    try:
        plain = crypto.open_sealed(data, [secrets.export_identity])
    except EnvelopeUnreadable:
        raise TrustRefused("export cannot be opened: it is not sealed to this organisation's "
                           "export key, or it is damaged") from None
    profile_bytes, signature, body = unframe_export(plain)
    doc = parse_signed(profile_bytes, KIND_PROFILE, "export's profile")
    verify_signed(org, crypto, doc, "export's profile")
    profile = parse_profile_body(doc.body)
    if profile.workstation is None or not crypto.verify(
            profile.workstation.ed25519, export_message(hashlib.sha256(body).hexdigest()),
            signature):
        raise TrustRefused("export's signature does not match (altered, or not made by the "
                           "workstation its profile names)")
    return OpenedExport(profile.reviewer, _members(body))


def _members(body: bytes) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    try:
        with tarfile.open(fileobj=io.BytesIO(body), mode="r:") as tar:
            for member in tar.getmembers():
                name = member.name
                if not member.isfile() or not _allowed(name) or member.size > MAX_MEMBER_BYTES:
                    raise TrustRefused("export holds an unexpected entry")
                handle = tar.extractfile(member)
                if handle is None:
                    raise TrustRefused("export holds an unreadable entry")
                out[name] = handle.read()
    except tarfile.TarError:
        raise TrustRefused("export's archive is damaged") from None
    return out


@dataclass(frozen=True)
class Collected:
    training: list[dict[str, Any]]
    statuses: list[dict[str, Any]]
    headers: list[dict[str, Any]]
    audio: dict[str, bytes]  # `<package_id>/<clip_id>.flac` -> FLAC


def merge(exports: list[OpenedExport], join_map: dict[str, dict[str, Any]]) -> Collected:
    """Training lines, status lines, headers and audio over every export; an export whose
    files are not what `reviewer export` writes is refused (its workstation's user holds its
    key)."""
    try:
        return _merge(exports, join_map)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        raise TrustRefused("an export's files are not what `reviewer export` writes") from None


def _merge(exports: list[OpenedExport], join_map: dict[str, dict[str, Any]]) -> Collected:
    training: list[dict[str, Any]] = []
    statuses: list[dict[str, Any]] = []
    headers: list[dict[str, Any]] = []
    audio: dict[str, bytes] = {}
    for export in exports:
        for name, data in sorted(export.files.items()):
            package_id = name.split(".", 1)[0]
            if "/" in name:
                continue  # audio: taken below, when a manifest line names it
            if name.endswith(".header.json"):
                headers.append(json.loads(data))
                continue
            # JSON Lines end at "\n" only: str.splitlines() would also cut at U+2028,
            # U+2029 or U+0085, which an export written with ensure_ascii=False keeps raw.
            rows = [json.loads(raw) for raw in data.decode("utf-8").split("\n") if raw.strip()]
            if name.endswith(".status.jsonl"):
                statuses += rows
                continue
            for line in rows:
                source = join_map.get(str(line.get("clip_id")))
                if source is not None:
                    line["source_audio_filepath"] = source["source_audio_filepath"]
                exported = str(line["audio_filepath"])
                collected = str(PurePosixPath(package_id) / PurePosixPath(exported).name)
                if exported in export.files:  # an export with audio: bring the file
                    if not exported.startswith(package_id + _AUDIO_DIR + "/"):
                        raise TrustRefused("an export's manifest names another package's "
                                           "audio")
                    if collected in audio:
                        raise TrustRefused(f"two exports hold the audio of {collected}: give "
                                           "only the latest export of each package")
                    audio[collected] = export.files[exported]
                elif exported.startswith(package_id + _AUDIO_DIR + "/"):
                    raise TrustRefused("an export's manifest names audio it does not hold")
                line["audio_filepath"] = collected
                training.append(line)
    return Collected(training, statuses, headers, audio)
