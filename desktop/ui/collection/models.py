"""Qt models over the collection's views. No widgets here: tested on their own.

``ViewModel`` shows any ``views.Table`` the caller read, so the model only formats.
``ViewFilter`` matches every word typed against the whole row, which is what people expect
from a search box ("torridge transport"). ``PagedModel`` shows a long list (a county's
100,000 returns) a screenful at a time: sorting by a column's title and Find are done by the
collection's SQL, and more rows are read as the view scrolls. Every cell and heading is
shown through ``text_safety.visible``: a control character a return carried shows as a
symbol ("␛"), never as an invisible change to what the officer reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.domain.text_safety import visible
from desktop.services.collection.views import Table, Window
from desktop.ui.problem_text import translate

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's key (partnership key, group id ...)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # raw value, so money and counts sort as numbers


class ViewModel(QAbstractTableModel):
    def __init__(self, table: Table | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table or Table("", "", (), [])
        self._text: list[str | None] = []
        self._cells: list[list[str | None] | None] = []

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        # Each cell is formatted when first asked for, then kept: data() is then a lookup,
        # which keeps painting fast, and a table of one partnership across 1,700 groups
        # (80,000 cells, a screenful of them shown) opens without formatting them all.
        self._cells = [None] * len(table.rows)
        self._text = [None] * len(table.rows)
        self.endResetModel()

    def _cell(self, row: int, column: int) -> str:
        cells = self._cells[row]
        if cells is None:
            cells = self._cells[row] = [None] * len(self.table.columns)
        text = cells[column]
        if text is None:
            text = cells[column] = visible(self.table.display(row, column))
        return text

    def row_text(self, row: int) -> str:
        """The row's cells joined, in lower case: the filter looks here, not cell by cell."""
        text = self._text[row]
        if text is None:
            columns = range(len(self.table.columns))
            text = self._text[row] = " ".join(self._cell(row, c) for c in columns).casefold()
        return text

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(row, column)
        if role == SORT_ROLE:
            value = self.table.rows[row][column]
            return "" if value is None else value
        if role == KEY_ROLE:
            return self.table.keys[row] if row < len(self.table.keys) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = self.table.rows[row][column]
            if isinstance(value, int | float) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and section < len(self.table.columns):
            # Column titles come from the services, marked there for translation.
            return visible(translate(self.table.columns[section]))
        return str(section + 1)


class ViewFilter(QSortFilterProxyModel):
    """Rows containing every word typed, in any column; sorting by raw values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        if not isinstance(model, ViewModel):
            return True
        text = model.row_text(source_row)
        return all(word in text for word in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, int | float) and isinstance(b, int | float):
            return a < b
        return str(a).casefold() < str(b).casefold()


Reader = Callable[[Window], Table]


class PagedModel(ViewModel):
    """A long list read ``SCREENFUL`` rows at a time through ``reader`` (a service's window
    of a view): the first screenful at once, the next when the view scrolls near the end
    (``canFetchMore``/``fetchMore``). A click on a column's title (``sort``) and the words
    of a Find box (``set_words``) read a new first screenful, sorted and narrowed by the
    SQL, so a county's collection opens and filters as fast as a town's. ``table`` holds
    the rows read so far; the exports read the whole view themselves."""

    SCREENFUL = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent=parent)
        self._reader: Reader | None = None
        self._order: int | None = None
        self._descending = False
        self._words: tuple[str, ...] = ()
        self._complete = True

    def set_reader(self, reader: Reader | None) -> None:
        """Read the first screenful through ``reader`` (None: show nothing), keeping the
        chosen order and words."""
        self._reader = reader
        self._reload()

    def words(self) -> tuple[str, ...]:
        return self._words

    def set_words(self, text: str) -> None:
        """Show only rows holding every word typed (in any case)."""
        words = tuple(text.split())
        if words != self._words:
            self._words = words
            self._reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        chosen = column if column >= 0 else None
        descending = order == Qt.SortOrder.DescendingOrder
        if (chosen, descending) != (self._order, self._descending):
            self._order, self._descending = chosen, descending
            self._reload()

    def _read(self, offset: int) -> Table:
        assert self._reader is not None
        # One row more than asked for says whether there is more to read.
        window = Window(offset, self.SCREENFUL + 1, self._order, self._descending, self._words)
        return self._reader(window)

    def _reload(self) -> None:
        if self._reader is None:
            self.set_table(Table(self.table.key, self.table.title, self.table.columns, []))
            self._complete = True
            return
        first = self._read(0)
        self._complete = len(first.rows) <= self.SCREENFUL
        self.set_table(_cut(first, self.SCREENFUL))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._complete or self._reader is None:
            return
        start = len(self.table.rows)
        more = self._read(start)
        self._complete = len(more.rows) <= self.SCREENFUL
        more = _cut(more, self.SCREENFUL)
        if not more.rows:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more.rows) - 1)
        self.table = replace(
            self.table,
            rows=[*self.table.rows, *more.rows],
            keys=[*self.table.keys, *more.keys],
        )
        self._cells.extend([None] * len(more.rows))
        self._text.extend([None] * len(more.rows))
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Read every row left (what a test or a small list may want)."""
        while self.canFetchMore():
            self.fetchMore()


def _cut(table: Table, rows: int) -> Table:
    return replace(table, rows=table.rows[:rows], keys=table.keys[:rows])
