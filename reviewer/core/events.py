"""A minimal evented primitive for Qt-free models (after napari's EventedModel): an `Event`
holds listeners and calls them, in order, on `emit`. Models expose one Event per thing that
changes; a Qt adapter forwards them to Signals, a test subscribes a list.append.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Event(Generic[T]):
    def __init__(self) -> None:
        self._listeners: list[Callable[[T], None]] = []

    def connect(self, listener: Callable[[T], None]) -> None:
        self._listeners.append(listener)

    def disconnect(self, listener: Callable[[T], None]) -> None:
        self._listeners.remove(listener)

    def emit(self, value: T) -> None:
        for listener in list(self._listeners):
            listener(value)
