"""The Qt table models on their own: what each column and role gives, with no widget."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from desktop.domain.frameworks import load_builtin
from desktop.domain.ledger import Totals
from desktop.services.commitments import CommitmentRow, Matrix, MatrixRow
from desktop.services.resource_views import NeedView
from desktop.ui.commitments_models import CommitmentTableModel, MatrixModel
from desktop.ui.resources_models import LedgerModel, TotalsModel


def _need(status: str, agreed: int | None = None) -> NeedView:
    return NeedView(
        id=1, partnership_id=None, partnership_name="", meeting_id=None, category="travel",
        description="Mileage", quantity=24, unit="miles", unit_cost_pence=45,
        estimated_pence=1080, asked_of="", status=status, identified_date=date(2026, 5, 1),
        requested_date=None, decided_date=None, received_date=None, agreed_pence=agreed,
        received_pence=None, notes="",
    )  # fmt: skip


def test_ledger_model_columns(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = LedgerModel()
    model.set_rows([_need("partly_agreed", 500), _need("identified")])
    text = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert text[model.PARTNERSHIP] == "General"
    assert text[model.STATUS] == "Partly agreed"
    assert text[model.ESTIMATE] == "£10.80"
    assert text[model.AGREED] == "£5.00"
    assert (text[model.WAITING_FOR], text[model.OUTSTANDING]) == ("The money", "£5.00")
    assert text[model.QUANTITY] == "24 miles"
    assert text[model.NOTICED] == "1 May 2026"
    assert model.data(model.index(1, model.AGREED)) == ""
    assert model.data(model.index(0, model.ESTIMATE), Qt.ItemDataRole.TextAlignmentRole)
    assert model.headerData(model.STATUS, Qt.Orientation.Horizontal) == "Status"


def test_totals_model_has_a_bold_total_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = TotalsModel()
    model.set_totals({"2026-27": Totals(count=2, estimated=1234)}, Totals(count=2, estimated=1234))
    assert model.rowCount() == 2
    assert model.data(model.index(0, 2)) == "£12.34"
    assert model.data(model.index(1, 0)) == "All"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).bold()


def test_rating_shown_in_words_and_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    row = CommitmentRow(
        section="all_partners", ref="3.1(a)", title="Value every partner's part", text="t",
        guidance="", rating="need_help", rating_label="Need help", rating_colour="#B91C1C",
        evidence="", next_action="", owner_person_id=None, owner_name="", due_date=None,
        updated_at=datetime(2026, 11, 28, 9, 0), version="2008.1", older_wording=True,
    )  # fmt: skip
    model = CommitmentTableModel()
    model.set_rows([row])
    rating = model.index(0, model.RATING)
    assert model.data(rating) == "Need help"
    assert model.data(rating, Qt.ItemDataRole.AccessibleTextRole) == "Need help"
    assert not model.data(rating, Qt.ItemDataRole.DecorationRole).isNull()
    assert model.data(model.index(0, model.SECTION)) == "As a partner"
    assert model.data(model.index(0, model.COMMITMENT)).endswith("†")
    assert "version 2008.1" in model.data(
        model.index(0, model.COMMITMENT), Qt.ItemDataRole.ToolTipRole
    )
    assert model.data(model.index(0, model.UPDATED)) == "28 Nov 2026"


def test_matrix_model(qtbot) -> None:  # type: ignore[no-untyped-def]
    matrix = Matrix(
        load_builtin(),
        [(1, "Alpha"), (2, "Beta")],
        [MatrixRow("3(a)", "Aim", {1: "we_do_this", 2: ""})],
    )
    model = MatrixModel()
    model.set_matrix(matrix)
    assert (model.rowCount(), model.columnCount()) == (1, 3)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Alpha"
    assert model.headerData(0, Qt.Orientation.Vertical) == "3(a)"
    assert model.data(model.index(0, 1)) == "We do this"
    assert model.data(model.index(0, 2)) == ""
    assert model.data(model.index(0, 2), Qt.ItemDataRole.DecorationRole) is None
