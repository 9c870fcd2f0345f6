"""People named in the registers of how a partnership is run (issue 17): the person export
(JSON and its PDF) lists each row that names them, and forgetting them replaces the name
there too, keeping the rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from desktop.paths import AppPaths
from desktop.services.forgetting import forget_person_everywhere
from desktop.services.governance import registers
from desktop.services.person_export import save_person_pdf
from desktop.services.privacy import FORMER_REPRESENTATIVE, person_record
from desktop.store.database import Database
from desktop.store.models import InterestDeclaration, Partnership, Person, Risk


def _setup(db: Database) -> int:
    with db.session() as session:
        pid = session.scalars(select(Person.id).where(Person.full_name == "Priya Shah")).one()
        board = session.scalars(select(Partnership.id).where(Partnership.short_name == "NDHWP"))
        board_id = board.one()
        registers.add_register_row(
            session,
            "interest_declaration",
            board_id,
            {
                "declared_by": "Priya Shah",
                "about": "She volunteers for a group bidding for a grant",
                "declared_on": date(2026, 9, 29),
            },
        )
        registers.add_register_row(
            session,
            "risk",
            board_id,
            {"description": "Our lead rep is stretched", "owner_label": "priya shah"},
        )
    return pid


def test_the_export_lists_every_register_row_that_names_the_person(
    demo_database: Database, tmp_path: Path
) -> None:
    pid = _setup(demo_database)
    with demo_database.session() as session:
        record = person_record(session, pid)
    named = {(m["register"], m["what"], m["date"]) for m in record["mentioned_in_registers"]}
    assert named == {
        (
            "Conflict of interest declared",
            "She volunteers for a group bidding for a grant",
            "2026-09-29",
        ),
        ("Risk", "Our lead rep is stretched", None),  # found whatever the case
    }
    pdf = save_person_pdf(record, tmp_path / "priya.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Named in a partnership's registers" in text and "Conflict of interest declared" in text


def test_forgetting_replaces_the_name_in_the_registers(
    demo_database: Database, app_paths: AppPaths
) -> None:
    pid = _setup(demo_database)
    forget_person_everywhere(app_paths, demo_database, pid)
    with demo_database.session() as session:
        declared = session.scalars(select(InterestDeclaration.declared_by)).all()
        assert "Priya Shah" not in declared and FORMER_REPRESENTATIVE.lower() in declared
        risk = session.scalars(select(Risk).where(Risk.description.contains("stretched"))).one()
        assert "priya" not in risk.owner_label.casefold()
        assert person_record(session, pid)["mentioned_in_registers"] == []
