"""CSV and XLSX copies of the collection's views: exactly the tables shown on screen.

Files are written beside their final name and moved into place only when complete (by
``desktop.atomic_write``), so a spreadsheet that is open elsewhere or a full disk never
leaves half a file behind; the error (SaveError) says which file and why in plain words.
Cells that start with = + - @ are prefixed with ' so a spreadsheet never runs text a group
typed as a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.atomic_write import StagedFiles, write_atomically
from desktop.domain.money import format_pence_plain
from desktop.services.collection import views
from desktop.services.collection.views import Table

__all__ = ["area_tables", "write_csv", "write_csv_folder", "write_xlsx"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def area_tables(conn: sqlite3.Connection) -> list[Table]:
    """Every area-wide view, in the order the summary shows them."""
    return [
        views.groups_view(conn),
        views.expected_missing(conn),
        views.partnerships_view(conn),
        views.needs_view(conn, "category"),
        views.needs_view(conn, "partnership"),
        views.needs_view(conn, "group"),
        views.need_help_view(conn),
        views.import_log_view(conn),
    ]


def _safe_text(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _cells(table: Table, row: Sequence[Any], *, money_as_text: bool) -> list[Any]:
    cells = []
    for column, value in enumerate(row):
        if column in table.money and value is not None:
            cells.append(format_pence_plain(int(value)) if money_as_text else int(value) / 100)
        else:
            cells.append(_safe_text(value))
    return cells


def csv_bytes(table: Table) -> bytes:
    """One view as CSV (UTF-8 with a BOM, so Excel shows accented names correctly)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([f"{c} (£)" if i in table.money else c for i, c in enumerate(table.columns)])
    for row in table.rows:
        writer.writerow(_cells(table, row, money_as_text=True))
    return out.getvalue().encode("utf-8-sig")


def write_csv(table: Table, path: Path) -> Path:
    return write_atomically(path, csv_bytes(table))


def write_csv_folder(tables: Sequence[Table], folder: Path) -> list[Path]:
    """Every view as a CSV file in ``folder``: all of them, or none (and no new folder)."""
    with StagedFiles() as files:
        files.make_folder(folder)
        for table in tables:
            files.stage(folder / f"{table.key}.csv", csv_bytes(table))
        written = files.put_in_place()
        files.keep()
    return written


def _sheet_title(title: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\ and unique in the workbook.
    base = re.sub(r"[\[\]:*?/\\]", "", title)[:31] or "Sheet"
    name, n = base, 2
    while name.casefold() in used:
        suffix = f" {n}"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.casefold())
    return name


def write_xlsx(tables: Sequence[Table], path: Path) -> Path:
    """All views in one workbook, one sheet each, money as numbers formatted in pounds."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    used: set[str] = set()
    bold = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(_sheet_title(table.title, used))
        heading = []
        for title in table.columns:
            cell = WriteOnlyCell(sheet, value=title)
            cell.font = bold
            heading.append(cell)
        sheet.append(heading)
        for row in table.rows:
            cells = []
            for column, value in enumerate(_cells(table, row, money_as_text=False)):
                cell = WriteOnlyCell(sheet, value=value)
                if column in table.money:
                    cell.number_format = '"£"#,##0.00'
                cells.append(cell)
            sheet.append(cells)
    # Made in memory first: a workbook is small, and openpyxl left to write to a full disk
    # itself leaves its zip file half closed.
    data = io.BytesIO()
    book.save(data)
    return write_atomically(path, data.getvalue())
