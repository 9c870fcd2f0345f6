"""Export a return: build its data, draw the PDF (and companions), save, and log it.

``export_return`` is the one use case the Returns area and ``partnerbook export-return``
share. Re-issuing a return for the same period names the earlier one as superseded, in the
data and on the cover, so the CVS keeps only the newest.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.atomic_write import SaveError, StagedFiles
from desktop.domain.periods import Period
from desktop.domain.problems import marked
from desktop.services.return_data import ReturnEmpty, build_return
from desktop.services.return_trust import finish_return
from desktop.services.signing import sign_return_pdf
from desktop.store.models import Person, ReturnRecord
from desktop.store.models.returns import ReturnPack, SigningKey

Progress = Callable[[int, str], None]
"""Told how far an export has got (0 to 100) and what it is doing, in words."""

__all__ = [
    "ExportRequest",
    "ExportResult",
    "ReturnEmpty",
    "ReturnNotRecorded",
    "SaveError",
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
    # False when the records are open for reading only (a full disk, read-only media): the
    # files are still saved, the result says the returns log could not be told.
    add_to_log: bool = True
    # The return pack (from the CVS) this return answers: its id goes into the return, and
    # contact details, when included, go in sealed for that CVS only (issue 20).
    pack_id: str | None = None


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
    # The partnerships the return was made for, when not for the whole group: a CVS then
    # replaces the earlier return for these alone.
    made_for: tuple[str, ...] = ()
    extra_files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # False when asked not to log it (``add_to_log``): tell the person (``NOT_LOGGED``).
    logged: bool = True
    # The short fingerprint of the group's key that signed it (the CVS may ask for it).
    signed_by: str = ""


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


def _pack(session: Session, pack_id: str | None) -> ReturnPack | None:
    if pack_id is None:
        return None
    from desktop.services.packs import pack_by_id

    pack = pack_by_id(session, pack_id)
    if pack is None:
        raise ReturnEmpty(
            "The return pack this return was to answer is not in your records any more. "
            "Open the pack from your CVS again, then make the return."
        )
    return pack


def _fingerprint(key: SigningKey) -> str:
    from desktop.domain.signing import fingerprint, from_b64, public_raw

    return fingerprint(public_raw(from_b64(key.data_key)))


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
        "Some characters are in none of the PDF's fonts, so the PDF writes their names "
        f"instead, in square brackets ({sample}). "
        "The data inside the PDF keeps them exactly as typed."
    ]


class ReturnNotRecorded(SaveError):
    """The return's entry in the returns log could not be saved, so no file was kept either.

    A return on disk that the log does not know about may be sent thinking it failed, or
    sent twice; so the files and the entry are saved together or not at all.
    """


NOT_RECORDED_DISK_FULL = marked(
    "The disk that holds your records is full, so the return could not be added to the "
    "returns log. Nothing was saved: no file was left at {path}. Free some space (empty the "
    "wastebasket, or delete large files you no longer need), then export again."
)
NOT_RECORDED = marked(
    "The return could not be added to the returns log, so nothing was saved: no file was "
    "left at {path}. {why}"
)


def _not_recorded(exc: BaseException, path: Path) -> ReturnNotRecorded | None:
    """A plain error for a log entry that failed for a storage reason; None for our bugs."""
    from desktop.services.storage_errors import DISK_FULL, storage_problem_message

    why = storage_problem_message(exc)
    if why is None:
        return None
    if why == DISK_FULL:
        return ReturnNotRecorded(NOT_RECORDED_DISK_FULL, path=str(path))
    return ReturnNotRecorded(NOT_RECORDED, path=str(path), why=why)


NOT_LOGGED = marked(
    "This return was not added to the returns log, because your records are open for "
    "reading only. Make a note that it was made, so that it is not sent twice."
)


def _log_entry(
    session: Session, request: ExportRequest, payload: dict[str, Any], path: Path, file_hash: str
) -> ReturnRecord:
    return ReturnRecord(
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
        pack_id=payload.get("pack_id"),
    )


def _stage_files(
    files: StagedFiles, request: ExportRequest, payload: dict[str, Any], pdf: bytes
) -> None:
    """Write the PDF and its companions beside their names; nothing is replaced yet."""
    files.stage(request.out_path, pdf)
    if request.html_path is not None:
        from desktop.reports.return_html import render_return_html

        files.stage(request.html_path, render_return_html(payload).encode())
    if request.csv_dir is not None:
        from desktop.reports.return_csv import return_csv_tables

        files.make_folder(request.csv_dir)
        for name, text in return_csv_tables(payload).items():
            # The byte-order mark tells Excel the file is UTF-8, so "£" and "é" survive.
            files.stage(request.csv_dir / name, ("\ufeff" + text).encode("utf-8"))


def export_return(
    session: Session,
    request: ExportRequest,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Build, draw and save the return and add it to the returns log, all or nothing.

    The files are written beside their names first, the log entry is added, the files are
    moved into place (an earlier file of the same name kept aside) and the entry is
    committed here, by this function; if the commit fails the files are taken away again
    and any earlier file put back. So a file on disk is always one the log knows about,
    unless the caller asked for no log entry (``add_to_log``: records open read-only).

    Raises ReturnEmpty for a period with nothing to report (unless ``allow_empty``), and
    SaveError (plain English; ReturnNotRecorded when the log could not be written) when the
    return could not be saved; nothing is left on disk or in the log then.
    """
    from desktop.reports.return_pdf import render_return_pdf
    from desktop.reports.return_text import superseded_reference

    tell = progress or (lambda _percent, _message: None)
    tell(5, "Gathering the records for the return")
    earlier = previous_return(session, request.period)
    pack = _pack(session, request.pack_id)
    # For a pack, contact details travel sealed for its CVS: none in the clear.
    sealed = pack is not None and request.include_contacts

    def build(include_contacts: bool, return_id: str | None = None) -> dict[str, Any]:
        return build_return(
            session,
            request.period,
            partnership_ids=request.partnership_ids,
            include_contacts=include_contacts,
            supersedes=earlier.uuid if earlier else None,
            now=now,
            signoff={
                "name": request.signoff_name,
                "role": request.signoff_role,
                "date": request.signoff_date,
            },
            allow_empty=request.allow_empty,
            return_id=return_id,
        )

    payload = build(request.include_contacts and not sealed)
    full = build(True, payload["return_id"]) if sealed else None
    payload, key = finish_return(session, payload, pack, full)
    tell(25, "Drawing the PDF")
    pdf = sign_return_pdf(key, render_return_pdf(payload), payload["reference"])
    tell(85, "Saving")
    path = Path(request.out_path)
    file_hash = hashlib.sha256(pdf).hexdigest()
    files = StagedFiles()
    try:
        _stage_files(files, request, payload, pdf)
        if request.add_to_log:
            session.add(_log_entry(session, request, payload, path, file_hash))
            session.flush()
        written = files.put_in_place()
        if request.add_to_log:
            session.commit()
    except BaseException as exc:
        files.undo()
        with contextlib.suppress(Exception):  # a lost drive must not hide the first error
            session.rollback()
        if isinstance(exc, Exception) and not isinstance(exc, SaveError):
            plain = _not_recorded(exc, path)
            if plain is not None:
                raise plain from exc
        raise
    files.keep()
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
        made_for=()
        if request.partnership_ids is None
        else tuple(p["name"] for p in payload["partnerships"]),
        extra_files=written[1:],
        warnings=_glyph_warnings(payload),
        logged=request.add_to_log,
        signed_by=_fingerprint(key),
    )
