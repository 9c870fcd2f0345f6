"""Table models for the Resource needs area: the ledger and the totals.

Models hold plain rows from the services and only format them; the rules live in
desktop.domain.ledger.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from desktop.domain.dates import format_date
from desktop.domain.ledger import Totals, agreed_amount
from desktop.domain.money import format_pence
from desktop.domain.vocab import ResourceCategory, ResourceStatus, ResourceUnit
from desktop.services.resource_views import NeedView
from desktop.ui.i18n import vocab
from desktop.ui.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("ResourcesModels", text)


def outstanding(need: NeedView) -> tuple[str, int]:
    """What a need is waiting for, and how much: the unmet view's two columns."""
    if need.status == ResourceStatus.REQUESTED:
        return tr("A decision"), need.estimated_pence
    if need.status in (ResourceStatus.AGREED, ResourceStatus.PARTLY_AGREED):
        return tr("The money"), agreed_amount(need.ledger_row())
    return "", 0


def format_quantity(quantity: float, unit: str) -> str:
    number = f"{quantity:g}"
    return f"{number} {vocab(ResourceUnit.label_of(unit))}"


class LedgerModel(RowsModel):
    """One row per need."""

    # Status and money first: that is what people scan for; the detail follows.
    PARTNERSHIP, DESCRIPTION, STATUS, ESTIMATE, AGREED, RECEIVED, WAITING_FOR = range(7)
    OUTSTANDING, CATEGORY, QUANTITY, ASKED_OF, NOTICED = range(7, 12)
    HEADERS = (
        "Partnership",
        "Description",
        "Status",
        "Estimate",
        "Agreed",
        "Received",
        "Waiting for",
        "Unmet",
        "Category",
        "Quantity",
        "Asked of",
        "Noticed",
    )
    NeedRole = Qt.ItemDataRole.UserRole + 1
    MONEY_COLUMNS = frozenset({3, 4, 5, 7})

    _rows: list[NeedView]

    def need(self, row: int) -> NeedView:
        return self._rows[row]

    def row_of(self, need_id: int) -> int:
        for number, need in enumerate(self._rows):
            if need.id == need_id:
                return number
        return -1

    def header_text(self, section: int) -> str:
        return tr(self.HEADERS[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        need = self._rows[index.row()]
        column = index.column()
        if role == self.NeedRole:
            return need.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DESCRIPTION:
            return need.notes or need.description
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(need, column)

    def _text(self, need: NeedView, column: int) -> str:
        if column == self.PARTNERSHIP:
            return need.partnership_name or tr("General")
        if column == self.CATEGORY:
            return vocab(ResourceCategory.label_of(need.category))
        if column == self.DESCRIPTION:
            return need.description
        if column == self.QUANTITY:
            return format_quantity(need.quantity, need.unit)
        if column == self.ESTIMATE:
            return format_pence(need.estimated_pence)
        if column == self.ASKED_OF:
            return need.asked_of
        if column == self.STATUS:
            return vocab(ResourceStatus.label_of(need.status))
        if column == self.AGREED:
            if need.status in (ResourceStatus.IDENTIFIED, ResourceStatus.REQUESTED):
                return ""
            return format_pence(agreed_amount(need.ledger_row()))
        if column == self.RECEIVED:
            return format_pence(need.received_pence) if need.status == "received" else ""
        if column in (self.WAITING_FOR, self.OUTSTANDING):
            waiting, amount = outstanding(need)
            if column == self.WAITING_FOR:
                return waiting
            return format_pence(amount) if waiting else ""
        if column == self.NOTICED:
            return format_date(need.identified_date)
        return ""


class TotalsModel(QAbstractTableModel):
    """Totals per group, then a last row for everything."""

    HEADERS = ("Group", "Needs", "Estimated", "Asked for", "Agreed", "Received", "Unmet")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, Totals]] = []

    def set_totals(self, groups: dict[str, Totals], grand: Totals) -> None:
        self.beginResetModel()
        self._rows = [*groups.items(), (tr("All"), grand)]
        self.endResetModel()

    def row_for(self, name: str) -> Totals | None:
        for key, value in self._rows:
            if key == name:
                return value
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name, total = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            name,
            str(total.count),
            format_pence(total.estimated),
            format_pence(total.requested),
            format_pence(total.agreed),
            format_pence(total.received),
            format_pence(total.unmet),
        )
        return values[column]
