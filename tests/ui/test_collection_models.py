"""The collection's Qt models on their own: formatting, keys, filtering, sorting."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop.services.collection.views import Table
from desktop.ui.collection.models import KEY_ROLE, ViewFilter, ViewModel

TABLE = Table(
    "partnerships",
    "Partnerships",
    ("Partnership", "Groups", "Unmet"),
    [
        ("Torridge Rural Transport Forum", 12, 150_050),
        ("North Devon Health and Wellbeing Partnership", 3, None),
        ("Bideford Town Team", 7, 99),
    ],
    money=frozenset({2}),
    keys=["trtf", "ndhwp", "btt"],
)


def test_the_model_formats_money_and_gives_each_row_its_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ViewModel()
    model.set_table(TABLE)
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    assert model.index(0, 2).data() == "£1,500.50"
    assert model.index(1, 2).data() == ""
    assert model.index(2, 0).data(KEY_ROLE) == "btt"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Groups"
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    assert model.data(QModelIndex()) is None


def test_the_filter_needs_every_word_in_any_column(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ViewModel()
    model.set_table(TABLE)
    proxy = ViewFilter()
    proxy.setSourceModel(model)
    proxy.set_words("devon wellbeing")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "North Devon Health and Wellbeing Partnership"
    ]
    proxy.set_words("£1,500")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data(KEY_ROLE) == "trtf"
    proxy.set_words("")
    assert proxy.rowCount() == 3


def test_sorting_uses_numbers_not_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = ViewModel()
    model.set_table(TABLE)
    proxy = ViewFilter()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 1).data() for r in range(3)] == ["3", "7", "12"]


def test_dates_are_shown_as_the_app_writes_them_and_sort_by_the_real_date(qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.collection.models import SORT_ROLE

    table = Table(
        "log",
        "Import log",
        ("When (UTC)", "Sent"),
        [("2026-11-28 09:30:12", "2026-02-01"), ("2025-12-31 23:59:00", "2025-12-31")],
        dates=frozenset({0, 1}),
    )
    model = ViewModel()
    model.set_table(table)
    assert model.index(0, 0).data() == "28 Nov 2026, 09:30"
    assert model.index(0, 1).data() == "1 Feb 2026"
    assert model.index(1, 1).data() == "31 Dec 2025"
    proxy = ViewFilter()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    # By the real date, not the words shown ("1 Feb 2026" would come first as text).
    assert proxy.index(0, 1).data() == "31 Dec 2025"
    assert model.index(1, 1).data(SORT_ROLE) == "2025-12-31"
