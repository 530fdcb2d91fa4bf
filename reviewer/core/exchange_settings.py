"""The S3 exchange a signed profile names (`exchange.s3`): where this workstation's sync
process finds the organisation's object store.

Every field has an exact shape and anything else is refused (the profile is signed, but a
field that will be put into a URL, a bucket request or a trust store still gets checked):

    {"endpoint": "https://s3.example.org[:port]",  http:// only for a loopback host
     "bucket": "exchange",                         an S3 bucket name
     "region": "us-east-1",
     "prefix": "" | "team-a/",                     a folder inside the bucket
     "workstation": "ws-017",                      this workstation's exchange name
     "ca_certificates": "-----BEGIN CERTIFICATE-----...",  the organisation's CA (PEM), or ""
     "poll_seconds": 60}                           10-3600
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reviewer.core.exchange import WORKSTATION_PATTERN

_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_REGION = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")
_PREFIX = re.compile(r"^(?:[a-z0-9][a-z0-9._-]{0,62}/){1,4}$")
_HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$")
# Parsed by hand, not by urllib: core opens no network and imports nothing that does.
_URL = re.compile(r"^(https?)://(\[[0-9A-Fa-f:.]{2,45}\]|[^/:\[\]]{1,253})(?::([0-9]{1,5}))?/?$")
_WORKSTATION = re.compile(WORKSTATION_PATTERN)
_PEM_BEGIN = "-----BEGIN CERTIFICATE-----"
KEYS = frozenset({"endpoint", "bucket", "region", "prefix", "workstation", "ca_certificates",
                  "poll_seconds"})
MAX_CA_TEXT = 65536


class SettingsRefused(ValueError):
    """`field: why` (never the value)."""


@dataclass(frozen=True)
class S3Exchange:
    endpoint: str
    bucket: str
    workstation: str
    region: str = "us-east-1"
    prefix: str = ""
    ca_certificates: str = ""
    poll_seconds: int = 60

    def to_json(self) -> dict[str, Any]:
        return {"endpoint": self.endpoint, "bucket": self.bucket, "region": self.region,
                "prefix": self.prefix, "workstation": self.workstation,
                "ca_certificates": self.ca_certificates, "poll_seconds": self.poll_seconds}


def parse_s3_exchange(data: object) -> S3Exchange:
    """The settings in `data`, each field checked; SettingsRefused names the first bad one."""
    if not isinstance(data, Mapping):
        raise SettingsRefused("s3: must be an object")
    unknown = set(data) - KEYS
    if unknown:
        raise SettingsRefused(f"s3: unknown field {sorted(unknown)[0][:40]!r}")
    for required in ("endpoint", "bucket", "workstation"):
        if required not in data:
            raise SettingsRefused(f"s3.{required}: missing")
    poll = data.get("poll_seconds", 60)
    if isinstance(poll, bool) or not isinstance(poll, int) or not 10 <= poll <= 3600:
        raise SettingsRefused("s3.poll_seconds: must be a whole number from 10 to 3600")
    return S3Exchange(
        endpoint=check_endpoint(_text(data, "endpoint", 256)),
        bucket=_shaped(data, "bucket", _BUCKET, "must be an S3 bucket name (3-63 lower-case "
                                               "letters, digits, '.' and '-')"),
        workstation=_shaped(data, "workstation", _WORKSTATION,
                            "must be 1-63 lower-case letters, digits and '-'"),
        region=_shaped(data, "region", _REGION, "must be a region name such as us-east-1",
                       default="us-east-1"),
        prefix=_shaped(data, "prefix", _PREFIX, "must be '' or up to four lower-case folder "
                                               "names, each ending with '/'", default=""),
        ca_certificates=_ca_text(data.get("ca_certificates", "")),
        poll_seconds=poll)


def check_endpoint(url: str) -> str:
    """`https://host[:port]` (an optional trailing `/`); `http://` only for a loopback host
    (a gateway on this machine, as in tests): credentials and sealed files never cross a
    network in clear text, and nothing rides in a path, query or user part."""
    match = _URL.fullmatch(url)
    host = match.group(2).strip("[]") if match else ""
    if match is None or not (_HOST.fullmatch(host) or _ip(host)):
        raise SettingsRefused("s3.endpoint: must be https://HOST[:PORT]")
    if match.group(3) is not None and not 0 < int(match.group(3)) < 65536:
        raise SettingsRefused("s3.endpoint: port out of range")
    if match.group(1) == "http" and not is_loopback_host(host):
        raise SettingsRefused("s3.endpoint: http:// is allowed only for a loopback address; "
                              "use https://")
    return url.rstrip("/")


def _ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def is_loopback_host(host: str) -> bool:
    """`localhost` (RFC 6761: always the loopback interface) or a loopback address."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _text(data: Mapping[str, object], key: str, limit: int) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value or len(value) > limit or not value.isascii() \
            or not value.isprintable():
        raise SettingsRefused(f"s3.{key}: must be printable ASCII text of at most {limit} "
                              "characters")
    return value


def _shaped(data: Mapping[str, object], key: str, shape: re.Pattern[str], why: str, *,
            default: str | None = None) -> str:
    value = data.get(key, default)
    if value == "" and default == "":
        return ""
    if not isinstance(value, str) or not shape.fullmatch(value):
        raise SettingsRefused(f"s3.{key}: {why}")
    return value


def _ca_text(value: object) -> str:
    """PEM text of CA certificates, or "" (the system's trust store alone). Only its shape is
    checked here; the sync process parses the certificates before trusting them."""
    if value == "":
        return ""
    if (not isinstance(value, str) or len(value) > MAX_CA_TEXT or not value.isascii()
            or _PEM_BEGIN not in value or "\x00" in value):
        raise SettingsRefused("s3.ca_certificates: must be PEM text of CA certificates "
                              f"(at most {MAX_CA_TEXT} characters)")
    return value
