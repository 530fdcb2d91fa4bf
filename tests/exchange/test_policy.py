"""The bucket policy (`reviewer org s3-policy`) on the real gateway: each workstation is
confined to its own prefixes, leads to escalations and decisions, uploads must grant the
organisation full control."""

from __future__ import annotations

import json
import subprocess
import sys

import botocore.exceptions
import pytest

from reviewer.core.exchange import ExchangeDenied, ExchangeError, Layout, object_name
from reviewer.core.exchange_policy import bucket_policy
from tests.exchange.conftest import admin_client, s3_store
from tests.support.ceph_gateway import Gateway

A, B = Layout("ws-a"), Layout("ws-b")


def principal(user: str) -> str:
    return f"arn:aws:iam:::user/{user}"


@pytest.fixture
def confined(gateway: Gateway, bucket: str) -> str:
    policy = bucket_policy(bucket, {"ws-a": principal("ws-a"), "ws-b": principal("ws-b")},
                           [principal("lead")])
    admin_client(gateway).put_bucket_policy(Bucket=bucket, Policy=policy)
    return bucket


def test_a_workstation_reaches_its_own_prefixes(gateway: Gateway, confined: str) -> None:
    org, ws_a = s3_store(gateway, confined), s3_store(gateway, confined, "ws-a")
    package = b"sealed package for a"
    key = A.inbox + object_name(package, "rpkg")
    assert org.put_new(key, package)
    assert ws_a.list(A.inbox) == [key]
    assert ws_a.get(key) == package
    ws_a.delete(key)  # the acknowledgement
    assert org.list(A.inbox) == []
    result = b"sealed export"
    for prefix in (A.results, A.escalations):
        sent = prefix + object_name(result, "age")
        assert ws_a.put_new(sent, result)
        assert org.get(sent) == result  # the organisation owns what workstations upload


def test_a_workstation_cannot_list_read_or_write_anothers_prefixes(
        gateway: Gateway, confined: str) -> None:
    org, ws_a = s3_store(gateway, confined), s3_store(gateway, confined, "ws-a")
    theirs = b"sealed package for b"
    key = B.inbox + object_name(theirs, "rpkg")
    org.put_new(key, theirs)
    for prefix in (B.inbox, B.results, B.escalations, "results/", "inbox/", "decisions/"):
        with pytest.raises(ExchangeDenied):
            ws_a.list(prefix)
    with pytest.raises(ExchangeDenied):
        ws_a.get(key)
    with pytest.raises(ExchangeDenied):
        ws_a.delete(key)
    forged = b"forged"
    for prefix in (B.results, B.escalations, B.inbox, A.inbox, "decisions/"):
        with pytest.raises(ExchangeDenied):
            ws_a.put_new(prefix + object_name(forged, "age"), forged)
    assert org.get(key) == theirs


def test_an_upload_without_owner_control_is_refused(gateway: Gateway, confined: str) -> None:
    raw = admin_client(gateway, "ws-a")
    with pytest.raises(botocore.exceptions.ClientError, match="AccessDenied"):
        raw.put_object(Bucket=confined, Key=A.results + object_name(b"x", "age"), Body=b"x")


def test_leads_read_escalations_and_write_decisions_only(gateway: Gateway,
                                                         confined: str) -> None:
    ws_a, lead = s3_store(gateway, confined, "ws-a"), s3_store(gateway, confined, "lead")
    envelope = b"sealed envelope"
    key = A.escalations + object_name(envelope, "age")
    ws_a.put_new(key, envelope)
    assert lead.list("escalations/") == [key]
    assert lead.get(key) == envelope
    record = b"sealed decision"
    assert lead.put_new("decisions/" + object_name(record, "age"), record)
    with pytest.raises(ExchangeDenied):
        lead.list(A.inbox)
    with pytest.raises(ExchangeDenied):
        lead.put_new(A.inbox + object_name(record, "rpkg"), record)


def test_a_lead_cannot_read_results_or_decisions_nor_delete_escalations(
        gateway: Gateway, confined: str) -> None:
    ws_a, lead = s3_store(gateway, confined, "ws-a"), s3_store(gateway, confined, "lead")
    result, envelope = b"sealed export", b"sealed envelope"
    result_key = A.results + object_name(result, "age")
    envelope_key = A.escalations + object_name(envelope, "age")
    ws_a.put_new(result_key, result)
    ws_a.put_new(envelope_key, envelope)
    # Another lead's record (here put by the organisation: a lead owns, and so may read back,
    # only the objects it uploaded itself).
    record = b"sealed decision of another lead"
    record_key = "decisions/" + object_name(record, "age")
    s3_store(gateway, confined).put_new(record_key, record)
    for prefix in ("results/", A.results, "inbox/"):
        with pytest.raises(ExchangeDenied):
            lead.list(prefix)
    for key in (result_key, record_key):  # decisions are the organisation's to read
        with pytest.raises(ExchangeDenied):
            lead.get(key)
    with pytest.raises(ExchangeDenied):  # every lead reads the same escalations
        lead.delete(envelope_key)
    with pytest.raises(ExchangeDenied):
        lead.put_new(A.results + object_name(record, "age"), record)
    org = s3_store(gateway, confined)
    assert org.get(envelope_key) == envelope
    assert org.get(result_key) == result


