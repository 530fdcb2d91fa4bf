"""The bucket policy that confines each workstation to its own prefixes of the exchange
(core/exchange.py) and lets leads read escalations and write decisions.

A workstation may list, read and delete (acknowledge) its inbox, and create objects in its
results and escalations; nothing else, nowhere else. To resume a large upload it may also
list the names (not read the contents) under its results and escalations (is it there
already?), list the parts of its multipart uploads and abort them. Every upload must grant
the bucket's owner (the organisation) full control: on Ceph and on buckets without "bucket owner
enforced", an object otherwise belongs to whoever uploaded it. The organisation's own user
owns the bucket and needs no statement. Printed by `reviewer org s3-policy`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from reviewer.core.exchange import DECISIONS, ESCALATIONS, Layout, check_workstation

# "IfExists": Ceph 16 gives a multipart upload's first request (CreateMultipartUpload) no
# s3:x-amz-acl key even when the header is sent, so a plain StringEquals refuses every
# multipart upload. A plain PutObject without the header is still refused there (Ceph sets
# the key for it), and S3Store sends the header on every part and on the completion. On AWS,
# where workstations are IAM users of the bucket owner's account, their objects belong to
# that account anyway ("Bucket owner enforced" ownership: docs/deployment.md).
_OWNER_ACL = {"StringEqualsIfExists": {"s3:x-amz-acl": "bucket-owner-full-control"}}


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
            {"Sid": f"{name}-list-sent", "Effect": "Allow", "Principal": who,
             "Action": ["s3:ListBucket"], "Resource": [arn],
             "Condition": {"StringLike": {"s3:prefix": [ws.results + "*",
                                                        ws.escalations + "*"]}}},
            {"Sid": f"{name}-resume-send", "Effect": "Allow", "Principal": who,
             "Action": ["s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"],
             "Resource": [f"{arn}/{ws.results}*", f"{arn}/{ws.escalations}*"]},
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
            {"Sid": "leads-resume-decisions", "Effect": "Allow", "Principal": who,
             "Action": ["s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"],
             "Resource": [f"{arn}/{DECISIONS}*"]},
        ]
    return json.dumps({"Version": "2012-10-17", "Statement": statements}, indent=2)
