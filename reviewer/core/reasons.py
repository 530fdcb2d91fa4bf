"""Why something failed, as codes a window words in its own language (ui/reason_wording.py).

An error's text is English (the command line prints it); a window shows a Reason instead:
the most precise code first, then the codes of the error's classes, so a window that does
not know a precise code still says what kind of failure it was, in the reviewer's language.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field

from reviewer.core.errors import Param, ReviewerError


@dataclass(frozen=True)
class Reason:
    codes: tuple[str, ...]  # most precise first; the last is the most general
    params: dict[str, Param] = field(default_factory=dict, hash=False)
    english: str = ""  # the error's own text, for logs and the command line

    @property
    def code(self) -> str:
        return self.codes[0] if self.codes else "internal"


# An OSError's errno, as a code (the system's own text would be in the system's language,
# or English): the ones a reviewer can act on; others are "os_error" with the errno's name.
_OS_CODES = {
    errno.ENOSPC: "os_disk_full", errno.EDQUOT: "os_disk_full",
    errno.EACCES: "os_permission", errno.EPERM: "os_permission",
    errno.EROFS: "os_read_only", errno.ENOENT: "os_not_found", errno.ENOTDIR: "os_not_found",
    errno.EIO: "os_io_error", errno.EISDIR: "os_is_folder", errno.EEXIST: "os_exists",
}


def class_codes(exc: ReviewerError) -> tuple[str, ...]:
    """The codes of the error's classes, most specific first, each once."""
    out: dict[str, None] = {}
    for cls in type(exc).__mro__:
        code = cls.__dict__.get("code")
        if isinstance(code, str):
            out.setdefault(code, None)
    return tuple(out)


def reason_of(exc: BaseException) -> Reason:
    """The Reason for an exception a window may show."""
    if isinstance(exc, ReviewerError):
        text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        codes = dict.fromkeys((exc.code, *class_codes(exc)))
        return Reason(tuple(codes), dict(exc.params), text)
    if isinstance(exc, OSError):
        name = errno.errorcode.get(exc.errno or 0, "")
        code = _OS_CODES.get(exc.errno or 0, "os_error")
        return Reason(tuple(dict.fromkeys((code, "os_error"))),
                      {"errno": name or type(exc).__name__},
                      exc.strerror or type(exc).__name__)
    return Reason(("internal_exception", "internal"), {"kind": type(exc).__name__},
                  f"internal error ({type(exc).__name__})")
