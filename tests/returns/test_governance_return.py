"""How it is run (issue 17, items 6-9) in the return as exported: the PDF's text (through
pdftotext), the data attached to it, the HTML copy and the CSV files, including the tree of
partnerships on the summary page, a closed partnership's closing note, and a return made
before these fields existed still drawing as it did."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.domain.return_period import parse_period
from desktop.reports.return_html import render_return_html
from desktop.reports.return_run_registers import run_register_blocks, summary_tree_block
from desktop.services.governance import closure, structure
from desktop.services.return_reader import read_return
from desktop.services.returns import ExportRequest, export_return
from desktop.store.models import Partnership
from tests.returns.conftest import FIXED_NOW

FY = parse_period("2026-27")


def _pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(out.split())


def _ids(session) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {p.short_name or p.name: p.id for p in session.scalars(select(Partnership))}


def test_the_pdf_html_and_csv_say_how_each_partnership_is_run(
    demo_database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        ids = _ids(session)
        structure.set_parent(session, ids["TRTF"], ids["NDHWP"])
        closure.close_partnership(
            session,
            ids["TRTF"],
            {
                "scope": "our_part",
                "closed_on": date(2026, 10, 31),
                "reason": "Our volunteer drivers joined the county scheme",
                "records_after": "Kept by our secretary for six years",
            },
        )
    with demo_database.session() as session:
        result = export_return(
            session,
            ExportRequest(
                period=FY,
                out_path=tmp_path / "return.pdf",
                html_path=tmp_path / "return.html",
                csv_dir=tmp_path / "csv",
            ),
            now=FIXED_NOW,
        )
    text = _pdf_text(result.path)
    # The summary page: the board, then the forum under it, closed.
    assert "How the partnerships fit together" in text
    assert "↳ Torridge Rural Transport Forum" in text
    assert "31 October 2026: we left it" in text
    # The board's section: vision, risks with their score, the other registers.
    assert "Everyone in North Devon and Torridge lives a healthy life." in text
    assert "16 (4 × 4), high" in text  # the demo's grants risk
    assert "Its trustee chairs one of the groups bidding for a small grant." in text
    assert "A third of the fund kept for parishes under 2,000 people." in text
    assert "Paper forms at the libraries, and help to fill them in." in text
    assert "Ask for the papers ten days before every meeting." in text
    assert "Reporting back to the people we represent" in text
    assert "Our volunteer drivers joined the county scheme" in text
    assert "Kept by our secretary for six years" in text
    payload = read_return(result.path)  # the data attached: what the CVS imports
    forum = next(p for p in payload["partnerships"] if p["short_name"] == "TRTF")
    assert forum["structure"]["parent_name"] == "North Devon Health and Wellbeing Partnership"
    assert forum["closure"]["scope"] == "our_part"
    assert forum["reporting_back"]["every"] == "quarterly"
    assert forum["reporting_back"]["next_due"] is None  # we left: nothing more is due
    html = (tmp_path / "return.html").read_text(encoding="utf-8")
    assert "How the partnerships fit together" in html and "Learning log" in html
    assert "Our volunteer drivers joined the county scheme" in html
    rows = list(csv.DictReader(io.StringIO((tmp_path / "csv" / "run_registers.csv").read_text())))
    kinds = {row["register"] for row in rows}
    assert {
        "structure",
        "risk",
        "conflict_of_interest",
        "disagreement",
        "equality_note",
        "learning",
        "report_back",
        "report_back_next_due",
        "closure",
    } <= kinds
    risk = next(row for row in rows if row["register"] == "risk" and "grants" in row["what"])
    assert "score 16" in risk["more"] and risk["who"] == "Devon County Council"


def test_a_return_without_the_new_fields_draws_as_before(demo_database) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.return_data import build_return

    with demo_database.session() as session:
        payload = build_return(session, FY, now=FIXED_NOW)
    for entry in payload["partnerships"]:
        for key in (
            "structure",
            "risks",
            "conflicts_of_interest",
            "disagreements",
            "equality_notes",
            "learning_log",
            "reporting_back",
            "closure",
        ):
            entry.pop(key)
    assert summary_tree_block(payload) is None
    assert all(run_register_blocks(entry) == [] for entry in payload["partnerships"])
    html = render_return_html(payload)
    assert "How the partnerships fit together" not in html and "Learning log" not in html


def test_a_partnership_with_nothing_recorded_gets_one_line() -> None:
    entry = {
        "structure": {
            "parent_id": None,
            "parent_name": "",
            "vision": "",
            "goal": "",
            "principles": "",
        },
        "risks": [],
        "conflicts_of_interest": [],
        "disagreements": [],
        "equality_notes": [],
        "learning_log": [],
        "reporting_back": {"every": "", "last": None, "next_due": None, "reports": []},
        "closure": None,
    }
    blocks = run_register_blocks(entry)
    assert len(blocks) == 1
    assert blocks[0].sentence == (
        "Nothing recorded yet about its structure, risks, conflicts of interest, "
        "disagreements, equality notes, learning or reporting back."
    )
    entry["learning_log"] = [
        {
            "id": "x",
            "noted_on": None,
            "learned": "Ask early",
            "do_differently": "",
            "shared_with": "",
        }
    ]
    blocks = run_register_blocks(entry)
    assert [b.heading for b in blocks[1:]] == ["Learning log"]
    assert blocks[0].sentence == (
        "Nothing recorded yet about its risks, conflicts of interest, disagreements, "
        "equality notes or reporting back."
    )
