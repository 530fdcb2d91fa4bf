"""HTTPS to the store as companies run it, against the real gateway serving TLS with a
certificate from a CA made for this session (the "organisation's CA"): the system's trust
store plus that CA, a certificate failure refused at once with one line, a certificate for
another host refused, and plain http:// only to this machine."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
import time
from pathlib import Path

import keyring.backend
import pytest

from reviewer.core.errors import RefusedInput
from reviewer.core.exchange import ExchangeDenied, ExchangeUnavailable, Layout, object_name
from reviewer.core.trust import TrustRefused
from reviewer.exchange import trust_bundle
from reviewer.exchange.s3 import S3Settings, S3Store
from reviewer.trust.tls_ca import organisation_ca, read_organisation_ca
from reviewer.workflows.spool import Spool
from tests.exchange.conftest import s3_store
from tests.support.ceph_gateway import Gateway
from tests.support.connect_proxy import running_proxy
from tests.support.tls_material import TestCA

ROOT = Path(__file__).resolve().parents[2]
WS = Layout("ws-a")
FALLBACK = "/nonexistent/library-bundle.pem"  # never used where the system has a store
PROXY_VARIABLES = {"http_proxy", "https_proxy", "no_proxy", "all_proxy"}


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without any proxy setting, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in PROXY_VARIABLES}
    return {**env, **extra}


def sync(*args: str, env: dict[str, str] | None = None,
         timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reviewer", "sync", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                          check=False, env=env or clean_env())


def system_store() -> str:
    path = trust_bundle.system_ca_file()
    assert path is not None, "no system CA store: Debian's ca-certificates is expected here"
    return path


def tls_gateway(gateway: Gateway) -> Gateway:
    if not gateway.tls_endpoint or not gateway.ca_pem:
        pytest.fail("the session's gateway serves no HTTPS (REVIEWER_S3_TLS_PORT and "
                    "REVIEWER_S3_TLS_CA must come with REVIEWER_S3_ENDPOINT)")
    return gateway


def args_for(endpoint: str, bucket: str, spool: Path, *more: str) -> list[str]:
    return ["--endpoint", endpoint, "--bucket", bucket, "--workstation", WS.workstation,
            "--spool", str(spool), *more]


@pytest.fixture
def ca_file(gateway: Gateway, tmp_path: Path) -> Path:
    path = tmp_path / "org-ca.pem"
    path.write_text(tls_gateway(gateway).ca_pem)
    return path


def one_round(org: S3Store, spool: Spool) -> tuple[bytes, str]:
    package = os.urandom(50_000)
    org.put_new(WS.inbox + object_name(package, "rpkg"), package)
    staged = spool.stage("results", os.urandom(1000))
    return package, staged.name


# ------------------------------------------------------------------ over HTTPS, real gateway

def test_with_the_organisation_ca_a_round_works_over_https(
        gateway: Gateway, open_bucket: str, credentials: None, ca_file: Path,
        tmp_path: Path) -> None:
    org = s3_store(gateway, open_bucket)
    spool = Spool(tmp_path / "spool")
    package, result_name = one_round(org, spool)
    result = sync(*args_for(gateway.tls_endpoint, open_bucket, spool.root, "--ca-bundle",
                            str(ca_file), "--once"))
    assert result.returncode == 0, result.stderr
    assert "uploaded 1, downloaded 1" in result.stdout
    assert [p.read_bytes() for p in spool.waiting()] == [package]
    assert org.list(WS.results) == [WS.results + result_name]


@pytest.mark.parametrize("once", [True, False], ids=["once", "service"])
def test_without_the_organisation_ca_the_sync_refuses_at_once(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path,
        once: bool) -> None:
    """A certificate failure is a refusal, not "unavailable": one line, exit code 2, no
    retries (as a service, without --once, it would otherwise retry for ever)."""
    tls_gateway(gateway)
    spool = Spool(tmp_path / "spool")
    spool.stage("results", b"waits for a trusted store")
    started = time.monotonic()
    result = sync(*args_for(gateway.tls_endpoint, open_bucket, spool.root,
                            *(["--once"] if once else ["--interval", "1"])), timeout=60)
    elapsed = time.monotonic() - started
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "certificate is not trusted (unable to get local issuer certificate)" in lines[0]
    assert "Traceback" not in result.stderr
    state = spool.sync_state()  # for the window: "The store's certificate is not trusted"
    assert state is not None
    assert state.codes[0] == "store_certificate_untrusted"
    assert elapsed < 15  # no back-off rounds (five attempts would add several seconds)
    assert spool.waiting_to_upload() == 1  # nothing was sent, nothing lost


def test_a_certificate_for_another_host_is_refused(
        gateway: Gateway, open_bucket: str, credentials: None, ca_file: Path,
        tmp_path: Path) -> None:
    """The gateway's certificate names `localhost`; dialled as 127.0.0.1 it is a certificate
    for another host, even though its CA is trusted."""
    wrong = tls_gateway(gateway).tls_endpoint.replace("localhost", "127.0.0.1")
    result = sync(*args_for(wrong, open_bucket, tmp_path / "spool", "--ca-bundle",
                            str(ca_file), "--once"))
    assert result.returncode == 2, result.stderr
    assert "certificate is not trusted" in result.stderr
    # OpenSSL's words or urllib3's (which checks IP addresses itself)
    assert re.search(r"not valid for '127\.0\.0\.1'|hostname '127\.0\.0\.1' doesn't "
                     r"match 'localhost'", result.stderr), result.stderr
    assert "the endpoint must use a host name the certificate is for" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_ca_put_in_the_system_store_needs_no_option(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path) -> None:
    """The system's store is what OpenSSL reads (SSL_CERT_FILE here, standing in for an
    administrator's update-ca-certificates), not a library's own copy of Mozilla's list."""
    system = Path(system_store()).read_text()
    store_file = tmp_path / "system-store.pem"
    store_file.write_text(system + tls_gateway(gateway).ca_pem)
    result = sync(*args_for(gateway.tls_endpoint, open_bucket, tmp_path / "spool", "--once"),
                  env=clean_env(SSL_CERT_FILE=str(store_file)))
    assert result.returncode == 0, result.stderr


