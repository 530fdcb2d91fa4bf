"""The exchange on an S3-compatible object store (AWS S3, Ceph RADOS Gateway, MinIO), through
boto3: the only module that imports it.

Create-only writes are `PutObject` with `If-None-Match: *` (the store answers 412 when the
key exists). Every object is uploaded with `bucket-owner-full-control`: on Ceph an object
belongs to its uploader, and the organisation (the bucket's owner) must be able to read and
delete it. boto3 >= 1.36 adds CRC32 checksum headers by default that some stores (Ceph 16)
ignore or refuse: checksums are sent and checked only where an operation requires them.

Large objects: multipart uploads (each part sent with its Content-MD5, which the store
checks) and ranged GETs; workflows/transfer.py keeps the state that lets them resume.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import re
import ssl
import urllib.parse
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import boto3
import botocore.config
import botocore.exceptions
import botocore.httpsession

from reviewer.core.errors import RefusedInput
from reviewer.core.exchange import (
    ExchangeDenied,
    ExchangeUnavailable,
    ObjectMissing,
    UploadMissing,
    check_key,
)
from reviewer.core.exchange_settings import is_loopback_host
from reviewer.exchange import trust_bundle

_DENIED = {"AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "AllAccessDisabled",
           "AccountProblem", "InvalidToken", "ExpiredToken", "403"}
# Refusals of the key itself (unknown, wrong secret, expired), not of what it may reach.
_KEY_REFUSED = {"InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken", "ExpiredToken"}
_MISSING = {"NoSuchKey", "404", "NotFound"}
_EXISTS = {"PreconditionFailed", "412"}
_TOTAL = re.compile(r"/(\d+)$")  # the whole size at the end of a Content-Range header


@dataclass(frozen=True)
class S3Settings:
    endpoint: str  # https://... (http only for a store on this machine: a loopback address)
    bucket: str
    region: str = "us-east-1"
    root: str = ""  # a prefix inside the bucket ("" or "something/")
    # The organisation's CA certificates, trusted on top of the system's store (exchange/
    # trust_bundle.py): as PEM text (from the signed profile), or a PEM file, or both. The
    # caller checks them first (reviewer.trust.tls_ca: CA certificates only).
    organisation_ca: str = ""
    ca_bundle: str | None = None

    def __post_init__(self) -> None:
        check_endpoint(self.endpoint)


def check_endpoint(endpoint: str) -> None:
    """https://HOST[:PORT][/path], or http:// to a loopback address only: anything that
    leaves this machine travels under TLS (credentials sign requests, but listings, sizes
    and timing would be in clear, and a path could be redirected)."""
    url = urllib.parse.urlsplit(endpoint)
    host = url.hostname or ""
    if url.scheme not in ("https", "http") or not host:
        raise RefusedInput(f"the store's endpoint must be an https:// address, not "
                           f"{endpoint!r}", code="store_endpoint_invalid")
    if url.scheme == "http" and not is_loopback_host(host):
        raise RefusedInput(f"the store's endpoint {endpoint} is plain http:// to another "
                           "computer: use https:// (plain http is for a store on this "
                           "machine only)", code="store_endpoint_plain_http")


class S3Store:
    def __init__(self, settings: S3Settings, access_key: str, secret_key: str, *,
                 connect_timeout: float = 5.0, read_timeout: float = 30.0) -> None:
        self.settings = settings
        self._root = settings.root
        config = botocore.config.Config(
            region_name=settings.region,
            signature_version="s3v4",
            s3={"addressing_style": "path"},
            request_checksum_calculation="when_required",
            response_checksum_validation="when_required",
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            # One attempt per call: the sync loop owns retries (back-off with jitter).
            retries={"max_attempts": 1, "mode": "standard"},
        )
        self._client: Any = boto3.session.Session().client(
            "s3", endpoint_url=settings.endpoint, aws_access_key_id=access_key,
            aws_secret_access_key=secret_key, config=config,
            verify=trust_bundle.verify_path(_organisation_pem(settings),
                                            fallback=botocore.httpsession.get_cert_path(True)))
        _owner_acl_on_parts(self._client)

    def list(self, prefix: str) -> list[str]:
        keys: list[str] = []
        paginator = self._client.get_paginator("list_objects_v2")
        with _translated("list"):
            for page in paginator.paginate(Bucket=self.settings.bucket,
                                           Prefix=self._root + prefix):
                keys.extend(o["Key"][len(self._root):] for o in page.get("Contents", []))
        return sorted(keys)

    def put_new(self, key: str, data: bytes) -> bool:
        try:
            with _translated("upload"):
                self._client.put_object(Bucket=self.settings.bucket,
                                        Key=self._root + check_key(key), Body=data,
                                        IfNoneMatch="*", ACL="bucket-owner-full-control")
        except _Exists:
            return False
        return True

    def get(self, key: str) -> bytes:
        with _translated("download"):
            answer = self._client.get_object(Bucket=self.settings.bucket,
                                             Key=self._root + check_key(key))
            body: bytes = answer["Body"].read()
        return body

    def delete(self, key: str) -> None:
        with _translated("delete"):
            self._client.delete_object(Bucket=self.settings.bucket,
                                       Key=self._root + check_key(key))

    def exists(self, key: str) -> bool:
        # A listing, not a HEAD: a workstation may see the names under its own results but
        # not read them (core/exchange_policy.py), and a HEAD needs read access.
        full = self._root + check_key(key)
        with _translated("check"):
            answer = self._client.list_objects_v2(Bucket=self.settings.bucket, Prefix=full,
                                                  MaxKeys=1)
        return any(o["Key"] == full for o in answer.get("Contents", []))

    def get_range(self, key: str, start: int, length: int) -> tuple[bytes, int]:
        where = {"Bucket": self.settings.bucket, "Key": self._root + check_key(key)}
        with _translated("download"):
            try:
                answer = self._client.get_object(**where,
                                                 Range=f"bytes={start}-{start + length - 1}")
            except botocore.exceptions.ClientError as exc:
                if exc.response.get("Error", {}).get("Code") != "InvalidRange":
                    raise
                # At or past the end (or an empty object): nothing more to read.
                header = exc.response.get("ResponseMetadata", {}).get("HTTPHeaders", {})
                found = _TOTAL.search(str(header.get("content-range", "")))
                if found:
                    return b"", int(found.group(1))
                return b"", int(self._client.head_object(**where)["ContentLength"])
            body: bytes = answer["Body"].read()
            found = _TOTAL.search(str(answer.get("ContentRange", "")))
            return body, int(found.group(1)) if found else len(body)

    def start_upload(self, key: str) -> str:
        with _upload_call():
            answer = self._client.create_multipart_upload(
                Bucket=self.settings.bucket, Key=self._root + check_key(key),
                ACL="bucket-owner-full-control")
        return str(answer["UploadId"])

    def put_part(self, key: str, upload: str, number: int, data: bytes) -> str:
        digest = hashlib.md5(data, usedforsecurity=False).digest()
        with _upload_call():
            answer = self._client.upload_part(
                Bucket=self.settings.bucket, Key=self._root + check_key(key), UploadId=upload,
                PartNumber=number, Body=data, ContentMD5=base64.b64encode(digest).decode())
        return str(answer["ETag"]).strip('"')

    def uploaded_parts(self, key: str, upload: str) -> dict[int, tuple[str, int]]:
        parts: dict[int, tuple[str, int]] = {}
        paginator = self._client.get_paginator("list_parts")
        with _upload_call():
            for page in paginator.paginate(Bucket=self.settings.bucket,
                                           Key=self._root + check_key(key), UploadId=upload):
                for part in page.get("Parts", []):
                    parts[int(part["PartNumber"])] = (str(part["ETag"]).strip('"'),
                                                      int(part["Size"]))
        return parts

    def complete_upload(self, key: str, upload: str, parts: Sequence[tuple[int, str]]) -> bool:
        # Create-only, as put_new. Ceph 16 ignores If-None-Match on completion (it replaced
        # an existing object when tried), so the key is checked first; the header still
        # makes it atomic where the store honours it (AWS S3). Two writers that both pass the
        # check can only write the same bytes: the name is their hash, so the second
        # completion replaces the object with an identical copy, which is harmless.
        if self.exists(key):
            # A retry after a completion whose answer was lost: the upload is gone, and a
            # workstation under the bucket policy is refused (not told so) when aborting it.
            with contextlib.suppress(ExchangeDenied):
                self.abort_upload(key, upload)
            return False
        try:
            with _upload_call():
                self._client.complete_multipart_upload(
                    Bucket=self.settings.bucket, Key=self._root + check_key(key),
                    UploadId=upload, IfNoneMatch="*",
                    MultipartUpload={"Parts": [{"PartNumber": n, "ETag": f'"{etag}"'}
                                               for n, etag in parts]})
        except _Exists:
            self.abort_upload(key, upload)
            return False
        return True

    def abort_upload(self, key: str, upload: str) -> None:
        with contextlib.suppress(UploadMissing), _upload_call():
            self._client.abort_multipart_upload(Bucket=self.settings.bucket,
                                                Key=self._root + check_key(key),
                                                UploadId=upload)


def _owner_acl_on_parts(client: Any) -> None:
    """Sends `x-amz-acl: bucket-owner-full-control` on a multipart upload's parts and
    completion too: Ceph checks the bucket policy's ACL condition on each of them
    (core/exchange_policy.py), and boto3 has no ACL parameter for those calls."""
    def add(request: Any, **_: Any) -> None:
        request.headers["x-amz-acl"] = "bucket-owner-full-control"

    for operation in ("UploadPart", "CompleteMultipartUpload"):
        client.meta.events.register(f"before-sign.s3.{operation}", add)


def _organisation_pem(settings: S3Settings) -> str:
    pem = settings.organisation_ca
    if settings.ca_bundle:
        try:
            pem += Path(settings.ca_bundle).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            raise RefusedInput(f"the organisation's CA certificates ({settings.ca_bundle}): "
                               "cannot be read as PEM text", code="ca_bundle_unreadable") from None
    return pem


class _Exists(Exception):
    pass


@contextlib.contextmanager
def _upload_call() -> Iterator[None]:
    """A multipart call: any "not found" means the upload is gone (Ceph answers NoSuchKey
    for the parts of a completed upload, AWS NoSuchUpload)."""
    try:
        with _translated("upload"):
            yield
    except UploadMissing:
        raise
    except ObjectMissing:
        raise UploadMissing("upload: the store no longer has this upload",
                            action="upload") from None


@contextlib.contextmanager
def _translated(action: str) -> Iterator[None]:
    """Turns botocore's exceptions into the port's (one clear line each, with a code for the
    window and the action as its only value: ui/sync_wording.py)."""
    try:
        yield
    except botocore.exceptions.ClientError as exc:
        err = exc.response.get("Error", {})
        code = str(err.get("Code", ""))
        status = str(exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", ""))
        if code in _EXISTS or status == "412":
            raise _Exists from None
        if code == "NoSuchUpload":
            raise UploadMissing(f"{action}: the store no longer has this upload",
                                action=action) from None
        if code == "NoSuchBucket":
            raise ExchangeDenied(f"{action}: the bucket does not exist",
                                 code="store_bucket_missing", action=action) from None
        if code in _MISSING or status == "404":
            raise ObjectMissing(f"{action}: no such object", action=action) from None
        if code == "RequestTimeTooSkewed":
            raise ExchangeDenied(f"{action}: the store refused the request because this "
                                 "computer's clock is off; set the clock (NTP) and try "
                                 "again", code="store_clock_skew", action=action) from None
        if code in _DENIED or status == "403":
            # The store's own error code (an S3 name or an HTTP status) is no secret, and
            # tells IT which refusal it was.
            raise ExchangeDenied(f"{action}: the store refused this workstation's key or this "
                                 f"folder ({code or status}); check the credentials in the "
                                 "keyring",
                                 code="store_key_refused" if code in _KEY_REFUSED
                                 else "store_access_refused",
                                 action=action, answer=code or status) from None
        raise ExchangeUnavailable(f"{action}: the store answered {code or status}",
                                  code="store_answered", action=action,
                                  answer=code or status) from None
    except (botocore.exceptions.SSLError, botocore.exceptions.ProxyConnectionError) as exc:
        reason = _certificate_failure(exc)
        proxy = isinstance(exc, botocore.exceptions.ProxyConnectionError)
        if reason is not None:  # a refusal: retrying cannot make it trusted
            whose = "the proxy's" if proxy else "the store's"
            wrong_host = "match" in reason.lower()
            advice = ("the endpoint must use a host name the certificate is for"
                      if wrong_host else
                      "its CA must be in this system's trust store or among the "
                      "organisation's CA certificates")
            raise ExchangeDenied(f"{action}: {whose} certificate is not trusted ({reason}); "
                                 f"{advice}",
                                 code=("proxy" if proxy else "store") + (
                                     "_certificate_wrong_host" if wrong_host
                                     else "_certificate_untrusted"),
                                 action=action) from None
        raise ExchangeUnavailable(f"{action}: the store could not be reached "
                                  f"({type(exc).__name__})",
                                  code="proxy_unreachable" if proxy else "store_unreachable",
                                  action=action) from None
    except (botocore.exceptions.BotoCoreError, OSError) as exc:
        raise ExchangeUnavailable(f"{action}: the store could not be reached "
                                  f"({type(exc).__name__})", code="store_unreachable",
                                  action=action) from None


def _certificate_failure(exc: BaseException) -> str | None:
    """Why the store's certificate was refused (OpenSSL's or urllib3's reason: "unable to get
    local issuer certificate", "hostname 'x' doesn't match 'y'"), or None when the TLS failure
    is not the certificate's (a connection cut during the handshake: a store restarting)."""
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        item = todo.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, ssl.SSLCertVerificationError):
            return str(item.verify_message or item.reason or "certificate verify failed")
        if type(item).__name__ == "CertificateError":  # urllib3's own host name check
            return str(item)
        todo += [item.__cause__, item.__context__, *item.args,
                 *getattr(item, "kwargs", {}).values()]
    return "certificate verify failed" if "CERTIFICATE_VERIFY_FAILED" in str(exc) else None
