"""The hidapi pedal source, around the read: finding, opening, reading, unplugging,
reconnecting and stopping, against a fake device with hidapi's device interface.

NOT TESTED HERE: reading a real pedal. These machines have no USB HID devices (no /dev/hidraw*,
no /dev/uinput), so the real binding is only loaded, asked to enumerate (nothing) and asked to
open a path that is no device.
"""

from __future__ import annotations

import queue
import sys
import time

import pytest

from reviewer.core.pedal_devices import PEDAL_MODELS, hid_models
from reviewer.core.pedals import (
    DetectedPedal,
    PedalButton,
    PedalEvent,
    PedalLink,
    PedalStatus,
    PedalsUnavailable,
)
from reviewer.pedals import hid_source
from reviewer.pedals.hid_source import HidApi, HidPedalSource, load_hidapi
from tests.support.pedals import (
    INFINITY,
    LEFT,
    LEFT_MIDDLE,
    MIDDLE,
    RELEASED,
    FakeClock,
    FakeHidApi,
    FakeHidDevice,
    Unplugged,
    infinity_info,
)

L, M, R = PedalButton.LEFT, PedalButton.MIDDLE, PedalButton.RIGHT
INFINITY_MODEL = hid_models()[0]
WAIT = 5.0


class Recorder:
    """The listeners, from the source's thread into queues the test reads."""

    def __init__(self) -> None:
        self.events: queue.Queue[PedalEvent] = queue.Queue()
        self.statuses: queue.Queue[PedalStatus] = queue.Queue()

    def on_event(self, event: PedalEvent) -> None:
        self.events.put(event)

    def on_status(self, status: PedalStatus) -> None:
        self.statuses.put(status)

    def next_status(self) -> PedalStatus:
        return self.statuses.get(timeout=WAIT)

    def status_until(self, link: PedalLink) -> PedalStatus:
        while True:
            status = self.next_status()
            if status.link is link:
                return status

    def next_events(self, n: int) -> list[PedalEvent]:
        return [self.events.get(timeout=WAIT) for _ in range(n)]


def alive(source: HidPedalSource) -> bool:
    return source.running


def source_over(api: FakeHidApi, clock: FakeClock | None = None) -> HidPedalSource:
    fake: HidApi = api
    return HidPedalSource(lambda: fake, clock=clock or FakeClock(), retry_s=0.01, idle_ms=5)


def read_all(device: FakeHidDevice, clock: FakeClock) -> tuple[list[PedalEvent], bool]:
    """Run the read loop synchronously (no thread) until the script ends."""
    events: list[PedalEvent] = []
    source = HidPedalSource(lambda: FakeHidApi(), clock=clock, idle_ms=5)
    unplugged = source.read_device(device, INFINITY_MODEL, events.append)
    return events, unplugged


def test_reports_become_events_and_an_unplug_releases_what_was_held() -> None:
    clock = FakeClock(10.0)
    device = FakeHidDevice([(10.0, MIDDLE), (10.5, LEFT_MIDDLE), (10.6, []), (11.0, MIDDLE),
                            Unplugged("read error")], clock)
    clock.now = 10.0
    events, unplugged = read_all(device, clock)
    assert unplugged
    assert events == [PedalEvent(M, True, 10.0), PedalEvent(L, True, 10.5),
                      PedalEvent(L, False, 11.0), PedalEvent(M, False, 11.0)]  # at the unplug
    assert device.closed
    assert all(n == hid_source.READ_BYTES for n, _t in device.reads)


def test_a_bounce_is_flushed_on_a_timed_out_read_with_a_short_timeout() -> None:
    clock = FakeClock(0.0)
    # A tap: press, release 10 ms later (inside the bounce window), then silence.
    device = FakeHidDevice([(0.0, LEFT), (0.010, RELEASED)], clock, unplug_at_end=True)
    events, _ = read_all(device, clock)
    assert events == [PedalEvent(L, True, 0.0), PedalEvent(L, False, 0.010)]  # at the unplug
    clock = FakeClock(0.0)
    device = FakeHidDevice([(0.0, LEFT), (0.010, RELEASED), (0.012, []), (0.040, [])], clock)
    events, _ = read_all(device, clock)
    assert events == [PedalEvent(L, True, 0.0), PedalEvent(L, False, 0.010)]
    # While a change was held back the source waited only until it was due, not IDLE_MS.
    assert device.reads[0][1] == 5
    assert device.reads[2][1] <= 26


