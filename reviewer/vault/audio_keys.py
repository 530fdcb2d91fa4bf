"""The key hierarchy of stored audio: key-encryption key -> package key -> clip key.

Each package's random key is wrapped by the current epoch's key-encryption key, which lives
outside the database and is replaced at every erasure (vault/key_epochs.py); each clip's random data
key is wrapped by its package key; audio is AES-256-GCM under the data key with (package,
clip) as associated data, so a blob moved to another row does not open. Erasing a wrapped key
is erasing everything under it (crypto-shredding).
"""

from __future__ import annotations

from collections.abc import Callable

from reviewer.core.package import EncodedAudio
from reviewer.core.workspace_errors import AudioIntegrity, ClipUnavailable
from reviewer.vault import crypto
from reviewer.vault.db import Connection


class AudioKeys:
    """Seals new packages' keys and audio, and opens stored audio. Callers hold the lock."""

    def __init__(self, conn: Connection, kek: Callable[[], bytes]) -> None:
        self._conn = conn
        self._kek = kek

    def new_package_key(self, number: int) -> tuple[bytes, bytes]:
        """A fresh package key and its wrapped form for package `number`."""
        key = crypto.random_key()
        return key, crypto.seal(self._kek(), key, crypto.package_aad(number))

    @staticmethod
    def seal_clip(package_key: bytes, number: int, local_id: int,
                  flac: bytes) -> tuple[bytes, bytes]:
        """(wrapped data key, sealed audio) for one clip under its package key."""
        data_key = crypto.random_key()
        return (crypto.seal(package_key, data_key, crypto.clip_key_aad(number, local_id)),
                crypto.seal(data_key, flac, crypto.audio_aad(number, local_id)))

    def _package_key(self, number: int) -> bytes:
        row = self._conn.execute("SELECT wrapped_key FROM packages WHERE number = ?",
                                 (number,)).fetchone()
        if row is None or row[0] is None:
            raise ClipUnavailable("the clip's package has been purged")
        try:
            return crypto.open_sealed(self._kek(), bytes(row[0]), crypto.package_aad(number))
        except crypto.SealBroken:
            raise AudioIntegrity("a package key failed its integrity check (the workspace "
                                 "was tampered with)") from None

    def decrypt(self, local_id: int) -> EncodedAudio:
        """The clip's audio; ClipUnavailable when erased, AudioIntegrity when tampered."""
        row = self._conn.execute(
            "SELECT package_number, wrapped_key, audio, sample_rate, frames FROM clips "
            "WHERE local_id = ?", (local_id,)).fetchone()
        if row is None:
            raise ClipUnavailable(f"clip {local_id} is not in this workspace")
        number, wrapped, blob, rate, frames = row
        if wrapped is None or blob is None:
            raise ClipUnavailable("this clip's audio has been erased")
        package_key = self._package_key(int(number))
        try:
            data_key = crypto.open_sealed(package_key, bytes(wrapped),
                                          crypto.clip_key_aad(int(number), local_id))
            flac = crypto.open_sealed(data_key, bytes(blob),
                                      crypto.audio_aad(int(number), local_id))
        except crypto.SealBroken:
            raise AudioIntegrity("this clip's stored audio failed its integrity check "
                                 "(tampered or moved); it cannot be played") from None
        return EncodedAudio(flac=flac, sample_rate=int(rate), frames=int(frames))
