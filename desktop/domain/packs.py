"""A return pack: what a CVS asks its groups for, signed by the CVS (a ``.pbpack`` file).

The file is JSON: ``{"pack": {...}, "signature": "<base64>"}``. ``signature`` is the CVS's
Ed25519 signature over the canonical bytes of ``pack`` (desktop/domain/canonical.py), made
with the key whose public half is ``pack.keys.sign``. ``pack`` holds the CVS's name and
contact, the period and deadline, the frameworks (each file's text), a short message, and the
CVS's public keys: ``sign`` (Ed25519) and ``seal`` (X25519, for sealed contact details).

Rotation: when a CVS makes new keys, its new packs carry ``keys.endorsed_by`` (the old
signing key) and ``keys.endorsement`` (the old key's signature over the new signing key),
so a group that trusted the old key can trust the new one without a warning.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain.canonical import canonical_bytes
from desktop.domain.problems import UserError
from desktop.domain.signing import (
    BadSignature,
    b64,
    fingerprint,
    from_b64,
    public_raw,
    sign_bytes,
    verify_bytes,
)

FORMAT = "partnerbook-return-pack"
FORMAT_VERSION = 1
MAX_PACK_BYTES = 4 * 1024 * 1024
_ENDORSE = b"partnerbook new cvs key:"

__all__ = ["FORMAT", "Pack", "PackError", "endorse", "make_pack_file", "read_pack"]


class PackError(UserError, ValueError):
    """A file that is not a sound return pack; the message says why, in plain words."""


@dataclass(frozen=True)
class Pack:
    """A pack whose signature is good."""

    content: dict[str, Any]
    raw: str  # the file's text, kept as received

    @property
    def pack_id(self) -> str:
        return str(self.content["pack_id"])

    @property
    def cvs_name(self) -> str:
        return str(self.content["cvs"]["name"])

    @property
    def cvs_contact(self) -> str:
        return str(self.content["cvs"].get("contact", ""))

    @property
    def sign_key(self) -> str:
        return str(self.content["keys"]["sign"])

    @property
    def seal_key(self) -> str:
        return str(self.content["keys"]["seal"])

    @property
    def endorsed_by(self) -> str | None:
        value = self.content["keys"].get("endorsed_by")
        return str(value) if value else None

    @property
    def fingerprint(self) -> str:
        return fingerprint(from_b64(self.sign_key))

    @property
    def deadline(self) -> date:
        return date.fromisoformat(self.content["deadline"])

    @property
    def period(self) -> dict[str, str]:
        return dict(self.content["period"])

    @property
    def message(self) -> str:
        return str(self.content.get("message", ""))

    @property
    def frameworks(self) -> list[dict[str, str]]:
        return [dict(f) for f in self.content.get("frameworks", [])]


def endorse(old_private: bytes, new_public: bytes) -> str:
    """The old key's word that ``new_public`` is the CVS's new signing key (base64)."""
    return b64(sign_bytes(old_private, _ENDORSE + new_public))


def make_pack_file(content: dict[str, Any], sign_private: bytes) -> str:
    """The pack file's text: ``content`` signed with the CVS's signing key."""
    content = dict(content)
    content["format"], content["format_version"] = FORMAT, FORMAT_VERSION
    keys = dict(content["keys"])
    keys["sign"] = b64(public_raw(sign_private))
    content["keys"] = keys
    signature = b64(sign_bytes(sign_private, canonical_bytes(content)))
    return json.dumps({"pack": content, "signature": signature}, ensure_ascii=False, indent=1)


def read_pack(data: bytes) -> Pack:
    """Check a pack file: its shape and its signature. PackError says what is wrong."""
    if len(data) > MAX_PACK_BYTES:
        raise PackError("This file is too large to be a return pack.")
    try:
        outer = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackError("This file is not a return pack (it is not a pack a CVS made).") from exc
    content = outer.get("pack") if isinstance(outer, dict) else None
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise PackError("This file is not a return pack (it is not a pack a CVS made).")
    if content.get("format_version") != FORMAT_VERSION:
        raise PackError(
            "This return pack was made by a newer version of Partnerbook. Install the "
            "latest Partnerbook, then open it again."
        )
    try:
        _check_shape(content)
        key = from_b64(content["keys"]["sign"], 32)
        signature = from_b64(outer.get("signature"), 64)
    except (BadSignature, KeyError, TypeError, ValueError) as exc:
        raise PackError(
            "This return pack is damaged or incomplete. Ask your CVS to send it again."
        ) from exc
    if not verify_bytes(key, signature, canonical_bytes(content)):
        raise PackError(
            "This return pack has been changed since the CVS made it (its signature does not "
            "match), so it cannot be trusted. Ask your CVS to send it again."
        )
    endorsed_by = content["keys"].get("endorsed_by")
    if endorsed_by:
        endorsement = from_b64(content["keys"].get("endorsement"), 64)
        if not verify_bytes(from_b64(endorsed_by, 32), endorsement, _ENDORSE + key):
            raise PackError(
                "This return pack says its CVS changed keys, but the change is not signed "
                "by the earlier key, so it cannot be trusted. Ask your CVS to send it again."
            )
    return Pack(content, data.decode("utf-8"))


def _check_shape(content: dict[str, Any]) -> None:
    """Every field a group's Partnerbook relies on, of the right kind (else ValueError)."""
    strings = (content["pack_id"], content["cvs"]["name"], content["message"])
    if not all(isinstance(s, str) for s in strings) or not content["cvs"]["name"].strip():
        raise ValueError("text expected")
    from_b64(content["keys"]["seal"], 32)
    period = content["period"]
    start, end = date.fromisoformat(period["start"]), date.fromisoformat(period["end"])
    date.fromisoformat(content["deadline"])
    if end < start or not isinstance(period["label"], str):
        raise ValueError("period")
    for framework in content.get("frameworks", []):
        if not isinstance(framework.get("file_name"), str) or not isinstance(
            framework.get("text"), str
        ):
            raise ValueError("framework")
