"""Checking the standard PDF signature on a return (PAdES, with pyHanko), at the CVS.

The data's own signature proves who made the data; this proves the PDF around it is the
file the group's Partnerbook saved: the signature must be intact, cryptographically valid,
and cover the whole file (nothing appended after it). Trust in the signer does not come
from a certificate authority (a village group has none) but from the key the collection
recorded for the group, which the signed data names (``signed_by.pdf_key_sha256``).
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

__all__ = ["pdf_signer_key"]


def pdf_signer_key(path: Path) -> tuple[str, str]:
    """("", key SHA-256) for a PDF whose one signature is good and covers it all, else
    (why not, "") in plain words."""
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
