"""The background-operation wrapper: work off the GUI thread, callbacks on it, in order."""

from __future__ import annotations

import threading
from functools import partial

from pytestqt.qtbot import QtBot

from reviewer.ui.qt_operations import Operations, run_on_main


def test_callbacks_run_on_the_gui_thread_in_order(qtbot: QtBot) -> None:
    ops = Operations()
    gui = threading.current_thread()
    workers: list[threading.Thread] = []
    results: list[tuple[str, object, threading.Thread]] = []

    def work(n: int) -> int:
        workers.append(threading.current_thread())
        return n

    def boom() -> None:
        raise OSError(28, "No space left on device")

    for n in range(5):
        ops.run(partial(work, n),
                on_success=lambda v: results.append(("ok", v, threading.current_thread())))
    ops.run(boom, on_failure=lambda e: results.append(("failed", type(e).__name__,
                                                       threading.current_thread())))
    with qtbot.waitSignal(ops.busy_changed, check_params_cb=lambda busy: not busy):
        pass
    assert [r[:2] for r in results] == [("ok", 0), ("ok", 1), ("ok", 2), ("ok", 3), ("ok", 4),
                                        ("failed", "OSError")]
    assert all(r[2] is gui for r in results)
    assert all(w is not gui for w in workers)
    ops.shutdown()


def test_run_on_main_from_another_thread(qtbot: QtBot) -> None:
    Operations()  # installs the relay
    seen: list[threading.Thread] = []
    t = threading.Thread(target=lambda: run_on_main(lambda: seen.append(
        threading.current_thread())))
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [threading.main_thread()]


def test_after_shutdown_work_finishes_in_place(qtbot: QtBot) -> None:
    ops = Operations()
    ops.shutdown()
    done: list[int] = []
    ops.run(lambda: 7, on_success=done.append)
    assert done == [7]


def test_edit_writes_start_after_the_repaint_they_were_queued_behind(qtbot: QtBot) -> None:
    """A submit queues its write while the window still has to show the next clip; the
    write's Python must not compete with that repaint for the interpreter."""
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QWidget

    events: list[str] = []

    class Painted(QWidget):
        def paintEvent(self, event: QPaintEvent) -> None:
            events.append("paint")

    widget = Painted()
    widget.resize(80, 40)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: "paint" in events)
    events.clear()
    ops = Operations()
    widget.update()  # the change the key press made, not yet painted
    ops.run(lambda: events.append("write"))
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert events == ["paint", "write"]
    ops.shutdown()


def test_held_writes_keep_their_order_and_shutdown_does_not_drop_them(qtbot: QtBot) -> None:
    ops = Operations()
    written: list[int] = []
    for n in range(4):
        ops.run(partial(written.append, n))
    ops.shutdown()  # no event loop ran: the held writes are handed over, then waited for
    assert written == [0, 1, 2, 3]
