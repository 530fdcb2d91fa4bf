"""What an exported audio file holds: its format, rate, channels and frames, decoded in full.

For `reviewer export verify` (workflows/export_verify.py): a file whose header announces more
frames than decode (a truncated or damaged file) is told apart from a complete one.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
import soundfile

from reviewer.audio.decode import AudioDecodeError

_BLOCK = 1 << 16  # frames decoded at a time


@dataclass(frozen=True)
class AudioFileFacts:
    format: str  # libsndfile's major format: "FLAC", "WAV", ...
    sample_rate: int
    channels: int
    frames: int  # frames that decoded
    declared_frames: int  # frames the file's header announces

    @property
    def seconds(self) -> float:
        return self.frames / self.sample_rate if self.sample_rate else 0.0


def probe_audio(data: bytes) -> AudioFileFacts:
    """Decodes all of `data`; AudioDecodeError (naming no content) when it does not."""
    try:
        with soundfile.SoundFile(io.BytesIO(data)) as f:
            channels = f.channels
            buffer = np.empty((_BLOCK, channels), dtype=np.int16)
            frames = 0
            while True:
                got = int(f.read(frames=_BLOCK, dtype="int16", always_2d=True,
                                 out=buffer).shape[0])
                if got == 0:
                    break
                frames += got
            return AudioFileFacts(str(f.format), int(f.samplerate), int(channels), frames,
                                  int(f.frames))
    except (soundfile.LibsndfileError, RuntimeError, ValueError, TypeError) as exc:
        raise AudioDecodeError(f"does not decode ({type(exc).__name__})") from None
