"""Save everything held about one person, as a readable PDF or as JSON.

``export_person_report`` is the one action the People screen calls (a person asking for a
copy of their data). The record comes from ``services.privacy.person_record``; the PDF is
drawn by the pure ``reports.person_report.render_person_pdf``; both are saved whole or not
at all through ``desktop.atomic_write``. Nothing is recorded in the database.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.atomic_write import SaveError, write_atomically

__all__ = [
    "ReportKind",
    "SaveError",
    "export_person_json",
    "export_person_report",
    "save_person_pdf",
    "write_json_atomically",
]

ReportKind = Literal["pdf", "json"]


def write_json_atomically(data: object, target: str | os.PathLike[str]) -> Path:
    """Save ``data`` as JSON, whole or not at all; SaveError in plain words if not."""
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return write_atomically(target, text.encode("utf-8"))


def save_person_pdf(
    record: dict[str, Any], target: str | os.PathLike[str], *, group_name: str = ""
) -> Path:
    """Save the readable PDF of ``record`` (from ``person_record``), whole or not at all."""
    from desktop.reports.person_report import render_person_pdf

    return write_atomically(target, render_person_pdf(record, group_name=group_name))


def export_person_json(session: Session, person_id: int, target: str | os.PathLike[str]) -> Path:
    from desktop.services.privacy import person_record

    return write_json_atomically(person_record(session, person_id), target)


def _group_name(session: Session) -> str:
    from desktop.store.models import GroupProfile

    return session.scalars(select(GroupProfile.name).limit(1)).first() or ""


def export_person_report(
    session: Session, person_id: int, target: str | os.PathLike[str], *, kind: ReportKind = "pdf"
) -> Path:
    """Save everything held about the person as ``target`` (a PDF, or JSON for ``"json"``).

    Raises PersonNotFound for no such person and SaveError (plain words) when the file could
    not be saved; nothing is left at ``target`` (nor beside it) then.
    """
    if kind == "json":
        return export_person_json(session, person_id, target)
    from desktop.services.privacy import person_record

    record = person_record(session, person_id)
    return save_person_pdf(record, target, group_name=_group_name(session))
