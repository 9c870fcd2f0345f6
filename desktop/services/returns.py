"""Export a return: build its data, draw the PDF (and companions), save, and log it.

``export_return`` is the one use case the Returns area and ``partnerbook export-return``
share. Re-issuing a return for the same period names the earlier one as superseded, in the
data and on the cover, so the CVS keeps only the newest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.periods import Period
from desktop.services.return_data import ReturnEmpty, build_return
from desktop.store.models import Person, ReturnRecord

Progress = Callable[[int, str], None]
"""Told how far an export has got (0 to 100) and what it is doing, in words."""

__all__ = [
    "ExportRequest",
    "ExportResult",
    "ReturnEmpty",
    "export_return",
    "previous_return",
    "returns_log",
]


@dataclass
class ExportRequest:
    period: Period
    out_path: Path
    partnership_ids: Sequence[int] | None = None
    include_contacts: bool = False
    signoff_name: str = ""
    signoff_role: str = ""
    signoff_date: date | None = None
    html_path: Path | None = None
    csv_dir: Path | None = None
    allow_empty: bool = False


@dataclass
class ExportResult:
    return_id: str
    reference: str
    path: Path
    file_sha256: str
    payload_sha256: str
    partnership_count: int
    supersedes: str | None = None
    supersedes_reference: str | None = None
    extra_files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def previous_return(session: Session, period: Period) -> ReturnRecord | None:
    """The newest return already exported for exactly this period, if any."""
    return session.scalars(
        select(ReturnRecord)
        .where(
            ReturnRecord.period_start == period.start,
            ReturnRecord.period_end == period.end,
        )
        .order_by(ReturnRecord.created_at.desc(), ReturnRecord.id.desc())
    ).first()


def returns_log(session: Session) -> list[dict[str, Any]]:
    """Every exported return, newest first, with what (if anything) replaced it."""
    records = list(
        session.scalars(
            select(ReturnRecord).order_by(ReturnRecord.created_at.desc(), ReturnRecord.id.desc())
        )
    )
    replaced_by = {r.supersedes_uuid: r.reference for r in records if r.supersedes_uuid}
    return [
        {
            "id": r.id,
            "uuid": r.uuid,
            "reference": r.reference,
            "period": r.period_label,
            "created_at": r.created_at,
            "file_path": r.file_path,
            "file_sha256": r.file_sha256,
            "partnerships": r.partnership_count,
            "include_contacts": r.include_contacts,
            "replaced_by": replaced_by.get(r.uuid),
        }
        for r in records
    ]


def _signer(session: Session, name: str) -> int | None:
    """The person who signed, found by name or added (names live only in ``person``)."""
    name = name.strip()
    if not name:
        return None
    person = session.scalars(
        select(Person).where(Person.full_name == name, Person.forgotten_at.is_(None))
    ).first()
    if person is None:
        person = Person(full_name=name, notes="Added when signing off a return.")
        session.add(person)
        session.flush()
    return person.id


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def _glyph_warnings(payload: dict[str, Any]) -> list[str]:
    from desktop.reports.pdf_kit import missing_glyphs

    bad = sorted({t for t in _texts(payload) if missing_glyphs(t)})
    if not bad:
        return []
    sample = "; ".join(f"“{t[:40]}”" for t in bad[:3])
    return [
        f"Some characters cannot be printed in the PDF's font and show as ? ({sample}). "
        "The data inside the PDF keeps them exactly as typed."
    ]


def export_return(
    session: Session,
    request: ExportRequest,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Build, draw and save the return, then add it to the returns log.

    Raises ReturnEmpty for a period with nothing to report (unless ``allow_empty``), and
    SaveError (plain English) when the file cannot be written; nothing is logged then.
    """
    from desktop.reports.pdf_output import write_atomically
    from desktop.reports.return_pdf import render_return_pdf
    from desktop.reports.return_text import superseded_reference

    tell = progress or (lambda _percent, _message: None)
    tell(5, "Gathering the records for the return")
    earlier = previous_return(session, request.period)
    payload = build_return(
        session,
        request.period,
        partnership_ids=request.partnership_ids,
        include_contacts=request.include_contacts,
        supersedes=earlier.uuid if earlier else None,
        now=now,
        signoff={
            "name": request.signoff_name,
            "role": request.signoff_role,
            "date": request.signoff_date,
        },
        allow_empty=request.allow_empty,
    )
    tell(25, "Drawing the PDF")
    pdf = render_return_pdf(payload)
    tell(85, "Saving")
    path = write_atomically(request.out_path, pdf)
    extra: list[Path] = []
    if request.html_path is not None:
        from desktop.reports.return_html import render_return_html

        extra.append(write_atomically(request.html_path, render_return_html(payload).encode()))
    if request.csv_dir is not None:
        from desktop.reports.return_csv import write_return_csv

        extra += write_return_csv(payload, request.csv_dir)
    file_hash = hashlib.sha256(pdf).hexdigest()
    session.add(
        ReturnRecord(
            uuid=payload["return_id"],
            reference=payload["reference"],
            period_label=request.period.label,
            period_start=request.period.start,
            period_end=request.period.end,
            created_at=datetime.fromisoformat(payload["created_at"].rstrip("Z")),
            file_path=str(path.resolve()),
            file_sha256=file_hash,
            payload_sha256=payload["sha256"],
            supersedes_uuid=payload["supersedes"],
            include_contacts=request.include_contacts,
            partnership_count=len(payload["partnerships"]),
            signoff_role=request.signoff_role.strip(),
            signoff_person_id=_signer(session, request.signoff_name),
            signoff_date=request.signoff_date,
        )
    )
    session.flush()
    tell(100, "Done")
    return ExportResult(
        return_id=payload["return_id"],
        reference=payload["reference"],
        path=path,
        file_sha256=file_hash,
        payload_sha256=payload["sha256"],
        partnership_count=len(payload["partnerships"]),
        supersedes=payload["supersedes"],
        supersedes_reference=superseded_reference(payload),
        extra_files=extra,
        warnings=_glyph_warnings(payload),
    )
