"""Errors the app expects and reports as one clear line (exit code 2 on the command line)."""


class ReviewerError(Exception):
    """An expected failure with a message fit to show a user as is.

    Messages never carry identity values or secrets: they name files, fields and rules.
    """

    exit_code = 2


class RefusedInput(ReviewerError):
    """Input was refused (bad package, profile, settings or arguments)."""


class InternalError(ReviewerError):
    """Something the user cannot fix went wrong; reported as one line with exit code 1."""

    exit_code = 1
