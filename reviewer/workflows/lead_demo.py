"""A ready-made lead for the demo workspace, so the whole flow can be tried on one machine.

The demo is throwaway: the lead's keyring half lives in memory (`EphemeralSecretStore`), so
the demo lead window must run in the same process as the demo (e.g. a "Lead window (demo)"
menu item built with `demo_lead_desk`). Real leads use `reviewer lead init` and the OS keyring.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyotp

from reviewer.core.escalation import AuditTrail
from reviewer.core.lead import DEFAULT_KDF, KdfParams, SealPort
from reviewer.core.ports import SecretStore
from reviewer.core.profile import Exchange, Lead, Profile, Role
from reviewer.core.trust import WorkstationKeys
from reviewer.workflows.lead_desk import LeadDesk
from reviewer.workflows.lead_gate import LeadGate
from reviewer.workflows.lead_workspace import LeadWorkspace

DEMO_PASSPHRASE = "demo lead passphrase"  # noqa: S105 - shown in the demo help by design
# The demo lead's passphrase is published in the demo's help, so stretching it protects
# nothing; a light Argon2id keeps the demo's start-up quick (real leads use DEFAULT_KDF).
DEMO_KDF = KdfParams(time_cost=1, memory_kib=16384, parallelism=1)
DEMO_SUPPORT_TEXT = ("Thank you for escalating. If what you heard stays with you, talk to "
                     "your team lead or the support line. Take a break whenever you need one.")


class EphemeralSecretStore:
    """A SecretStore in memory, for the throwaway demo only."""

    def __init__(self) -> None:
        self._values: dict[tuple[str, str], str] = {}

    def get(self, service: str, name: str) -> str | None:
        return self._values.get((service, name))

    def set(self, service: str, name: str, value: str) -> None:
        self._values[(service, name)] = value

    def delete(self, service: str, name: str) -> None:
        self._values.pop((service, name), None)


@dataclass(frozen=True)
class DemoLead:
    name: str
    recipient: str  # for the demo profile's escalation_recipients
    signing_key: str  # for the demo profile's lead_signing_keys
    passphrase: str  # shown in the demo help
    totp_secret: str  # shown in the demo help (enter it in an authenticator app)
    totp_uri: str
    workspace: Path
    store: SecretStore = field(repr=False)
    crypto: SealPort = field(repr=False)


def make_demo_lead(folder: Path, crypto: SealPort, store: SecretStore | None = None,
                   name: str = "demo-lead", kdf: KdfParams = DEFAULT_KDF) -> DemoLead:
    """Creates the demo lead's keys under `folder` (a throwaway workspace).

    `crypto` is the seal adapter (reviewer.seal.kit.SealKit()); `store` defaults to memory.
    """
    store = store if store is not None else EphemeralSecretStore()
    enrolled = LeadWorkspace(folder, store, crypto).init(name, DEMO_PASSPHRASE, kdf)
    return DemoLead(name=name, recipient=enrolled.recipient, signing_key=enrolled.signing_key,
                    passphrase=DEMO_PASSPHRASE, totp_secret=enrolled.totp_secret,
                    totp_uri=enrolled.totp_uri, workspace=folder, store=store, crypto=crypto)


def demo_profile(lead: DemoLead, reviewer: str, exchange_root: Path,
                 workstation: WorkstationKeys | None = None) -> Profile:
    """A reviewer profile whose escalations go to the demo lead, in `exchange_root` (signed by
    the demo's throwaway organisation, for this demo workspace's keys)."""
    folders = {k: exchange_root / k for k in ("inbox", "outbox", "escalations")}
    for path in folders.values():
        path.mkdir(parents=True, exist_ok=True)
    return Profile(reviewer=reviewer, role=Role.REVIEWER,
                   leads=(Lead(lead.name, lead.recipient, lead.signing_key),),
                   exchange=Exchange(inbox=str(folders["inbox"]), outbox=str(folders["outbox"]),
                                     escalations=str(folders["escalations"])),
                   support_text=DEMO_SUPPORT_TEXT, workstation=workstation)


def demo_lead_desk(lead: DemoLead, audit: AuditTrail, profile: Profile) -> LeadDesk:
    """The desk the lead window drives, over the demo lead (same process as the demo)."""
    ws = LeadWorkspace(lead.workspace, lead.store, lead.crypto)
    return LeadDesk(ws, LeadGate(ws, audit), audit, profile)


def current_code(lead: DemoLead, now: float | None = None) -> tuple[str, int]:
    """The demo lead's TOTP code right now, and the seconds until it changes (demo help)."""
    at = time.time() if now is None else now
    totp = pyotp.TOTP(lead.totp_secret)
    return totp.at(at), math.ceil(totp.interval - at % totp.interval)


def demo_help(lead: DemoLead) -> str:
    return (f"Demo lead '{lead.name}': passphrase \"{lead.passphrase}\"; TOTP secret "
            f"{lead.totp_secret} (the demo's Help > About the demo shows the current code; "
            f"or add the secret to an authenticator app).")
