"""Signing a return's data, and checking who signed it (Ed25519, from ``cryptography``).

A return's ``sha256`` proves only that nobody changed the data by accident: anyone can
recompute it. The signature proves which group's Partnerbook made it. The group's app keeps
an Ed25519 key pair in its own database; every return carries its public key
(``signed_by``) and a signature (``signature``) over the canonical bytes of the whole
payload except those two fields' signature and the hash. So:

- ``signed_by`` is inside the signed bytes, together with ``created_at``, the group's id
  and everything else: none of them can be changed without breaking the signature;
- the ``sha256`` is then taken over everything but itself (the signature included), as
  before, so older readers' hash check still works.

``signed_by.pdf_key_sha256`` names the key of the PDF signature (PAdES, see
desktop/reports/pdf_signature.py): PDF readers cannot check Ed25519 signatures yet, so the
PDF is signed with a P-256 key made at the same time, and naming it here binds the two.

Fingerprints: the first 16 hex digits of the SHA-256 of the raw public key, in groups of
four ("3F2A 9C1B 77E0 D4A2"), short enough to read out on the phone.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.domain.canonical import HASH_FIELD, canonical_bytes, with_hash

SIGNED_BY_FIELD = "signed_by"
SIGNATURE_FIELD = "signature"
ALGORITHM = "Ed25519"

__all__ = [
    "ALGORITHM",
    "SIGNATURE_FIELD",
    "SIGNED_BY_FIELD",
    "BadSignature",
    "SignatureCheck",
    "b64",
    "fingerprint",
    "from_b64",
    "new_signing_key",
    "public_raw",
    "sign_bytes",
    "sign_payload",
    "signed_bytes",
    "verify_bytes",
    "verify_payload",
]


class BadSignature(ValueError):
    """The data's signature is missing, malformed or does not match (``str`` says which)."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def from_b64(text: Any, size: int | None = None) -> bytes:
    """Bytes from base64 text; BadSignature for anything else (or the wrong length)."""
    if not isinstance(text, str) or len(text) > 20_000:
        raise BadSignature("not base64 text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise BadSignature("not base64 text") from exc
    if size is not None and len(data) != size:
        raise BadSignature("the wrong length")
    return data


def fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint of a raw public key: ``3F2A 9C1B 77E0 D4A2``."""
    digest = hashlib.sha256(public_key).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def new_signing_key() -> bytes:
    """A new Ed25519 private key, as its 32 raw bytes."""
    from cryptography.hazmat.primitives import serialization

    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def public_raw(private_key: bytes) -> bytes:
    """The raw 32-byte public key of a raw Ed25519 private key."""
    from cryptography.hazmat.primitives import serialization

    return (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def sign_bytes(private_key: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(data)


def verify_bytes(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def signed_bytes(payload: Mapping[str, Any]) -> bytes:
    """What the signature covers: every field but the signature itself and the hash."""
    return canonical_bytes(
        {k: v for k, v in payload.items() if k not in (HASH_FIELD, SIGNATURE_FIELD)}
    )


def sign_payload(
    payload: Mapping[str, Any], private_key: bytes, pdf_key_sha256: str | None = None
) -> dict[str, Any]:
    """A copy of ``payload`` with ``signed_by``, ``signature`` and a fresh ``sha256``."""
    body = {k: v for k, v in payload.items() if k not in (HASH_FIELD, SIGNATURE_FIELD)}
    body[SIGNED_BY_FIELD] = {
        "algorithm": ALGORITHM,
        "public_key": b64(public_raw(private_key)),
        "pdf_key_sha256": pdf_key_sha256,
    }
    body[SIGNATURE_FIELD] = b64(sign_bytes(private_key, signed_bytes(body)))
    return with_hash(body)


@dataclass(frozen=True)
class SignatureCheck:
    """Who signed a payload whose signature is good."""

    public_key: str  # base64 of the raw key, as the return carries it
    fingerprint: str
    pdf_key_sha256: str | None


def verify_payload(payload: Mapping[str, Any], signed: bytes | None = None) -> SignatureCheck:
    """Check the payload's signature; BadSignature says why it is not good.

    ``signed``: ``signed_bytes(payload)``, when the caller has worked it out already."""
    signer = payload.get(SIGNED_BY_FIELD)
    if not isinstance(signer, Mapping) or SIGNATURE_FIELD not in payload:
        raise BadSignature("it is not signed")
    if signer.get("algorithm") != ALGORITHM:
        raise BadSignature("it is signed in a way Partnerbook does not know")
    key = from_b64(signer.get("public_key"), 32)
    signature = from_b64(payload.get(SIGNATURE_FIELD), 64)
    if not verify_bytes(key, signature, signed_bytes(payload) if signed is None else signed):
        raise BadSignature("its signature does not match its data")
    pdf_key = signer.get("pdf_key_sha256")
    return SignatureCheck(b64(key), fingerprint(key), pdf_key if isinstance(pdf_key, str) else None)