def test_a_wrong_key_gives_a_clear_message(gateway: Gateway, bucket: str) -> None:
    from reviewer.exchange.s3 import S3Settings, S3Store

    access, _ = gateway.keys["ws-a"]
    store = S3Store(S3Settings(endpoint=gateway.endpoint, bucket=bucket), access, "wrong")
    with pytest.raises(ExchangeDenied, match="refused this workstation's key"):
        store.list(A.inbox)


def test_an_unreachable_store_is_unavailable_not_denied() -> None:
    from reviewer.core.exchange import ExchangeUnavailable
    from reviewer.exchange.s3 import S3Settings, S3Store

    store = S3Store(S3Settings(endpoint="http://127.0.0.1:9", bucket="b"), "k", "s",
                    connect_timeout=1)
    with pytest.raises(ExchangeUnavailable, match="could not be reached"):
        store.list(A.inbox)


def test_the_policy_command_prints_it() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reviewer", "org", "s3-policy", "--bucket", "exchange",
         "--workstation", "ws-a=" + principal("ws-a"), "--lead", principal("lead")],
        capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    sids = [s["Sid"] for s in json.loads(result.stdout)["Statement"]]
    assert sids == ["ws-a-list-inbox", "ws-a-take-inbox", "ws-a-send", "ws-a-list-sent",
                    "ws-a-resume-send", "leads-list-escalations", "leads-read-escalations",
                    "leads-send-decisions", "leads-resume-decisions"]
    bad = subprocess.run(
        [sys.executable, "-m", "reviewer", "org", "s3-policy", "--bucket", "exchange",
         "--workstation", "WS A=x"], capture_output=True, text=True, timeout=60, check=False)
    assert bad.returncode == 2
    assert "workstation name" in bad.stderr


def test_policy_refuses_a_bad_workstation_name() -> None:
    with pytest.raises(ExchangeError):
        bucket_policy("b", {"../x": "arn"}, [])


def test_a_missing_bucket_is_named(gateway: Gateway) -> None:
    store = s3_store(gateway, "no-such-bucket-here")
    with pytest.raises(ExchangeDenied, match="bucket does not exist"):
        store.list(A.inbox)


def test_a_workstation_resumes_its_own_uploads_and_no_one_elses(gateway: Gateway,
                                                                confined: str) -> None:
    from reviewer.core.exchange import UploadMissing

    org = s3_store(gateway, confined)
    ws_a, ws_b = s3_store(gateway, confined, "ws-a"), s3_store(gateway, confined, "ws-b")
    data = b"a large sealed export, in parts"
    key = A.results + object_name(data, "age")
    upload = ws_a.start_upload(key)
    etag = ws_a.put_part(key, upload, 1, data)
    assert ws_a.uploaded_parts(key, upload) == {1: (etag, len(data))}
    for attempt in (lambda: ws_b.uploaded_parts(key, upload),
                    lambda: ws_b.put_part(key, upload, 2, b"forged"),
                    lambda: ws_b.abort_upload(key, upload),
                    lambda: ws_b.exists(key)):
        with pytest.raises(ExchangeDenied):
            attempt()
    assert ws_a.complete_upload(key, upload, [(1, etag)]) is True
    assert ws_a.exists(key)  # it may see the names it sent
    assert org.get(key) == data  # the organisation has full control
    again = ws_a.start_upload(key)
    ws_a.abort_upload(key, again)
    ws_a.abort_upload(key, again)  # repeated: harmless
    with pytest.raises(UploadMissing):  # as the owner sees it; a confined workstation is
        org.uploaded_parts(key, again)  # refused instead (test_sync_resume.py)


def test_a_multipart_upload_without_the_owner_grant_stays_in_the_organisations_hands(
        gateway: Gateway, confined: str) -> None:
    """Ceph 16 checks no ACL condition on a multipart upload's first request, so the policy
    accepts it with `StringEqualsIfExists` (core/exchange_policy.py): a client that leaves
    the grant out there uploads an object the organisation cannot read. It can still see
    and delete it: a workstation can withhold its results this way, as it could by sending
    nothing; it cannot hide or change anything else. Every part must carry the grant."""
    import boto3
    import botocore.config

    access, secret = gateway.keys["ws-a"]
    raw = boto3.session.Session().client(
        "s3", endpoint_url=gateway.endpoint, aws_access_key_id=access,
        aws_secret_access_key=secret,
        config=botocore.config.Config(region_name="us-east-1", s3={"addressing_style": "path"},
                                      request_checksum_calculation="when_required",
                                      response_checksum_validation="when_required"))
    key = A.results + object_name(b"withheld", "age")
    upload = raw.create_multipart_upload(Bucket=confined, Key=key)["UploadId"]
    with pytest.raises(botocore.exceptions.ClientError, match="AccessDenied"):
        raw.upload_part(Bucket=confined, Key=key, UploadId=upload, PartNumber=1,
                        Body=b"withheld")  # a part without the grant is refused
    org = s3_store(gateway, confined)
    assert org.list(A.results) == []
    raw.abort_multipart_upload(Bucket=confined, Key=key, UploadId=upload)
