"""Decodes one clip completely, in memory, within caps; re-encodes it to bare mono FLAC.

Order matters for safety: the header's frame count is checked against the cap before any
sample is read, samples are read in blocks with a hard frame limit (headers can lie), and the
real decoded length is what counts. The output is FLAC written by libsndfile with no strings
set, and then stripped to its STREAMINFO block, so no container metadata (RIFF LIST/INFO,
BWF, ID3, Vorbis comments, even the encoder's vendor string) can survive.
"""

from __future__ import annotations

import io

import numpy as np
import soundfile as sf

from reviewer.core.flac_meta import strip_flac_metadata
from reviewer.core.package import EncodedAudio
from reviewer.intake import limits

_PCM = frozenset({"PCM_16", "PCM_24", "PCM_32", "PCM_U8", "PCM_S8", "FLOAT", "DOUBLE",
                  "ULAW", "ALAW", "IMA_ADPCM", "MS_ADPCM", "GSM610"})
# The input formats of reviewer-package/1 (container -> accepted codecs).
_FORMATS: dict[str, frozenset[str]] = {
    "WAV": _PCM, "WAVEX": _PCM, "RF64": _PCM,
    "FLAC": frozenset({"PCM_S8", "PCM_16", "PCM_24"}),
    "OGG": frozenset({"VORBIS", "OPUS"}),
    "MP3": frozenset({"MPEG_LAYER_I", "MPEG_LAYER_II", "MPEG_LAYER_III"}),
    "MPEG": frozenset({"MPEG_LAYER_I", "MPEG_LAYER_II", "MPEG_LAYER_III"}),
}


class AudioRefused(Exception):
    """The clip's audio breaks a rule; the message is fixed wording."""


def transcode(data: bytes, declared_seconds: float, max_seconds: float) -> EncodedAudio:
    """Decoded, checked and re-encoded audio, or AudioRefused saying which rule failed."""
    if riff_overstated(data):
        raise AudioRefused("audio does not decode completely (header claims more data "
                           "than the file holds)")
    try:
        handle = sf.SoundFile(io.BytesIO(data))
    except Exception as exc:  # libsndfile refuses unknown or broken containers
        raise AudioRefused("audio cannot be decoded (unknown or broken format)") from exc
    with handle:
        if handle.format not in _FORMATS or handle.subtype not in _FORMATS[handle.format]:
            raise AudioRefused("audio format is not WAV, FLAC, Ogg Vorbis, Ogg Opus or MP3")
        rate, channels, frames = handle.samplerate, handle.channels, handle.frames
        if not limits.MIN_RATE <= rate <= limits.MAX_RATE:
            raise AudioRefused("sample rate is outside 8000-48000 Hz")
        if not 1 <= channels <= limits.MAX_CHANNELS:
            raise AudioRefused("audio has more than 2 channels")
        cap = int(max_seconds * rate)
        if frames > cap:
            raise AudioRefused("audio is longer than the package's max_clip_seconds")
        mono = _read_mono(handle, channels, cap)
    if frames > 0 and mono.shape[0] != frames:
        raise AudioRefused("audio does not decode completely (truncated or corrupt)")
    if mono.shape[0] == 0:
        raise AudioRefused("audio has no samples")
    seconds = mono.shape[0] / rate
    if abs(seconds - declared_seconds) > limits.DURATION_TOLERANCE:
        raise AudioRefused("declared duration differs from the audio by more than 0.1 s")
    return EncodedAudio(flac=encode_flac(mono, rate), sample_rate=rate, frames=mono.shape[0])


# Integer sources are read as int16 directly (half the work of float); float sources are
# read as float and clipped, since libsndfile's float-to-int conversion may wrap.
_INT16_SAFE = frozenset({"PCM_16", "PCM_S8", "PCM_U8", "ULAW", "ALAW", "IMA_ADPCM",
                         "MS_ADPCM", "GSM610", "G721_32", "G723_24", "G723_40"})


def _read_mono(handle: sf.SoundFile, channels: int, cap: int) -> np.ndarray:
    as_int = handle.subtype in _INT16_SAFE
    dtype = "int16" if as_int else "float32"
    blocks: list[np.ndarray] = []
    total = 0
    try:
        while True:
            block = handle.read(limits.DECODE_BLOCK_FRAMES, dtype=dtype, always_2d=True)
            if block.shape[0] == 0:
                break
            total += block.shape[0]
            if total > cap:
                raise AudioRefused("audio is longer than the package's max_clip_seconds")
            blocks.append(_downmix(block, as_int) if channels > 1 else block[:, 0])
    except AudioRefused:
        raise
    except Exception as exc:
        raise AudioRefused("audio does not decode completely (truncated or corrupt)") from exc
    mono = np.concatenate(blocks) if blocks else np.zeros(0, dtype=dtype)
    if as_int:
        return mono
    if not np.isfinite(mono).all():
        raise AudioRefused("audio does not decode completely (invalid samples)")
    return np.clip(mono, -1.0, 1.0, out=mono)


def _downmix(block: np.ndarray, as_int: bool) -> np.ndarray:
    mixed: np.ndarray
    if as_int:
        mixed = (block.astype(np.int32).sum(axis=1) // block.shape[1]).astype(np.int16)
    else:
        mixed = block.mean(axis=1, dtype=np.float32)
    return mixed


def riff_overstated(data: bytes) -> bool:
    """True when a RIFF/WAVE file declares a chunk longer than the bytes that follow.

    libsndfile quietly clamps such a data chunk to what is there, so a header claiming 4 GB of
    samples would otherwise pass as a short clip: the file is not what it says it is.
    """
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return False
    pos = 12
    while pos + 8 <= len(data):
        size = int.from_bytes(data[pos + 4:pos + 8], "little")
        end = pos + 8 + size
        if end > len(data):
            return True
        pos = end + (size & 1)
    return False


def encode_flac(mono: np.ndarray, rate: int) -> bytes:
    out = io.BytesIO()
    # A light compression level: encoding dominates the gate's time, and the size gained by
    # heavier levels on speech is a few per cent.
    sf.write(out, mono, rate, format="FLAC", subtype="PCM_16", compression_level=0.25)
    return strip_flac_metadata(out.getvalue())
