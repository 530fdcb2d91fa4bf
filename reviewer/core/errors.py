"""Errors the app expects and reports as one clear line (exit code 2 on the command line).

The text of an error is English, for the command line and the logs. A window words an error
itself (issue 16): every error also carries a `code` (the class's own, or a more precise one
given where it is raised) and the values that wording needs (`params`: names, numbers,
paths; never identity values or secrets). core/reasons.py turns an error into a Reason.
"""

from __future__ import annotations

Param = str | int


class ReviewerError(Exception):
    """An expected failure with a message fit to show a user as is.

    Messages never carry identity values or secrets: they name files, fields and rules.
    """

    exit_code = 2
    code = "error"  # each subclass names its own; a raise may give a more precise one

    def __init__(self, message: str = "", *, code: str | None = None,
                 **params: Param) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params: dict[str, Param] = dict(params)


class RefusedInput(ReviewerError):
    """Input was refused (bad package, profile, settings or arguments)."""

    code = "refused_input"


class InternalError(ReviewerError):
    """Something the user cannot fix went wrong; reported as one line with exit code 1."""

    exit_code = 1
    code = "internal"