def test_the_store_object_refuses_an_untrusted_certificate_as_denied(
        gateway: Gateway, bucket: str) -> None:
    access, secret = gateway.keys["org"]
    store = S3Store(S3Settings(endpoint=tls_gateway(gateway).tls_endpoint, bucket=bucket),
                    access, secret)
    with pytest.raises(ExchangeDenied, match="certificate is not trusted"):
        store.list("")
    trusted = S3Store(S3Settings(endpoint=gateway.tls_endpoint, bucket=bucket,
                                 organisation_ca=gateway.ca_pem), access, secret)
    assert trusted.put_new("inbox/ws-a/" + object_name(b"x", "rpkg"), b"x")


def test_the_organisation_ca_may_come_as_a_file_too(
        gateway: Gateway, bucket: str, tmp_path: Path) -> None:
    access, secret = gateway.keys["org"]
    (tmp_path / "ca.pem").write_text(tls_gateway(gateway).ca_pem)
    store = S3Store(S3Settings(endpoint=gateway.tls_endpoint, bucket=bucket,
                               ca_bundle=str(tmp_path / "ca.pem")), access, secret)
    assert store.put_new("inbox/ws-a/" + object_name(b"y", "rpkg"), b"y")
    with pytest.raises(RefusedInput, match="cannot be read as PEM text"):
        S3Store(S3Settings(endpoint=gateway.tls_endpoint, bucket=bucket,
                           ca_bundle=str(tmp_path / "missing.pem")), access, secret)


def test_a_tls_failure_that_is_not_the_certificates_is_unavailable_not_refused(
        gateway: Gateway, bucket: str) -> None:
    """HTTPS to a port that answers in plain HTTP (as a store half-restarted behind a
    balancer might): retried as "unavailable", never reported as a certificate refusal."""
    access, secret = gateway.keys["org"]
    plain_port = gateway.endpoint.rsplit(":", 1)[1]
    store = S3Store(S3Settings(endpoint=f"https://127.0.0.1:{plain_port}", bucket=bucket,
                               organisation_ca=gateway.ca_pem), access, secret)
    with pytest.raises(ExchangeUnavailable, match="could not be reached"):
        store.list("")


# ------------------------------------------------------------------ the trust bundle

def test_the_bundle_is_the_system_store_plus_the_organisation_ca_in_a_private_file() -> None:
    ca = TestCA().pem
    path = Path(trust_bundle.verify_path(ca, FALLBACK))
    system = Path(system_store()).read_bytes()
    data = path.read_bytes()
    assert data.startswith(system)  # nothing of the system's store dropped
    assert data.endswith(ca.encode())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.stat().st_uid == os.getuid()
    assert trust_bundle.verify_path(ca, FALLBACK) == str(path)  # one file per process and CA
    assert trust_bundle.verify_path("", FALLBACK) == system_store()


def test_the_bundle_is_removed_when_the_process_exits(tmp_path: Path) -> None:
    code = ("from reviewer.exchange import trust_bundle\n"
            "from tests.support.tls_material import TestCA\n"
            "print(trust_bundle.verify_path(TestCA().pem, ''))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, check=False,
                            env=clean_env(XDG_RUNTIME_DIR=str(tmp_path)))
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path.parent == tmp_path  # the user's runtime folder when there is one
    assert not path.exists()


