"""The area summary PDF: one action, used by the collection window and ``collect summary``.

The service reads the collection (the same views the window and the spreadsheet export
show) into plain data, ``reports.collection_summary.render`` turns that into a PDF, and
the file is written whole or not at all by ``desktop.atomic_write``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from desktop.atomic_write import write_atomically
from desktop.domain.periods import Period
from desktop.reports import collection_summary
from desktop.services.collection import views
from desktop.services.collection.dashboard import area_dashboard
from desktop.services.collection.exports import area_tables, sheet_names

__all__ = ["area_summary", "area_summary_pdf", "export_area_summary"]


def area_summary(
    conn: Any, title: str, period: Period | None = None, today: date | None = None
) -> collection_summary.AreaSummary:
    """What the summary shows of the collection open on ``conn``, for ``period`` (the
    latest period when None)."""
    period = views.chosen_period(conn, period)
    tables = area_tables(conn, period)
    radars = []
    for key in next(t for t in tables if t.key == "partnerships").keys:
        detail = views.partnership_detail(conn, key, period)
        if len(collection_summary.radar_groups(detail)) >= 2:
            radars.append(detail)
            if len(radars) >= collection_summary.RADARS:
                break
    return collection_summary.AreaSummary(
        title=title,
        today=today or date.today(),
        period=period,
        totals=views.area_totals(conn, period),
        tables={t.key: t for t in tables},
        sheets=dict(zip([t.key for t in tables], sheet_names(tables), strict=True)),
        dashboard=area_dashboard(conn, period),
        radars=radars,
    )


def area_summary_pdf(
    conn: Any, title: str, period: Period | None = None, today: date | None = None
) -> bytes:
    """The summary as PDF bytes."""
    return collection_summary.render(area_summary(conn, title, period, today))


def export_area_summary(
    conn: Any,
    target: Path,
    title: str,
    period: Period | None = None,
    today: date | None = None,
) -> Path:
    """Save the summary as ``target``, whole or not at all (SaveError in plain words)."""
    return write_atomically(target, area_summary_pdf(conn, title, period, today))
