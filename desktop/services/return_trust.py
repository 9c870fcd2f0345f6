"""A return's last steps before it is drawn: the pack it answers, sealed contacts, the signature.

Kept apart from ``returns.export_return`` so the export stays one readable sequence:
build the data, ``finish_return`` here, draw the PDF, ``sign_return_pdf``, save.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.sealing import seal
from desktop.domain.signing import from_b64
from desktop.services.signing import group_signing_key, sign_return
from desktop.store.models.returns import ReturnPack, SigningKey

__all__ = ["contact_details", "finish_return"]


def contact_details(full: dict[str, Any]) -> dict[str, Any]:
    """The people's names and contact details a return with contacts carries, by place.

    Taken from the return built with contact details, so what the CVS unseals is exactly
    what an open return would have shown.
    """
    representatives = []
    for entry in full["partnerships"]:
        seat = entry.get("seat") or {}
        for rep in seat.get("representatives", []):
            if rep.get("contact"):
                representatives.append(
                    {
                        "partnership_id": entry["id"],
                        "partnership": entry["name"],
                        "role": rep.get("role", ""),
                        "contact": rep["contact"],
                    }
                )
    return {
        "main_contact": full["group"].get("main_contact"),
        "signoff_name": full["signoff"].get("name"),
        "representatives": representatives,
    }


def finish_return(
    session: Session,
    payload: dict[str, Any],
    pack: ReturnPack | None = None,
    with_contacts: dict[str, Any] | None = None,
) -> tuple[dict[str, Any], SigningKey]:
    """The payload with its pack, its sealed contacts (if given) and the group's signature.

    ``with_contacts`` is the same return built with contact details: they go in sealed for
    the pack's CVS, never in the clear. The key is made here the first time it is needed.
    """
    body = dict(payload)
    if pack is not None:
        body["pack_id"] = pack.pack_id
        if with_contacts is not None:
            body["sealed_contacts"] = seal(contact_details(with_contacts), from_b64(pack.seal_key))
    key = group_signing_key(session)
    return sign_return(key, body), key