# ------------------------------------------------------------------ what counts as a CA

def test_ca_certificates_are_accepted_and_re_encoded() -> None:
    one, two = TestCA("One").pem, TestCA("Two").pem
    got = organisation_ca(f"# our CAs\n{one}\nsome comment\n{two}", "profile")
    assert got == one + two


@pytest.mark.parametrize("what", ["server certificate", "private key", "garbage", "empty",
                                  "expired", "unclosed"])
def test_anything_but_ca_certificates_is_refused_with_one_line(what: str) -> None:
    ca = TestCA()
    pem = {
        "server certificate": ca.pem + ca.issue_server(["s3.example.org"]).cert_pem,
        "private key": ca.pem + ca.key_pem(),
        "garbage": "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n",
        "empty": "",
        "expired": TestCA(expired=True).pem,
        "unclosed": ca.pem.replace("-----END CERTIFICATE-----", ""),
    }[what]
    expected = {
        "server certificate": "certificate 2 (.*CN=s3.example.org.*) is not a CA certificate",
        "private key": "holds a PRIVATE KEY, not only CA certificates",
        "garbage": "certificate 1 cannot be read",
        "empty": "no PEM certificate in it",
        "expired": "certificate 1 .* expired on",
        "unclosed": "a PEM block is not closed",
    }[what]
    with pytest.raises(TrustRefused, match=expected) as refused:
        organisation_ca(pem, "ca.pem")
    assert "\n" not in str(refused.value)
    assert str(refused.value).startswith("the organisation's CA certificates (ca.pem): ")


def test_a_der_or_missing_file_is_refused(tmp_path: Path) -> None:
    der = tmp_path / "ca.der"
    der.write_bytes(b"\x30\x82\x01\x0a\xff\xfe")
    with pytest.raises(TrustRefused, match="not PEM text"):
        read_organisation_ca(str(der))
    with pytest.raises(TrustRefused, match="cannot be read"):
        read_organisation_ca(str(tmp_path / "missing.pem"))


