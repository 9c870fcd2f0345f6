"""The group's signing key: made the first time a return is signed, then used for every one.

The key lives in the group's database (``signing_key``), so a backup, a restore and "move to
a new computer" carry it and the CVS keeps seeing the same key. Nobody is ever asked about
it. If the database holds more than one (never made by this app), the oldest is used.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.domain.signing import b64, fingerprint, from_b64, new_signing_key, public_raw
from desktop.domain.signing import sign_payload as _sign_payload
from desktop.store.models import GroupProfile
from desktop.store.models.returns import SigningKey

__all__ = ["group_fingerprint", "group_signing_key", "sign_return"]


def group_signing_key(session: Session) -> SigningKey:
    """The group's key, made now (in this transaction) if it has none yet."""
    from desktop.reports.pdf_signature import new_pdf_identity

    key = session.scalars(select(SigningKey).order_by(SigningKey.id)).first()
    if key is not None:
        return key
    group = session.scalars(select(GroupProfile).order_by(GroupProfile.id)).first()
    pdf_key, certificate = new_pdf_identity(group.name if group else "")
    key = SigningKey(data_key=b64(new_signing_key()), pdf_key=pdf_key, pdf_certificate=certificate)
    session.add(key)
    try:
        # Kept with the export's own transaction, so a failed export leaves the records as
        # they were; the first export that succeeds keeps it for every later return.
        session.flush()
    except DBAPIError:
        # Records that cannot be written (a full disk, read-only media): the return is still
        # signed, by a key used this once and not kept. The CVS's collection then holds it
        # as "signed by a different key" for the officer to confirm, which is the truth.
        session.rollback()
        return SigningKey(
            data_key=key.data_key, pdf_key=key.pdf_key, pdf_certificate=key.pdf_certificate
        )
    return key


def group_fingerprint(session: Session) -> str | None:
    """The short fingerprint of the group's key, or None before the first return."""
    key = session.scalars(select(SigningKey).order_by(SigningKey.id)).first()
    return fingerprint(public_raw(from_b64(key.data_key))) if key else None


def sign_return(key: SigningKey, payload: dict[str, Any]) -> dict[str, Any]:
    """The payload signed by the group's key, naming the key that will sign the PDF."""
    from desktop.reports.pdf_signature import pdf_key_sha256

    return _sign_payload(payload, from_b64(key.data_key), pdf_key_sha256(key.pdf_certificate))


def sign_return_pdf(key: SigningKey, pdf: bytes, reference: str) -> bytes:
    """The PDF with the group's standard PDF signature over all of it."""
    from desktop.reports.pdf_signature import sign_pdf

    return sign_pdf(pdf, key.pdf_key, key.pdf_certificate, f"Partnerbook return {reference}")
