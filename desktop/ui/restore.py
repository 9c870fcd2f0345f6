"""The Restore screen: every backup with its date, why it was made and what it holds.

Restoring always backs up the records as they are now first (services.backups), so a
restore can itself be undone from this same list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.backups import BackupInfo, list_backups, restore_backup
from desktop.store.opening import StoreError, open_database
from desktop.store.restore import RestoreError
from desktop.ui.data import DataHub


def tr(text: str) -> str:
    return QCoreApplication.translate("Restore", text)


class BackupTableModel(QAbstractTableModel):
    DATE, REASON, PARTNERSHIPS, PEOPLE, MEETINGS, ACTIONS, SIZE = range(7)
    COUNTED: ClassVar[dict[int, str]] = {
        PARTNERSHIPS: "partnership",
        PEOPLE: "person",
        MEETINGS: "meeting",
        ACTIONS: "action",
    }
    InfoRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups: list[BackupInfo] = []
        self.headers = [
            tr("Date"),
            tr("Made"),
            tr("Partnerships"),
            tr("People"),
            tr("Meetings"),
            tr("Actions"),
            tr("Size"),
        ]

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.backups = backups
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.backups[index.row()]
        if role == self.InfoRole:
            return info
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.PARTNERSHIPS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.DATE:
            return QLocale().toString(info.taken_at, QLocale.FormatType.ShortFormat)
        if column == self.REASON:
            return tr(info.reason_label) if info.readable else tr("Cannot be read")
        if column == self.SIZE:
            return QLocale().formattedDataSize(info.size_bytes)
        count = info.counts.get(self.COUNTED[column])
        return "" if count is None else str(count)


class RestoreDialog(QDialog):
    def __init__(self, hub: DataHub, auto: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.auto = auto
        self.setWindowTitle(tr("Restore from a backup"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Choose the backup to go back to. Your records as they are now are backed up "
                "first, so you can come back to them from this list."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupTableModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        intro.setBuddy(self.table)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(tr("There are no backups yet. Use File → Back up now."))
        layout.addWidget(self.empty_label)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(tr("&Restore this backup"))
        self.other_button = QPushButton(tr("Restore from &another file…"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("&Close"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button.clicked.connect(self.restore_other)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        paths = self.hub.paths
        self.model.set_backups(list_backups(paths.database, paths.backups))
        has_rows = self.model.rowCount() > 0
        self.empty_label.setVisible(not has_rows)
        self.restore_button.setEnabled(has_rows)
        if has_rows:
            self.table.selectRow(0)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> bool:
        info = self.selected()
        return info is not None and self.restore(info.path)

    def restore_other(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Choose a backup file"),
            str(self.hub.paths.backups),
            tr("Partnerbook backups (*.db);;All files (*)"),
        )
        return bool(name) and self.restore(Path(name))

    def restore(self, backup: Path) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Restore this backup?"),
            tr(
                "Go back to the records in {name}?\n\nYour records as they are now will be "
                "backed up first."
            ).format(name=backup.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        paths = self.hub.paths
        self.hub.close()  # no connection may stay open on the file being replaced
        try:
            result = restore_backup(paths.database, paths.backups, backup)
            open_database(paths.database, paths.backups)
        except (RestoreError, StoreError) as exc:
            QMessageBox.warning(self, tr("Not restored"), str(exc))
            return False
        finally:
            self.hub.announce("*")
        if self.auto is not None:
            # The records now match a backup that exists: nothing new to back up.
            self.auto.schedule.finished(self.auto.clock(), self.auto.schedule.begin())
        kept = (
            tr("Your records from just before are kept in {path}.").format(
                path=result.safety_backup
            )
            if result.safety_backup
            else ""
        )
        QMessageBox.information(
            self,
            tr("Restored"),
            tr("The backup {name} was restored.").format(name=backup.name)
            + ("\n\n" + kept if kept else ""),
        )
        self.reload()
        return True
