"""What a screen reader is told, read through AT-SPI as Orca would read it.

Starts the accessibility bus (inside the D-Bus session dev.sh provides) and an X server,
runs the demo window in a child process (tests/ui/a11y/drive_window.py) and reads its tree
and events with pyatspi in another (tests/ui/a11y/atspi_reader.py, Debian's Python). Fails
on a named-less control, a missed announcement (refused submit, autosave failure and
recovery, clip switch), a wrong tab order; and when what is said at each step differs from
docs/a11y-transcript.md (REVIEWER_UPDATE_A11Y=1 rewrites it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest

from tests.support.translations import ensure_compiled

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent / "a11y"
TRANSCRIPT = ROOT / "docs" / "a11y-transcript.md"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
APP_NAME = "Reviewer"

Event = dict[str, Any]
Node = dict[str, Any]

# Where a name or description change is news (text that changes, a value): a button or a
# field renamed is its window being built.
CHANGING = {"label", "status bar", "combo box", "slider", "progress bar", "notification"}
NOTIFIED = "shown: notification “Not submitted: "
OPENING = ("focus: ", "announced ", "shown: ")


def _missing() -> str:
    """Why the real parts are not here ("" when they are)."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session (run through dev.sh test)"
    for tool in (BUS_LAUNCHER, SYSTEM_PYTHON):
        if not Path(tool).exists():
            return f"{tool} is missing (apt: at-spi2-core)"
    if shutil.which("Xvfb") is None:
        return "Xvfb is missing (apt: xvfb)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True,
                           check=False)
    if probe.returncode != 0:
        return "pyatspi is missing (apt: python3-pyatspi)"
    return ""


@dataclass
class Session:
    driver: subprocess.Popen[str]
    reader: subprocess.Popen[str]
    logs: Path

    def _line(self, stream: IO[str] | None, what: str) -> str:
        assert stream is not None
        line = stream.readline()
        if not line:
            tails = {f.name: f.read_text(errors="replace")[-3000:]
                     for f in sorted(self.logs.iterdir())}
            raise AssertionError(f"the {what} ended early; its output: {tails}")
        return line

    def step(self, name: str) -> None:
        assert self.driver.stdin is not None
        self.driver.stdin.write(name + "\n")
        self.driver.stdin.flush()
        answer = self._line(self.driver.stdout, "window").strip()
        assert answer == f"done {name}", answer

    def ask(self, command: dict[str, Any]) -> dict[str, Any]:
        assert self.reader.stdin is not None
        self.reader.stdin.write(json.dumps(command) + "\n")
        self.reader.stdin.flush()
        reply: dict[str, Any] = json.loads(self._line(self.reader.stdout, "reader"))
        assert reply.get("ok"), reply
        return reply

    def events(self) -> list[Event]:
        events: list[Event] = self.ask({"cmd": "events", "quiet": 0.8, "timeout": 15})["events"]
        return events

    def tree(self) -> list[Node]:
        nodes: list[Node] = self.ask({"cmd": "tree"})["nodes"]
        return nodes


def _free_display() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    assert number, "Xvfb gave no display"
    return xvfb, f":{number}"


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    why = _missing()
    if why:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the AT-SPI test cannot run in CI: {why}")
        pytest.skip(why)
    ensure_compiled()  # the window speaks English plural forms from reviewer_en.qm
    started: list[subprocess.Popen[Any]] = []
    logs = tmp_path_factory.mktemp("a11y")
    with (logs / "window.log").open("w") as driver_log, \
            (logs / "reader.log").open("w") as reader_log:
        yield from _run(started, logs, driver_log, reader_log)


