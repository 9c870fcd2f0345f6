"""Contact details sealed so that only the CVS can read them (HPKE, RFC 9180).

A group ticks "include contact details" on a return made for a CVS's pack: the names,
emails and phone numbers go into the return encrypted to the CVS's X25519 public key, with
HPKE in base mode (DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305) from
``cryptography``. The PDF can then be printed and emailed; only the CVS's collection, which
holds the private key, can open them. The sealed bytes are zlib-compressed JSON; the
``info`` string ties them to this use, so they cannot be passed off as anything else.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from desktop.domain.signing import b64, fingerprint, from_b64

FORMAT = "HPKE-Base-X25519-SHA256-ChaCha20Poly1305"
_INFO = b"partnerbook sealed contacts 1"

__all__ = ["FORMAT", "SealError", "new_seal_key", "seal", "seal_public", "unseal"]


class SealError(ValueError):
    """Sealed details that cannot be opened with this key (or are damaged)."""


def _suite() -> Any:
    from cryptography.hazmat.primitives import hpke

    return hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


def new_seal_key() -> bytes:
    """A new X25519 private key, as its 32 raw bytes."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def seal_public(private_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return (
        X25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def seal(details: dict[str, Any], public_key: bytes) -> dict[str, str]:
    """``details`` encrypted to ``public_key``: the return's ``sealed_contacts`` field."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    plain = zlib.compress(json.dumps(details, ensure_ascii=False, sort_keys=True).encode(), 9)
    sealed = _suite().encrypt(plain, X25519PublicKey.from_public_bytes(public_key), _INFO)
    return {"format": FORMAT, "cvs_key": fingerprint(public_key), "ciphertext": b64(sealed)}


def unseal(sealed: dict[str, Any], private_key: bytes) -> dict[str, Any]:
    """The details inside ``sealed``; SealError if this key cannot open them."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    if sealed.get("format") != FORMAT:
        raise SealError("they are sealed in a way Partnerbook does not know")
    try:
        data = from_b64(sealed.get("ciphertext"))
    except ValueError as exc:
        raise SealError("they are damaged") from exc
    try:
        plain = _suite().decrypt(data, X25519PrivateKey.from_private_bytes(private_key), _INFO)
        # At most 2 MB unpacked: a return's own limit, so a crafted file cannot balloon.
        value = json.loads(zlib.decompressobj().decompress(plain, 2 << 20).decode("utf-8"))
    except Exception as exc:  # InvalidTag, zlib or JSON errors: all mean "not for this key"
        raise SealError("they were sealed for another key, or are damaged") from exc
    if not isinstance(value, dict):
        raise SealError("they are damaged")
    return value
