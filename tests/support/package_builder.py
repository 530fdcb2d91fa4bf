"""Builds work packages for tests: valid by default, easy to break on purpose."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

PACKAGE_ID = "pkg_7e570000000000000000000000000001"


def clip_id(n: int) -> str:
    """The builder's id for clip `n`: the prefixed-hex shape of reviewer-package/1."""
    return f"clip_{n:032x}"


def audio_name(n: int, ext: str = "wav") -> str:
    return f"audio/{clip_id(n)}.{ext}"


def tone(seconds: float, rate: int = 16000, channels: int = 1, freq: float = 440.0,
         amplitude: float = 0.3) -> np.ndarray:
    """A sine tone led by 100 ms of silence (the first block after a stream start can be lost)."""
    n = round(seconds * rate)
    t = np.arange(n) / rate
    x = (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    x[: min(n, rate // 10)] = 0.0
    if channels == 1:
        return x
    return np.stack([x] * channels, axis=1)


def encode(samples: np.ndarray, rate: int, fmt: str = "WAV", subtype: str | None = None) -> bytes:
    buf = io.BytesIO()
    sf.write(buf, samples, rate, format=fmt, subtype=subtype)
    return buf.getvalue()


@dataclass
class PackageBuilder:
    """Collects package.json, clips.jsonl lines and files; writes a directory or a zip."""

    header: dict[str, Any] = field(default_factory=lambda: {
        "format": "reviewer-package/1",
        "package_id": PACKAGE_ID,
        "task": "transcribe",
        "locale": "en-US",
        "created": "2026-11-01",
        "retention_days": 30,
    })
    lines: list[dict[str, Any]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def add_clip(self, clip_id: str | None = None, seconds: float = 1.0, rate: int = 16000,
                 channels: int = 1, fmt: str = "WAV", subtype: str | None = None,
                 ext: str | None = None, audio: bytes | None = None,
                 **fields: Any) -> dict[str, Any]:
        """Adds a clip with a generated tone; `fields` override or add manifest keys."""
        n = len(self.lines) + 1
        clip_id = clip_id or globals()["clip_id"](n)
        ext = ext or {"WAV": "wav", "FLAC": "flac", "OGG": "ogg", "MP3": "mp3"}[fmt]
        path = f"audio/{clip_id}.{ext}"
        if audio is None:
            audio = encode(tone(seconds, rate, channels, freq=220.0 + 40 * n), rate, fmt, subtype)
        self.files[path] = audio
        line: dict[str, Any] = {"clip_id": clip_id, "audio_filepath": path,
                                "duration": round(seconds, 3), "pred_text": f"test clip {n}"}
        line.update(fields)
        self.lines.append(line)
        return line

    def manifest_bytes(self) -> bytes:
        return "".join(json.dumps(line) + "\n" for line in self.lines).encode()

    def entries(self) -> dict[str, bytes]:
        out = {"package.json": json.dumps(self.header).encode(),
               "clips.jsonl": self.manifest_bytes()}
        out.update(self.files)
        return out

    def write_dir(self, root: Path) -> Path:
        root.mkdir(parents=True, exist_ok=True)
        for name, data in self.entries().items():
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return root

    def write_zip(self, path: Path, compression: int = zipfile.ZIP_DEFLATED) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(path, "w", compression) as zf:
            for name, data in self.entries().items():
                zf.writestr(name, data)
        return path
