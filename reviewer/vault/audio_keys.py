"""The key hierarchy of a clip's audio and texts: key-encryption key -> package key -> clip
key.

Each package's random key is wrapped by the current epoch's key-encryption key, which lives
outside the database and is replaced at every erasure (vault/key_epochs.py); each clip's
random data key is wrapped by its package key; the clip's audio and its texts (the automatic
and prior transcripts, the assistant's answer, the reviewer's annotation, an owed
escalation's note) are AES-256-GCM under the data key, with their place (package, clip,
column) as associated data, so a blob moved to another row does not open. SQLCipher
encrypts the whole file beside this; the hierarchy is what makes an erasure final: erasing a
wrapped key, or the KEK a copy of the database was made under, erases everything under it.
"""

from __future__ import annotations

from collections.abc import Callable

from reviewer.core.package import EncodedAudio
from reviewer.core.workspace_errors import AudioIntegrity, ClipUnavailable
from reviewer.vault import crypto
from reviewer.vault.db import Connection

TEXT_COLUMNS = ("pred_text", "assistant_response", "prior_text", "annotation_json")


def text_aad(number: int, local_id: int, column: str) -> bytes:
    return f"reviewer/text/v1|{number}|{local_id}|{column}".encode()


class AudioKeys:
    """Seals new packages' keys, audio and texts, and opens them. Callers hold the lock,
    except for `open_texts`, which needs no database access."""

    def __init__(self, conn: Connection, keks: Callable[[], tuple[bytes, ...]]) -> None:
        self._conn = conn
        self._keks = keks  # the current KEK first; during a rotation, the next one too

    def new_package_key(self, number: int) -> tuple[bytes, bytes]:
        """A fresh package key and its wrapped form for package `number`."""
        key = crypto.random_key()
        return key, crypto.seal(self._keks()[0], key, crypto.package_aad(number))

    @staticmethod
    def new_clip_key(package_key: bytes, number: int, local_id: int) -> tuple[bytes, bytes]:
        """(data key, its wrapped form) for one clip under its package key."""
        data_key = crypto.random_key()
        return data_key, crypto.seal(package_key, data_key,
                                     crypto.clip_key_aad(number, local_id))

    @staticmethod
    def seal_audio(data_key: bytes, number: int, local_id: int, flac: bytes) -> bytes:
        return crypto.seal(data_key, flac, crypto.audio_aad(number, local_id))

    @staticmethod
    def seal_text(data_key: bytes, number: int, local_id: int, column: str,
                  text: str | None) -> bytes | None:
        if text is None:
            return None
        return crypto.seal(data_key, text.encode("utf-8"), text_aad(number, local_id, column))

    def unwrap_package(self, number: int, wrapped: bytes | None) -> bytes:
        if wrapped is None:
            raise ClipUnavailable("the clip's package has been purged", code="package_purged")
        for kek in self._keks():
            try:
                return crypto.open_sealed(kek, bytes(wrapped), crypto.package_aad(number))
            except crypto.SealBroken:
                continue
        raise AudioIntegrity("a package key failed its integrity check (the workspace was "
                             "tampered with)")

    def data_key_of(self, number: int, local_id: int, package_wrapped: bytes | None,
                    clip_wrapped: bytes | None) -> bytes:
        if clip_wrapped is None:
            raise ClipUnavailable("this clip has been erased", code="clip_erased")
        package_key = self.unwrap_package(number, package_wrapped)
        try:
            return crypto.open_sealed(package_key, bytes(clip_wrapped),
                                      crypto.clip_key_aad(number, local_id))
        except crypto.SealBroken:
            raise AudioIntegrity("a clip key failed its integrity check (tampered or "
                                 "moved)") from None

    def data_key(self, local_id: int) -> tuple[int, bytes]:
        """(package number, data key) of a stored clip."""
        row = self._conn.execute(
            "SELECT c.package_number, p.wrapped_key, c.wrapped_key FROM clips c JOIN packages "
            "p ON p.number = c.package_number WHERE c.local_id = ?", (local_id,)).fetchone()
        if row is None:
            raise ClipUnavailable(f"clip {local_id} is not in this workspace",
                                  code="clip_not_here", clip=local_id)
        number = int(row[0])
        return number, self.data_key_of(number, local_id, row[1], row[2])

    @staticmethod
    def open_text(data_key: bytes, number: int, local_id: int, column: str,
                  blob: bytes | None) -> str | None:
        if blob is None:
            return None
        try:
            return crypto.open_sealed(data_key, bytes(blob),
                                      text_aad(number, local_id, column)).decode("utf-8")
        except (crypto.SealBroken, UnicodeDecodeError):
            raise AudioIntegrity("a clip's stored text failed its integrity check (tampered "
                                 "or moved)") from None

    def decrypt(self, local_id: int) -> EncodedAudio:
        """The clip's audio; ClipUnavailable when erased, AudioIntegrity when tampered."""
        row = self._conn.execute(
            "SELECT c.package_number, p.wrapped_key, c.wrapped_key, a.audio, c.sample_rate, "
            "c.frames FROM clips c JOIN packages p ON p.number = c.package_number "
            "LEFT JOIN clip_audio a ON a.local_id = c.local_id WHERE c.local_id = ?",
            (local_id,)).fetchone()
        if row is None:
            raise ClipUnavailable(f"clip {local_id} is not in this workspace",
                                  code="clip_not_here", clip=local_id)
        number, package_wrapped, wrapped, blob, rate, frames = row
        if wrapped is None or blob is None:
            raise ClipUnavailable("this clip's audio has been erased", code="clip_audio_erased")
        data_key = self.data_key_of(int(number), local_id, package_wrapped, wrapped)
        try:
            flac = crypto.open_sealed(data_key, bytes(blob),
                                      crypto.audio_aad(int(number), local_id))
        except crypto.SealBroken:
            raise AudioIntegrity("this clip's stored audio failed its integrity check "
                                 "(tampered or moved); it cannot be played") from None
        return EncodedAudio(flac=flac, sample_rate=int(rate), frames=int(frames))
