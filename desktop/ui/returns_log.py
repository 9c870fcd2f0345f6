"""The returns log as a Qt table model: every return exported, newest first.

The entries come from ``services.returns.returns_log``, the one reading of the log.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ReturnsLog", text)


def _made(when: datetime) -> str:
    # Stored in UTC without a zone, so the time is said to be UTC.
    return when.strftime("%d %b %Y %H:%M") + " UTC"


class ReturnsLogModel(QAbstractTableModel):
    REFERENCE, PERIOD, MADE, PARTNERSHIPS, CONTACTS, REPLACED_BY, SAVED_TO, CHECKSUM = range(8)
    HEADERS = (
        "Reference",
        "Period",
        "Made",
        "Partnerships",
        "Contact details",
        "Replaced by",
        "Saved to",
        "File checksum",
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []

    def load(self, entries: list[dict[str, Any]]) -> None:
        """Show the log as ``services.returns.returns_log`` gives it (newest first)."""
        self.beginResetModel()
        self.rows = [
            {
                "uuid": entry["uuid"],
                "reference": entry["reference"],
                "period": entry["period"],
                "made": _made(entry["created_at"]),
                "partnerships": int(entry["partnerships"]),
                "contacts": tr("Included") if entry["include_contacts"] else tr("Left out"),
                "replaced_by": entry["replaced_by"] or "",
                "saved_to": entry["file_path"],
                "checksum": (entry["file_sha256"] or "")[:16],
            }
            for entry in entries
        ]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        key = (
            "reference",
            "period",
            "made",
            "partnerships",
            "contacts",
            "replaced_by",
            "saved_to",
            "checksum",
        )[index.column()]
        return str(row[key])