def test_garbage_reports_are_skipped() -> None:
    clock = FakeClock(0.0)
    device = FakeHidDevice([(0.0, [0x02]), (0.1, [0xFF] * 9), (0.2, MIDDLE), (0.3, RELEASED),
                            Unplugged("read error")], clock)
    events, _ = read_all(device, clock)
    assert events == [PedalEvent(M, True, 0.2), PedalEvent(M, False, 0.3)]


def test_the_worker_connects_reads_and_reconnects_after_an_unplug() -> None:
    clock = FakeClock(0.0)
    first = FakeHidDevice([(1.0, MIDDLE), Unplugged("read error")], clock)
    second = FakeHidDevice([(5.0, LEFT), (5.5, RELEASED)], clock, unplug_at_end=False)
    api = FakeHidApi([first, second])
    rec = Recorder()
    source = source_over(api, clock)
    source.start(rec.on_event, rec.on_status)
    try:
        assert rec.next_status() == PedalStatus(PedalLink.CONNECTED, INFINITY_MODEL.name,
                                                f"{INFINITY_MODEL.name} connected.")
        assert rec.next_events(2) == [PedalEvent(M, True, 1.0), PedalEvent(M, False, 1.0)]
        unplugged = rec.next_status()
        assert unplugged.link is PedalLink.SEARCHING
        assert unplugged.message == hid_source.UNPLUGGED
        assert rec.status_until(PedalLink.CONNECTED).model == INFINITY_MODEL.name
        assert rec.next_events(2) == [PedalEvent(L, True, 5.0), PedalEvent(L, False, 5.5)]
        assert second.drained.wait(WAIT)
        assert alive(source)
    finally:
        source.stop()
    assert not alive(source)
    assert second.closed
    assert rec.status_until(PedalLink.STOPPED) == PedalStatus(PedalLink.STOPPED)
    assert api.opened == [b"/dev/hidraw3", b"/dev/hidraw3"]


def test_stopping_while_held_releases_the_pedal() -> None:
    clock = FakeClock(0.0)
    device = FakeHidDevice([(1.0, MIDDLE)], clock, unplug_at_end=False)
    rec = Recorder()
    source = source_over(FakeHidApi([device]), clock)
    source.start(rec.on_event, rec.on_status)
    assert rec.next_events(1) == [PedalEvent(M, True, 1.0)]
    source.stop()
    assert rec.next_events(1)[0].pressed is False
    assert device.closed


def test_no_pedal_plugged_in_says_so_once_and_keeps_looking() -> None:
    api = FakeHidApi(plugged=[{"path": b"/dev/hidraw0", "vendor_id": 0x046D,
                               "product_id": 0xC52B}])  # a keyboard receiver: not ours
    rec = Recorder()
    source = source_over(api)
    source.start(rec.on_event, rec.on_status)
    try:
        status = rec.next_status()
        assert status == PedalStatus(PedalLink.SEARCHING, message=hid_source.SEARCHING)
        deadline = time.monotonic() + WAIT
        while api.enumerations < 3 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert api.enumerations >= 3
        assert rec.statuses.empty()  # not repeated on every look
    finally:
        source.stop()
    assert rec.next_status().link is PedalLink.STOPPED


def test_an_enumeration_error_is_a_look_that_found_nothing() -> None:
    class Failing(FakeHidApi):
        def enumerate(self) -> list[dict[str, object]]:
            self.enumerations += 1
            raise OSError("udev unavailable")

    api = Failing()
    rec = Recorder()
    source = source_over(api)
    source.start(rec.on_event, rec.on_status)
    try:
        assert rec.next_status().link is PedalLink.SEARCHING
    finally:
        source.stop()
    assert api.enumerations >= 1


