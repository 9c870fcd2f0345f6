"""CSV and XLSX copies of the collection's views: exactly the tables shown on screen.

Files are written beside their final name and moved into place only when complete (by
``desktop.atomic_write``), so a spreadsheet that is open elsewhere or a full disk never
leaves half a file behind; the error (SaveError) says which file and why in plain words.

Nothing a return holds can stop an export: every piece of text goes through
``desktop.domain.text_safety.visible`` first (a control character in a group name or a file
name once made every workbook fail). Text that a spreadsheet would run as a formula (it
starts with = + - @) is guarded: in a CSV by a leading ', the only way a CSV can say "text";
in a workbook by storing it as text with Excel's own "quote prefix" style, so the cell
shows exactly what the group typed, with no visible quote mark.

Workbooks are made to be read: dates are real dates, each column is as wide as what it
holds, the heading row stays in view, and each sheet has its view's full title, shortened
readably (whole words) only where Excel's 31-character limit forces it.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.atomic_write import SaveError, StagedFiles, write_atomically
from desktop.domain.money import format_pence_plain
from desktop.domain.periods import Period
from desktop.domain.text_safety import one_line, visible
from desktop.services.collection import views
from desktop.services.collection.partner_views import partner_answers_view
from desktop.services.collection.views import Table

__all__ = [
    "SaveError",  # what a failed export raises, for the window and the command line
    "area_tables",
    "sheet_names",
    "write_csv",
    "write_csv_folder",
    "write_xlsx",
]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SHEET_LIMIT = 31  # Excel's longest sheet name
# Words a sheet name can lose first and still read the same.
_FILLER = frozenset(
    {
        "a",
        "an",
        "and",
        "as",
        "by",
        "for",
        "in",
        "most",
        "of",
        "often",
        "on",
        "the",
        "their",
        "them",
        "to",
        "with",
    }
)
_MONEY_FORMAT = '"£"#,##0.00'
_DATE_FORMAT = "d mmm yyyy"
_MOMENT_FORMAT = "d mmm yyyy hh:mm"
_WIDTH_SAMPLE = 2000  # rows looked at to size a column: enough to see the long ones
_MIN_WIDTH, _MAX_WIDTH = 8, 60


def area_tables(conn: sqlite3.Connection, period: Period | None = None) -> list[Table]:
    """Every area-wide view for ``period`` (the latest when None), in the order the summary
    shows them, every row of each; the last table says which period they are for."""
    from desktop.services.collection.run_view import how_it_is_run_view

    period = views.chosen_period(conn, period)
    return [
        views.groups_view(conn, period),
        views.expected_missing(conn, period),
        views.partnerships_view(conn, period),
        views.review_scores_view(conn, period),
        how_it_is_run_view(conn, period),  # issue 17
        partner_answers_view(conn, period),
        views.needs_view(conn, "category", period),
        views.needs_view(conn, "partnership", period),
        views.needs_view(conn, "group", period),
        views.need_help_view(conn, -1, period),  # SQLite: no limit; the file has every clause
        views.import_log_view(conn),
        views.period_table(period),
    ]


def _guarded(value: str) -> bool:
    return value.startswith(_FORMULA_START)


def _csv_cells(table: Table, row: Sequence[Any]) -> list[Any]:
    cells: list[Any] = []
    for column, value in enumerate(row):
        if column in table.money and value is not None:
            cells.append(format_pence_plain(int(value)))
        elif isinstance(value, str):
            text = visible(value)
            cells.append("'" + text if _guarded(text) else text)
        else:
            cells.append(value)
    return cells


def csv_bytes(table: Table) -> bytes:
    """One view as CSV (UTF-8 with a BOM, so Excel shows accented names correctly)."""
    out = io.StringIO()
    writer = csv.writer(out)
    header = [
        visible(c) + (" (£)" if i in table.money else "") for i, c in enumerate(table.columns)
    ]
    writer.writerow(["'" + h if _guarded(h) else h for h in header])
    for row in table.rows:
        writer.writerow(_csv_cells(table, row))
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


# Sheet names -----------------------------------------------------------------------------
def _fit(words: list[str], limit: int) -> str:
    """The words joined, made to fit ``limit`` characters without cutting into a word.

    In order, until it fits: leave out small words, shorten the longest words to their
    first letters and a full stop ("Partnerships" -> "Partn."), then leave out words from
    the end. Only a single word longer than the limit is ever cut (and ends with "…").
    """
    text = " ".join(words)
    if len(text) <= limit:
        return text
    words = [w for i, w in enumerate(words) if i == 0 or w.casefold() not in _FILLER]
    for keep in (5, 3):
        while len(" ".join(words)) > limit:
            longest = max(range(len(words)), key=lambda i: len(words[i]))
            if len(words[longest]) <= keep + 1 or words[longest].endswith("."):
                break
            words[longest] = words[longest][:keep] + "."
    while len(" ".join(words)) > limit and len(words) > 1:
        words.pop()
    text = " ".join(words)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _sheet_title(title: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\, no ' at either end, unique (any case).
    words = re.sub(r"[\[\]:*?/\\]", " ", one_line(title)).strip("' ").split() or ["Sheet"]
    name, n = _fit(words, SHEET_LIMIT).strip("'"), 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name, n = _fit(words, SHEET_LIMIT - len(suffix)).strip("'") + suffix, n + 1
    used.add(name.casefold())
    return name


def sheet_names(tables: Sequence[Table]) -> list[str]:
    """The name each table's sheet gets in ``write_xlsx`` (the summary PDF points to them)."""
    used: set[str] = set()
    return [_sheet_title(table.title, used) for table in tables]


