"""Fakes for vault and workflow tests: a dict SecretStore and in-memory accepted packages."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import numpy as np
import soundfile as sf

from reviewer.core.package import (
    AcceptedClip,
    AcceptedPackage,
    ClipRecord,
    EncodedAudio,
    PackageHeader,
    Policy,
    Question,
    TaskKind,
)
from reviewer.core.workspace_errors import KeyringLocked
from reviewer.fileio import atomic_write
from reviewer.intake.shapes import is_opaque_id


class DictSecretStore:
    """SecretStore fake. `locked=True` makes it answer like a locked keyring."""

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}
        self.locked = False

    def get(self, service: str, name: str) -> str | None:
        if self.locked:
            raise KeyringLocked("the keyring is locked")
        return self.secrets.get((service, name))

    def set(self, service: str, name: str, value: str) -> None:
        if self.locked:
            raise KeyringLocked("the keyring is locked")
        self.secrets[(service, name)] = value

    def delete(self, service: str, name: str) -> None:
        self.secrets.pop((service, name), None)


class FileSecretStore:
    """SecretStore fake kept in a JSON file: shared by forked processes, as the OS keyring
    is shared by every process of the user (crash tests)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _all(self) -> dict[str, str]:
        try:
            data: dict[str, str] = json.loads(self.path.read_text())
        except FileNotFoundError:
            return {}
        return data

    def get(self, service: str, name: str) -> str | None:
        return self._all().get(f"{service}/{name}")

    def set(self, service: str, name: str, value: str) -> None:
        data = self._all()
        data[f"{service}/{name}"] = value
        atomic_write(self.path, json.dumps(data).encode())

    def delete(self, service: str, name: str) -> None:
        data = self._all()
        if data.pop(f"{service}/{name}", None) is not None:
            atomic_write(self.path, json.dumps(data).encode())


def flac_tone(seconds: float = 1.0, rate: int = 16000, freq: float = 440.0) -> EncodedAudio:
    n = round(seconds * rate)
    t = np.arange(n) / rate
    x = (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    buf = io.BytesIO()
    sf.write(buf, x, rate, format="FLAC")
    return EncodedAudio(flac=buf.getvalue(), sample_rate=rate, frames=n)


def accepted_package(package_id: str = "pkg_test_0001", clips: int = 3, *,
                     task: TaskKind = TaskKind.TRANSCRIBE, seconds: float = 1.0,
                     created: dt.date | None = None, retention_days: int = 30,
                     questions: tuple[Question, ...] = (), policy: Policy | None = None,
                     texts: list[str] | None = None) -> AcceptedPackage:
    header = PackageHeader(package_id=package_id, task=task, locale="en-US",
                           created=created or dt.date.today(), retention_days=retention_days,
                           policy=policy or Policy(), questions=questions)
    out = []
    for i in range(clips):
        pred = texts[i] if texts else f"turn on the lights number {i + 1}"
        # An id in the package grammar gives clips ids in it too (what the gate lets in).
        clip_id = (f"c_{hashlib.sha256(f'{package_id}/{i}'.encode()).hexdigest()[:32]}"
                   if is_opaque_id(package_id) else f"{package_id}_clip_{i + 1:04d}")
        record = ClipRecord(clip_id=clip_id,
                            audio_filepath=f"audio/c{i + 1}.wav", duration=seconds,
                            pred_text=pred, assistant_response="okay",
                            prior_text=pred if task is TaskKind.VERIFY else None)
        out.append(AcceptedClip(record, flac_tone(seconds, freq=220.0 + 40 * i)))
    return AcceptedPackage(header, tuple(out))
