"""The pedal source for USB HID transcription pedals, read with hidapi (PyPI `hidapi`, the
Cython binding; its Linux wheel bundles two back-ends: `hidraw`, through the kernel's
/dev/hidraw* nodes, which we use, and `hid`, through libusb, which would detach the kernel's
driver; on Windows and macOS only `hid` exists and uses the system's HID API).

UNTESTED ON REAL HARDWARE. The machines this was written on have no USB HID devices and no
/dev/hidraw* or /dev/uinput, so no real pedal was ever opened or read. What is tested: report
decoding (replayed from the pedals' published report layouts), and everything around the read
(matching, opening, reconnecting, unplugging while held, stopping) against a fake device with
hidapi's device interface; and that the real binding loads, enumerates and refuses a path that
is no device. What is not: `read` on a real device, real permissions (the udev rule), real
unplug errors, and Windows/macOS.

One worker thread per source: find a supported pedal, open it, read its reports with a short
timeout (so `stop` is prompt and held-back bounces are flushed), decode them into events, and
on a read error (unplugged) release whatever was held and look again every `retry_s`.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from reviewer.core.pedal_devices import PEDAL_MODELS, PedalModel, model_for
from reviewer.core.pedals import (
    DetectedPedal,
    EventListener,
    PedalLink,
    PedalStatus,
    PedalsUnavailable,
    ReportDecoder,
    StatusListener,
)

log = logging.getLogger(__name__)

READ_BYTES = 64  # more than any supported pedal's report; hidapi returns the report's length
IDLE_MS = 250  # read timeout with nothing pending: how soon `stop` is noticed
RETRY_S = 1.0  # between looks for a pedal (none plugged in, no access, unplugged)

SEARCHING = "No supported foot pedal is plugged in."
UNPLUGGED = "The foot pedal was unplugged; plug it in again to go on."


def no_access(model: str) -> str:
    return (f"{model} is plugged in, but this account may not read it. On Linux the Reviewer "
            "package installs a rule for it (70-reviewer-pedals.rules): unplug the pedal and "
            "plug it in again, or ask IT to install the rule (docs/deployment.md).")


class HidDevice(Protocol):
    """What we use of an open hidapi device."""

    def read(self, max_length: int, timeout_ms: int = 0) -> list[int]:
        """A report ([] when none came within the timeout); OSError when the device is gone."""
        ...

    def close(self) -> None: ...


class HidApi(Protocol):
    def enumerate(self) -> list[dict[str, Any]]: ...

    def open_path(self, path: bytes) -> HidDevice: ...


class _Hidapi:
    """The real binding behind HidApi."""

    def __init__(self, module: Any) -> None:
        self._module = module

    def enumerate(self) -> list[dict[str, Any]]:
        return list(self._module.enumerate())

    def open_path(self, path: bytes) -> HidDevice:
        device = self._module.device()
        device.open_path(path)  # OSError("open failed"): no such device, or no permission
        opened: HidDevice = device
        return opened


def load_hidapi() -> HidApi:
    """The hidapi binding (hidraw back-end on Linux); PedalsUnavailable when it is missing."""
    try:
        if sys.platform.startswith("linux"):
            import hidraw as module
        else:  # pragma: no cover - Windows and macOS builds only
            import hid as module
    except ImportError as exc:
        raise PedalsUnavailable("Foot pedal support is not installed here (the hidapi library "
                                "is missing); pedals that type keys still work.") from exc
    if not hasattr(module, "device"):  # pragma: no cover - another package's `hid` module
        raise PedalsUnavailable("Foot pedal support cannot start: an incompatible 'hid' "
                                "module is installed instead of hidapi.", "hid_incompatible")
    return _Hidapi(module)


def _candidates(devices: Iterable[dict[str, Any]],
                models: Sequence[PedalModel]) -> list[tuple[PedalModel, bytes]]:
    """Supported HID-read pedals in the enumeration, each once: the collection whose usage
    page the model names when the device offers several (hidapi lists each collection)."""
    found: dict[tuple[int, int], tuple[PedalModel, bytes, bool]] = {}
    for info in devices:
        vid, pid = int(info.get("vendor_id", 0)), int(info.get("product_id", 0))
        model = next((m for m in models if (m.vendor_id, m.product_id) == (vid, pid)
                      and m.layout is not None), None)
        path = info.get("path")
        if model is None or not isinstance(path, bytes):
            continue
        exact = bool(model.usage_page) and info.get("usage_page") == model.usage_page
        if (vid, pid) not in found or (exact and not found[(vid, pid)][2]):
            found[(vid, pid)] = (model, path, exact)
    return [(model, path) for model, path, _exact in found.values()]


class HidPedalSource:
    """PedalSource over hidapi. `hidapi` loads the binding (replaced in tests); `clock` dates
    the events."""

    def __init__(self, hidapi: Callable[[], HidApi] = load_hidapi, *,
                 models: Sequence[PedalModel] = PEDAL_MODELS,
                 clock: Callable[[], float] = time.monotonic,
                 retry_s: float = RETRY_S, idle_ms: int = IDLE_MS) -> None:
        self._load = hidapi
        self._models = tuple(models)
        self._clock = clock
        self._retry_s = retry_s
        self._idle_ms = idle_ms
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last: PedalStatus | None = None

    # ------------------------------------------------------------------ PedalSource
    def detect(self) -> list[DetectedPedal]:
        seen: dict[tuple[int, int], DetectedPedal] = {}
        for info in self._load().enumerate():
            model = model_for(int(info.get("vendor_id", 0)), int(info.get("product_id", 0)))
            if model is not None and model in self._models:
                seen.setdefault((model.vendor_id, model.product_id), model.detected())
        return list(seen.values())

    def start(self, on_event: EventListener, on_status: StatusListener) -> None:
        if self.running:
            return
        self._stop.clear()
        self._last = None
        self._thread = threading.Thread(target=self._run, args=(on_event, on_status),
                                        name="pedals", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=max(2.0, 4 * self._idle_ms / 1000))

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # ------------------------------------------------------------------ the worker
    def _status(self, on_status: StatusListener, status: PedalStatus) -> None:
        if status != self._last:
            self._last = status
            on_status(status)

    def _run(self, on_event: EventListener, on_status: StatusListener) -> None:
        try:
            api = self._load()
        except PedalsUnavailable as why:
            self._status(on_status, PedalStatus(PedalLink.UNAVAILABLE, message=str(why),
                                                code=why.code))
            return
        try:
            while not self._stop.is_set():
                self._look_once(api, on_event, on_status)
        finally:
            self._status(on_status, PedalStatus(PedalLink.STOPPED))

    def _look_once(self, api: HidApi, on_event: EventListener,
                   on_status: StatusListener) -> None:
        """One look for a pedal: read it until it goes away, or wait `retry_s`."""
        try:
            found = _candidates(api.enumerate(), self._models)
        except OSError:
            found = []
        if not found:
            if self._last is None or self._last.link is not PedalLink.SEARCHING:
                self._status(on_status, PedalStatus(PedalLink.SEARCHING, message=SEARCHING))
            self._stop.wait(self._retry_s)
            return
        model, path = found[0]
        try:
            device = api.open_path(path)
        except OSError:
            self._status(on_status, PedalStatus(PedalLink.NO_ACCESS, model.name,
                                                no_access(model.name)))
            self._stop.wait(self._retry_s)
            return
        log.info("foot pedal connected: %s", model.name)
        self._status(on_status, PedalStatus(PedalLink.CONNECTED, model.name,
                                            f"{model.name} connected."))
        unplugged = self.read_device(device, model, on_event)
        if unplugged:
            log.info("foot pedal unplugged: %s", model.name)
            self._status(on_status, PedalStatus(PedalLink.SEARCHING, model.name, UNPLUGGED))
            self._stop.wait(self._retry_s)

    def read_device(self, device: HidDevice, model: PedalModel,
                    on_event: EventListener) -> bool:
        """Read `device` until `stop` (False) or a read error (True: unplugged). Either way
        the device is closed and every pedal still held is released."""
        assert model.layout is not None
        decoder = ReportDecoder(model.layout)
        unplugged = False
        try:
            while not self._stop.is_set():
                due = decoder.pending_until()
                wait_ms = self._idle_ms if due is None else max(
                    1, min(self._idle_ms, round((due - self._clock()) * 1000) + 1))
                try:
                    report = device.read(READ_BYTES, wait_ms)
                except OSError:
                    unplugged = True
                    break
                now = self._clock()
                for event in decoder.feed(report, now) if report else decoder.flush(now):
                    on_event(event)
        finally:
            for event in decoder.release_all(self._clock()):
                on_event(event)
            device.close()
        return unplugged
