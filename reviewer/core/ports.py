"""Ports to adapters that hold secrets or reach outside the process."""

from __future__ import annotations

from typing import Protocol


class SecretStore(Protocol):
    """Where workspace keys live (the OS keyring in production, memory in unit tests).

    `get` returns None only when the store answered that there is no such secret; a store
    that cannot answer (locked, unavailable) raises instead, so a missing answer is never
    mistaken for a first run.
    """

    def get(self, service: str, name: str) -> str | None: ...

    def set(self, service: str, name: str, value: str) -> None: ...

    def delete(self, service: str, name: str) -> None: ...
