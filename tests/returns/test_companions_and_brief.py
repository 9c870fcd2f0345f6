"""The HTML and CSV companions, the meeting brief, the command line, and safe saving."""

from __future__ import annotations

import csv
import errno
import io
import os
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.atomic_write import SaveError, write_atomically
from desktop.cli import main
from desktop.domain.return_period import parse_period
from desktop.reports.brief_pdf import render_brief_pdf
from desktop.reports.return_csv import CSV_FILES, return_csv_tables
from desktop.reports.return_html import render_return_html
from desktop.services.brief_data import build_brief
from desktop.services.partnership_listing import PartnershipNotFound, find_partnership
from desktop.services.return_data import build_return
from desktop.services.return_reader import read_return
from tests.conftest import FIXED_TODAY
from tests.returns.conftest import FIXED_NOW


class _Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _payload(database, **kwargs):  # type: ignore[no-untyped-def]
    with database.session() as session:
        return build_return(session, parse_period("2026-27"), now=FIXED_NOW, **kwargs)


def test_html_has_headings_and_real_tables(filled_database, seeded_people) -> None:  # type: ignore[no-untyped-def]
    payload = _payload(filled_database)
    page = _Outline()
    page.feed(render_return_html(payload))
    tags = [t for t, _ in page.tags]
    assert tags.count("h1") == 1 and tags.count("h2") >= len(payload["partnerships"])
    assert ("html", {"lang": "en-GB"}) in page.tags
    scopes = {attrs.get("scope") for tag, attrs in page.tags if tag == "th"}
    assert scopes == {"col", "row"}
    assert tags.count("caption") >= 5
    text = " ".join("".join(page.text).split())
    for entry in payload["partnerships"]:
        assert entry["name"] in text
    assert payload["reference"] in text and "No contact details" in text
    for value in seeded_people:
        assert value not in text


def test_csv_files_carry_every_record(filled_database) -> None:  # type: ignore[no-untyped-def]
    payload = _payload(filled_database)
    tables = return_csv_tables(payload)
    assert tuple(tables) == CSV_FILES
    rows = {name: list(csv.DictReader(io.StringIO(text))) for name, text in tables.items()}
    assert len(rows["partnerships.csv"]) == len(payload["partnerships"])
    assert len(rows["commitments.csv"]) == sum(
        len(p["commitments"]) + len(p["undertakings"]) for p in payload["partnerships"]
    )
    needs = sum(len(p["resource_needs"]) for p in payload["partnerships"])
    assert len(rows["resource_needs.csv"]) == needs + len(payload["general_resource_needs"])
    first = rows["partnerships.csv"][0]
    totals = payload["partnerships"][0]["resource_totals"]
    assert first["return_id"] == payload["return_id"]
    assert first["requested"] == f"{totals['requested_pence'] / 100:.2f}"


def test_brief_fits_on_two_pages_with_the_demo(demo_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        from sqlalchemy import select

        from desktop.store.models import Partnership

        ids = list(session.scalars(select(Partnership.id)))
        briefs = [build_brief(session, pid, FIXED_TODAY) for pid in ids]
    for brief in briefs:
        out = tmp_path / "brief.pdf"
        out.write_bytes(render_brief_pdf(brief))
        assert 1 <= len(PdfReader(str(out)).pages) <= 2, brief["name"]
    busiest = next(b for b in briefs if b["name"].startswith("North Devon"))
    out.write_bytes(render_brief_pdf(busiest))
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "Meeting brief: North Devon Health and Wellbeing Partnership" in text
    assert "Next meeting 7 December 2026" in text
    assert "Priya Shah (Lead)" in text  # the brief stays with the group, so it names people
    assert "Send the board our survey of village transport" in text
    assert "Overdue" in text


def test_brief_finds_a_partnership_by_id_name_or_a_unique_part(demo_database) -> None:  # type: ignore[no-untyped-def]
    # Issue 21: a unique part of the name is enough now ("Torridge" was refused before).
    with demo_database.session() as session:
        by_name = find_partnership(session, "Torridge Rural Transport Forum")
        assert find_partnership(session, str(by_name.id)).id == by_name.id
        assert find_partnership(session, "torridge").id == by_name.id
        with pytest.raises(PartnershipNotFound, match="no partnership"):
            find_partnership(session, "Exmoor")


def test_a_full_disk_leaves_no_half_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "return.pdf"
    target.write_bytes(b"the earlier return")

    def full(_src: str, _dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(SaveError, match=r"disk .* is full"):
        write_atomically(target, b"%PDF new")
    assert target.read_bytes() == b"the earlier return"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["return.pdf"]


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="does not exist"):
        write_atomically(tmp_path / "nowhere" / "return.pdf", b"x")


def test_cli_export_and_brief(demo_database, data_dir: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "return.pdf"
    code = main(
        [
            "export-return",
            "--period",
            "2026-27",
            "--out",
            str(out),
            "--html",
            str(tmp_path / "r.html"),
            "--csv",
            str(tmp_path / "csv"),
        ]
    )
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "Saved return PB-2026-27-" in printed.out
    assert read_return(out)["period"]["label"] == "2026-27"
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(CSV_FILES)
    code = main(["export-return", "--period", "2026-27", "--out", str(tmp_path / "again.pdf")])
    assert code == 0 and "It replaces return" in capsys.readouterr().out
    code = main(["export-return", "--period", "2010-11", "--out", str(tmp_path / "empty.pdf")])
    err = capsys.readouterr().err
    assert code == 1 and "no partnerships to report for 2010-11" in err and "--allow-empty" in err
    assert not (tmp_path / "empty.pdf").exists()
    code = main(
        [
            "export-return",
            "--period",
            "2010-11",
            "--allow-empty",
            "--out",
            str(tmp_path / "empty.pdf"),
        ]
    )
    assert code == 0 and read_return(tmp_path / "empty.pdf")["partnerships"] == []
    code = main(["export-return", "--period", "next year", "--out", str(out)])
    assert code == 1 and "not a period" in capsys.readouterr().err
    code = main(["brief", "Torridge Rural Transport Forum", "--out", str(tmp_path / "brief.pdf")])
    assert code == 0 and len(PdfReader(str(tmp_path / "brief.pdf")).pages) <= 2
    code = main(["brief", "No such thing", "--out", str(tmp_path / "nope.pdf")])
    assert code == 1 and "No such thing" in capsys.readouterr().err
