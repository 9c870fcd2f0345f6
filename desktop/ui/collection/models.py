"""Qt models over the collection's views. No widgets here: tested on their own.

``ViewModel`` shows any ``views.Table``; the table is read with sqlite3 by the caller, so
the model only formats. ``ViewFilter`` matches every word typed against the whole row, which
is what people expect from a search box ("torridge transport"). Every cell and heading is
shown through ``text_safety.visible``: a control character a return carried shows as a
symbol ("␛"), never as an invisible change to what the officer reads.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.domain.text_safety import visible
from desktop.services.collection.views import Table
from desktop.ui.problem_text import translate

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's key (partnership key, group id ...)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # raw value, so money and counts sort as numbers


class ViewModel(QAbstractTableModel):
    def __init__(self, table: Table | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table or Table("", "", (), [])
        self._text: list[str] = []
        self._cells: list[list[str]] = []

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        # Every cell formatted once here: data() is then a lookup, which keeps painting and
        # fitting columns fast on big collections.
        columns = range(len(table.columns))
        self._cells = [
            [visible(table.display(r, c)) for c in columns] for r in range(len(table.rows))
        ]
        # One joined lower-case string per row: the filter looks here, not cell by cell.
        self._text = [" ".join(row).casefold() for row in self._cells]
        self.endResetModel()

    def row_text(self, row: int) -> str:
        return self._text[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[row][column]
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
