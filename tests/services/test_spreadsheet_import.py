"""Importing partnerships from CSV and XLSX: happy paths, and every bad file, writing nothing."""

from __future__ import annotations

import io
import os
import struct
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.services.import_template import write_template
from desktop.services.spreadsheet_import import (
    MAX_FILE_BYTES,
    ImportRefused,
    SpreadsheetError,
    import_partnerships,
    preview_import,
    read_spreadsheet,
)
from desktop.store.models import Organisation, Partner, Partnership

TEMPLATE = Path(__file__).parents[2] / "resources" / "templates" / "partnerships-template.csv"

HEADERS = ["Partnership", "Status", "Our role", "Start", "Themes", "Partners"]
GOOD = [
    ["Food Network", "Active", "Chair", "01/04/2025", "Health and wellbeing; Housing",
     "Devon County Council (statutory); Food Bank (voluntary, host)"],
    ["Transport Forum", "considering", "", "2026-09-01", "transport", "Devon County Council"],
]  # fmt: skip


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    text = "\r\n".join(",".join(f'"{c}"' for c in row) for row in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def count(database, model) -> int:  # type: ignore[no-untyped-def]
    with database.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def run_import(database, path: Path, **kwargs):  # type: ignore[no-untyped-def]
    sheet = read_spreadsheet(path)
    with database.session() as s:
        names = list(s.scalars(select(Partnership.name)))
    preview = preview_import(sheet, names)
    with database.session() as s:
        return preview, import_partnerships(s, preview, **kwargs)


def test_csv_happy_path_stores_partnerships_partners_and_seat(database, tmp_path) -> None:
    path = write_csv(tmp_path / "ours.csv", [HEADERS, *GOOD])
    preview, result = run_import(database, path)
    assert preview.blocking == [] and preview.ignored == []
    assert result.created == ["Food Network", "Transport Forum"]
    with database.session() as s:
        food = s.scalars(select(Partnership).where(Partnership.name == "Food Network")).one()
        assert food.status == "active" and food.start_date == date(2025, 4, 1)
        assert [t.theme for t in food.themes] == ["Health and wellbeing", "Housing"]
        assert food.seat is not None and food.seat.our_role == "chair"
        assert [(p.organisation.name, p.organisation.sector, p.role) for p in food.partners] == [
            ("Devon County Council", "statutory", ""),
            ("Food Bank", "voluntary", "host"),
        ]
        forum = s.scalars(select(Partnership).where(Partnership.name == "Transport Forum")).one()
        assert forum.status == "considering" and forum.seat.our_role == "member"
        assert [t.theme for t in forum.themes] == ["Transport"]
    # The council sits on both partnerships but is one organisation.
    assert count(database, Organisation) == 2 and count(database, Partner) == 3


def test_xlsx_happy_path_with_real_date_cells(database, tmp_path) -> None:
    rows: list[list[object]] = [HEADERS, *GOOD]
    rows[1] = [*GOOD[0][:3], date(2025, 4, 1), *GOOD[0][4:]]
    path = write_xlsx(tmp_path / "ours.xlsx", rows)
    _, result = run_import(database, path)
    assert result.created == ["Food Network", "Transport Forum"]
    with database.session() as s:
        food = s.scalars(select(Partnership).where(Partnership.name == "Food Network")).one()
        assert food.start_date == date(2025, 4, 1)


def test_the_template_imports_in_both_formats_and_is_up_to_date(database, tmp_path) -> None:
    fresh = write_template(tmp_path / "template.csv")
    assert fresh.read_bytes() == TEMPLATE.read_bytes(), "run write_template to refresh it"
    preview = preview_import(read_spreadsheet(TEMPLATE), [])
    assert preview.ignored == [] and all(r.ok for r in preview.rows)
    _, result = run_import(database, write_template(tmp_path / "template.xlsx"))
    assert len(result.created) == 2


def test_cp1252_csv_from_an_old_excel(database, tmp_path) -> None:
    rows = [["Name", "Area"], ["Café Network – Bideford", "£ town"]]
    path = write_csv(tmp_path / "old.csv", rows, encoding="cp1252")
    _, result = run_import(database, path)
    assert result.created == ["Café Network – Bideford"]


def test_semicolon_separated_csv(database, tmp_path) -> None:
    path = tmp_path / "semi.csv"
    path.write_text("Name;Status\nFood Network;Active\nForum;Paused\n", encoding="utf-8")
    _, result = run_import(database, path)
    assert result.created == ["Food Network", "Forum"]


def test_bad_dates_in_some_rows_refuse_everything_unless_skipped(database, tmp_path) -> None:
    rows = [HEADERS, *GOOD, ["Youth Hub", "Active", "", "31/02/2026", "", ""]]
    path = write_csv(tmp_path / "dates.csv", rows)
    sheet = read_spreadsheet(path)
    preview = preview_import(sheet, [])
    assert [r.row_number for r in preview.bad_rows] == [4]
    assert preview.bad_rows[0].problems[0].message == "Start date: '31/02/2026' is not a real date."
    assert not preview.can_import() and preview.can_import(skip_bad_rows=True)
    with (
        pytest.raises(ImportRefused, match="1 of the 3 rows have problems"),
        database.session() as s,
    ):
        import_partnerships(s, preview)
    assert count(database, Partnership) == 0 and count(database, Organisation) == 0
    with database.session() as s:
        result = import_partnerships(s, preview, skip_bad_rows=True)
    assert result.skipped_rows == [4] and count(database, Partnership) == 2


def test_the_same_partnership_twice_and_one_already_stored(database, tmp_path) -> None:
    run_import(database, write_csv(tmp_path / "first.csv", [["Name"], ["Food Network"]]))
    rows = [["Name"], ["Forum"], ["FORUM"], ["food network"]]
    preview = preview_import(
        read_spreadsheet(write_csv(tmp_path / "b.csv", rows)), ["Food Network"]
    )
    messages = {r.row_number: r.problems[0].message for r in preview.bad_rows}
    assert messages == {
        3: "The same partnership is on row 2 too. Keep one of them.",
        4: "There is already a partnership called 'food network' in Partnerbook.",
    }
    with pytest.raises(ImportRefused), database.session() as s:
        import_partnerships(s, preview)
    assert count(database, Partnership) == 1


def test_a_name_added_since_the_preview_is_caught_in_the_transaction(database, tmp_path) -> None:
    preview = preview_import(
        read_spreadsheet(write_csv(tmp_path / "a.csv", [["Name"], ["Hub"]])), []
    )
    run_import(database, write_csv(tmp_path / "b.csv", [["Name"], ["Hub"]]))
    with pytest.raises(ImportRefused), database.session() as s:
        import_partnerships(s, preview)
    assert count(database, Partnership) == 1


def test_missing_name_column_and_unknown_columns(database, tmp_path) -> None:
    path = write_csv(tmp_path / "cols.csv", [["Colour", "Size"], ["red", "big"]])
    preview = preview_import(read_spreadsheet(path), [])
    assert preview.ignored == ["Colour", "Size"]
    assert "No column holds the partnership name" in str(preview.blocking[0])
    assert not preview.can_import(skip_bad_rows=True)
    with pytest.raises(ImportRefused, match="partnership name"), database.session() as s:
        import_partnerships(s, preview)
    chosen = preview_import(preview.sheet, [], ["name", ""])
    assert chosen.blocking == [] and chosen.ignored == ["Size"]
    assert count(database, Partnership) == 0


def refused(path: Path) -> str:
    with pytest.raises(SpreadsheetError) as caught:
        read_spreadsheet(path)
    message = str(caught.value)
    assert path.name in message
    return message


def test_a_10_mb_file_of_junk_is_refused_before_reading(database, tmp_path) -> None:
    path = tmp_path / "junk.csv"
    with path.open("wb") as handle:
        handle.seek(10 * 1024 * 1024 - 1)
        handle.write(b"\0")
    assert "10.0 MB" in refused(path) and "5 MB" in refused(path)
    assert count(database, Partnership) == 0


def test_small_binary_junk_named_csv(tmp_path) -> None:
    path = tmp_path / "junk.csv"
    path.write_bytes(os.urandom(4096))
    assert "not a spreadsheet saved as CSV" in refused(path)


def test_an_xlsx_that_is_not_one(tmp_path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("Name,Status\nFood Network,Active\n")
    assert "not an Excel workbook" in refused(path)
    other_zip = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("photo.jpg", b"not really")
    assert "not an Excel workbook" in refused(other_zip)


def test_a_workbook_with_a_broken_part(tmp_path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Name"], ["Hub"]])
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = b"<worksheet><sheetData><row"  # cut short
            dst.writestr(info, data)
    assert "damaged" in refused(broken)


def test_an_xlsx_that_unpacks_to_gigabytes(tmp_path) -> None:
    """A real workbook plus one part whose directory entry says it unpacks to 4 GB.

    Only a few kilobytes are written and nothing is unpacked: the check reads the zip
    directory, which is what a zip bomb cannot hide from.
    """
    good = write_xlsx(tmp_path / "good.xlsx", [["Name"], ["Hub"]])
    buffer = io.BytesIO(good.read_bytes())
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.xml", b"\0" * 1024 * 1024)
    data = bytearray(buffer.getvalue())
    claimed = 0xFFFF_FFFE
    central = data.rfind(b"PK\x01\x02")  # the last entry's central directory record
    data[central + 24 : central + 28] = struct.pack("<I", claimed)
    local = data.rfind(b"PK\x03\x04")
    data[local + 22 : local + 26] = struct.pack("<I", claimed)
    bomb = tmp_path / "bomb.xlsx"
    bomb.write_bytes(bytes(data))
    assert bomb.stat().st_size < 100_000
    message = refused(bomb)
    assert "would unpack to 4,096 MB" in message and "harm" in message


def test_an_xlsx_packed_a_thousand_times_over(tmp_path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Name"], ["Hub"]])
    dense = tmp_path / "dense.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(dense, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("xl/media/zeros.xml", b"\0" * (20 * 1024 * 1024))
    assert "packed far more tightly" in refused(dense)


def test_too_many_rows_and_columns(tmp_path) -> None:
    many = tmp_path / "many.csv"
    many.write_text("Name\n" + "".join(f"P{i}\n" for i in range(5001)))
    assert "more than 5,000 rows" in refused(many)
    wide = write_csv(tmp_path / "wide.csv", [[f"C{i}" for i in range(61)]])
    assert "more than 60 columns" in refused(wide)


def test_other_file_kinds_and_empty_files(tmp_path) -> None:
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    assert "old Excel format" in refused(old)
    doc = tmp_path / "notes.docx"
    doc.write_bytes(b"PK")
    assert "CSV (.csv) or Excel (.xlsx)" in refused(doc)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty" in refused(empty)
    blank = tmp_path / "blank.csv"
    blank.write_text("\n,,\n\n")
    assert "nothing in it" in refused(blank)
    assert "could not be opened" in refused(tmp_path / "missing.csv")
    assert MAX_FILE_BYTES == 5 * 1024 * 1024


def test_known_organisations_are_reused_and_every_record_gets_its_own_uuid(
    database, tmp_path
) -> None:
    with database.session() as s:
        s.add(Organisation(name="Devon County Council", sector="other"))
        s.add(Organisation(name="Food Bank", sector="faith"))
    path = write_csv(tmp_path / "ours.csv", [HEADERS, *GOOD])
    run_import(database, path)
    with database.session() as s:
        orgs = {o.name: o.sector for o in s.scalars(select(Organisation))}
        assert orgs == {"Devon County Council": "statutory", "Food Bank": "faith"}
        partnerships = list(s.scalars(select(Partnership)))
        assert len({p.uuid for p in partnerships}) == 2
        assert all(p.created_at and p.seat and p.seat.uuid for p in partnerships)
        uuids = {p.uuid for p in s.scalars(select(Partner))}
        assert len(uuids) == 3


def test_a_sheet_that_expands_entities_a_billion_times(database, tmp_path) -> None:
    """The "billion laughs": a few hundred bytes of XML that would grow to gigabytes."""
    good = write_xlsx(tmp_path / "good.xlsx", [["Name"], ["Hub"]])
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
            for i in range(1, 10)
        )
        + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        "</sheetData></worksheet>"
    ).encode()
    bomb = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w") as dst:
        for info in src.infolist():
            data = laughs if info.filename == "xl/worksheets/sheet1.xml" else src.read(info)
            dst.writestr(info, data)
    assert "damaged" in refused(bomb)
    assert count(database, Partnership) == 0


def test_every_field_of_the_input_type_reaches_the_stored_partnership(database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Read from the types, not a list: a field added to PartnershipInput (and the table)
    fails here until a column fills it and the import stores it, never dropped silently."""
    import dataclasses
    import typing

    from desktop.domain.partnership_rules import PartnershipInput
    from desktop.domain.spreadsheet_rows import FIELD_BY_KEY

    hints = typing.get_type_hints(PartnershipInput)
    stored_elsewhere = {"themes"}  # rows of their own table, checked below
    headers: list[str] = []
    cells: list[object] = []
    expected: dict[str, object] = {}
    for number, item in enumerate(dataclasses.fields(PartnershipInput), start=1):
        if item.name in stored_elsewhere:
            continue
        assert item.name in Partnership.__table__.columns, f"{item.name} is not stored"
        assert item.name in FIELD_BY_KEY, f"no spreadsheet column fills {item.name}"
        spec = FIELD_BY_KEY[item.name]
        headers.append(spec.headers[0])
        if spec.choice is not None:  # a choice other than the default, by its label
            member = next(m for m in reversed(list(spec.choice)) if m.value != item.default)
            cells.append(member.label)
            expected[item.name] = member.value
        elif hints[item.name] == date | None:
            cells.append(date(2026, 1, number))
            expected[item.name] = date(2026, 1, number)
        else:
            cells.append(f"{spec.label} of row 2")
            expected[item.name] = f"{spec.label} of row 2"
    path = write_xlsx(tmp_path / "all.xlsx", [[*headers, "Themes"], [*cells, "Housing"]])

    preview, _result = run_import(database, path)

    assert not preview.bad_rows, preview.bad_rows[0].problems if preview.bad_rows else ""
    with database.session() as s:
        stored = s.scalars(select(Partnership)).one()
        assert {key: getattr(stored, key) for key in expected} == expected
        assert [t.theme for t in stored.themes] == ["Housing"]
