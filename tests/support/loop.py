"""Driving the review loop without Qt: a synchronous runner, timers fired by hand, a clock
set by hand, and a player that counts what it was given."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from reviewer.core.playback import Player
from reviewer.core.review import Failure, ReviewService, Success
from reviewer.workflows.review_loop import ReviewLoop


class SyncRunner:
    """Runs every call at once, on the caller's thread; `held` lanes queue until released
    (to see the loop between a call and its acknowledgement)."""

    def __init__(self) -> None:
        self.held: set[str] = set()
        self.queued: list[tuple[str, Callable[[], None]]] = []
        self.calls: list[str] = []  # lanes, in order

    def run(self, fn: Callable[[], Any], *, on_success: Success | None = None,
            on_failure: Failure | None = None, lane: str = "edit") -> None:
        def call() -> None:
            try:
                result = fn()
            except Exception as exc:
                if on_failure is not None:
                    on_failure(exc)
                return
            if on_success is not None:
                on_success(result)

        self.calls.append(lane)
        if lane in self.held:
            self.queued.append((lane, call))
        else:
            call()

    def release(self, lane: str) -> None:
        self.held.discard(lane)
        ready = [c for lane_, c in self.queued if lane_ == lane]
        self.queued = [(lane_, c) for lane_, c in self.queued if lane_ != lane]
        for call in ready:
            call()


@dataclass
class ManualTimer:
    ms: int
    callback: Callable[[], None]
    armed: bool = False

    def start(self) -> None:
        self.armed = True

    def stop(self) -> None:
        self.armed = False

    def fire(self) -> None:
        if self.armed:
            self.armed = False
            self.callback()


@dataclass
class Timers:
    made: list[ManualTimer] = field(default_factory=list)

    def __call__(self, ms: int, callback: Callable[[], None]) -> ManualTimer:
        timer = ManualTimer(ms, callback)
        self.made.append(timer)
        return timer

    def fire(self, ms: int) -> None:
        for timer in self.made:
            if timer.ms == ms:
                timer.fire()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class CountingPlayer:
    """A Player that records loads and preloads (only the methods the loop calls)."""

    def __init__(self) -> None:
        self.loaded: list[str] = []
        self.preloaded: list[str] = []
        self.unloads = 0

    def load(self, key: str, flac: bytes) -> None:
        self.loaded.append(key)

    def preload(self, key: str, flac: bytes) -> None:
        self.preloaded.append(key)

    def unload(self) -> None:
        self.unloads += 1


def make_loop(service: ReviewService, player: Any | None = None
              ) -> tuple[ReviewLoop, SyncRunner, Timers, Clock]:
    runner, timers, clock = SyncRunner(), Timers(), Clock()
    # CountingPlayer has only what the loop calls of a Player.
    the_player = cast(Player, player if player is not None else CountingPlayer())
    return ReviewLoop(service, the_player, runner, timers, clock), runner, timers, clock
