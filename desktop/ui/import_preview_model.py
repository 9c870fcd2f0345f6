"""The rows an import would add, each with its problems in words (and a colour)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from desktop.domain.spreadsheet_rows import RowResult
from desktop.domain.vocab import PartnershipStatus
from desktop.ui.i18n import vocab
from desktop.ui.problem_text import said, said_all
from desktop.ui.rows_model import RowsModel
from desktop.ui.theme import problem_background

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreview", text)


class ImportPreviewModel(RowsModel):
    ROW, NAME, STATUS, PARTNERS, PROBLEMS = range(5)
    HEADERS = ("Row", "Partnership", "Status", "Partners", "Problems")

    _rows: list[RowResult]

    def header_text(self, section: int) -> str:
        return tr(self.HEADERS[section])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        result = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(result, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and not result.ok:
            return QBrush(problem_background())
        return None

    def _text(self, result: RowResult, column: int) -> str:
        if column == self.ROW:
            return str(result.row_number)
        if column == self.NAME:
            return result.data.name or tr("(no name)")
        if column == self.STATUS:
            return vocab(PartnershipStatus.label_of(result.data.status))
        if column == self.PARTNERS:
            return ", ".join(p.name for p in result.partners)
        if column == self.PROBLEMS:
            notes = " ".join(said(note) for note in result.notes)
            if result.ok:
                return f"{tr('Ready to import')}. {notes}" if notes else tr("Ready to import")
            return " ".join(filter(None, [said_all(result.problems), notes]))
        return ""
