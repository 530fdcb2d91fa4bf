"""The bucket policy that confines each workstation to its own prefixes of the exchange
(core/exchange.py) and lets leads read escalations and write decisions.

A workstation may list, read and delete (acknowledge) its inbox, and create objects in its
results and escalations; nothing else, nowhere else. Every upload must grant the bucket's
owner (the organisation) full control: on Ceph and on buckets without "bucket owner
enforced", an object otherwise belongs to whoever uploaded it. The organisation's own user
owns the bucket and needs no statement. Printed by `reviewer org s3-policy`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from reviewer.core.exchange import DECISIONS, ESCALATIONS, Layout, check_workstation

_OWNER_ACL = {"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control"}}


def bucket_policy(bucket: str, workstations: Mapping[str, str], leads: Sequence[str]) -> str:
    """JSON policy for `bucket`: `workstations` maps a workstation name to its principal
    (an ARN such as `arn:aws:iam:::user/ws-017` on Ceph, `arn:aws:iam::ACCOUNT:user/NAME`
    on AWS); `leads` are the leads' principals."""
    arn = f"arn:aws:s3:::{bucket}"
    statements: list[dict[str, Any]] = []
    for name, principal in sorted(workstations.items()):
        ws = Layout(check_workstation(name))
        who = {"AWS": [principal]}
        statements += [
            {"Sid": f"{name}-list-inbox", "Effect": "Allow", "Principal": who,
             "Action": ["s3:ListBucket"], "Resource": [arn],
             "Condition": {"StringLike": {"s3:prefix": [ws.inbox + "*"]}}},
            {"Sid": f"{name}-take-inbox", "Effect": "Allow", "Principal": who,
             "Action": ["s3:GetObject", "s3:DeleteObject"],
             "Resource": [f"{arn}/{ws.inbox}*"]},
            {"Sid": f"{name}-send", "Effect": "Allow", "Principal": who,
             "Action": ["s3:PutObject"],
             "Resource": [f"{arn}/{ws.results}*", f"{arn}/{ws.escalations}*"],
             "Condition": _OWNER_ACL},
        ]
    if leads:
        who = {"AWS": sorted(leads)}
        statements += [
            {"Sid": "leads-list-escalations", "Effect": "Allow", "Principal": who,
             "Action": ["s3:ListBucket"], "Resource": [arn],
             "Condition": {"StringLike": {"s3:prefix": [ESCALATIONS + "*", DECISIONS + "*"]}}},
            {"Sid": "leads-read-escalations", "Effect": "Allow", "Principal": who,
             "Action": ["s3:GetObject"], "Resource": [f"{arn}/{ESCALATIONS}*"]},
            {"Sid": "leads-send-decisions", "Effect": "Allow", "Principal": who,
             "Action": ["s3:PutObject"], "Resource": [f"{arn}/{DECISIONS}*"],
             "Condition": _OWNER_ACL},
        ]
    return json.dumps({"Version": "2012-10-17", "Statement": statements}, indent=2)
