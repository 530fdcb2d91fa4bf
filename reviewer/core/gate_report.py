"""What the identity gate says when it refuses a package.

A problem names where (file, line, field) and which rule, never a value from the package:
the report is printed, logged and shown, so it must be safe to show to anyone.
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.core.errors import Param, RefusedInput


@dataclass(frozen=True)
class Problem:
    rule: str  # a short stable code, e.g. "identity-key", "unknown-key", "path", "audio"
    file: str  # path inside the package, already checked safe to print, or "<package>"
    message: str  # fixed wording chosen by the gate; never interpolates package values
    line: int | None = None
    field: str | None = None  # dotted key path, already checked safe to print
    # A message built with values (a cap, the kinds of identity found, an entry's problem)
    # also keeps its fixed wording with {placeholders} and the values, so a window can word
    # it in its language (ui/gate_wording.py); `message` is the English, filled in.
    template: str = ""
    params: tuple[tuple[str, Param], ...] = ()

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        if self.field:
            where = f"{where}: {self.field}"
        return f"{where}: {self.message} [{self.rule}]"


class PackageRefused(RefusedInput):
    """The whole package is refused; nothing of it was stored."""

    code = "package_refused"

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        first = str(self.problems[0]) if self.problems else "package refused"
        more = len(self.problems) - 1
        super().__init__(first if more <= 0 else f"{first} (and {more} more)")

    def report(self) -> str:
        lines = [f"Package refused: {len(self.problems)} problem(s); nothing was imported."]
        lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)
