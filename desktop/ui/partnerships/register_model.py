"""The register as Qt models: the table of partnerships, and the search and filters.

The table model holds plain rows from one sqlite3 query; filtering is done in Python on
a text prepared once per row, so typing in the search box stays quick with thousands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.domain.dates import format_date
from desktop.domain.vocab import OurRole, PartnershipStatus
from desktop.services.register import RegisterRow, register_rows

if TYPE_CHECKING:
    from desktop.services.types import ReadConnection

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole


def tr(text: str) -> str:
    return QCoreApplication.translate("RegisterModel", text)


class RegisterModel(QAbstractTableModel):
    NAME, STATUS, ROLE, AREA, THEMES, NEXT_MEETING, REVIEW = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RegisterRow] = []
        self.haystacks: list[str] = []
        self.headers = [
            tr("Name"),
            tr("Status"),
            tr("Our role"),
            tr("Area"),
            tr("Themes"),
            tr("Next meeting"),
            tr("Last review"),
        ]
        self._status = {
            m.value: QCoreApplication.translate("Vocab", m.label) for m in PartnershipStatus
        }
        self.sort_column = self.NAME
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._roles = {m.value: QCoreApplication.translate("Vocab", m.label) for m in OurRole}

    def load(self, conn: ReadConnection) -> None:
        self.set_rows(register_rows(conn))

    def set_rows(self, rows: list[RegisterRow]) -> None:
        self.beginResetModel()
        self.rows = self._sorted(rows)
        self.haystacks = [
            " ".join((r.name, r.short_name, r.area, *r.themes)).casefold() for r in self.rows
        ]
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in one Python call: a proxy comparing 2,000 rows through Qt is slow."""
        self.sort_column, self.sort_order = column, order
        self.set_rows(self.rows)

    def _sorted(self, rows: list[RegisterRow]) -> list[RegisterRow]:
        column = self.sort_column
        ordered = sorted(rows, key=lambda r: (self._sort_key(r, column), r.name.casefold()))
        if self.sort_order == Qt.SortOrder.DescendingOrder:
            ordered.reverse()
        return ordered

    def row_id(self, row: int) -> int:
        return self.rows[row].id

    def row_of(self, partnership_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.id == partnership_id:
                return number
        return -1

    # QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            key = self._sort_key(row, column)
            return "\x1f".join(key) if isinstance(key, tuple) else key
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REVIEW and row.review_date:
            return tr("Reviewed on {when}").format(when=format_date(row.review_date))
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QCoreApplication.instance().font()  # type: ignore[union-attr]
            font.setItalic(True)
            return font
        return None

    def _display(self, row: RegisterRow, column: int) -> str:
        if column == self.NAME:
            # A sub-group is indented under the partnership it sits under (issue 17).
            nest = "    " * (row.depth - 1) + "↳ " if row.depth else ""
            return nest + row.name + (" " + tr("(archived)") if row.archived else "")
        if column == self.STATUS:
            return self._status.get(row.status, row.status)
        if column == self.ROLE:
            return self._roles.get(row.our_role, row.our_role)
        if column == self.AREA:
            return row.area
        if column == self.THEMES:
            return ", ".join(row.themes)
        if column == self.NEXT_MEETING:
            return format_date(row.next_meeting)
        if column == self.REVIEW:
            return row.review_band
        return ""

    def _sort_key(self, row: RegisterRow, column: int) -> Any:
        if column == self.NEXT_MEETING:
            # Partnerships with no meeting booked go after those with one, soonest first.
            return row.next_meeting.isoformat() if row.next_meeting else "9999"
        if column == self.REVIEW:
            return row.review_date.isoformat() if row.review_date else ""
        if column == self.NAME:
            return row.tree_path or (row.name.casefold(),)  # each board, then its sub-groups
        return self._display(row, column).casefold()


class RegisterFilter(QSortFilterProxyModel):
    """Search as you type (name, short name, area, themes) and the three filters.

    Sorting is passed on to the table model, which sorts its rows in Python at once.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.search = ""
        self.status = ""
        self.theme = ""
        self.role = ""
        self.show_archived = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the table model sort itself; this proxy only filters (it stays in its order)."""
        model = self.sourceModel()
        assert isinstance(model, RegisterModel)
        model.sort(column, order)

    def set_filters(self, **changes: Any) -> None:
        """Change any of search, status, theme, role, show_archived, and filter again."""
        self.beginFilterChange()
        for name, value in changes.items():
            if not hasattr(self, name):
                raise AttributeError(name)
            setattr(self, name, value.casefold().strip() if name == "search" else value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RegisterModel)
        row = model.rows[source_row]
        if row.archived and not self.show_archived:
            return False
        if self.status and row.status != self.status:
            return False
        if self.role and row.our_role != self.role:
            return False
        if self.theme and self.theme not in row.themes:
            return False
        return not self.search or all(
            word in model.haystacks[source_row] for word in self.search.split()
        )
