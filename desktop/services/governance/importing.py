"""The spreadsheet import's columns for how a partnership is run (issue 17, item 10): put
each new partnership under the one it sits under (stored already, or another row of the
same file), and keep its vision, goal, principles and our report-back rhythm. Run inside
the import's one transaction, after the rows are inserted; the loop and the unknown-name
checks were made before (desktop.domain.run_import), so nothing here refuses."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.partnership_rules import normalise_name
from desktop.store.models import Partnership, Seat


def apply_run_fields(session: Session, rows: Sequence[Any], ids: Sequence[int]) -> None:
    wanted = [(pid, row.run) for pid, row in zip(ids, rows, strict=True) if row.run]
    if not any(run.get(k) for _pid, run in wanted for k in run):
        return
    by_name = {
        normalise_name(name): pid
        for pid, name in session.execute(select(Partnership.id, Partnership.name))
    }
    for pid, run in wanted:
        values: dict[str, Any] = {k: run[k] for k in ("vision", "goal", "principles") if run.get(k)}
        parent = by_name.get(normalise_name(run.get("parent", "")))
        # A parent left out of the import (its row had problems) leaves this one at the top.
        if parent is not None and parent != pid:
            values["parent_id"] = parent
        if values:
            session.execute(update(Partnership).where(Partnership.id == pid).values(values))
        if run.get("report_back_every"):
            session.execute(
                update(Seat)
                .where(Seat.partnership_id == pid)
                .values(report_back_every=run["report_back_every"])
            )
