"""The standard PDF signature on a return (PAdES baseline, with pyHanko).

A PDF reader (Acrobat, Okular, Evince, poppler's ``pdfsig``) shows a signed return as
"signed, not changed since". The certificate is self-signed, made from the group's own key
the first time a return is exported: nobody is asked for a key, a certificate or a password.
A reader therefore says the signer is "not trusted" (no authority vouches for a village
group); what it proves is that the file is exactly as the group's Partnerbook made it, and
the collection checks that the certificate's key is the one named in the signed data.

P-256 ECDSA is used here, not Ed25519 like the data signature, because PDF readers in use
today (poppler 22 among them) cannot check Ed25519 PDF signatures.
"""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, datetime, timedelta

__all__ = ["new_pdf_identity", "pdf_key_sha256", "sign_pdf"]

SIGNATURE_FIELD = "Partnerbook return"


def new_pdf_identity(group_name: str, now: datetime | None = None) -> tuple[str, str]:
    """A new P-256 key and a self-signed certificate for it (both PEM), for ``group_name``.

    The certificate runs for 30 years: a group must never find its returns refused because a
    date passed, and trust rests on the key the CVS recorded, not on the dates.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    start = (now or datetime.now(UTC)) - timedelta(days=1)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, (group_name.strip() or "A group")[:64]),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Partnerbook returns"),
        ]
    )
    usage = x509.KeyUsage(True, True, False, False, False, False, False, False, False)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=365 * 30))
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode("ascii")
    return key_pem, certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


def pdf_key_sha256(certificate_pem: str) -> str:
    """SHA-256 (hex) of the certificate's public key (DER SubjectPublicKeyInfo)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    certificate = x509.load_pem_x509_certificate(certificate_pem.encode("ascii"))
    der = certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(der).hexdigest()


def sign_pdf(pdf: bytes, key_pem: str, certificate_pem: str, reason: str = "") -> bytes:
    """The PDF with a PAdES signature over the whole file, as an incremental update."""
    import logging

    from asn1crypto import keys as asn1_keys
    from asn1crypto import pem as asn1_pem
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    logging.getLogger("pyhanko").setLevel(logging.ERROR)
    _, _, cert_der = asn1_pem.unarmor(certificate_pem.encode("ascii"))
    _, _, key_der = asn1_pem.unarmor(key_pem.encode("ascii"))
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert_der),
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=None,
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason or None,
    )
    return signers.sign_pdf(writer, meta, signer=signer).getvalue()
