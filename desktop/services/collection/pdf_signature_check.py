"""Checking the standard PDF signature on a return (PAdES, with pyHanko), at the CVS.

The data's own signature proves who made the data; this proves the PDF around it is the
file the group's Partnerbook saved: the signature must be intact, cryptographically valid,
and cover the whole file (nothing appended after it). Trust in the signer does not come
from a certificate authority (a village group has none) but from the key the collection
recorded for the group, which the signed data names (``signed_by.pdf_key_sha256``).

A return exactly as Partnerbook signs it is checked quickly on the PDF the importer has
already read (``quick_signer_key``: one signature, its byte range the whole file but the
signature itself, pyHanko's own check of the signature's integrity). Anything else, and
every failure, goes through pyHanko's full validation (``pdf_signer_key``), which gives the
reason: the quick way only ever says yes where the full one would, and costs a fraction.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

__all__ = ["pdf_signer_key", "quick_signer_key"]


def pdf_signer_key(path: Path, pdf: Any = None, data: bytes | None = None) -> tuple[str, str]:
    """("", key SHA-256) for a PDF whose one signature is good and covers it all, else
    (why not, "") in plain words.

    ``pdf`` (pypdf's reader of the file) and ``data`` (the file's bytes), when given, let a
    return signed as Partnerbook signs them be checked without reading the file again.
    """
    if pdf is not None and data is not None:
        key = quick_signer_key(pdf, data)
        if key:
            return "", key
    return _full_check(path)


def _full_check(path: Path) -> tuple[str, str]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    try:
        with path.open("rb") as fh:
            reader = PdfFileReader(fh, strict=False)
            signatures = reader.embedded_signatures
            if not signatures:
                return "it has no PDF signature any more", ""
            if len(signatures) > 1:
                return "it carries more than one PDF signature", ""
            # No trust roots: trust rests on the key the signed data names, not on an
            # authority; and nothing is ever fetched from the network.
            context = ValidationContext(trust_roots=[], allow_fetching=False)
            status = validate_pdf_signature(signatures[0], signer_validation_context=context)
    except Exception:  # pyHanko raises many kinds for a damaged file: all mean the same here
        return "its PDF signature could not be read", ""
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if not (status.intact and status.valid):
        return "its PDF signature does not match its content", ""
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return "something was added to the PDF after it was signed", ""
    key = hashlib.sha256(status.signing_cert.public_key.dump()).hexdigest()
    return "", key


_HEX = frozenset(b"0123456789abcdefABCDEF")


def quick_signer_key(pdf: Any, data: bytes) -> str:
    """The signing key's SHA-256 when the PDF is signed exactly as Partnerbook signs a
    return and the signature is good over the whole file; "" for anything else (the full
    check then decides and says why).

    Stricter than pyHanko in every step, never looser: one signature field; the byte range
    ``[0, a, b, c]`` with the gap holding exactly the signature's hex string and ``b + c``
    the file's length; one certificate, the signer's by its DER issuer and serial; a
    detached SHA-256 ECDSA (P-256) CAdES signature with exactly the signed attributes
    pyHanko writes (content type, message digest, signing certificate), naming that
    certificate, the digest that of the byte range and the signature good.
    """
    try:
        return _quick_key(pdf, data)
    except Exception:  # anything unexpected: leave it to the full check
        return ""


def _quick_key(pdf: Any, data: bytes) -> str:
    from asn1crypto import cms

    fields = _signature_fields(pdf.trailer["/Root"])
    if len(fields) != 1:
        return ""
    sig = fields[0]
    if sig.get("/Type") != "/Sig" or sig.get("/SubFilter") != "/ETSI.CAdES.detached":
        return ""
    contents = sig.get("/Contents")
    ranges = sig.get("/ByteRange")
    if not isinstance(contents, bytes) or ranges is None or len(ranges) != 4:
        return ""
    start, first, second, rest = (int(n) for n in ranges)
    gap = 2 * len(contents) + 2
    if start != 0 or first <= 0 or second != first + gap or second + rest != len(data):
        return ""
    hex_text = data[first + 1 : second - 1]
    if data[first : first + 1] != b"<" or data[second - 1 : second] != b">":
        return ""
    if not _HEX.issuperset(hex_text) or bytes.fromhex(hex_text.decode("ascii")) != contents:
        return ""
    info = cms.ContentInfo.load(bytes(contents), strict=False)  # the rest is padding
    if info["content_type"].native != "signed_data":
        return ""
    signed = info["content"]
    certificates = list(signed["certificates"] or [])
    signers = list(signed["signer_infos"])
    if len(certificates) != 1 or certificates[0].name != "certificate" or len(signers) != 1:
        return ""
    if signed["encap_content_info"]["content_type"].native != "data":
        return ""
    if signed["encap_content_info"]["content"].native is not None:  # detached only
        return ""
    cert, signer = certificates[0].chosen, signers[0]
    # The DER of the parts compared or hashed, taken before anything is looked at inside
    # them (asn1crypto encodes a part again, slowly, once it has been looked into).
    cert_der, attributes_der = cert.dump(), signer["signed_attrs"].dump()
    key_der, issuer_der = cert.public_key.dump(), cert.issuer.dump()
    sid = signer["sid"]
    if sid.name != "issuer_and_serial_number":
        return ""
    if (
        sid.chosen["issuer"].dump() != issuer_der
        or sid.chosen["serial_number"].native != cert.serial_number
    ):
        return ""
    if (
        signer["digest_algorithm"]["algorithm"].native != "sha256"
        or signer["signature_algorithm"]["algorithm"].native != "sha256_ecdsa"
    ):
        return ""
    attributes = _attributes(signer["signed_attrs"])
    if attributes is None or not _names_certificate(
        attributes["signing_certificate_v2"], cert_der, issuer_der, cert.serial_number
    ):
        return ""
    digest = hashlib.sha256()
    digest.update(memoryview(data)[:first])
    digest.update(memoryview(data)[second:])
    if attributes["content_type"].native != "data":
        return ""
    if attributes["message_digest"].native != digest.digest():
        return ""
    # The signature covers the signed attributes' DER as a SET OF (tag 0x31), not as the
    # [0] they are tagged with inside the SignerInfo: the usual CMS rule.
    if attributes_der[:1] != b"\xa0":
        return ""
    signature = bytes(signer["signature"].native)
    if not _ecdsa_sha256_valid(key_der, signature, b"\x31" + attributes_der[1:]):
        return ""
    return hashlib.sha256(key_der).hexdigest()


_SIGNED_ATTRIBUTES = frozenset({"content_type", "message_digest", "signing_certificate_v2"})


def _attributes(signed_attrs: Any) -> dict[str, Any] | None:
    """Each signed attribute's one value, when they are exactly those pyHanko writes."""
    from asn1crypto import tsp  # noqa: F401  (teaches asn1crypto the ESS attribute)

    found: dict[str, Any] = {}
    for attribute in signed_attrs:
        kind = attribute["type"].native
        if kind in found or len(attribute["values"]) != 1:
            return None
        found[kind] = attribute["values"][0]
    return found if set(found) == _SIGNED_ATTRIBUTES else None