def test_the_sync_command_refuses_a_server_certificate_as_the_ca(
        gateway: Gateway, credentials: None, tmp_path: Path) -> None:
    leaf = tmp_path / "leaf.pem"
    leaf.write_text(TestCA().issue_server(["localhost"]).cert_pem)
    result = sync(*args_for(tls_gateway(gateway).tls_endpoint, "exchange-bucket",
                            tmp_path / "spool", "--ca-bundle", str(leaf), "--once"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "reviewer: sync: the organisation's CA certificates "
        f"({leaf}): certificate 1 (CN=localhost,O=Example Org (test)) is not a CA "
        "certificate (a server's own certificate does not belong here)"]
    state = Spool(tmp_path / "spool").sync_state()  # "The organisation's CA certificates…"
    assert state is not None
    assert state.codes[:2] == ("sync_ca_invalid", "trust_refused")


# ------------------------------------------------------------------ plain http

@pytest.mark.parametrize("endpoint", ["http://127.0.0.1:7480", "http://localhost:7480",
                                      "http://[::1]:7480", "http://127.1.2.3",
                                      "https://s3.example.org", "https://10.0.0.5:8443/s3"])
def test_https_anywhere_and_plain_http_to_this_machine_are_accepted(endpoint: str) -> None:
    S3Settings(endpoint=endpoint, bucket="b")


@pytest.mark.parametrize("endpoint", ["http://s3.example.org", "http://10.0.0.5:7480",
                                      "http://localhost.example.org", "http://[::2]:80",
                                      "ftp://127.0.0.1", "s3.example.org", "https://"])
def test_plain_http_to_another_computer_is_refused(endpoint: str) -> None:
    with pytest.raises(RefusedInput, match="endpoint"):
        S3Settings(endpoint=endpoint, bucket="b")


def test_the_sync_command_refuses_plain_http_to_another_computer(
        secret_service: keyring.backend.KeyringBackend, tmp_path: Path) -> None:
    result = sync(*args_for("http://s3.example.org", "exchange-bucket", tmp_path / "spool",
                            "--once"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("reviewer: sync: ")
    assert "http://" in lines[0]
    assert "use https://" in lines[0]


def test_where_the_system_has_no_ca_file_the_librarys_copy_stands_in(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Windows and macOS keep their stores outside files."""
    import ssl
    import types

    nowhere = types.SimpleNamespace(cafile=None, openssl_cafile=str(tmp_path / "none.pem"))
    monkeypatch.setattr(ssl, "get_default_verify_paths", lambda: nowhere)
    library = tmp_path / "library.pem"
    library.write_text(TestCA("Library").pem)
    assert trust_bundle.verify_path("", str(library)) == str(library)
    ca = TestCA().pem
    bundle = Path(trust_bundle.verify_path(ca, str(library)))
    assert bundle.read_text().startswith(library.read_text())
    assert bundle.read_text().endswith(ca)


# ------------------------------------------------------------------ proxies

@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy"])
def test_the_sync_goes_through_the_https_proxy_of_its_environment(
        gateway: Gateway, open_bucket: str, credentials: None, ca_file: Path,
        tmp_path: Path, variable: str) -> None:
    org = s3_store(gateway, open_bucket)
    spool = Spool(tmp_path / "spool")
    package, result_name = one_round(org, spool)
    target = tls_gateway(gateway).tls_endpoint.removeprefix("https://")
    with running_proxy() as proxy:
        result = sync(*args_for(gateway.tls_endpoint, open_bucket, spool.root, "--ca-bundle",
                                str(ca_file), "--once"),
                      env=clean_env(**{variable: proxy.url}))
        seen = proxy.connects()
    assert result.returncode == 0, result.stderr
    assert "uploaded 1, downloaded 1" in result.stdout
    assert seen
    assert set(seen) == {f"CONNECT {target}"}  # every request, through the tunnel
    assert [p.read_bytes() for p in spool.waiting()] == [package]
    assert org.list(WS.results) == [WS.results + result_name]


@pytest.mark.parametrize("variable", ["NO_PROXY", "no_proxy"])
def test_no_proxy_sends_the_sync_straight_to_the_store(
        gateway: Gateway, open_bucket: str, credentials: None, ca_file: Path,
        tmp_path: Path, variable: str) -> None:
    with running_proxy() as proxy:
        result = sync(*args_for(tls_gateway(gateway).tls_endpoint, open_bucket,
                                tmp_path / "spool", "--ca-bundle", str(ca_file), "--once"),
                      env=clean_env(HTTPS_PROXY=proxy.url, **{variable: "example.org,localhost"}))
        seen = proxy.connects()
    assert result.returncode == 0, result.stderr
    assert seen == []


def test_plain_http_to_this_machine_honours_http_proxy_and_no_proxy(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path) -> None:
    """HTTP_PROXY for an http:// store; NO_PROXY=127.0.0.1 takes it off the proxy. (This
    proxy only tunnels: the proxied round fails, and says the store was unavailable.)"""
    args = args_for(gateway.endpoint, open_bucket, tmp_path / "spool", "--once")
    with running_proxy() as proxy:
        proxied = sync(*args, env=clean_env(HTTP_PROXY=proxy.url))
        through = proxy.connects()
        direct = sync(*args, env=clean_env(HTTP_PROXY=proxy.url, NO_PROXY="127.0.0.1"))
        after = proxy.connects()
    assert proxied.returncode == 1, proxied.stderr
    assert "502" in proxied.stderr
    assert through
    assert all(line.startswith(f"GET {gateway.endpoint}/{open_bucket}") for line in through)
    assert direct.returncode == 0, direct.stderr
    assert after == through  # nothing more went through the proxy


def test_an_https_proxy_is_checked_against_the_same_trust(
        gateway: Gateway, open_bucket: str, credentials: None, tmp_path: Path) -> None:
    """A proxy that speaks TLS itself, with a certificate from a second organisation CA:
    trusted when that CA is among the organisation's, refused (one line) when not."""
    import ssl

    proxy_ca = TestCA("Example Org Proxy CA (test)")
    issued = proxy_ca.issue_server(["localhost"])
    (tmp_path / "proxy.pem").write_text(issued.cert_pem + issued.key_pem)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "proxy.pem")
    both = tmp_path / "both-cas.pem"
    both.write_text(tls_gateway(gateway).ca_pem + proxy_ca.pem)
    store_only = tmp_path / "store-ca.pem"
    store_only.write_text(gateway.ca_pem)
    target = gateway.tls_endpoint.removeprefix("https://")
    with running_proxy(context) as proxy:
        trusted = sync(*args_for(gateway.tls_endpoint, open_bucket, tmp_path / "spool",
                                 "--ca-bundle", str(both), "--once"),
                       env=clean_env(HTTPS_PROXY=proxy.url))
        seen = proxy.connects()
        untrusted = sync(*args_for(gateway.tls_endpoint, open_bucket, tmp_path / "spool",
                                   "--ca-bundle", str(store_only), "--once"),
                         env=clean_env(HTTPS_PROXY=proxy.url))
    assert trusted.returncode == 0, trusted.stderr
    assert seen
    assert set(seen) == {f"CONNECT {target}"}
    assert untrusted.returncode == 2, untrusted.stderr
    assert len(untrusted.stderr.strip().splitlines()) == 1
    assert "the proxy's certificate is not trusted" in untrusted.stderr