# Workbooks -------------------------------------------------------------------------------
def _as_date(text: str) -> date | datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.date() if len(text) <= 10 else moment.replace(tzinfo=None)


def _xlsx_value(table: Table, column: int, value: Any) -> tuple[Any, str | None]:
    """The cell's value and number format (None: the default)."""
    if value is None:
        return None, None
    if column in table.money:
        return int(value) / 100, _MONEY_FORMAT
    if column in table.dates and isinstance(value, str):
        when = _as_date(value)
        if when is not None:
            return when, _MOMENT_FORMAT if isinstance(when, datetime) else _DATE_FORMAT
    if isinstance(value, str):
        return visible(value), None
    return value, None


def _width(table: Table, column: int) -> float:
    """A column wide enough for its heading and its longest line, within reason."""
    if column in table.money:
        longest = 14
    elif column in table.dates:
        longest = 18
    else:
        longest = 0
        for row in table.rows[:_WIDTH_SAMPLE]:
            value = row[column]
            if value is not None:
                longest = max(longest, *(len(line) for line in str(value).split("\n")))
    heading = max(len(word) for word in (visible(table.columns[column]) + " x").split())
    wanted = max(longest, min(len(table.columns[column]), 24), heading)
    return float(min(max(wanted + 2, _MIN_WIDTH), _MAX_WIDTH))


def write_xlsx(tables: Sequence[Table], path: Path) -> Path:
    """All views in one workbook, one sheet each, money as numbers formatted in pounds."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for table, name in zip(tables, sheet_names(tables), strict=True):
        sheet = book.create_sheet(name)
        # A write-only sheet takes its layout before its first row.
        sheet.freeze_panes = "A2"
        for column in range(len(table.columns)):
            sheet.column_dimensions[get_column_letter(column + 1)].width = _width(table, column)
        heading = []
        for title in table.columns:
            cell = WriteOnlyCell(sheet, value=visible(title))
            cell.font = bold
            cell.alignment = wrap
            _guard(cell)
            heading.append(cell)
        sheet.append(heading)
        for row in table.rows:
            cells = []
            for column, raw in enumerate(row):
                value, number_format = _xlsx_value(table, column, raw)
                cell = WriteOnlyCell(sheet, value=value)
                if number_format:
                    cell.number_format = number_format
                _guard(cell)
                cells.append(cell)
            sheet.append(cells)
    # Made in memory first: a workbook is small, and openpyxl left to write to a full disk
    # itself leaves its zip file half closed.
    data = io.BytesIO()
    book.save(data)
    return write_atomically(path, data.getvalue())


def _guard(cell: Any) -> None:
    """Text that looks like a formula stays text, shown as typed (no visible quote mark)."""
    if isinstance(cell.value, str) and _guarded(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True
