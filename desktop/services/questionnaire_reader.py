"""Reading a filled questionnaire we do not trust: its form fields only, within limits.

It comes from outside (a partner's email), so it is read like a return: size first, then
the PDF, in a worker process under a time and memory limit (``collection.watchdog``
runs ``read_form_file`` by name). Only the values of the form's fields are taken, as plain
text; the printed text is never read, JavaScript is never run and actions never followed
(they are only noted). Whether the fields belong to one of our questionnaires is decided
later, in the main process, by ``questionnaires.collect_answers``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from desktop.domain.problems import marked
from desktop.services.collection.intake import MB, Limits, Rejected
from desktop.services.collection.pdf_scan import scan_pdf

__all__ = ["FLATTENED", "LIMITS", "READER", "read_form_file"]

READER = "desktop.services.questionnaire_reader:read_form_file"
# A return's limits, but a minute to read: a form of the largest tool a framework may hold
# (500 questions of 20 answers, 10,000 boxes) takes ~12 s here and could take 40 s on an
# old laptop; a real tool's form takes a tenth of a second.
LIMITS = Limits(seconds=60.0)
MAX_FIELDS = 3_000  # a questionnaire of 500 questions has about 1,004
MAX_VALUE_CHARS = 20_000
MAX_NAME_CHARS = 200

FLATTENED = marked(
    "it has no form fields left to read: it looks like a printed, scanned or "
    "“printed to PDF” copy. Type the answers in on the Viewpoints tab instead, as a new "
    "viewpoint"
)
CARRIES_JAVASCRIPT = marked(
    "it carries JavaScript, which Partnerbook never runs (a questionnaire Partnerbook made "
    "has none)"
)


def _text(value: Any) -> str:
    """A field's value as plain text: a name loses its slash, a list gives its first."""
    from pypdf.generic import ArrayObject, NameObject

    if value is None:
        return ""
    if isinstance(value, ArrayObject):
        return _text(value[0]) if len(value) else ""
    if isinstance(value, NameObject):
        return str(value)[1:]
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return str(value)


def _chosen_kid(field: Any) -> Any:
    """A radio group's choice from its boxes' states, for a reader that marks the box it
    ticked (its ``/AS``) without writing the group's value; None when none is ticked."""
    for kid in list(field.get("/Kids") or [])[:50]:
        state = kid.get_object().get("/AS")
        if state is not None and str(state) != "/Off":
            return state
    return None


def _form_fields(root: Any) -> dict[str, str]:
    """Every terminal field's full name and value, walked straight from the form's tree.

    pypdf's ``get_fields`` took ten seconds for a form of 10,000 boxes (the largest tool a
    framework may hold); this walk reads only names and values, and stops at the limits.
    """
    form = root.get("/AcroForm")
    form = form.get_object() if form is not None else None
    if form is None:
        return {}
    fields: dict[str, str] = {}
    seen: set[int] = set()
    stack: list[tuple[Any, str, int]] = [(ref, "", 0) for ref in form.get("/Fields") or []]
    while stack:
        ref, prefix, depth = stack.pop()
        field = ref.get_object()
        if id(field) in seen or depth > 10:
            continue
        seen.add(id(field))
        name = field.get("/T")
        full = f"{prefix}.{name}" if prefix and name is not None else str(name or prefix)
        kids = [kid for kid in field.get("/Kids") or [] if "/T" in kid.get_object()]
        if kids:  # a field with fields under it: their names carry this one's
            stack.extend((kid, full, depth + 1) for kid in kids)
            continue
        if name is None and not prefix:
            continue
        value = _text(field.get("/V") or _chosen_kid(field))
        if len(value) > MAX_VALUE_CHARS:
            raise Rejected(
                "too_large",
                "one of its answers is longer than {limit:,} characters",
                limit=MAX_VALUE_CHARS,
            )
        fields[full[:MAX_NAME_CHARS]] = value
        if len(fields) > MAX_FIELDS:
            raise Rejected("too_large", "it holds far more form fields than a questionnaire")
    return fields


def read_form_file(path: str, limits: Limits) -> dict[str, Any]:
    """``{"fields": {name: value}, "notes": [...]}`` from the PDF at ``path``, or Rejected."""
    file = Path(path)
    try:
        size = file.stat().st_size
        with file.open("rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        raise Rejected(
            "damaged", "it could not be read ({why})", why=exc.strerror or str(exc)
        ) from exc
    if size > limits.max_file_bytes:
        raise Rejected(
            "too_large",
            "it is too large ({size} MB; a questionnaire is at most {limit} MB)",
            size=size // MB,
            limit=limits.max_file_bytes // MB,
        )
    if b"%PDF-" not in head:
        raise Rejected("not_questionnaire", "it is not a PDF, so it is not a questionnaire")
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(str(file), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise Rejected(
                "locked",
                "it is protected by a password, so its answers cannot be read; ask the "
                "partner to save it without a password",
            )
        scan = scan_pdf(reader.trailer["/Root"])
        fields = _form_fields(reader.trailer["/Root"])
    except Rejected:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise Rejected("damaged", "it is damaged and could not be read as a PDF") from exc
    except (RecursionError, MemoryError, OverflowError, OSError, AssertionError) as exc:
        raise Rejected("damaged", "it is damaged and could not be read as a PDF") from exc
    if not fields:
        raise Rejected("flattened", FLATTENED)
    notes = [CARRIES_JAVASCRIPT] if scan.javascript else []
    return {"fields": fields, "notes": notes}