def _ecdsa_sha256_valid(key_der: bytes, signature: bytes, signed: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import load_der_public_key

    key = load_der_public_key(key_der)
    if not isinstance(key, ec.EllipticCurvePublicKey) or key.curve.name != "secp256r1":
        return False
    try:
        key.verify(signature, signed, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True


def _names_certificate(value: Any, cert_der: bytes, issuer_der: bytes, serial: int) -> bool:
    """The ESS signing-certificate-v2 value names the certificate first: its SHA-256, and
    its issuer (the same DER) and serial number, as pyHanko writes it."""
    certs = value["certs"]
    if len(certs) < 1:
        return False
    certid = certs[0]
    if (
        certid["hash_algorithm"]["algorithm"].native != "sha256"
        or certid["cert_hash"].native != hashlib.sha256(cert_der).digest()
    ):
        return False
    issuer_serial = certid["issuer_serial"]
    if not issuer_serial:
        return False
    names = list(issuer_serial["issuer"])
    return (
        len(names) == 1
        and names[0].name == "directory_name"
        and names[0].chosen.untag().dump() == issuer_der
        and issuer_serial["serial_number"].native == serial
    )


def _signature_fields(root: Any) -> list[Any]:
    """The values of every filled signature field in the form (fields in /Kids too)."""
    form = root.get("/AcroForm")
    if form is None:
        return []
    found: list[Any] = []
    stack = list(form.get_object().get("/Fields") or [])
    seen = 0
    while stack and seen < 1000:
        seen += 1
        field = stack.pop().get_object()
        kids = field.get("/Kids")
        if kids:
            stack.extend(kids)
        if field.get("/FT") == "/Sig" and field.get("/V") is not None:
            found.append(field["/V"].get_object())
    return found if not stack else [None, None]  # too many to look at: the full check
