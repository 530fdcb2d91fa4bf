"""Critical ranges out of a clip's audio: the samples inside each range become exact silence
(or a steady tone, when the package's policy asks for one) and every other sample is left as
it was. The result is a FLAC with nothing but STREAMINFO, like everything the gate stores.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

import numpy as np
import soundfile

from reviewer.core.annotation import TimeRange
from reviewer.core.flac_meta import strip_flac_metadata
from reviewer.core.package import EncodedAudio

TONE_HZ = 1000.0
TONE_PEAK = round(0.1 * 32767)  # -20 dBFS: clearly a marker, never painful


def frame_bounds(time: TimeRange, rate: int, frames: int) -> tuple[int, int]:
    """The frames [a, b) a time range covers, rounded outwards so that no sample of a
    critical word survives at either edge."""
    a = min(max(math.floor(time.start * rate), 0), frames)
    b = min(max(math.ceil(time.end * rate), a), frames)
    return a, b


def redact_ranges(audio: EncodedAudio, ranges: Sequence[TimeRange], tone: bool) -> bytes:
    """The clip's FLAC with every range replaced by silence (or the tone)."""
    with soundfile.SoundFile(io.BytesIO(audio.flac)) as f:
        samples = f.read(dtype="int16", always_2d=False)
        rate = f.samplerate
    samples = np.array(samples, dtype=np.int16, copy=True)
    for time in ranges:
        a, b = frame_bounds(time, rate, len(samples))
        if tone:
            t = np.arange(b - a, dtype=np.float64) / rate
            samples[a:b] = np.round(TONE_PEAK * np.sin(2 * np.pi * TONE_HZ * t)).astype(np.int16)
        else:
            samples[a:b] = 0
    out = io.BytesIO()
    soundfile.write(out, samples, rate, format="FLAC", subtype="PCM_16")
    return strip_flac_metadata(out.getvalue())
