"""The organisation this installation trusts, read from its one built-in path.

Tests replace `load` (it is not reachable from the command line or the environment, which
are the user's): production always reads the root-owned organisation file.
"""

from __future__ import annotations

from collections.abc import Callable

from reviewer.core.trust import Organisation
from reviewer.seal.kit import SealKit
from reviewer.trust.organisation_file import builtin_path, load_organisation
from reviewer.workflows.trust import Trust

load: Callable[[], Organisation | None] = load_organisation


def current_trust() -> Trust:
    """Raises TrustRefused (exit 2) when the file is insecure or malformed."""
    return Trust(load(), SealKit(), anchor=f"organisation file at {builtin_path()}")
