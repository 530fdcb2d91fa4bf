"""Throwaway TLS material for the tests: an organisation CA, a server certificate it signs,
and the things a careless administrator might hand over instead of a CA certificate."""

from __future__ import annotations

import datetime as dt
import ipaddress
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PEM = serialization.Encoding.PEM


@dataclass(frozen=True)
class Issued:
    cert_pem: str
    key_pem: str


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _key_pem(key: ec.EllipticCurvePrivateKey) -> str:
    return key.private_bytes(PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Example Org (test)"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


class TestCA:
    """A CA that lives for one test session (its key only in memory)."""

    __test__ = False  # not a test class for pytest

    def __init__(self, common_name: str = "Example Org Root CA (test)", *,
                 days: int = 30, expired: bool = False) -> None:
        self._key = _key()
        self.name = _name(common_name)
        now = dt.datetime.now(dt.UTC)
        start, end = ((now - dt.timedelta(days=60), now - dt.timedelta(days=1)) if expired
                      else (now - dt.timedelta(hours=1), now + dt.timedelta(days=days)))
        public = self._key.public_key()
        self.cert = (
            x509.CertificateBuilder().subject_name(self.name).issuer_name(self.name)
            .public_key(public).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
            .sign(self._key, hashes.SHA256()))
        self.pem = self.cert.public_bytes(PEM).decode()

    def issue_server(self, dns_names: list[str], ips: list[str] | None = None) -> Issued:
        """A TLS server certificate for those names (and IP addresses)."""
        key = _key()
        now = dt.datetime.now(dt.UTC)
        alt: list[x509.GeneralName] = [x509.DNSName(n) for n in dns_names]
        alt += [x509.IPAddress(ipaddress.ip_address(a)) for a in ips or []]
        cert = (
            x509.CertificateBuilder().subject_name(_name(dns_names[0] if dns_names else "server"))
            .issuer_name(self.name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=7))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.SubjectAlternativeName(alt), critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                self._key.public_key()), critical=False)
            .sign(self._key, hashes.SHA256()))
        return Issued(cert.public_bytes(PEM).decode(), _key_pem(key))

    def key_pem(self) -> str:
        return _key_pem(self._key)
