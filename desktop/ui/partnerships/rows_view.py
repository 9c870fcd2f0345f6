"""A list of rows (milestones, meetings, funding ...) with a form for the chosen one.

Add makes a row with a starting value and puts the cursor in its first field, so a person
can type straight away; each field saves as they leave it. Remove asks first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.services.partnerships import InvalidInput
from desktop.ui.data import DataHub
from desktop.ui.partnerships.forms import FieldSpec, RecordForm, plain

if TYPE_CHECKING:
    from desktop.services.types import Session


def tr(text: str) -> str:
    return QCoreApplication.translate("RowsView", text)


Load = Callable[["Session"], list[dict[str, Any]]]
Add = Callable[["Session"], int]
Save = Callable[["Session", int, dict[str, Any]], None]
Remove = Callable[["Session", int], None]


class RowsView(QWidget):
    """One kind of row for one partnership (or one meeting, one priority)."""

    current_changed = Signal(object)  # the chosen row's id, or None

    def __init__(
        self,
        hub: DataHub,
        title: str,
        specs: Iterable[FieldSpec],
        *,
        summary: Callable[[dict[str, Any]], str],
        add_text: str,
        remove_text: str = "",
        topic: Change = Change.PARTNERSHIPS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.topic = topic
        self.summary = summary
        self.loader: Load | None = None
        self.adder: Add | None = None
        self.saver: Save | None = None
        self.remover: Remove | None = None
        self.rows: list[dict[str, Any]] = []
        self._shown = -1  # the row whose values the form shows

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.list = QListWidget()
        self.list.setAccessibleName(plain(title))
        self.list.setMaximumHeight(120)
        self.title.setBuddy(self.list)
        self.empty_note = QLabel(tr("None yet."))
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(plain(add_text))
        self.remove_button = QPushButton(remove_text or tr("Remove"))
        self.remove_button.setAccessibleName(plain(remove_text or tr("Remove the chosen one")))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.form = RecordForm(specs)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons)
        layout.addWidget(self.form)

        self.list.currentRowChanged.connect(self._row_chosen)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.form.field_edited.connect(self._field_edited)
        self._show_form(False)

    def bind(self, load: Load, add: Add, save: Save, remove: Remove) -> None:
        """Say how to read, add, change and remove rows; then show them."""
        self.loader, self.adder, self.saver, self.remover = load, add, save, remove
        self.reload()

    def unbind(self) -> None:
        self.loader = self.adder = self.saver = self.remover = None
        self.rows = []
        self.list.clear()
        self._show_form(False)
        self.add_button.setEnabled(False)

    # Reading -----------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        if self.loader is None:
            return
        current = select_id if select_id is not None else self.current_id()
        with self.hub.database().session() as session:
            self.rows = self.loader(session)
        self.add_button.setEnabled(True)
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem(self.summary(row))
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.list.addItem(item)
        ids = [row["id"] for row in self.rows]
        self.empty_note.setVisible(not ids)
        if current in ids:
            self.list.setCurrentRow(ids.index(current))
        elif ids:
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._row_changed(self.list.currentRow())

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def current_row(self) -> dict[str, Any] | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def may_leave_row(self) -> bool:
        """True unless the chosen row holds text that was not saved and the person stays."""
        unsaved = self.form.unsaved() if 0 <= self._shown < len(self.rows) else []
        if not unsaved:
            return True
        lines = "\n".join(
            "• "
            + tr("{field}: {why}").format(
                field=plain(self.form.specs[key].label), why=self.form.problem_text(key)
            )
            for key in unsaved
        )
        answer = QMessageBox.question(
            self,
            tr("Leave without saving?"),
            tr(
                "Some of what you typed in “{what}” could not be saved:\n\n{fields}\n\n"
                "Choose Yes to leave without it, or No to stay and put it right."
            ).format(what=self.summary(self.rows[self._shown]), fields=lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _row_chosen(self, index: int) -> None:
        """The person chose another row: asked first if the one shown holds unsaved text."""
        if index != self._shown and not self.may_leave_row():
            self.list.blockSignals(True)
            self.list.setCurrentRow(self._shown)
            self.list.blockSignals(False)
            return
        self._row_changed(index)

    def _row_changed(self, index: int) -> None:
        self._shown = index
        row = self.rows[index] if 0 <= index < len(self.rows) else None
        self._show_form(row is not None)
        if row is not None:
            self.form.load(row)
        self.current_changed.emit(None if row is None else row["id"])

    def _show_form(self, shown: bool) -> None:
        self.form.setVisible(shown)
        self.remove_button.setEnabled(shown)

    # Writing -----------------------------------------------------------------------------
    def add(self) -> None:
        if self.adder is None or not self.may_leave_row():
            return
        adder = self.adder
        new_id = self.hub.write(adder, self.topic, tr("Added"))
        self.reload(select_id=new_id)
        first = next(iter(self.form.widgets.values()))
        first.setFocus()
        if hasattr(first, "selectAll"):
            first.selectAll()

    def remove(self) -> None:
        row = self.current_row()
        if row is None or self.remover is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Remove this?"),
            tr("Remove “{what}”? This cannot be undone.").format(what=self.summary(row)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        remover, row_id = self.remover, int(row["id"])
        self.hub.write(lambda s: remover(s, row_id), self.topic, tr("Removed"))
        self.reload()

    def _field_edited(self, key: str) -> None:
        row = self.current_row()
        if row is None or self.saver is None:
            return
        values, _unreadable = self.form.values()
        if key not in values:
            return  # the field shows why it cannot be read; nothing is saved
        saver, row_id, change = self.saver, int(row["id"]), {key: values[key]}
        try:
            self.hub.write(lambda s: saver(s, row_id, change), self.topic, tr("Saved"))
        except InvalidInput as exc:
            self.form.show_problems(exc.problems)
            return
        self.form.clear_problems([key])
        self.form.mark_saved(key, values[key])
        row[key] = values[key]
        item = self.list.currentItem()
        if item is not None:
            item.setText(self.summary(row))
