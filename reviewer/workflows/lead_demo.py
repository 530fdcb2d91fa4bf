"""A ready-made lead for the demo workspace, so the whole flow can be tried on one machine."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reviewer.core.lead import DEFAULT_KDF, KdfParams, SealPort
from reviewer.core.ports import SecretStore
from reviewer.workflows.lead_workspace import LeadWorkspace

DEMO_PASSPHRASE = "demo lead passphrase"  # noqa: S105 - shown in the demo help by design


@dataclass(frozen=True)
class DemoLead:
    name: str
    recipient: str  # for the demo profile's escalation_recipients
    signing_key: str  # for the demo profile's lead_signing_keys
    passphrase: str  # shown in the demo help
    totp_secret: str  # shown in the demo help (enter it in an authenticator app)
    totp_uri: str
    workspace: Path  # pass as `reviewer --workspace` to `reviewer lead`


def make_demo_lead(folder: Path, store: SecretStore, crypto: SealPort,
                   name: str = "demo-lead", kdf: KdfParams = DEFAULT_KDF) -> DemoLead:
    """Creates the lead's keys in `folder` (a throwaway workspace) and says how to use them."""
    enrolled = LeadWorkspace(folder, store, crypto).init(name, DEMO_PASSPHRASE, kdf)
    return DemoLead(name=name, recipient=enrolled.recipient, signing_key=enrolled.signing_key,
                    passphrase=DEMO_PASSPHRASE, totp_secret=enrolled.totp_secret,
                    totp_uri=enrolled.totp_uri, workspace=folder)


def demo_help(lead: DemoLead) -> str:
    return (f"Demo lead '{lead.name}': passphrase \"{lead.passphrase}\"; TOTP secret "
            f"{lead.totp_secret} (add it to an authenticator app, or run "
            f"`python -c \"import pyotp; print(pyotp.TOTP('{lead.totp_secret}').now())\"`). "
            f"Open the lead window with `reviewer --workspace {lead.workspace} lead`.")
