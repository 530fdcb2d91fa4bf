"""The exchange tests' fixtures: the real gateway (one per session), a fresh bucket per test,
and each transport of the exchange port."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import botocore.config
import keyring.backend
import pytest

from reviewer import offline
from reviewer.core.exchange import ExchangeStore
from reviewer.exchange.folder import FolderStore
from reviewer.exchange.s3 import S3Settings, S3Store
from tests.support.ceph_gateway import Gateway, start_gateway

# This pytest process talks to the gateway, and other tests call cli.main in-process, which
# would install the window's no-network hook into it for good (audit hooks cannot be removed).
# Marked as installed here, at collection, before any test runs. The hook itself is tested in
# child processes, installed as in production (tests/test_offline.py, test_sync_process.py).
offline._installed = True


@pytest.fixture(scope="session")
def gateway() -> Iterator[Gateway]:
    gw = start_gateway()
    try:
        yield gw
    finally:
        gw.stop()


def admin_client(gw: Gateway, user: str = "org") -> Any:
    access, secret = gw.keys[user]
    config = botocore.config.Config(
        region_name="us-east-1", s3={"addressing_style": "path"},
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required")
    return boto3.session.Session().client("s3", endpoint_url=gw.endpoint,
                                          aws_access_key_id=access,
                                          aws_secret_access_key=secret, config=config)


@pytest.fixture
def bucket(gateway: Gateway) -> Iterator[str]:
    """A new bucket owned by the organisation's user, emptied and removed afterwards: the
    gateway keeps objects in memory (memstore, 1 GiB), and a full OSD stalls every request."""
    name = f"t-{uuid.uuid4().hex[:20]}"
    client = admin_client(gateway)
    client.create_bucket(Bucket=name)
    yield name
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=name):
        for item in page.get("Contents", []):
            client.delete_object(Bucket=name, Key=item["Key"])
    for upload in client.list_multipart_uploads(Bucket=name).get("Uploads", []):
        client.abort_multipart_upload(Bucket=name, Key=upload["Key"],
                                      UploadId=upload["UploadId"])
    client.delete_bucket(Bucket=name)


def s3_store(gw: Gateway, bucket: str, user: str = "org") -> S3Store:
    access, secret = gw.keys[user]
    return S3Store(S3Settings(endpoint=gw.endpoint, bucket=bucket), access, secret)


@pytest.fixture(params=["folder", "s3"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> ExchangeStore:
    """Each transport in turn: every contract test runs on both."""
    if request.param == "folder":
        return FolderStore(tmp_path / "exchange")
    gw: Gateway = request.getfixturevalue("gateway")
    return s3_store(gw, request.getfixturevalue("bucket"))


@pytest.fixture
def credentials(gateway: Gateway, secret_service: keyring.backend.KeyringBackend) -> None:
    """ws-a's keys in the real Secret Service (as `sync --store-credentials` stores them:
    test_credentials_are_stored_in_the_keyring)."""
    from reviewer.commands.sync import CREDENTIALS_SERVICE
    from reviewer.vault.keyring_store import KeyringSecretStore

    access, secret = gateway.keys["ws-a"]
    KeyringSecretStore().set(CREDENTIALS_SERVICE, "ws-a",
                             json.dumps({"access_key": access, "secret_key": secret}))


@pytest.fixture
def open_bucket(gateway: Gateway, bucket: str) -> str:
    """The bucket with ws-a confined to its prefixes (the policy `org s3-policy` prints)."""
    from reviewer.core.exchange_policy import bucket_policy

    policy = bucket_policy(bucket, {"ws-a": "arn:aws:iam:::user/ws-a"}, [])
    admin_client(gateway).put_bucket_policy(Bucket=bucket, Policy=policy)
    return bucket
