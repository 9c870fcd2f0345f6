"""A CVS's private keys, locked under the officer's passphrase (scrypt + AES-256-GCM).

The CVS has two key pairs: Ed25519 to sign its return packs, X25519 to open the contact
details groups seal for it. Both private keys are kept together as one locked blob:

``{"kdf": "scrypt", "n": 32768, "r": 8, "p": 1, "salt": b64, "aead": "AES-256-GCM",
"nonce": b64, "ciphertext": b64}``, where the key is scrypt(passphrase, salt) and the
plaintext is the JSON ``{"sign": b64 raw Ed25519 private key, "seal": b64 raw X25519
private key}``. Every primitive is ``cryptography``'s; nothing here is home-made. The same
blob is what "export for safe keeping" writes: it is useless without the passphrase.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from desktop.domain.problems import UserError
from desktop.domain.sealing import new_seal_key, seal_public
from desktop.domain.signing import b64, fingerprint, from_b64, new_signing_key, public_raw

MIN_PASSPHRASE = 10
_N, _R, _P = 2**15, 8, 1
_AAD = b"partnerbook cvs keys 1"

__all__ = ["MIN_PASSPHRASE", "CvsKeyPair", "WrongPassphrase", "lock", "new_key_pair", "unlock"]


class WrongPassphrase(UserError, ValueError):
    """The passphrase does not open the CVS's keys (or they are damaged)."""


@dataclass(frozen=True)
class CvsKeyPair:
    sign_private: bytes
    seal_private: bytes

    @property
    def sign_public(self) -> str:
        return b64(public_raw(self.sign_private))

    @property
    def seal_public(self) -> str:
        return b64(seal_public(self.seal_private))

    @property
    def fingerprint(self) -> str:
        return fingerprint(public_raw(self.sign_private))


def new_key_pair() -> CvsKeyPair:
    return CvsKeyPair(new_signing_key(), new_seal_key())


def check_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise UserError(
            "Choose a passphrase of at least {n} characters (a few words you will remember "
            "work well). It protects the CVS's keys; write it down and keep it somewhere safe.",
            n=MIN_PASSPHRASE,
        )


def _key(passphrase: str, salt: bytes, n: int = _N, r: int = _R, p: int = _P) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def lock(pair: CvsKeyPair, passphrase: str) -> str:
    """The key pair locked under ``passphrase`` (JSON text, see the module's note)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_passphrase(passphrase)
    salt, nonce = os.urandom(16), os.urandom(12)
    plain = json.dumps({"sign": b64(pair.sign_private), "seal": b64(pair.seal_private)})
    sealed = AESGCM(_key(passphrase, salt)).encrypt(nonce, plain.encode(), _AAD)
    blob = {
        "kdf": "scrypt",
        "n": _N,
        "r": _R,
        "p": _P,
        "salt": b64(salt),
        "aead": "AES-256-GCM",
        "nonce": b64(nonce),
        "ciphertext": b64(sealed),
    }
    return json.dumps(blob)


def unlock(locked: str, passphrase: str) -> CvsKeyPair:
    """The key pair inside ``locked``; WrongPassphrase if the passphrase does not open it."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrong = WrongPassphrase(
        "That passphrase does not open the CVS's keys. Check it (capital letters count) "
        "and try again."
    )
    try:
        blob: dict[str, Any] = json.loads(locked)
        key = _key(
            passphrase, from_b64(blob["salt"]), int(blob["n"]), int(blob["r"]), int(blob["p"])
        )
        plain = AESGCM(key).decrypt(from_b64(blob["nonce"]), from_b64(blob["ciphertext"]), _AAD)
        inner = json.loads(plain)
        return CvsKeyPair(from_b64(inner["sign"], 32), from_b64(inner["seal"], 32))
    except Exception as exc:  # InvalidTag, bad JSON, bad numbers: all mean "cannot open"
        raise wrong from exc
