"""A collection of returns made with two different review tools (issue 14, item 3).

Three groups review the same partnership: two with the six-principles check (sum-scored,
24 to 96, its own bands), one with the Devon Code (two sections scored apart, 0 to 100).
Every view, the CSV and XLSX exports and the area summary PDF keep the tools apart: an
average is only ever taken over one tool's section, scores are shown on that tool's own
range, tools and ratings are named in words, never keys, and no chart draws the Devon
Code's bands for a tool that has its own.
"""

from __future__ import annotations

import csv
import sqlite3
import uuid
from copy import deepcopy
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.domain.frameworks import load_builtin
from desktop.services.collection import views
from desktop.services.collection.opening import connected
from desktop.services.collection.samples import resign, write_minimal_pdf
from desktop.services.return_reader import read_return
from tests.returns.test_any_tool_returns import DEVON, FORUM, SIX, SIX_ANSWERS, pdf_text, record

AGREE = {ref: "Agree" for ref in SIX_ANSWERS}


def exported(capsys: pytest.CaptureFixture[str], tmp_path: Path, n: int) -> dict[str, Any]:
    out = tmp_path / f"return-{n}.pdf"
    code = main(["export-return", "--period", "2026-27", "--partnership", FORUM, "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    return read_return(out)


def as_group(payload: dict[str, Any], n: int) -> dict[str, Any]:
    """The return as if another group (with its own app) had made it."""
    moved = deepcopy({k: v for k, v in payload.items() if k != "sha256"})
    moved["group"] = dict(moved["group"], id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"g{n}")))
    moved["group"]["name"] = f"Group {n}"
    moved["return_id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"r{n}"))
    moved["reference"] = f"PB-2026-27-{n:04d}"
    moved["supersedes"] = None
    return resign(moved)


def collect(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(["collect", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_a_collection_never_mixes_two_review_tools(
    demo_database,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    collection_location: Path | str,
) -> None:  # type: ignore[no-untyped-def]
    six, devon = load_builtin(SIX), load_builtin(DEVON)
    record(capsys, tmp_path, FORUM, SIX, SIX_ANSWERS, "2026-11-18")
    first = exported(capsys, tmp_path, 1)
    record(capsys, tmp_path, FORUM, SIX, AGREE, "2026-11-19")
    second = as_group(exported(capsys, tmp_path, 2), 2)
    record(
        capsys, tmp_path, FORUM, DEVON, {i.ref: "Yes" for i in devon.review_items()}, "2026-11-20"
    )
    third = as_group(exported(capsys, tmp_path, 3), 3)
    reviews = [p["partnerships"][0]["latest_review"] for p in (first, second, third)]
    assert [r["framework_id"] for r in reviews] == [SIX, SIX, DEVON]
    six_scores = [r["section_scores"]["health_check"] for r in reviews[:2]]
    devon_scores = reviews[2]["section_scores"]
    assert len(devon_scores) == 2 and six_scores[0] != six_scores[1]

    files = [
        write_minimal_pdf(p, tmp_path / "in" / f"r{n}.pdf")
        # The first as its group signed it, but without its signed PDF (a one-page stand-in).
        for n, p in enumerate((resign(first), second, third))
    ]
    collection = collection_location  # a file and a server alike (issue 19)
    collect(capsys, "import", "--new", str(collection), *map(str, files))
    collect(
        capsys,
        "summary",
        str(collection),
        "--csv",
        str(tmp_path / "csv"),
        "--xlsx",
        str(tmp_path / "area.xlsx"),
        "--pdf",
        str(tmp_path / "area.pdf"),
    )

    # The scores by tool: one row per tool and section, averaged over that tool's groups.
    with connected(collection) as conn:
        table = views.review_scores_view(conn)
        [key] = views.partnerships_view(conn).keys
        detail = views.partnership_detail(conn, key)
        need_help = views.need_help_view(conn, -1)
        partnerships = views.partnerships_view(conn)
    rows = {(r[0], r[2]): r for r in table.rows}
    six_row = rows[(six.title, six.review_sections[0].title)]
    assert six_row[4] == 2 and float(six_row[5]) == round(sum(six_scores) / 2, 1)
    assert six_row[6] == "24 to 96" and six_row[1] == six.version
    bands_given = {r["band"]["label"] for r in reviews[:2]}
    assert all(band in six_row[7] for band in bands_given)
    for section in devon.review_sections:
        devon_row = rows[(devon.title, section.title)]
        assert devon_row[4] == 1 and float(devon_row[5]) == devon_scores[section.key]
        assert devon_row[6] == "0 to 100"
    assert len(table.rows) == 1 + len(devon.review_sections)
    said = partnerships.rows[0][3]
    assert f"{six.title}, {six.review_sections[0].title}: {six_row[5]} (24 to 96)" in said
    assert SIX not in said and DEVON not in said

    # One partnership: ratings and answers by their labels; the radar draws one tool, on
    # its own range, with no bands (the returns carry none), and the Devon group not at all.
    labels = {o.label for o in devon.rating_scale} | {""}
    assert {cell for row in detail.commitments.rows for cell in row[2:]} <= labels
    answer_cells = {cell for row in detail.answers.rows for cell in row[2:]} - {""}
    assert "Agree" in answer_cells and "Yes" in answer_cells
    assert not answer_cells & {o.key for o in six.answer_scale if o.key != o.label}
    assert detail.tools_used == 2 and detail.radar_tool == six.title
    assert (detail.radar_low, detail.radar_high, detail.radar_bands) == (1, 4, ())
    drawn = [any(v is not None for v in s) for s in detail.radar_series]
    assert drawn == [name != "Group 3" for name in detail.groups]
    assert set(detail.radar_axes) == set(SIX_ANSWERS)

    # "Need help": the ratings whose own framework says so, named by the framework's title.
    assert need_help.rows and {r[6] for r in need_help.rows} == {devon.title}

    # The CSV and XLSX say the same, by title and label.
    with (tmp_path / "csv" / "review_scores.csv").open(encoding="utf-8-sig") as handle:
        csv_rows = list(csv.reader(handle))
    assert csv_rows[0][0] == "Review tool"
    assert {tuple(r) for r in csv_rows[1:]} == {
        tuple("" if v is None else str(v) for v in r) for r in table.rows
    }
    everything = " ".join(p.read_text(encoding="utf-8-sig") for p in (tmp_path / "csv").iterdir())
    assert SIX not in everything and DEVON not in everything and "need_help" not in everything
    from openpyxl import load_workbook

    book = load_workbook(tmp_path / "area.xlsx", read_only=True)
    sheet = [tuple(r) for r in book["Review scores by tool"].iter_rows(values_only=True)]
    assert sheet[0][0] == "Review tool"
    assert {(r[0], r[2], r[5]) for r in sheet[1:]} == {(r[0], r[2], r[5]) for r in table.rows}

    # The summary PDF: the same rows, each tool's own range, no Devon rings on the radar.
    text = pdf_text(tmp_path / "area.pdf")
    assert "Review scores by tool" in text and "never averaged together" in text
    assert "Scores run from 1 at the centre to 4 at the edge" in text
    assert f"made with {six.title}" in text and "used another review tool" in text
    assert "Ring:" not in text
    assert SIX not in text and DEVON not in text and "need_help" not in text


def test_rows_from_before_the_tools_were_kept_read_as_they_did(tmp_path: Path) -> None:
    """A collection from schema c0001 knows no tool per review: its scores stay in one
    unnamed tool's rows, "need help" is the Devon Code's key, the radar keeps its bands."""
    # File only: the c0001 fixture is a collection file from before servers were supported.
    import shutil

    from desktop.store.collection.opening import open_collection

    path = tmp_path / "area.pbcollection"
    fixture = (
        Path(__file__).parents[1] / "store" / "fixtures" / "collection_c0001_demo.pbcollection"
    )
    shutil.copy(fixture, path)
    conn = sqlite3.connect(path)
    help_before = conn.execute(
        "SELECT count(*) FROM collected_rating c JOIN collected_partnership p"
        " ON p.id = c.partnership_id JOIN collected_return r ON r.id = p.return_id"
        " WHERE r.status = 'current' AND c.rating = 'need_help'"
    ).fetchone()[0]
    conn.close()
    open_collection(path)
    conn = sqlite3.connect(path)
    try:
        periods = views.collection_periods(conn)
        scores = [r for period in periods for r in views.review_scores_view(conn, period).rows]
        helped = [r for period in periods for r in views.need_help_view(conn, -1, period).rows]
        key = views.partnerships_view(conn, periods[0]).keys[0]
        detail = views.partnership_detail(conn, key, periods[0])
    finally:
        conn.close()
    assert help_before and sum(r[3] for r in helped) == help_before
    assert {r[6] for r in helped} == {views.NOT_NAMED}
    assert scores and {r[0] for r in scores} == {views.NOT_NAMED}
    assert detail.radar_bands == tuple(load_builtin().bands)
    assert (detail.radar_low, detail.radar_high) == (0, 100)