def _run(started: list[subprocess.Popen[Any]], logs: Path, driver_log: IO[str],
         reader_log: IO[str]) -> Iterator[Session]:
    try:
        started.append(subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        xvfb, display = _free_display()
        started.append(xvfb)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
               "QT_ACCESSIBILITY": "1", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
               "PYTHONPATH": str(ROOT)}
        env.pop("WAYLAND_DISPLAY", None)
        time.sleep(0.5)  # the bus launcher registers its address in the session
        driver = subprocess.Popen([sys.executable, str(HERE / "drive_window.py")], env=env,
                                  cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=driver_log, text=True)
        started.append(driver)
        reader_env = {k: v for k, v in env.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        reader = subprocess.Popen([SYSTEM_PYTHON, str(HERE / "atspi_reader.py")],
                                  env=reader_env, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=reader_log, text=True)
        started.append(reader)
        s = Session(driver, reader, logs)
        s.ask({"cmd": "wait_app", "name": APP_NAME, "timeout": 60})
        yield s
    finally:
        for proc in reversed(started):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    stream.close()


# ---------------------------------------------------------------------- the transcript

def _quoted(text: str) -> str:
    return f"“{text}”" if text else "(no name)"


def _said(event: Event) -> str | None:
    """One line of what the screen reader is told (None: not a reviewer-facing event)."""
    kind, role, name, description = (event["type"], event["role"], event["name"],
                                     event["description"])
    if description in ("Time on this clip", "Current code"):
        return None  # clocks (a second, a 30-second code): nothing to compare in a transcript
    if kind.startswith("object:announcement"):
        how = {1: "polite", 2: "assertive"}.get(event["politeness"], "?")
        return f"announced ({how}): {event['text']}"
    if kind.startswith("object:state-changed:showing"):
        # Orca 43 speaks a notification as it is shown; other nodes shown are layout.
        return f"shown: notification {_quoted(name)}" if role == "notification" else None
    if kind.startswith("object:state-changed:focused"):
        label = event.get("labelled_by", "")
        tied = f" (labelled {_quoted(label)})" if label and label != name else ""
        return f"focus: {role} {_quoted(name)}{tied}"
    if kind.startswith("object:property-change:accessible-name"):
        if role not in CHANGING:
            return None  # a control named as its window is built: not news to a reader
        what = f"{role} ({description})" if description else role
        return f"name of {what}: {_quoted(name)}"
    if kind.startswith("object:property-change:accessible-description"):
        if role not in CHANGING:
            return None
        return f"description of {role} {_quoted(name)}: {description}"
    if kind.startswith("object:value-changed"):
        value = event.get("value") or {}
        return (f"value of {role} {_quoted(name)}: {value.get('current', 0):g} of "
                f"{value.get('minimum', 0):g}–{value.get('maximum', 0):g}")
    return None


def _lines(events: list[Event]) -> list[str]:
    out: list[str] = []
    for event in events:
        line = _said(event)
        if line is not None and (not out or out[-1] != line):
            out.append(line)
    return out


def _controls(nodes: list[Node]) -> list[str]:
    """What Tab and a reader's focus can reach (a combo box's options left out, a table's
    cells counted: their texts are the queue's and the key settings' business)."""
    out: list[str] = []
    cells = 0
    for n in nodes:
        if not (n["focusable"] and n["showing"]) or n["role"] == "list item":
            continue
        if n["role"] == "table cell":
            cells += 1
            continue
        if cells:
            out[-1] += f" ({cells} cells)"
            cells = 0
        out.append(f"{n['role']} {_quoted(n['name'])}")
    if cells:
        out[-1] += f" ({cells} cells)"
    return out


def _unnamed(nodes: list[Node]) -> list[str]:
    """Controls a reader can land on that say nothing; and focusable labels that do not say
    what they are (a label reached on purpose, such as the automatic transcript to read
    first, has its text as its name and its title as its description)."""
    bad = [f"{n['path']} {n['role']}" for n in nodes
           if n["focusable"] and n["showing"] and not n["name"]]
    bad += [f"{n['path']} focusable label {_quoted(n['name'])}" for n in nodes
            if n["focusable"] and n["showing"] and n["role"] == "label"
            and not n["description"]]
    return bad


# ---------------------------------------------------------------------- the review

@dataclass
class Review:
    said: dict[str, list[str]]
    trees: dict[str, list[Node]]


STEP_TITLES = {
    "open_window": "The demo window opens on its first clip",
    "tab_round": "Tab from the transcript to Submit and next",
    "refused_submit": "Submit with nothing typed (refused)",
    "autosave_fails_then_saves": "Type; the first autosave fails, the retry saves",
    "answer_question": "The first question's key (Ctrl+Shift+1)",
    "submit_and_next": "Submit and next",
    "shortcuts_help": "F1: the keyboard shortcuts (then closed)",
    "settings_dialog": "Settings (then closed)",
    "skip_dialog": "Skip… (then closed)",
    "escalate_dialog": "Escalate… (then closed)",
    "export_dialog": "Export results (then closed)",
    "demo_help": "About the demo (then closed)",
    "lead_desk": "The demo lead desk",
    "lead_gate": "The lead's gate for a case (then closed)",
    "lead_cosign": "Co-sign a disclosure request",
    "lead_escalations_arrive": "An escalation arrives through the lead window's sync",
}
# Steps where only what is announced is compared: the sync status line beside them changes
# as a child process starts, in an order the process decides.
ANNOUNCED_ONLY = ("lead_escalations_arrive",)
CLOSED = ("shortcuts_help", "settings_dialog", "skip_dialog", "escalate_dialog",
          "export_dialog", "demo_help", "lead_gate")
# The steps after which a window is read, and its name.
TREES = {"open_window": "Reviewer", "shortcuts_help": "Keyboard shortcuts",
         "settings_dialog": "Settings", "skip_dialog": "Skip this clip",
         "escalate_dialog": "Escalate this clip", "export_dialog": "Export results",
         "demo_help": "About the demo",
         "lead_desk": "Lead window", "lead_gate": "Open an escalated case",
         "lead_cosign": "Co-sign a disclosure request"}


@pytest.fixture(scope="module")
def review(session: Session) -> Review:
    said: dict[str, list[str]] = {}
    trees: dict[str, list[Node]] = {}
    for name in STEP_TITLES:
        session.step(name)
        said[name] = _lines(session.events())
        if name in TREES:
            # A window being built renames its labels in an order timers decide; what is
            # told is where the focus lands (and anything announced); the tree says the rest.
            said[name] = [line for line in said[name] if line.startswith(OPENING)]
            trees[name] = [n for n in session.tree() if n["window"] == TREES[name]]
        if name in ANNOUNCED_ONLY:
            said[name] = _announced(said[name])
        if name in CLOSED:
            session.step("close_dialog")
            said[name] += _lines(session.events())
    session.step("quit")
    return Review(said, trees)


def _announced(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("announced")]


def test_a_refused_submit_is_announced_with_its_reasons(review: Review) -> None:
    lines = review.said["refused_submit"]
    assert any(line.startswith(NOTIFIED) for line in lines), lines  # what Orca 43 speaks
    said = _announced(lines)
    assert any(line.startswith("announced (assertive): Not submitted: ")
               and "Type the transcript" in line for line in said), review.said["refused_submit"]


def test_an_autosave_failure_and_recovery_are_announced(review: Review) -> None:
    said = _announced(review.said["autosave_fails_then_saves"])
    assert "announced (assertive): Not saved: the disk is full — retrying" in said, said
    assert said[-1] == "announced (polite): Saved", said


def test_a_clip_switch_is_announced(review: Review) -> None:
    said = _announced(review.said["submit_and_next"])
    assert any(line.startswith("announced (polite): Clip 2 of ") and line.endswith(" seconds")
               for line in said), review.said["submit_and_next"]


def test_new_escalations_are_announced(review: Review) -> None:
    """Pulled by the lead window's sync and imported without a button: said aloud."""
    assert review.said["lead_escalations_arrive"] == [
        "announced (polite): 1 new escalation"], review.said["lead_escalations_arrive"]


def test_changing_labels_say_their_text(review: Review) -> None:
    """The autosave label's name is its state (it once was the fixed word "Autosave")."""
    lines = review.said["autosave_fails_then_saves"]
    assert "name of label (Autosave): “Saved”" in lines, lines


def test_no_unnamed_control(review: Review) -> None:
    for step, nodes in review.trees.items():
        assert nodes, step
        assert _unnamed(nodes) == [], step


def test_the_waveform_is_a_slider_with_position_and_duration(review: Review) -> None:
    sliders = [n for n in review.trees["open_window"] if n["role"] == "slider"
               and n["name"] == "Waveform"]
    assert len(sliders) == 1
    assert sliders[0]["description"].startswith("Position 0 s of ")


def test_tab_order_transcript_questions_flags_critical_submit(review: Review) -> None:
    focused = [line.removeprefix("focus: ") for line in review.said["tab_round"]
               if line.startswith("focus: ")]
    wanted = ["text “Transcript”", "combo box “—” (labelled “Was the assistant addressed",
              "check box “No speech”", "check box “Critical data”",
              "push button “Submit and next”"]
    positions = [next((i for i, f in enumerate(focused) if f.startswith(w)), -1)
                 for w in wanted]
    assert -1 not in positions, focused
    assert positions == sorted(positions), focused
    assert focused[-1] == "push button “Submit and next”", focused


def test_the_settings_combo_boxes_say_what_they_choose(review: Review) -> None:
    """Named by what they set, not by their value ("As the system" said nothing of what it
    was); the value is their description."""
    nodes = review.trees["settings_dialog"]
    combos = {n["name"]: n for n in nodes if n["role"] == "combo box"}
    assert {"Audio device", "Language"} <= combos.keys(), _controls(nodes)
    assert combos["Language"]["description"] == "As the system"
    assert combos["Audio device"]["description"]


def test_help_is_a_table(review: Review) -> None:
    nodes = review.trees["shortcuts_help"]
    tables = [n for n in nodes if n["role"] in ("table", "tree table")]
    assert tables, _controls(nodes)
    headers = {n["name"] for n in nodes if n["role"] in ("column header", "table column header")}
    assert {"Action", "Keys"} <= headers, headers


def test_the_transcript_is_as_committed(review: Review) -> None:
    parts = ["# What a screen reader is told during a review",
             "",
             "Written by `tests/ui/test_atspi.py` from what arrives through AT-SPI (pyatspi)"
             " while it drives the demo window (`reviewer --demo`) and the lead side. Each"
             " step lists the events in order: announcements, focus moves, name, description"
             " and value changes. Rewrite it with `REVIEWER_UPDATE_A11Y=1` after a wanted"
             " change.", ""]
    for step, title in STEP_TITLES.items():
        parts += [f"## {title}", ""]
        parts += [f"- {line}" for line in review.said[step]] or ["- (nothing)"]
        if step in TREES:
            parts += ["", "Controls a reader can land on:", ""]
            parts += [f"- {c}" for c in _controls(review.trees[step])]
        parts.append("")
    text = "\n".join(parts)
    if os.environ.get("REVIEWER_UPDATE_A11Y") == "1":
        TRANSCRIPT.write_text(text, encoding="utf-8")
    assert TRANSCRIPT.is_file(), "no docs/a11y-transcript.md: run with REVIEWER_UPDATE_A11Y=1"
    assert TRANSCRIPT.read_text(encoding="utf-8") == text, (
        "what a screen reader is told changed; if that is wanted, rewrite the transcript "
        "with REVIEWER_UPDATE_A11Y=1 and review the diff")