def test_a_pedal_this_account_may_not_open_names_the_udev_rule() -> None:
    api = FakeHidApi(plugged=[infinity_info()], deny=True)
    rec = Recorder()
    source = source_over(api)
    source.start(rec.on_event, rec.on_status)
    try:
        status = rec.next_status()
    finally:
        source.stop()
    assert status.link is PedalLink.NO_ACCESS
    assert status.model == INFINITY_MODEL.name
    assert "70-reviewer-pedals.rules" in status.message


def test_missing_hidapi_is_reported_not_raised() -> None:
    def missing() -> HidApi:
        raise PedalsUnavailable("Foot pedal support is not installed here.")

    rec = Recorder()
    source = HidPedalSource(missing, retry_s=0.01)
    source.start(rec.on_event, rec.on_status)
    status = rec.next_status()
    assert status == PedalStatus(PedalLink.UNAVAILABLE,
                                 message="Foot pedal support is not installed here.",
                                 code="hid_missing")
    source.stop()
    with pytest.raises(PedalsUnavailable):
        source.detect()


def test_the_collection_with_the_models_usage_page_is_preferred() -> None:
    clock = FakeClock(0.0)
    device = FakeHidDevice([], clock, unplug_at_end=False)
    api = FakeHidApi([device], plugged=[infinity_info(b"/dev/hidraw1", usage_page=0x01),
                                        infinity_info(b"/dev/hidraw2", usage_page=0x0C),
                                        {"path": "not bytes", "vendor_id": INFINITY[0],
                                         "product_id": INFINITY[1]}])
    rec = Recorder()
    source = source_over(api, clock)
    source.start(rec.on_event, rec.on_status)
    try:
        rec.status_until(PedalLink.CONNECTED)
    finally:
        source.stop()
    assert api.opened == [b"/dev/hidraw2"]


def test_start_twice_runs_one_worker() -> None:
    clock = FakeClock(0.0)
    api = FakeHidApi([FakeHidDevice([], clock, unplug_at_end=False)])
    rec = Recorder()
    source = source_over(api, clock)
    source.start(rec.on_event, rec.on_status)
    source.start(rec.on_event, rec.on_status)
    try:
        rec.status_until(PedalLink.CONNECTED)
    finally:
        source.stop()
    assert api.opened == [b"/dev/hidraw3"]
    source.stop()  # stopping a stopped source is harmless


def test_detect_lists_supported_pedals_once_without_serials() -> None:
    olympus = {"path": b"/dev/hidraw5", "vendor_id": 0x07B4, "product_id": 0x0218,
               "serial_number": "OLY-1"}
    api = FakeHidApi(plugged=[infinity_info(b"/dev/hidraw1", 0x01), infinity_info(),
                              olympus, {"path": b"x", "vendor_id": 1, "product_id": 2}])
    found = source_over(api).detect()
    assert found == [m.detected() for m in PEDAL_MODELS]
    assert all(isinstance(d, DetectedPedal) for d in found)
    assert "SN-1234" not in repr(found)
    assert "OLY-1" not in repr(found)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the hidraw back-end")
def test_the_real_binding_loads_enumerates_and_refuses_a_non_device() -> None:
    """The real hidapi: importable, callable; reading a real pedal is NOT tested here."""
    api = load_hidapi()
    plugged = api.enumerate()
    assert isinstance(plugged, list)  # on these machines: nothing at all
    with pytest.raises(OSError, match="open failed"):
        api.open_path(b"/nonexistent/hidraw99")
    found = HidPedalSource(load_hidapi).detect()
    assert all(d.vendor_id in {m.vendor_id for m in PEDAL_MODELS} for d in found)


def test_a_missing_binding_is_pedals_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "hidraw", None)  # import fails
    monkeypatch.setitem(sys.modules, "hid", None)
    with pytest.raises(PedalsUnavailable, match="hidapi library is missing"):
        load_hidapi()
