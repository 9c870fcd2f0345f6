"""Import partnerships and their partners from a spreadsheet (CSV or XLSX), all or nothing.

The file comes from anywhere (an email, a USB stick), so it is treated as untrusted: its
size is checked before it is read, an .xlsx's zip directory is checked before openpyxl
unpacks anything (a few kilobytes can claim gigabytes), and rows and columns are capped.
Every refusal is a ``SpreadsheetError`` whose message names the file and says what to do.
Nothing is written until every row is fine, or the person chose to leave the bad rows out.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import sqlite3
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.domain.partnership_rules import PartnershipInput, normalise_name
from desktop.domain.problems import Message, Problem, UserError
from desktop.domain.spreadsheet_rows import (
    IGNORE,
    PartnerEntry,
    RowResult,
    check_rows,
    guess_mapping,
    ignored_columns,
    mapping_problems,
)
from desktop.store.models import (
    Organisation,
    Partner,
    Partnership,
    PartnershipTheme,
    Seat,
)
from desktop.store.queries import partnerships

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_UNZIPPED_BYTES = 50 * 1024 * 1024
MAX_ZIP_MEMBERS = 1_000
# Spreadsheet XML packs well (10 to 30 times), never a thousand times: that is a zip bomb.
MAX_RATIO = 200
MAX_ROWS = 5_000
MAX_COLUMNS = 60
# Blank rows are skipped, but only so many: a sheet claiming a million rows is refused.
MAX_SCANNED_ROWS = 20_000
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}


class SpreadsheetError(UserError, ValueError):
    """The file cannot be imported; the message is for the person, naming the file."""


class ImportRefused(UserError, ValueError):
    """Some rows have problems (or none are left): nothing was written."""


@dataclass
class Sheet:
    """The cells of the file's first sheet: headings, then rows with their row numbers."""

    path: Path
    headers: list[str]
    rows: list[tuple[int, list[object]]]


@dataclass
class ImportPreview:
    """What an import would do with this mapping: rows read, problems, columns left out."""

    sheet: Sheet
    mapping: list[str]
    blocking: list[Message]
    ignored: list[str]
    rows: list[RowResult] = field(default_factory=list)

    @property
    def good_rows(self) -> list[RowResult]:
        return [] if self.blocking else [r for r in self.rows if r.ok]

    @property
    def bad_rows(self) -> list[RowResult]:
        return [r for r in self.rows if not r.ok]

    def can_import(self, *, skip_bad_rows: bool = False) -> bool:
        if self.blocking or not self.good_rows:
            return False
        return skip_bad_rows or not self.bad_rows


@dataclass(frozen=True)
class ImportResult:
    created: list[str]
    skipped_rows: list[int]


def _refuse(path: Path, reason: Message) -> SpreadsheetError:
    return SpreadsheetError("“{file}” cannot be imported: {reason}", file=path.name, reason=reason)


