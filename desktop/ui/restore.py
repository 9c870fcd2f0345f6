"""The Restore screen: every backup with its date, why it was made and what it holds.

Restoring always backs up the records as they are now first (services.backups), so a
restore can itself be undone from this same list. The same screen serves the group's
records and a CVS collection: a RestorePlace says which file, what to count, and how the
window lets go of the file and takes it back.

The copy runs in the background (ui/background.py): a collection's file can take minutes,
and the window must keep answering. Meanwhile the dialog shows that it is busy and will not
close, and the automatic backups wait.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.dates import format_moment
from desktop.services.backups import BackupInfo, RestoreResult, list_backups, restore_backup
from desktop.services.opening import bring_up_to_date
from desktop.ui.background import Failure, Job, JobDialog, run_in_background
from desktop.ui.data import DataHub
from desktop.ui.problem_text import translate
from desktop.ui.rows_model import RowsModel


def tr(text: str) -> str:
    return QCoreApplication.translate("Restore", text)


def group_columns() -> tuple[tuple[str, str], ...]:
    """The group's counted columns: (count key, column title)."""
    return (
        ("partnership", tr("Partnerships")),
        ("person", tr("People")),
        ("meeting", tr("Meetings")),
        ("action", tr("Actions")),
    )


def _nothing_refused() -> str | None:
    return None


@dataclass(frozen=True)
class RestorePlace:
    """Where the dialog restores to, and how the window hands the file over.

    ``restore`` puts a backup in place, on a pool thread (raising RestoreError or
    StoreError, nothing changed); ``release`` closes every connection the window has on the
    file first; ``resume`` reopens and shows the records afterwards, whether or not it worked;
    ``refused`` gives a reason not to restore just now (an import running), or None.
    """

    folder: Path
    columns: Sequence[tuple[str, str]]
    list_backups: Callable[[], list[BackupInfo]]
    restore: Callable[[Path], RestoreResult]
    release: Callable[[], None]
    resume: Callable[[], None]
    refused: Callable[[], str | None] = _nothing_refused
    # What is restored, as the intro names it ("" means the group's records).
    intro: str = ""


def group_place(hub: DataHub) -> RestorePlace:
    paths = hub.paths

    def restore(backup: Path) -> RestoreResult:
        result = restore_backup(paths.database, paths.backups, backup)
        # An older backup is brought up to this version's schema, with its own backup.
        bring_up_to_date(paths)
        return result

    return RestorePlace(
        folder=paths.backups,
        columns=group_columns(),
        list_backups=lambda: list_backups(paths.database, paths.backups),
        restore=restore,
        release=hub.close,
        resume=lambda: hub.announce(Change.EVERYTHING),
    )


class BackupTableModel(RowsModel):
    """Date, why it was made, one column per count, size. The group's columns by default;
    the constants name the group's layout (a collection passes its own ``columns``)."""

    DATE, REASON, PARTNERSHIPS, PEOPLE, MEETINGS, ACTIONS, SIZE = range(7)
    FIRST_COUNT = PARTNERSHIPS
    InfoRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self, parent: QWidget | None = None, columns: Sequence[tuple[str, str]] | None = None
    ) -> None:
        super().__init__(parent)
        columns = group_columns() if columns is None else columns
        self.counted = [key for key, _title in columns]
        self.size_column = self.FIRST_COUNT + len(self.counted)
        # Titles already translated, and as many as this place counts.
        self.HEADERS = (tr("Date"), tr("Made"), *(t for _k, t in columns), tr("Size"))

    @property
    def headers(self) -> list[str]:
        return list(self.HEADERS)

    @property
    def backups(self) -> list[BackupInfo]:
        return self._rows

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.set_rows(backups)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.backups[index.row()]
        if role == self.InfoRole:
            return info
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.FIRST_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.DATE:
            # The same day format as everywhere else in the app ("7 Nov 2026"), then the time.
            return format_moment(info.taken_at)
        if column == self.REASON:
            return translate(info.reason_label) if info.readable else tr("Cannot be read")
        if column == self.size_column:
            return QLocale().formattedDataSize(info.size_bytes)
        count = info.counts.get(self.counted[column - self.FIRST_COUNT])
        return "" if count is None else str(count)


class RestoreDialog(JobDialog):
    def __init__(
        self, source: DataHub | RestorePlace, auto: Any = None, parent: QWidget | None = None
    ) -> None:
        """``source`` is the group's DataHub, or the RestorePlace of another file."""
        super().__init__(parent)
        self.place = source if isinstance(source, RestorePlace) else group_place(source)
        self.auto = auto
        self.job: Job[RestoreResult] | None = None
        self.setWindowTitle(tr("Restore from a backup"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.place.intro
            or tr(
                "Choose the backup to go back to. Your records as they are now are backed up "
                "first, so you can come back to them from this list."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupTableModel(self, self.place.columns)
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
        self.busy_label = QLabel()
        self.busy_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # one copy, then a check: there is no part-way to show
        self.progress.setAccessibleName(tr("Restore progress"))
        layout.addWidget(self.busy_label)
        layout.addWidget(self.progress)
        self.busy_label.hide()
        self.progress.hide()

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(tr("&Restore this backup"))
        self.other_button = QPushButton(tr("Restore from &another file…"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("&Close"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = close
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button.clicked.connect(self.restore_other)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_backups(self.place.list_backups())
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
            str(self.place.folder),
            tr("Partnerbook backups (*.db);;All files (*)"),
        )
        return bool(name) and self.restore(Path(name))

    def restore(self, backup: Path) -> bool:
        """Ask, then start putting ``backup`` in place; False if refused or not wanted."""
        if self.job is not None:
            return False
        reason = self.place.refused()
        if reason:
            QMessageBox.information(self, tr("Not now"), reason)
            return False
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
        if self.auto is not None:
            self.auto.pause()  # an automatic backup may be reading the file: let it finish
        self.place.release()  # no connection may stay open on the file being replaced
        restore = self.place.restore
        self._set_busy(True, backup)
        self.job = run_in_background(
            self,
            lambda _task: restore(backup),
            on_done=lambda result: self._restored(backup, result),
            on_failed=self._failed,
            what=tr("The restore"),
        )
        return True

    def _set_busy(self, busy: bool, backup: Path | None = None) -> None:
        if busy and backup is not None:
            self.busy_label.setText(tr("Restoring {name}…").format(name=backup.name))
        self.busy_label.setVisible(busy)
        self.progress.setVisible(busy)
        for button in (self.restore_button, self.other_button, self.close_button):
            button.setEnabled(not busy)
        self.table.setEnabled(not busy)

    def _finish(self) -> None:
        """Whether or not it worked: the window takes the file back, the backups go on."""
        self.job = None
        self._set_busy(False)
        self.place.resume()
        if self.auto is not None:
            self.auto.resume()

    def _failed(self, failure: Failure) -> None:
        self._finish()
        QMessageBox.warning(self, tr("Not restored"), failure.message)
        self.reload()

    def _restored(self, backup: Path, result: RestoreResult) -> None:
        self._finish()
        if self.auto is not None:
            self.auto.restored()
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
