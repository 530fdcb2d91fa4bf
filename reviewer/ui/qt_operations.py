"""The one background-operation wrapper (after Anki's CollectionOp) and `run_on_main`.

Every slow or mutating workflow call (import, export, save draft, submit, skip) goes through
`Operations.run`: the call runs on a worker thread, and its success or failure callback runs
on the GUI thread. Calls on the same lane run one after another, in order (a draft save queued
before a submit is written before it); different lanes run side by side, so a long import
never holds up an autosave.

Writes on the edit lane are handed to their worker only after the event loop has dealt with
what was queued before them, the window's repaint included: a submit queues its write while
the window still has to show the next clip, and the write's Python would otherwise take the
interpreter from that repaint (the worker and the GUI thread share one GIL).

Signals:
    busy_changed(bool): True while any operation is queued or running.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from reviewer.ui.qt_common import AfterRepaint

log = logging.getLogger(__name__)

_T = TypeVar("_T")
Failure = Callable[[BaseException], None]

EDIT_LANE = "edit"  # drafts, submit, skip: short writes, strictly ordered
BULK_LANE = "bulk"  # import, export: long, with progress
_AFTER_REPAINT_LANES = frozenset({EDIT_LANE})  # handed to the worker after the repaint


class _MainRunner(QObject):
    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()


_runner: _MainRunner | None = None
_runner_lock = threading.Lock()


def install_main_runner() -> None:
    """Create the main-thread relay, once, on the GUI thread: `qt_app.application()` does it
    when it hands out the QApplication, before any window or worker exists."""
    global _runner
    with _runner_lock:
        if _runner is None:
            app = QCoreApplication.instance()
            if app is None or threading.current_thread() is not threading.main_thread():
                raise RuntimeError("install_main_runner needs the GUI thread and a QApplication")
            _runner = _MainRunner()


def run_on_main(fn: Callable[[], None]) -> None:
    """Run `fn` on the GUI thread soon (safe from any thread, e.g. the audio callback)."""
    if _runner is None:
        raise RuntimeError("run_on_main before the application installed its runner "
                           "(create the QApplication with reviewer.ui.qt_app.application())")
    _runner.call.emit(fn)


@dataclass
class _Pending:
    # The value crosses threads as a signal's `object`; `run` ties it to the callback's type.
    on_success: Callable[[Any], None] | None
    on_failure: Failure | None


class Operations(QObject):
    """Runs workflow calls off the GUI thread; see the module docstring."""

    busy_changed = Signal(bool)
    _done = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lanes: dict[str, ThreadPoolExecutor] = {}
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._closed = False
        self._after_repaint = AfterRepaint(self)
        self._done.connect(self._finish)

    @property
    def pending(self) -> int:
        return len(self._pending)

    @property
    def closed(self) -> bool:
        """True once shut down: work given to `run` then runs in place, on the caller's
        thread (optional work, such as a view's, is better not asked for)."""
        return self._closed

    def run(self, fn: Callable[[], _T], *, on_success: Callable[[_T], None] | None = None,
            on_failure: Failure | None = None, lane: str = EDIT_LANE) -> None:
        if self._closed:  # closing: finish in place, so a late write is never dropped
            try:
                value = fn()
            except Exception as exc:
                if on_failure is not None:
                    on_failure(exc)
            else:
                if on_success is not None:
                    on_success(value)
            return
        op_id = next(self._ids)
        was_idle = not self._pending
        self._pending[op_id] = _Pending(on_success, on_failure)
        if was_idle:
            self.busy_changed.emit(True)
        if lane in _AFTER_REPAINT_LANES:
            self._after_repaint.call(lambda: self._submit(lane, op_id, fn))
        else:
            self._submit(lane, op_id, fn)

    def _submit(self, lane: str, op_id: int, fn: Callable[[], object]) -> None:
        executor = self._lanes.get(lane)
        if executor is None:
            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"op-{lane}")
            self._lanes[lane] = executor
        executor.submit(self._work, op_id, fn)


    def _work(self, op_id: int, fn: Callable[[], object]) -> None:
        try:
            value = fn()
        except BaseException as exc:  # routed to the GUI thread; never lost
            self._done.emit(op_id, False, exc)
        else:
            self._done.emit(op_id, True, value)

    @Slot(int, bool, object)
    def _finish(self, op_id: int, ok: bool, value: object) -> None:
        pending = self._pending.pop(op_id, None)
        if pending is None:
            return
        try:
            if ok and pending.on_success is not None:
                pending.on_success(value)
            elif not ok:
                assert isinstance(value, BaseException)  # `_work` sends failures so
                if pending.on_failure is not None:
                    pending.on_failure(value)
                else:
                    log.error("background operation failed (%s)", type(value).__name__)
        finally:
            if not self._pending:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Wait for queued work (nothing typed is dropped), then stop the workers."""
        self._closed = True
        self._after_repaint.flush()  # held writes reach their workers, then are waited for
        for executor in self._lanes.values():
            executor.shutdown(wait=True)
        QCoreApplication.processEvents()
