"""One partnership across many groups (issue 19): when the group columns' titles alone fill
the table, its columns get the same widths as before without every cell's words being
measured (1,700 groups: 80,000 cells laid out, about 2 s); a table whose titles fit is
still fitted to its words."""

from __future__ import annotations

from typing import Any

from desktop.domain.collection_tables import Table
from desktop.ui.collection.models import ViewModel
from desktop.ui.collection.pages import table_view
from desktop.ui.sizing import ColumnFitter

LONG = "Fully met, with evidence shown"


def _shown(groups: int, qtbot: Any) -> tuple[Any, ColumnFitter, list[int]]:
    """A commitments grid across ``groups`` groups, shown 900 pixels wide; the columns
    whose words were measured."""
    columns = ("Clause", "What it asks", *(f"G{n}" for n in range(groups)))
    rows = [(f"3.{r}", f"Clause {r} asks this", *([LONG] * groups)) for r in range(6)]
    model = ViewModel()
    view = table_view(model, "Commitment ratings", main=1)
    measured: list[int] = []
    measure = view.sizeHintForColumn

    def counted(column: int) -> int:
        measured.append(column)
        return measure(column)

    view.sizeHintForColumn = counted  # type: ignore[method-assign]
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    model.set_table(Table("commitments", "Commitment ratings", columns, rows))
    fitter = view.findChild(ColumnFitter)
    assert fitter is not None
    qtbot.waitUntil(lambda: not fitter._timer.isActive())
    return view, fitter, measured


def _widths(view: Any) -> list[int]:
    header = view.horizontalHeader()
    return [header.sectionSize(c) for c in range(header.count())]


def _by_sharing(view: Any, fitter: ColumnFitter) -> list[int]:
    """The widths the words-measuring sharing gives, worked out in full."""
    fitter._measured, fitter._titled = {}, {}
    try:
        titles = fitter._floors()
        titles[fitter.main] = fitter.title_width(fitter.main)
        others = [c for c in range(len(titles)) if c != fitter.main]
        return fitter._shared(view.viewport().width(), titles, others)
    finally:
        fitter._measured, fitter._titled = None, None


def test_many_groups_get_their_titles_widths_without_their_words_measured(qtbot: Any) -> None:
    view, fitter, measured = _shown(300, qtbot)
    header = view.horizontalHeader()
    assert set(measured) <= {1}  # only the main column's words (the room check)
    shown = _widths(view)
    assert shown[2:] == [header.sectionSizeHint(c) for c in range(2, 302)]
    assert shown == _by_sharing(view, fitter)  # exactly what measuring every word gives
    assert view.model().data(view.model().index(5, 301)) == LONG  # every cell still there


def test_a_few_groups_are_still_fitted_to_their_words(qtbot: Any) -> None:
    view, fitter, measured = _shown(3, qtbot)
    header = view.horizontalHeader()
    assert set(measured) >= {2, 3, 4}
    shown = _widths(view)
    assert all(shown[c] > header.sectionSizeHint(c) for c in (2, 3, 4))  # "Fully met, …"
    assert shown == _by_sharing(view, fitter)
