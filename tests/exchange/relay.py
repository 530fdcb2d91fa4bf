"""A store that passes every call to a real one, with a hook before each: the tests count
requests with it (to prove a transfer resumed rather than restarted) and inject failures."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reviewer.core.exchange import ExchangeStore


class Relay:
    def __init__(self, inner: ExchangeStore) -> None:
        self.inner = inner
        self.calls: Counter[str] = Counter()

    def before(self, method: str) -> None:
        self.calls[method] += 1

    def list(self, prefix: str) -> list[str]:
        self.before("list")
        return self.inner.list(prefix)

    def put_new(self, key: str, data: bytes) -> bool:
        self.before("put_new")
        return self.inner.put_new(key, data)

    def get(self, key: str) -> bytes:
        self.before("get")
        return self.inner.get(key)

    def delete(self, key: str) -> None:
        self.before("delete")
        self.inner.delete(key)

    def exists(self, key: str) -> bool:
        self.before("exists")
        return self.inner.exists(key)

    def get_range(self, key: str, start: int, length: int) -> tuple[bytes, int]:
        self.before("get_range")
        return self.inner.get_range(key, start, length)

    def start_upload(self, key: str) -> str:
        self.before("start_upload")
        return self.inner.start_upload(key)

    def put_part(self, key: str, upload: str, number: int, data: bytes) -> str:
        self.before("put_part")
        return self.inner.put_part(key, upload, number, data)

    def uploaded_parts(self, key: str, upload: str) -> dict[int, tuple[str, int]]:
        self.before("uploaded_parts")
        return self.inner.uploaded_parts(key, upload)

    def complete_upload(self, key: str, upload: str, parts: Sequence[tuple[int, str]]) -> bool:
        self.before("complete_upload")
        return self.inner.complete_upload(key, upload, parts)

    def abort_upload(self, key: str, upload: str) -> None:
        self.before("abort_upload")
        self.inner.abort_upload(key, upload)


class Killed(BaseException):
    """Stands in for SIGKILL in-process: not an Exception, so nothing on the way catches it."""


class DiesAfter(Relay):
    """Dies (Killed) at the call after `count` calls of `method` went through."""

    def __init__(self, inner: ExchangeStore, method: str, count: int) -> None:
        super().__init__(inner)
        self.method, self.count = method, count

    def before(self, method: str) -> None:
        if method == self.method and self.calls[method] >= self.count:
            raise Killed
        super().before(method)
