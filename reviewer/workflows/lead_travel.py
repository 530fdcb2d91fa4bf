"""A lead's decisions when the profile names an S3 exchange: kept at home, sent sealed.

The desk keeps every record it writes in plain JSON in the lead's own workspace
(`<workspace>/lead/decisions/`, this user only), so it knows the state of every case it
decided without reading anything back from the store. Beside each record it keeps the
travelling copy, `<record>.age`: the record signed by the lead and sealed to the
organisation's export recipients (core/exchange_frames.py). The order makes it exactly once:

1. the sealed copy is written (an orphan, should the desk die now: it never travels);
2. the record is written: the decision exists from here (the audit entry follows);
3. `flush` stages the sealed copy in the spool (`out/decisions/`, content-hash name) and
   then marks it `<record>.staged`. It runs after every decision, at every import and at
   start, so a decision whose staging a crash interrupted leaves at the next one. Staging
   the same bytes twice is one object: the sealed copy is fixed once written.

Leads do not read each other's decisions from the store: records are sealed to the
organisation only (their upstream ids and comments are the organisation's), and the bucket
policy lets leads list `decisions/` but read nothing there. Where two leads decide the same
case, `org collect` shows both (docs/deployment.md).
"""

from __future__ import annotations

from pathlib import Path

from reviewer.core.errors import RefusedInput
from reviewer.core.exchange_frames import decision_message, frame_decision
from reviewer.core.lead import SealPort
from reviewer.core.lead_cases import parse_record_name
from reviewer.fileio import atomic_write, crash_point
from reviewer.workflows.lead_sync import EscalationShelf
from reviewer.workflows.spool import Spool

SEALED, STAGED = ".age", ".staged"


class DecisionTravel:
    def __init__(self, folder: Path, spool: Spool, crypto: SealPort, signed_profile: bytes,
                 recipients: tuple[str, ...]) -> None:
        self.folder = folder
        self.spool = spool
        self.shelf = EscalationShelf(spool)
        self._crypto = crypto
        self._profile = signed_profile
        self._recipients = recipients

    def check(self) -> None:
        """Refuses before anything is written when a decision could not travel."""
        if not self._recipients:
            raise RefusedInput("the profile names no export recipients: a decision record "
                               "cannot be sealed to the organisation")
        if not self._profile:
            raise RefusedInput("this workspace holds no signed profile to send with a "
                               "decision record; enroll the lead's profile again")

    def seal(self, name: str, record: bytes, lead: str, signing_private: str) -> bytes:
        signature = self._crypto.sign(signing_private, decision_message(record))
        return self._crypto.seal(frame_decision(self._profile, lead, signature, name, record),
                                 list(self._recipients))

    def keep_sealed(self, record_path: Path, sealed: bytes) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(record_path.with_name(record_path.name + SEALED), sealed)
        crash_point("lead_travel.sealed")

    def flush(self) -> int:
        """Stages every kept record's sealed copy not staged yet; how many."""
        staged = 0
        if not self.folder.is_dir():
            return 0
        for sealed in sorted(self.folder.glob("decision-*.json" + SEALED)):
            record = sealed.with_name(sealed.name[:-len(SEALED)])
            marker = sealed.with_name(record.name + STAGED)
            if parse_record_name(record.name) is None or not record.exists() \
                    or marker.exists():
                continue  # an orphan (its record was never written) never travels
            self.spool.stage("decisions", sealed.read_bytes())
            crash_point("lead_travel.staged")
            atomic_write(marker, b"")
            staged += 1
        return staged
