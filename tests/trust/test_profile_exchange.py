"""`reviewer org sign-profile --workstation`: the roster's S3 exchange is shared by every
workstation, and each profile gets its own name in it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from reviewer.core.profile import Role
from reviewer.core.trust import TrustRefused
from reviewer.vault.workspace import Workspace
from reviewer.workflows.org import sign_profile
from reviewer.workflows.trust import make_request, read_profile
from tests.core.test_exchange_settings import GOOD
from tests.support.trust import TestOrganisation


def test_sign_profile_puts_the_workstation_name_into_the_rosters_exchange(
        ws: Workspace, org: TestOrganisation) -> None:
    request = make_request(ws, org.crypto, dt.date.today()).to_bytes()
    shared = {k: v for k, v in GOOD.items() if k != "workstation"}
    roster = json.dumps({"exchange": {"s3": shared}}).encode()

    def sign(workstation: str | None, data: bytes = roster) -> bytes:
        return sign_profile(org.crypto, org.secrets, request, data, reviewer="rev-042",
                            role=Role.REVIEWER, days=30, today=dt.date.today(),
                            workstation=workstation)

    s3 = read_profile(org.trust, sign("ws-017"), None).exchange.s3
    assert s3 is not None
    assert (s3.workstation, s3.bucket) == ("ws-017", "exchange-1")
    with pytest.raises(TrustRefused, match="--workstation NAME"):
        sign(None)
    with pytest.raises(TrustRefused, match="roster names none"):
        sign("ws-017", b"{}")
    with pytest.raises(TrustRefused, match=r"exchange\.s3\.workstation"):
        sign("WS 17")
    with pytest.raises(TrustRefused, match="without 'workstation'"):
        sign("ws-017", json.dumps({"exchange": {"s3": GOOD}}).encode())
