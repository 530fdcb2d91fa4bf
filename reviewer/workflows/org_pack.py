"""`reviewer org pack`: a NeMo manifest and its audio become one signed package sealed to one
workstation (`.rpkg`), through the same identity gate the workstation runs.

Only the fields a work package allows survive (`pred_text`, `assistant_response`,
`prior_text`, `content_warning`, and the duration); every clip and the package get fresh
random ids, and the audio gets its canonical name `audio/<clip_id>.<ext>`; the map that joins
results back to the source lines stays with the organisation. A package the gate refuses is
not signed: the refusal report says why, naming fields, never values.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import secrets
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewer.core.lead import SealPort
from reviewer.core.package import AUDIO_EXTENSIONS, PACKAGE_FORMAT
from reviewer.core.trust import (
    KIND_PACKAGE,
    PackageSignature,
    TrustRefused,
    frame_rpkg,
)
from reviewer.intake.shapes import audio_path_for
from reviewer.workflows.org import OrgSecrets
from reviewer.workflows.trust import read_limited, sign_document

KEPT_FIELDS = ("pred_text", "assistant_response", "prior_text", "content_warning")
MAX_MANIFEST_BYTES = 64 << 20
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class PackOptions:
    task: str = "transcribe"
    locale: str = "en-US"
    retention_days: int = 30
    created: dt.date = field(default_factory=dt.date.today)
    policy: dict[str, Any] = field(default_factory=dict)
    questions: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class Packed:
    package_id: str
    package_zip: bytes
    clips: int
    dropped_fields: int  # manifest fields left behind (not allowed in a work package)
    join_map: list[dict[str, Any]]  # one line per clip: new id -> source line and audio path


def build_package(manifest: Path, audio_dir: Path, options: PackOptions,
                  progress: Progress | None = None) -> Packed:
    """The plain package zip (in memory) with fresh ids, and the map to join results back."""
    lines = _manifest_lines(manifest)
    package_id = f"pkg_{secrets.token_hex(16)}"
    header = {"format": PACKAGE_FORMAT, "package_id": package_id, "task": options.task,
              "locale": options.locale, "created": options.created.isoformat(),
              "retention_days": options.retention_days}
    if options.policy:
        header["policy"] = options.policy
    if options.questions:
        header["questions"] = options.questions
    out = io.BytesIO()
    join_map: list[dict[str, Any]] = []
    clips: list[str] = []
    dropped = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for done, (number, line) in enumerate(lines, start=1):
            source = line.get("audio_filepath")
            if not isinstance(source, str) or not source:
                raise TrustRefused(f"manifest line {number}: audio_filepath is missing")
            extension = Path(source).suffix.lower().lstrip(".")
            if extension not in AUDIO_EXTENSIONS:
                raise TrustRefused(f"manifest line {number}: audio is not one of "
                                   + ", ".join(AUDIO_EXTENSIONS))
            clip_id = f"c_{secrets.token_hex(16)}"
            name = audio_path_for(clip_id, extension)
            zf.writestr(name, _audio(audio_dir, source, number))
            entry = {"clip_id": clip_id, "audio_filepath": name,
                     "duration": line.get("duration")}
            entry.update({k: line[k] for k in KEPT_FIELDS if k in line})
            dropped += len(set(line) - set(KEPT_FIELDS) - {"audio_filepath", "duration"})
            clips.append(json.dumps(entry, ensure_ascii=False))
            join_map.append({"package_id": package_id, "clip_id": clip_id,
                             "source_line": number, "source_audio_filepath": source})
            if progress is not None:
                progress(done, len(lines))
        zf.writestr("clips.jsonl", "".join(c + "\n" for c in clips))
        zf.writestr("package.json", json.dumps(header, indent=2) + "\n")
    return Packed(package_id, out.getvalue(), len(clips), dropped, join_map)


def seal_package(crypto: SealPort, org: OrgSecrets, packed: Packed, recipient: str) -> bytes:
    """The .rpkg: the package zip and the organisation's signature over it, sealed with age to
    the one workstation `recipient`."""
    with zipfile.ZipFile(io.BytesIO(packed.package_zip)) as zf:
        files = {i.filename: hashlib.sha256(zf.read(i)).hexdigest() for i in zf.infolist()}
    signature = PackageSignature(packed.package_id, recipient,
                                 hashlib.sha256(packed.package_zip).hexdigest(), files)
    signed = sign_document(crypto, org.signing_private, org.signing_public, KIND_PACKAGE,
                           signature.to_bytes())
    return crypto.seal(frame_rpkg(signed, packed.package_zip), [recipient])


def _manifest_lines(manifest: Path) -> list[tuple[int, dict[str, Any]]]:
    data = read_limited(manifest, "manifest", MAX_MANIFEST_BYTES)
    out = []
    for number, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue  # a blank line is skipped, but the numbering stays the file's
        try:
            line = json.loads(raw)
        except ValueError:
            raise TrustRefused(f"manifest line {number} is not valid JSON") from None
        if not isinstance(line, dict):
            raise TrustRefused(f"manifest line {number} is not a JSON object")
        out.append((number, line))
    if not out:
        raise TrustRefused(f"manifest {manifest} has no clips")
    return out


def _audio(audio_dir: Path, source: str, number: int) -> bytes:
    path = Path(source) if Path(source).is_absolute() else audio_dir / source
    try:
        return path.read_bytes()
    except OSError as exc:
        raise TrustRefused(f"manifest line {number}: its audio cannot be read "
                           f"({exc.strerror or 'error'})") from None
