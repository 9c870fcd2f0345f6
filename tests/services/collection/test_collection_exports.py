"""The collection's exports: nothing in a return can stop one, and a CVS can use each file.

Through the command line, as an officer runs it (``partnerbook collect summary``).
"""

from __future__ import annotations

import csv
import os
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from collection_support import payloads, pdfs

from desktop.cli import main
from desktop.services.collection.samples import resign

HOSTILE_NAME = "Evil\x1b[31mRed\x07 Group\x0b"
SHOWN_NAME = "EvilRed\u2407 Group\u240b"


def rehash(item: dict) -> dict:
    return resign({k: v for k, v in item.items() if k != "sha256"})


@pytest.fixture
def hostile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], collection_location: Path | str
) -> Path | str:
    """A collection holding a group name with an escape sequence and a bell, a guarded
    name, and a rejected file whose name holds a control character."""
    items = payloads(4, seed=141, groups=4)
    items[0]["group"]["name"] = HOSTILE_NAME
    items[1]["group"]["name"] = "=HYPERLINK(evil)"
    items = [rehash(i) for i in items]
    files = pdfs(tmp_path / "in", items)
    bad = tmp_path / "in" / "minutes\x01.pdf"
    bad.write_text("not a pdf \x02 at all")
    path = collection_location
    assert main(["collect", "import", "--new", str(path), *map(str, files), str(bad)]) == 1
    capsys.readouterr()
    return path


