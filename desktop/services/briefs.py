"""Save a partnership's meeting brief: the one way the window and ``partnerbook brief`` do it.

The brief's content is gathered by ``services.brief_data.build_brief``, drawn by the pure
``reports.brief_pdf.render_brief_pdf`` and saved whole or not at all through
``desktop.atomic_write``. Nothing is recorded in the database: the brief stays with the group.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.atomic_write import SaveError
from desktop.services.brief_data import BriefError

__all__ = ["BriefError", "SaveError", "SavedBrief", "brief_file_name", "export_brief"]


@dataclass(frozen=True)
class SavedBrief:
    path: Path
    partnership: str  # the partnership's name, for "Saved the brief for …"


def _safe_name(name: str) -> str:
    """A partnership's name as a file name on any system (no slashes, colons or the like)."""
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in name)
    return " ".join(kept.split())[:80] or "partnership"


def brief_file_name(session: Session, partnership_id: int) -> str:
    """The file name offered for the brief; BriefError if the partnership is gone."""
    from desktop.store.models import Partnership

    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        raise BriefError("There is no partnership with the id {ids}.", ids=partnership_id)
    return f"Meeting brief - {_safe_name(partnership.name)}.pdf"


def export_brief(
    session: Session, partnership_id: int, target: str | os.PathLike[str], *, today: date
) -> SavedBrief:
    """Draw the brief for the partnership's next meeting and save it as ``target``.

    Raises BriefError when there is no such partnership and SaveError (plain words) when the
    file could not be saved; nothing is left at ``target`` (nor beside it) then.
    """
    from desktop.atomic_write import write_atomically
    from desktop.reports.brief_pdf import render_brief_pdf
    from desktop.services.brief_data import build_brief

    brief = build_brief(session, partnership_id, today)
    path = write_atomically(target, render_brief_pdf(brief))
    return SavedBrief(path, str(brief["name"]))
