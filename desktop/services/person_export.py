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
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.atomic_write import SaveError, write_atomically
from desktop.domain.partnership_rules import named_by
from desktop.domain.problems import UserError

if TYPE_CHECKING:
    from desktop.services.privacy import PersonRow

__all__ = [
    "NoSuchPerson",
    "ReportKind",
    "SaveError",
    "export_person_json",
    "export_person_report",
    "find_person",
    "kind_for",
    "save_person_pdf",
    "write_json_atomically",
]

ReportKind = Literal["pdf", "json"]


class NoSuchPerson(UserError, LookupError):
    """No person, or more than one, answers to what was typed (the command line's lookup)."""


def find_person(session: Session, text: str | int) -> PersonRow:
    """The person with this id, this name (case and spacing aside), or the one whose name
    holds this text; refuses plainly, listing the matches with their ids, when several do.

    Everyone held is searched, including people already forgotten (by id only, in practice:
    their name is gone), since a copy of what is left may still be asked for.
    """
    from desktop.services.privacy import list_people

    key = " ".join(str(text).split())
    everyone = list_people(session)
    if key.isdigit():
        by_id = [p for p in everyone if p.id == int(key)]
        if by_id:
            return by_id[0]
    matches = named_by(key, everyone, lambda p: p.full_name)
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise NoSuchPerson(
            "“{key}” could be any of these people:\n{matches}\nGive their id, or more of the name.",
            key=key,
            matches="\n".join(f"  {p.id}  {p.full_name}" for p in matches),
        )
    raise NoSuchPerson(
        "There is no person with the id or name “{key}”. "
        "'partnerbook people list' shows each one with their id.",
        key=key,
    )


def kind_for(target: str | os.PathLike[str]) -> ReportKind:
    """JSON for a file named ``….json``, otherwise the readable PDF."""
    return "json" if Path(target).suffix.lower() == ".json" else "pdf"


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
