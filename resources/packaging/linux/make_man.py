"""Writes the reviewer(1) man page (roff) from the command line's own parser.

    python make_man.py OUT.1 [--date YYYY-MM-DD]

Every option and command comes from reviewer.cli.build_parser() at build time, so the page
follows the command line without editing; only the sections argparse knows nothing about
(exit status, environment, files) are written here. Run with the project's Python.
"""

from __future__ import annotations

import argparse
import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass

EXIT_STATUS = [
    ("0", "Success."),
    ("1", "Internal error (corrupt database, failed audio integrity check; an unexpected "
          "exception prints only its type), and a failed --smoke-test."),
    ("2", "Refused input and every other expected failure (bad package or profile, wrong or "
          "missing key or passphrase, locked keyring, missing workspace, no display for the "
          "window, full disk, broken audit chain), printed as one line "
          "`reviewer: <message>` on standard error; usage errors too."),
    ("130", "Interrupted (Ctrl+C)."),
]
ENVIRONMENT = [
    ("REVIEWER_WORKSPACE", "The workspace folder when --workspace is not given."),
    ("REVIEWER_PASSPHRASE_FILE", "The default of --passphrase-file: a file whose first line is "
                                 "the workspace passphrase (passphrase-mode workspaces)."),
    ("REVIEWER_DEBUG", "Set to 1 to show Python tracebacks instead of one-line errors."),
    ("REVIEWER_GUI_CHECK", "Set to 1 to open the window, let it settle and exit 0 (packaging "
                           "checks)."),
    ("QT_QPA_PLATFORM", "The Qt platform the window uses (xcb on X11 and under XWayland; "
                        "offscreen draws without a display)."),
    ("XDG_DATA_HOME", "Where the default workspace lives (reviewer below it)."),
    ("DISPLAY, WAYLAND_DISPLAY", "The display the window opens on; without either, the "
                                 "window is refused with exit status 2."),
]
FILES = [
    ("$XDG_DATA_HOME/reviewer/ (default ~/.local/share/reviewer/)",
     "The default workspace: the encrypted vault and its packages. Its keys are in the "
     "desktop keyring (Secret Service), or behind a passphrase."),
    ("/etc/xdg/reviewer/organisation.json",
     "The organisation file (keys and policy) installed by IT; it and every folder above it "
     "must be owned by root and not writable by group or others. Without it only the demo "
     "runs."),
    ("/opt/reviewer/", "The application bundle; /usr/bin/reviewer links to it."),
    ("/usr/lib/udev/rules.d/70-reviewer-pedals.rules",
     "Lets the user at the seat read supported USB foot pedals."),
]
SEE_ALSO = "The README and docs/ of the Reviewer source (formats.md, deployment.md)."


@dataclass(frozen=True)
class Command:
    """One (sub)command: its words after `reviewer`, its help line and its parser."""
    words: tuple[str, ...]
    help: str
    parser: argparse.ArgumentParser


def text(value: str) -> str:
    """Escapes running text for roff: backslashes, leading dots/quotes, `code` in bold, and
    non-ASCII characters as named Unicode escapes (groff reads its input as Latin-1)."""
    value = value.replace("\\", "\\e").replace("-", "\\-")
    value = "".join(ch if ord(ch) < 128 else f"\\[u{ord(ch):04X}]" for ch in value)
    value = re.sub(r"`([^`]+)`", r"\\fB\1\\fR", value)
    return "\n".join("\\&" + line if line.startswith((".", "'")) else line
                     for line in value.splitlines())


