"""A throwaway organisation for tests: signs profiles and packages like the real one does."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from reviewer.core.profile import Profile, Role
from reviewer.core.trust import KIND_PROFILE, Organisation, OrganisationKey, key_id_of
from reviewer.seal.kit import SealKit
from reviewer.vault.workspace import Workspace
from reviewer.workflows.org import OrgSecrets
from reviewer.workflows.trust import Trust, ensure_workstation, sign_document


class TestOrganisation:
    __test__ = False  # not a pytest test class

    def __init__(self, *, allow_unsigned: bool = True, name: str = "Test Organisation") -> None:
        self.crypto = SealKit()
        self.private, self.public = self.crypto.new_signing_key()
        self.export_secret, self.export_recipient = self.crypto.new_identity()
        self.organisation = Organisation(
            name, (OrganisationKey(key_id_of(self.public), self.public),), allow_unsigned)

    @property
    def trust(self) -> Trust:
        return Trust(self.organisation, self.crypto)

    @property
    def secrets(self) -> OrgSecrets:
        return OrgSecrets(self.organisation.name, self.private, self.public, self.export_secret)

    def sign(self, kind: str, body: bytes) -> bytes:
        return sign_document(self.crypto, self.private, self.public, kind, body)

    def enroll(self, ws: Workspace, profile: Profile | None = None) -> Profile:
        """Signs `profile` (default: reviewer rev-042) for this workspace's keys, installs it."""
        keys = ensure_workstation(ws, self.crypto).keys
        signed = dataclasses.replace(profile or Profile("rev-042", Role.REVIEWER),
                                     workstation=keys,
                                     expires=dt.date.today() + dt.timedelta(days=30))
        ws.set_signed_profile(self.sign(KIND_PROFILE, signed.to_bytes()), signed.role.value)
        return signed

    def write(self, path: Path) -> Path:
        from reviewer.core.trust import organisation_to_bytes

        path.write_bytes(organisation_to_bytes(self.organisation))
        return path


def stored_profile(ws: Workspace) -> Profile:
    """The profile stored in `ws`, read without checking its signature: for tests of what
    uses a profile (export, escalation), not of trust itself (tests/trust/)."""
    from reviewer.core.profile import parse_profile_body
    from reviewer.core.trust import parse_signed

    data = ws.signed_profile()
    assert data is not None, "no profile enrolled"
    return parse_profile_body(parse_signed(data, KIND_PROFILE, "profile").body)
