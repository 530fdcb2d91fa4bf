from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

from reviewer.audio.engine import AudioEngine
from tests.audio.fake_output import FakeBackend


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.002)


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def engine(backend: FakeBackend) -> Iterator[AudioEngine]:
    # Output at the test clips' rate: the samples pass through unchanged and can be compared.
    eng = AudioEngine(backend=backend, lost_after_seconds=None, output_rate=16000)
    wait_until(lambda: eng.device_status().available)
    yield eng
    eng.close()