# Reading -----------------------------------------------------------------------------------
def read_spreadsheet(path: Path) -> Sheet:
    """The file's cells, after every check that can be made before trusting it."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(
            path, Message("it could not be opened ({reason}).", reason=exc.strerror or str(exc))
        ) from exc
    if not path.is_file():
        raise _refuse(path, Message("it is a folder, not a file."))
    if size > MAX_FILE_BYTES:
        raise _refuse(
            path,
            Message(
                "it is {size:.1f} MB, and a list of partnerships is never more than "
                "{limit} MB. Check it is the right file.",
                size=size / 1024 / 1024,
                limit=MAX_FILE_BYTES // 1024 // 1024,
            ),
        )
    if size == 0:
        raise _refuse(path, Message("the file is empty."))
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise _refuse(
            path,
            "it is in the old Excel format (.xls). Open it in your spreadsheet program and "
            "save it as an Excel workbook (.xlsx) or as CSV, then import that.",
        )
    if suffix in XLSX_SUFFIXES:
        table = _read_xlsx(path)
    elif suffix in CSV_SUFFIXES:
        table = _read_csv(path)
    else:
        raise _refuse(
            path, Message("Partnerbook can read spreadsheets saved as CSV (.csv) or Excel (.xlsx).")
        )
    return _to_sheet(path, table)


def _to_sheet(path: Path, table: Iterable[tuple[int, Sequence[object]]]) -> Sheet:
    headers: list[str] | None = None
    rows: list[tuple[int, list[object]]] = []
    for number, cells in table:
        values = list(cells)
        while values and (values[-1] is None or str(values[-1]).strip() == ""):
            values.pop()
        if len(values) > MAX_COLUMNS:
            raise _refuse(
                path,
                Message(
                    "row {number} has more than {limit} columns. Keep only the columns "
                    "about partnerships (see the template).",
                    number=number,
                    limit=MAX_COLUMNS,
                ),
            )
        if not values:
            continue
        if headers is None:
            headers = [str(v).strip() if v is not None else "" for v in values]
            continue
        if len(rows) >= MAX_ROWS:
            raise _refuse(
                path,
                Message(
                    "it has more than {limit:,} rows. Split it into smaller files.", limit=MAX_ROWS
                ),
            )
        rows.append((number, values))
    if headers is None:
        raise _refuse(path, Message("there is nothing in it."))
    width = max([len(headers)] + [len(v) for _, v in rows])
    headers += [""] * (width - len(headers))
    padded = [(n, v + [None] * (width - len(v))) for n, v in rows]
    return Sheet(path, headers, padded)


def _decode(path: Path, raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _refuse(path, Message("it is not a spreadsheet saved as CSV (it is not readable text)."))


def _read_csv(path: Path) -> list[tuple[int, list[object]]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _refuse(
            path, Message("it could not be read ({reason}).", reason=exc.strerror or str(exc))
        ) from exc
    if raw.startswith(b"PK\x03\x04"):
        raise _refuse(path, Message("it is a zip file or a workbook, not CSV. Rename it to .xlsx."))
    text = _decode(path, raw)
    controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\r\n")
    if "\x00" in text or controls > len(text[:65536]) // 200:
        raise _refuse(path, Message("it is not a spreadsheet saved as CSV (it holds binary data)."))
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t")
    except csv.Error:
        dialect = csv.excel
    table: list[tuple[int, list[object]]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), dialect)
        for cells in reader:
            if reader.line_num > MAX_SCANNED_ROWS:
                raise _refuse(path, Message("it has more than {limit:,} rows.", limit=MAX_ROWS))
            table.append((reader.line_num, list(cells)))
    except csv.Error as exc:
        raise _refuse(
            path, Message("it is not a CSV file we can read ({reason}).", reason=str(exc))
        ) from exc
    return table


def check_workbook_zip(path: Path) -> None:
    """Refuse a file that is not a workbook, or would unpack to far more than it should.

    Only the zip directory is read here; nothing is decompressed. The sizes it declares are
    also the most zipfile will ever unpack for a member (it stops at the declared size and
    then fails the CRC check), so a directory that lies cannot get past this check.
    """
    not_workbook = Message(
        "it is not an Excel workbook (.xlsx). Open it in your spreadsheet program and save it "
        "as an Excel workbook or as CSV."
    )
    if not zipfile.is_zipfile(path):
        raise _refuse(path, not_workbook)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _refuse(path, not_workbook) from exc
    if len(infos) > MAX_ZIP_MEMBERS:
        raise _refuse(
            path,
            Message(
                "it holds more than {limit:,} parts; it is not a workbook.", limit=MAX_ZIP_MEMBERS
            ),
        )
    total = sum(info.file_size for info in infos)
    if total > MAX_UNZIPPED_BYTES:
        raise _refuse(
            path,
            Message(
                "it would unpack to {size:,.0f} MB, far more than any list of "
                "partnerships needs. It may be damaged or made to cause harm.",
                size=total / 1024 / 1024,
            ),
        )
    for info in infos:
        packed = max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and info.file_size / packed > MAX_RATIO:
            raise _refuse(
                path,
                Message(
                    "one of its parts is packed far more tightly than a real workbook. It may be "
                    "damaged or made to cause harm."
                ),
            )
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or not any(
        n.startswith("xl/") and n.endswith("workbook.xml") for n in names
    ):
        raise _refuse(path, not_workbook)


def _read_xlsx(path: Path) -> list[tuple[int, list[object]]]:
    check_workbook_zip(path)
    import openpyxl  # imported here: only an import needs it, and it is slow to load

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise _refuse(
            path, Message("it is damaged or not a workbook Partnerbook can read.")
        ) from exc
    try:
        if not book.worksheets:
            raise _refuse(path, Message("it has no sheets."))
        named = [s for s in book.worksheets if s.title.strip().casefold() == "partnerships"]
        sheet = (named or book.worksheets)[0]
        table: list[tuple[int, list[object]]] = []
        try:
            rows = sheet.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True)
            for number, cells in enumerate(rows, start=1):
                if number > MAX_SCANNED_ROWS:
                    raise _refuse(path, Message("it has more than {limit:,} rows.", limit=MAX_ROWS))
                table.append((number, list(cells)))
        except SpreadsheetError:
            raise
        except Exception as exc:
            raise _refuse(path, Message("part of it is damaged and cannot be read.")) from exc
        return table
    finally:
        book.close()


# Preview and import ------------------------------------------------------------------------
def existing_partnership_names(conn: sqlite3.Connection) -> list[str]:
    """Every partnership's name, archived ones too: an imported row may not repeat one, and
    may name one as its parent."""
    return partnerships.all_names(conn)


def row_values(sheet: Sheet, mapping: Sequence[str]) -> list[tuple[int, dict[str, object]]]:
    return [
        (number, {key: cells[i] for i, key in enumerate(mapping) if key != IGNORE})
        for number, cells in sheet.rows
    ]


def preview_import(
    sheet: Sheet, existing_names: Iterable[str], mapping: Sequence[str] | None = None
) -> ImportPreview:
    """What importing ``sheet`` with ``mapping`` (guessed when None) would do."""
    chosen = list(mapping) if mapping is not None else guess_mapping(sheet.headers)
    blocking = mapping_problems(sheet.headers, chosen)
    if not sheet.rows:
        blocking.append(Message("There are no rows under the headings."))
    rows = [] if blocking else check_rows(row_values(sheet, chosen), existing_names)
    return ImportPreview(sheet, chosen, blocking, ignored_columns(sheet.headers, chosen), rows)


def import_partnerships(
    session: Session, preview: ImportPreview, *, skip_bad_rows: bool = False
) -> ImportResult:
    """Store the rows in the caller's one transaction; raise ImportRefused to write nothing.

    The names are checked again against those stored now, in this transaction, so a
    partnership added since the preview cannot slip in twice.
    """
    if preview.blocking:
        # Said one after another, each still translatable.
        raise ImportRefused(
            problems=[Problem("columns", m.template, **m.values) for m in preview.blocking]
        )
    if preview.bad_rows and not skip_bad_rows:
        raise ImportRefused(
            "{bad} of the {total} rows have problems, so nothing "
            "was imported. Fix them in the spreadsheet, or choose to leave those rows out.",
            bad=len(preview.bad_rows),
            total=len(preview.rows),
        )
    if not preview.good_rows:
        raise ImportRefused("No row can be imported, so nothing was imported.")
    stored = {normalise_name(n) for n in session.scalars(select(Partnership.name))}
    for row in preview.good_rows:
        if normalise_name(row.data.name) in stored:
            raise ImportRefused(
                "A partnership called '{name}' has been added since the file "
                "was checked, so nothing was imported. Check the file again.",
                name=row.data.name.strip(),
            )
    rows = preview.good_rows
    # Bulk inserts (one statement per table) rather than one ORM object at a time: 5,000
    # rows take a second or two instead of half a minute, still inside the one transaction.
    ids = session.scalars(
        insert(Partnership).returning(Partnership.id, sort_by_parameter_order=True),
        [_partnership_values(row) for row in rows],
    ).all()
    themes = [
        {"partnership_id": pid, "theme": theme}
        for pid, row in zip(ids, rows, strict=True)
        for theme in row.data.themes
    ]
    if themes:
        session.execute(insert(PartnershipTheme), themes)
    session.execute(
        insert(Seat),
        [
            {
                "partnership_id": pid,
                "our_role": row.our_role or "member",
                "represents": row.represents or "ourselves",
            }
            for pid, row in zip(ids, rows, strict=True)
        ],
    )
    org_ids = _organisation_ids(session, [e for row in rows for e in row.partners])
    partners = [
        {"partnership_id": pid, "organisation_id": org_ids[normalise_name(e.name)], "role": e.role}
        for pid, row in zip(ids, rows, strict=True)
        for e in row.partners
    ]
    if partners:
        session.execute(insert(Partner), partners)
    from desktop.services.governance.importing import apply_run_fields

    apply_run_fields(session, rows, ids)  # sits under, vision, goal ... (issue 17)
    from desktop.services.rules_import import apply_rules_fields

    apply_rules_fields(session, rows, ids)  # terms of reference, quorum ... (issue 17)
    created = [" ".join(row.data.name.split()) for row in rows]
    return ImportResult(created, [r.row_number for r in preview.bad_rows])


# Every field of the input type that the partnership table stores, read from the two types
# themselves: a field added to both is imported with no list here to keep up to date. The
# name is tidied below; themes are rows of their own table (not a column, so not copied).
_COPIED_FIELDS = tuple(
    f.name
    for f in dataclasses.fields(PartnershipInput)
    if f.name != "name" and f.name in Partnership.__table__.columns
)


def _partnership_values(row: RowResult) -> dict[str, object]:
    values: dict[str, object] = {key: getattr(row.data, key) for key in _COPIED_FIELDS}
    values["name"] = " ".join(row.data.name.split())
    return values


def _organisation_ids(session: Session, entries: Sequence[PartnerEntry]) -> dict[str, int]:
    """Ids of the partner organisations by normalised name, adding the ones not known yet.

    An organisation already stored keeps its name; its sector is filled in only where it
    was "not known" (or "other"), so an import never overwrites what someone chose.
    """
    known = {normalise_name(o.name): o for o in session.scalars(select(Organisation))}
    ids = {key: org.id for key, org in known.items()}
    new: dict[str, PartnerEntry] = {}
    for entry in entries:
        key = normalise_name(entry.name)
        if key in known:
            org = known[key]
            if entry.sector and org.sector in ("other", "not_known"):
                org.sector = entry.sector
        elif key not in new or (entry.sector and not new[key].sector):
            new[key] = entry
    if new:
        added = session.scalars(
            insert(Organisation).returning(Organisation.id, sort_by_parameter_order=True),
            [{"name": e.name, "sector": e.sector or "not_known"} for e in new.values()],
        ).all()
        ids.update(zip(new, added, strict=True))
    session.flush()
    return ids