def subcommands(parser: argparse.ArgumentParser
                ) -> Iterator[tuple[str, str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: expanded_help(choice, parser.prog)
                     for choice in action._choices_actions}
            seen: set[int] = set()
            for name, sub in action.choices.items():
                if id(sub) in seen:  # an alias of a command already listed
                    continue
                seen.add(id(sub))
                yield name, helps.get(name, ""), sub


def commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> Iterator[Command]:
    for name, help_line, sub in subcommands(parser):
        yield Command((*words, name), help_line, sub)
        yield from commands(sub, (*words, name))


def metavar(action: argparse.Action) -> str:
    if action.metavar is not None:
        return action.metavar if isinstance(action.metavar, str) else " ".join(action.metavar)
    if action.choices is not None:
        return "{" + ",".join(str(choice) for choice in action.choices) + "}"
    return action.dest if not action.option_strings else action.dest.upper()


def argument_form(action: argparse.Action) -> str:
    """The argument part of an option or positional, with argparse's nargs shapes."""
    name = f"\\fI{text(metavar(action))}\\fR"
    if action.nargs == 0:
        return ""
    if action.nargs == "?":
        return f"[{name}]"
    if action.nargs == "*":
        return f"[{name} ...]"
    if action.nargs == "+":
        return f"{name} [{name} ...]"
    if isinstance(action.nargs, int) and action.nargs > 1:
        return " ".join([name] * action.nargs)
    return name


def expanded_help(action: argparse.Action, prog: str) -> str:
    help_text = action.help or ""
    if "%" in help_text:
        params = {key: value for key, value in vars(action).items()
                  if value is not argparse.SUPPRESS}
        params["prog"] = prog
        if action.choices is not None:
            params["choices"] = ", ".join(str(choice) for choice in action.choices)
        help_text = help_text % params
    return help_text


def shown(action: argparse.Action) -> bool:
    return (action.help is not argparse.SUPPRESS
            and not isinstance(action, argparse._SubParsersAction | argparse._HelpAction))


def options(parser: argparse.ArgumentParser) -> list[str]:
    """`.TP` items for the parser's positionals and options (help is left to --help)."""
    lines: list[str] = []
    for action in parser._actions:
        if not shown(action):
            continue
        form = argument_form(action)
        if action.option_strings:
            flags = ", ".join(f"\\fB{text(flag)}\\fR" for flag in action.option_strings)
            head = f"{flags} {form}".rstrip()
        else:
            head = form
        lines += [".TP", head, text(expanded_help(action, parser.prog)) or "\\&"]
    return lines


def usage(parser: argparse.ArgumentParser) -> str:
    line = " ".join(parser.format_usage().split())
    return line.removeprefix("usage: ")


def render(parser: argparse.ArgumentParser, version: str, date: str) -> str:
    name = parser.prog
    description = parser.description or ""
    summary = description.split(". ")[0].rstrip(".")
    lines = [
        f'.TH {name.upper()} 1 "{date}" "{name} {text(version)}" "User Commands"',
        ".nh",  # no hyphenation: option and variable names must stay whole
        ".ad l",
        ".SH NAME",
        f"{name} \\- {text(summary[:1].lower() + summary[1:])}",
        ".SH SYNOPSIS",
        f".B {name}",
        text(usage(parser).removeprefix(name).strip()),
        ".SH DESCRIPTION",
        text(description),
        "Every command prints its results on standard output and its errors, one line each, on "
        "standard error. Run a command with \\fB\\-\\-help\\fR for its own summary.",
        ".SH OPTIONS",
        ".TP",
        "\\fB\\-h\\fR, \\fB\\-\\-help\\fR",
        "Show a summary of the options and exit.",
        *options(parser),
        ".SH COMMANDS",
    ]
    for command in commands(parser):
        lines += [f'.SS "{text(" ".join(command.words))}"',
                  f".B {name}",
                  text(usage(command.parser).removeprefix(name).strip()),
                  ".PP",
                  text(command.help or command.parser.description or "") or "\\&",
                  *options(command.parser)]
    for title, items in (("EXIT STATUS", EXIT_STATUS), ("ENVIRONMENT", ENVIRONMENT),
                         ("FILES", FILES)):
        lines.append(f".SH {title}")
        for key, value in items:
            lines += [".TP", f"\\fB{text(key)}\\fR", text(value)]
    lines += [".SH SEE ALSO", text(SEE_ALSO)]
    return "\n".join(lines) + "\n"


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("out")
    cli.add_argument("--date", help="date in the page footer (default: today)")
    args = cli.parse_args()
    import reviewer
    from reviewer.cli import build_parser

    date = args.date or datetime.date.today().isoformat()
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(render(build_parser(), reviewer.__version__, date))


if __name__ == "__main__":
    main()
