"""Table models for the Commitments area: one partnership's clauses, and the matrix.

A rating is always shown in words with a colour swatch beside it, never colour alone.
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
from PySide6.QtGui import QColor, QIcon, QPixmap

from desktop.domain.dates import format_date
from desktop.domain.vocab import CommitmentSection
from desktop.services.commitments import CommitmentRow, Matrix
from desktop.ui.i18n import vocab
from desktop.ui.rows_model import RowsModel

_Index = QModelIndex | QPersistentModelIndex
# Short names for the narrow Section column; the full titles are in CommitmentSection.
_SHORT_SECTIONS = {
    "success_elements": "Success",
    "all_partners": "As a partner",
    "statutory": "Statutory partners",
    "voluntary": "As a voluntary body",
}
_SWATCHES: dict[str, QIcon] = {}


def tr(text: str) -> str:
    return QCoreApplication.translate("CommitmentsModels", text)


def swatch(colour: str) -> QIcon | None:
    """A small square of the rating's colour, shown beside its words."""
    if not colour:
        return None
    if colour not in _SWATCHES:
        pixmap = QPixmap(14, 14)
        pixmap.fill(QColor(colour))
        _SWATCHES[colour] = QIcon(pixmap)
    return _SWATCHES[colour]


class CommitmentTableModel(RowsModel):
    """One row per rated clause, in the framework's order."""

    SECTION, CLAUSE, COMMITMENT, RATING, EVIDENCE, NEXT_ACTION, OWNER, DUE, UPDATED = range(9)
    HEADERS = (
        "Section",
        "Clause",
        "Commitment",
        "Rating",
        "Evidence",
        "Next action",
        "Owner",
        "Due",
        "Last updated",
    )
    RefRole = Qt.ItemDataRole.UserRole + 1

    _rows: list[CommitmentRow]

    def row(self, number: int) -> CommitmentRow:
        return self._rows[number]

    def rows(self) -> list[CommitmentRow]:
        return list(self._rows)

    def header_text(self, section: int) -> str:
        return tr(self.HEADERS[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == self.RefRole:
            return item.ref
        if role == Qt.ItemDataRole.DecorationRole and column == self.RATING:
            return swatch(item.rating_colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SECTION:
                return vocab(CommitmentSection.label_of(item.section))
            if column == self.COMMITMENT:
                note = ""
                if item.older_wording:
                    note = "\n\n" + tr("Answered against version {v} of the framework.").format(
                        v=item.version
                    )
                return f"{item.ref} {item.title}\n{item.text}{note}"
            if column == self.EVIDENCE:
                return item.evidence
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.RATING:
            return item.rating_label or tr("Not rated")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = {
            self.SECTION: tr(_SHORT_SECTIONS.get(item.section, item.section)),
            self.CLAUSE: item.ref,
            self.COMMITMENT: item.title + (" †" if item.older_wording else ""),
            self.RATING: item.rating_label or tr("Not rated"),
            self.EVIDENCE: item.evidence.replace("\n", " "),
            self.NEXT_ACTION: item.next_action,
            self.OWNER: item.owner_name,
            self.DUE: format_date(item.due_date),
            self.UPDATED: format_date(item.updated_at.date()) if item.updated_at else "",
        }
        return values.get(column, "")


class MatrixModel(QAbstractTableModel):
    """Clauses down the side, partnerships across the top, ratings in words."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._matrix: Matrix | None = None

    def set_matrix(self, matrix: Matrix) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self.endResetModel()

    def matrix(self) -> Matrix | None:
        return self._matrix

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._matrix is None:
            return 0
        return len(self._matrix.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._matrix is None:
            return 0
        return 1 + len(self._matrix.partnerships)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._matrix is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr("Commitment") if section == 0 else self._matrix.partnerships[section - 1][1]
        return self._matrix.rows[section].ref

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._matrix is None:
            return None
        row = self._matrix.rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{row.ref} {row.title}"
            return None
        pid = self._matrix.partnerships[index.column() - 1][0]
        key = row.ratings.get(pid, "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._matrix.label(key) if key else ""
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(self._matrix.colour(key)) if key else None
        return None
