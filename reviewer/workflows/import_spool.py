"""Imports what `reviewer sync` pulled into the spool, each package exactly once.

The marker that lets sync acknowledge a package upstream is written only after its import
committed. A crash between the commit and the marker leaves the file waiting: the next run
finds the package already in the vault (AlreadyImported) and writes the marker then. A
refused package gets a refusal marker and stays for the organisation to look at.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.errors import RefusedInput
from reviewer.core.workspace_errors import AlreadyImported
from reviewer.fileio import crash_point
from reviewer.workflows.spool import Spool


@dataclass
class SpoolImport:
    imported: int = 0
    already: int = 0
    refused: int = 0


def import_from_spool(spool: Spool, import_one: Callable[[Path], object],
                      on_refused: Callable[[Path, RefusedInput], None] | None = None
                      ) -> SpoolImport:
    """`import_one(path)` imports one sealed package and returns once it has committed."""
    outcome = SpoolImport()
    for path in spool.waiting():
        try:
            import_one(path)
            outcome.imported += 1
        except AlreadyImported:
            outcome.already += 1
        except RefusedInput as exc:
            spool.mark_refused(path.name)
            outcome.refused += 1
            if on_refused is not None:
                on_refused(path, exc)
            continue
        crash_point("import_spool.committed")
        spool.mark_imported(path.name)
    return outcome
