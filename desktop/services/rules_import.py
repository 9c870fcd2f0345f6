"""The spreadsheet import's rules columns (issue 17, item 10): each new partnership's terms
of reference, quorum, decisions, meetings a year and who may be a member, stored through
the same service the "How it is run" tab uses, inside the import's one transaction. The
cells were read and checked before (desktop.domain.rules_import), so nothing here refuses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from desktop.services.how_run import update_rules


def apply_rules_fields(session: Session, rows: Sequence[Any], ids: Sequence[int]) -> None:
    for pid, row in zip(ids, rows, strict=True):
        if row.rules:
            update_rules(session, pid, row.rules)
