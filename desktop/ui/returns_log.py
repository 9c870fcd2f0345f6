"""The returns log as a Qt table model: every return exported, newest first."""

from __future__ import annotations

import sqlite3
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

    def load(self, conn: sqlite3.Connection) -> None:
        records = conn.execute(
            "SELECT uuid, reference, period_label, created_at, partnership_count, "
            "include_contacts, file_path, file_sha256, supersedes_uuid "
            "FROM return_record ORDER BY created_at DESC, id DESC"
        ).fetchall()
        replaced_by = {r[8]: r[1] for r in records if r[8]}
        self.beginResetModel()
        self.rows = [
            {
                "uuid": r[0],
                "reference": r[1],
                "period": r[2],
                "made": datetime.fromisoformat(str(r[3])).strftime("%d %b %Y %H:%M") + " UTC",
                "partnerships": int(r[4]),
                "contacts": tr("Included") if r[5] else tr("Left out"),
                "replaced_by": replaced_by.get(r[0], ""),
                "saved_to": r[6],
                "checksum": (r[7] or "")[:16],
            }
            for r in records
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