def summary(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["collect", "summary", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_control_characters_never_stop_an_export_or_reach_the_terminal(
    hostile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    book, pdf, folder = tmp_path / "area.xlsx", tmp_path / "area.pdf", tmp_path / "csv"
    code, out, err = summary(
        capsys, str(hostile), "--xlsx", str(book), "--pdf", str(pdf), "--csv", str(folder)
    )
    assert code == 0, err
    for text in (out, err):
        assert not any(ord(c) < 0x20 and c != "\n" for c in text)
    assert SHOWN_NAME in out
    groups = load_workbook(book)["Groups and their latest returns"]
    assert SHOWN_NAME in [row[0] for row in groups.iter_rows(min_row=2, values_only=True)]
    log = load_workbook(book)["Import log"]
    files = [row[1] for row in log.iter_rows(min_row=2, values_only=True)]
    assert any(f.endswith("minutes\u2401.pdf") for f in files)
    with (folder / "groups.csv").open(encoding="utf-8-sig") as fh:
        assert SHOWN_NAME in [row[0] for row in csv.reader(fh)]
    assert pdf.read_bytes().startswith(b"%PDF")

    # The import's own lines show the file name and reason safely too.
    again = tmp_path / "again"
    again.mkdir()
    (again / "notes\x1b[2J.pdf").write_text("minutes")
    assert main(["collect", "import", str(hostile), str(again)]) == 1
    out, err = capsys.readouterr()
    assert "notes.pdf — REJECTED" in out and "\x1b" not in out + err


def test_a_failed_export_says_so_leaves_no_file_and_the_others_are_still_made(
    hostile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    from desktop.services.collection import exports

    def broken(*_args: object) -> None:
        raise ValueError("a fault of ours")

    monkeypatch.setattr(exports, "write_xlsx", broken)
    book, pdf = tmp_path / "out" / "area.xlsx", tmp_path / "out" / "area.pdf"
    book.parent.mkdir()
    code, _out, err = summary(capsys, str(hostile), "--xlsx", str(book), "--pdf", str(pdf))
    assert code == 1
    assert f"The spreadsheet {book} was not made" in err and "Nothing was saved there" in err
    assert "Traceback" not in err
    assert sorted(os.listdir(book.parent)) == ["area.pdf"]  # no workbook, no partial file


def test_the_workbook_has_real_dates_widths_a_frozen_header_and_readable_sheet_names(
    hostile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    book = tmp_path / "area.xlsx"
    assert summary(capsys, str(hostile), "--xlsx", str(book))[0] == 0
    workbook = load_workbook(book)
    names = workbook.sheetnames
    assert len(set(n.casefold() for n in names)) == len(names)
    assert all(len(n) <= 31 for n in names)
    # Full titles where they fit; shortened by whole words where they do not.
    assert "Groups and their latest returns" in names
    assert 'Clauses rated "need help"' in names
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        for column in range(1, sheet.max_column + 1):
            letter = sheet.cell(1, column).column_letter
            assert sheet.column_dimensions[letter].width >= 8
    groups = workbook["Groups and their latest returns"]
    header = [c.value for c in groups[1]]
    sent = header.index("Sent") + 1
    reference = header.index("Reference") + 1
    for row in range(2, groups.max_row + 1):
        assert isinstance(groups.cell(row, sent).value, datetime)
        assert groups.cell(row, sent).number_format == "d mmm yyyy"
    longest = max(len(groups.cell(r, reference).value) for r in range(2, groups.max_row + 1))
    assert groups.column_dimensions[groups.cell(1, reference).column_letter].width > longest
    when = workbook["Import log"].cell(2, 1).value
    assert isinstance(when, datetime) and when.date() <= date.today()
    # The guarded name is text shown as typed: no quote mark, never a formula.
    guarded = next(c for c in groups["A"] if c.value and "HYPERLINK" in c.value)
    assert guarded.value == "=HYPERLINK(evil)"
    assert guarded.data_type == "s" and guarded.quotePrefix
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            assert not any(isinstance(v, str) and v.startswith("'") for v in row)


def test_sheet_names_shorten_by_whole_words_and_stay_unique() -> None:
    from desktop.services.collection.exports import sheet_names
    from desktop.services.collection.views import Table

    titles = [
        "Undertakings as each group sees them",
        "North Devon Health and Wellbeing Partnership answers",
        "Resource needs",
        "Resource needs",
        "Expected groups with no return for 2026-27",
        "What: a [title] / with \\ bad * characters?",
    ]
    names = sheet_names([Table(str(n), t, ("A",), []) for n, t in enumerate(titles)])
    assert names[0] == "Undertakings each group sees"
    assert names[2:4] == ["Resource needs", "Resource needs (2)"]
    for title, name in zip(titles, names, strict=True):
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
        words = re.split(r"[\s\[\]:*?/\\]+", title)
        for word in name.removesuffix(" (2)").split():
            # every word is whole, or a readable abbreviation ending in a full stop
            assert any(word == w or (word.endswith(".") and w.startswith(word[:-1])) for w in words)


def pdf_text(path: Path) -> str:
    import subprocess

    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_summary_pdf_splits_no_word_and_says_what_it_leaves_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], collection_location: Path | str
) -> None:
    from desktop.services.collection import views
    from desktop.store.collection import db

    items = payloads(40, seed=144, groups=40)
    path = collection_location
    assert main(["collect", "import", "--new", str(path), *map(str, pdfs(tmp_path, items))]) == 0
    pdf = tmp_path / "area.pdf"
    assert summary(capsys, str(path), "--pdf", str(pdf))[0] == 0
    text = pdf_text(pdf)

    # Every reference whole, and every group listed (one reference per group's return).
    references = {i["reference"] for i in items}
    printed = set(re.findall(r"PB-[0-9A-Z-]+", text))
    assert printed == references
    heading = next(line for line in text.splitlines() if line.strip().startswith("Group "))
    assert heading.split()[:4] == ["Group", "Period", "Sent", "Reference"]

    conn = db.connect(path)
    try:
        by_group = views.needs_view(conn, "group")
        reviewed = {
            views.partnership_detail(conn, key).name: sum(
                any(v is not None for v in series)
                for series in views.partnership_detail(conn, key).radar_series
            )
            for key in views.partnerships_view(conn).keys
        }
    finally:
        conn.close()
    # A list cut short says how many it shows and where the rest is.
    assert f"This page shows 30 of the {len(by_group.rows)} groups with needs" in " ".join(
        text.split()
    )
    assert "on the sheet “Resource needs by group”" in " ".join(text.split())
    # Each radar says how many of the partnership's reviewed groups it draws.
    captions = re.findall(
        r"Showing (\d+) of the (\d+) groups with a review", " ".join(text.split())
    )
    assert captions and all(int(n) == 6 for n, _ in captions)
    assert all(int(m) > 6 and int(m) in reviewed.values() for _, m in captions)
