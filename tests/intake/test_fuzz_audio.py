"""Fuzz run of the audio probe: corrupted, truncated and bit-flipped files of every input
format. Only two outcomes are allowed: AudioRefused or a valid re-encoding; and fast."""

from __future__ import annotations

import io
import random
import time

import pytest
import soundfile as sf

from reviewer.intake.audio_probe import AudioRefused, transcode
from tests.support.package_builder import encode, tone

FORMATS = [("WAV", "PCM_16", 16000), ("WAV", "FLOAT", 8000), ("FLAC", "PCM_16", 16000),
           ("OGG", "VORBIS", 16000), ("OGG", "OPUS", 48000), ("MP3", "MPEG_LAYER_III", 16000)]
ROUNDS = 400


def mutations(data: bytes, rng: random.Random) -> list[bytes]:
    out = []
    for _ in range(ROUNDS):
        b = bytearray(data)
        how = rng.randrange(5)
        if how == 0:  # truncate
            b = b[: rng.randrange(len(b))]
        elif how == 1:  # flip bits, mostly in the header
            for _ in range(rng.randint(1, 8)):
                pos = rng.randrange(min(len(b), 256) if rng.random() < 0.7 else len(b))
                b[pos] ^= 1 << rng.randrange(8)
        elif how == 2:  # overwrite a run with random bytes
            pos = rng.randrange(len(b))
            run = rng.randint(1, 64)
            b[pos:pos + run] = rng.randbytes(run)
        elif how == 3:  # duplicate a slice (inflates declared structures)
            pos = rng.randrange(len(b))
            b[pos:pos] = b[pos:pos + rng.randint(1, 512)]
        else:  # max out a 32-bit field in the header
            pos = rng.randrange(max(1, min(len(b), 64) - 4))
            b[pos:pos + 4] = b"\xff\xff\xff\xff"
        out.append(bytes(b))
    return out


@pytest.mark.parametrize(("fmt", "subtype", "rate"), FORMATS)
def test_fuzzed_audio_is_refused_or_accepted_never_crashes(fmt: str, subtype: str,
                                                           rate: int) -> None:
    rng = random.Random(f"{fmt}-{subtype}")  # deterministic: a failure reproduces
    original = encode(tone(0.5, rate, channels=2), rate, fmt, subtype)
    outcomes = {"refused": 0, "accepted": 0}
    for sample in mutations(original, rng):
        start = time.perf_counter()
        try:
            audio = transcode(sample, 0.5, 120)
        except AudioRefused:
            outcomes["refused"] += 1
        else:
            outcomes["accepted"] += 1
            info = sf.info(io.BytesIO(audio.flac))
            assert (info.format, info.channels, info.samplerate) == ("FLAC", 1, audio.sample_rate)
            assert 8000 <= audio.sample_rate <= 48000
            assert abs(audio.seconds - 0.5) <= 0.1
        assert time.perf_counter() - start < 2.0
    assert outcomes["refused"] > 0
