"""The What's due model on its own: no widgets, no database."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from desktop.services.whats_due import DueAction
from desktop.ui.theme import problem_text
from desktop.ui.whats_due_model import WhatsDueModel
from tests.conftest import FIXED_TODAY

TODAY = FIXED_TODAY


def action(id: int, **kw) -> DueAction:  # type: ignore[no-untyped-def]
    values = {
        "description": f"Action {id}",
        "source": "meeting",
        "owner": "Priya Shah",
        "partnership_id": 1,
        "partnership": "Food Network",
        "due_date": None,
        "status": "open",
        "done_date": None,
    }
    values.update(kw)
    return DueAction(id=id, **values)  # type: ignore[arg-type]


ROWS = [
    action(1, due_date=TODAY - timedelta(7), description="Book the hall"),
    action(2, due_date=TODAY - timedelta(1), owner="", partnership_id=None, partnership=""),
    action(3, due_date=TODAY, owner="Tom Brayley", partnership="Transport Forum"),
    action(4, source="priority"),
    action(5, status="done", due_date=TODAY - timedelta(30), done_date=TODAY),
]


def model_with_rows() -> WhatsDueModel:
    model = WhatsDueModel()
    model.set_actions(ROWS, TODAY)
    return model


def text(model: WhatsDueModel, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def test_columns_and_text() -> None:
    model = model_with_rows()
    assert model.rowCount() == 5 and model.columnCount() == 6
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert header == ["Done", "What", "Who", "Partnership", "Due", "From"]
    assert text(model, 0, model.WHAT) == "Book the hall"
    assert text(model, 0, model.DUE) == "21 Nov 2026 (overdue by 7 days)"
    assert text(model, 1, model.DUE) == "27 Nov 2026 (overdue by 1 day)"
    assert text(model, 2, model.DUE) == "28 Nov 2026 (today)"
    assert text(model, 3, model.DUE) == "No date"
    assert text(model, 1, model.WHO) == "Not given"
    assert text(model, 1, model.PARTNERSHIP) == "General"
    assert text(model, 3, model.SOURCE) == "Priority"
    assert text(model, 4, model.DUE) == "Done 28 Nov 2026"  # done: never called overdue


def test_overdue_rows_are_coloured_as_well_as_worded() -> None:
    model = model_with_rows()
    brush = model.data(model.index(0, model.DUE), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == problem_text()
    assert model.data(model.index(0, model.WHAT), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(2, model.DUE), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(4, model.DUE), Qt.ItemDataRole.BackgroundRole) is None


def test_ticking_asks_for_done_and_unticking_for_reopen() -> None:
    model = model_with_rows()
    asked: list[tuple[int, bool]] = []
    model.done_changed.connect(lambda action_id, done: asked.append((action_id, done)))
    done_cell = model.index(0, model.DONE)
    assert model.flags(done_cell) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(done_cell, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(done_cell, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    finished = model.index(4, model.DONE)
    assert model.data(finished, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(finished, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert asked == [(1, True), (5, False)]
    # Not a change: nothing asked. Not the Done column: refused.
    assert not model.setData(finished, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(model.index(0, model.WHAT), "x", Qt.ItemDataRole.EditRole)
    assert asked == [(1, True), (5, False)]


def test_filter_by_partnership_and_owner() -> None:
    model = model_with_rows()
    assert model.partnerships() == ["Food Network", "Transport Forum"]
    assert model.owners() == ["Priya Shah", "Tom Brayley"]
    model.set_filter(partnership="Transport Forum")
    assert [model.action_at(r).id for r in range(model.rowCount())] == [3]
    model.set_filter(partnership="", owner="Priya Shah")
    assert [model.action_at(r).id for r in range(model.rowCount())] == [1, 4, 5]
    model.set_filter(partnership="Food Network")
    assert [model.action_at(r).id for r in range(model.rowCount())] == [1, 4, 5]
    assert model.find(3) is not None and model.row_of(3) == -1
    model.set_actions([*ROWS, action(6, owner="Priya Shah")], TODAY + timedelta(days=1))
    assert model.row_of(6) == 3  # the filter holds across a reload
    assert text(model, 0, model.DUE) == "21 Nov 2026 (overdue by 8 days)"


def test_an_empty_list() -> None:
    model = WhatsDueModel()
    model.set_actions([], date(2026, 1, 1))
    assert model.rowCount() == 0 and model.partnerships() == [] and model.owners() == []


def test_reading_the_overdue_font_many_times_keeps_python_whole() -> None:
    """PySide6 6.12 QFont setters drop a reference to None; data() must not call them."""
    import sys

    model = model_with_rows()
    due = model.index(0, model.DUE)
    before = sys.getrefcount(None)
    for _ in range(5000):
        assert model.data(due, Qt.ItemDataRole.FontRole).bold()
    assert sys.getrefcount(None) > before - 500
