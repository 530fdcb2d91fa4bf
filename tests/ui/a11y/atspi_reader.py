"""A screen reader's view of one application, read through AT-SPI with pyatspi.

Runs under Debian's /usr/bin/python3 (python3-pyatspi is a system package that the venv's
Python cannot import), as a child of tests/ui/test_atspi.py. Commands arrive on stdin, one
JSON object a line; each gets one JSON line on stdout:
  {"cmd": "wait_app", "name": N, "timeout": S}  until the application named N is on the bus
  {"cmd": "tree"}                               the application's nodes (role, name, ...)
  {"cmd": "events", "quiet": S, "timeout": S}   the events since the last call, once none
                                                 arrived for `quiet` seconds
Only this standard library and pyatspi are used: nothing from the project.
"""

from __future__ import annotations

import json
import select
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found, unused-ignore]
from gi.repository import GLib  # type: ignore[import-not-found, unused-ignore]

EVENTS = (
    "object:announcement",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:state-changed:focused",
    "object:state-changed:showing",
    "object:value-changed",
)

app_name = ""
raw: list[tuple[str, Any, int, Any, Any]] = []


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _role(acc: Any) -> str:
    try:
        return _text(acc.getRoleName())
    except Exception:  # a node that went away while being read
        return ""


def _value(acc: Any) -> dict[str, float] | None:
    try:
        v = acc.queryValue()
    except Exception:  # no value interface (pyatspi raises NotImplementedError or a GError)
        return None
    return {"current": float(v.currentValue), "minimum": float(v.minimumValue),
            "maximum": float(v.maximumValue)}


def _labelled_by(acc: Any) -> str:
    """The label a control is tied to (a buddy), which a reader says with it."""
    try:
        for relation in acc.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                return _text(relation.getTarget(0).name)
    except Exception:  # a node that went away while being read
        return ""
    return ""


def _from_app(event: Any) -> bool:
    """Whether the event comes from the application read (when that cannot be told, it
    does: nothing else on this private bus speaks)."""
    try:
        app = getattr(event, "host_application", None) or event.source.get_application()
    except Exception:  # a node that went away: keep its event
        return True
    name = _text(app.name) if app is not None else ""
    if name and name != app_name:
        sys.stderr.write(f"reader: left out an event from {name!r}\n")
        return False
    return True


def _on_event(event: Any) -> None:
    """Kept as it arrives; read (names, roles) once the burst is over: a reader that asks
    the application questions in the middle of a burst was seen to miss events of it."""
    raw.append((str(event.type), event.source, int(event.detail1), event.any_data, event))


def _record(kind: str, src: Any, detail1: int, any_data: Any, event: Any) -> dict[str, Any] | None:
    if not _from_app(event):
        return None
    if kind.startswith(("object:state-changed:focused", "object:state-changed:showing")) and (
            not detail1):
        return None  # focus leaving (the one arriving elsewhere says it), a node hidden
    record: dict[str, Any] = {"type": kind, "role": _role(src), "name": _text(src.name),
                              "description": _text(src.description)}
    # The changed property as it was sent (the object may have changed again since).
    if kind.startswith("object:property-change:accessible-name"):
        record["name"] = _text(any_data)
    if kind.startswith("object:property-change:accessible-description"):
        record["description"] = _text(any_data)
    if kind.startswith("object:announcement"):
        record["text"] = _text(any_data)
        record["politeness"] = detail1
    if kind.startswith("object:state-changed:focused"):
        record["labelled_by"] = _labelled_by(src)
    if kind.startswith("object:value-changed"):
        record["value"] = _value(src)
    return record


def _app() -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        try:
            child = desktop.getChildAtIndex(i)
            name = _text(child.name) if child is not None else ""
        except Exception:  # an application that just left the bus
            name = ""
        if name == app_name:
            return child
    return None


def _tree() -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    app = _app()

    def walk(acc: Any, path: str, depth: int, window: str) -> None:
        if acc is None or depth > 60:
            return
        states = acc.getState()
        if depth == 1:
            window = _text(acc.name)
        node = {
            "path": path, "window": window, "role": _role(acc), "name": _text(acc.name),
            "description": _text(acc.description),
            "focusable": bool(states.contains(pyatspi.STATE_FOCUSABLE)),
            "showing": bool(states.contains(pyatspi.STATE_SHOWING)),
            "focused": bool(states.contains(pyatspi.STATE_FOCUSED)),
            "value": _value(acc),
        }
        nodes.append(node)
        for i in range(acc.childCount):
            walk(acc.getChildAtIndex(i), f"{path}/{i}", depth + 1, window)

    walk(app, "", 0, "")
    return nodes


def _pump(seconds: float) -> None:
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.01)


def _events(quiet: float, timeout: float) -> list[dict[str, Any]]:
    end = time.monotonic() + timeout
    seen = len(raw)
    quiet_since = time.monotonic()
    while time.monotonic() < end:
        _pump(0.05)
        if len(raw) != seen:
            seen, quiet_since = len(raw), time.monotonic()
        elif time.monotonic() - quiet_since >= quiet:
            break
    arrived = list(raw)
    raw.clear()
    out = [_record(*r) for r in arrived]
    return [r for r in out if r is not None]


def _handle(command: dict[str, Any]) -> dict[str, Any]:
    global app_name
    cmd = command["cmd"]
    reply: dict[str, Any] = {"ok": True}
    if cmd == "wait_app":
        app_name = command["name"]
        end = time.monotonic() + float(command.get("timeout", 20))
        while _app() is None and time.monotonic() < end:
            _pump(0.2)
        reply["ok"] = _app() is not None
    elif cmd == "tree":
        reply["nodes"] = _tree()
    elif cmd == "events":
        reply["events"] = _events(float(command.get("quiet", 0.5)),
                                  float(command.get("timeout", 10)))
    else:
        reply = {"ok": False, "error": f"unknown command {cmd}"}
    return reply


def main() -> None:
    pyatspi.Registry.registerEventListener(_on_event, *EVENTS)
    # Events are taken in all the time, also while no command is waiting: left unread
    # between commands, some were seen never to arrive.
    while True:
        _pump(0.02)
        ready, _, _ = select.select([sys.stdin], [], [], 0)
        if not ready:
            continue
        line = sys.stdin.readline()
        if not line:
            return
        sys.stdout.write(json.dumps(_handle(json.loads(line))) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
