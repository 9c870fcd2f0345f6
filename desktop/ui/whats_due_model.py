"""The What's due table: every action across partnerships, tick one to say it is done.

The model never writes to the database itself: ticking emits ``done_changed`` and the Home
screen runs the service, so the same rule (done today, reopen clears the date) holds for
every way in, and the model can be tested with no widgets and no database.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.vocab import ActionSource
from desktop.services.whats_due import DueAction
from desktop.ui.i18n import vocab
from desktop.ui.rows_model import RowsModel
from desktop.ui.theme import problem_background, problem_text

Index = QModelIndex | QPersistentModelIndex
REPORT_BACK = "report_back"  # desktop.services.governance.due.SOURCE, kept apart: no import
RETURN_PACK = "return_pack"  # desktop.services.pack_deadlines.PACK_SOURCE (issue 20)
NOT_ACTIONS = (REPORT_BACK, RETURN_PACK)  # rows that cannot be ticked: they go by themselves


def tr(text: str) -> str:
    return QCoreApplication.translate("WhatsDue", text)


def solid(colour: QColor) -> QBrush:
    # Not QBrush(colour): choosing among QBrush's constructors has PySide6 load QGradient
    # and its 170 presets, ~1 ms of start-up for a class the app never uses.
    brush = QBrush()
    brush.setStyle(Qt.BrushStyle.SolidPattern)
    brush.setColor(colour)
    return brush


def uk_date(value: date) -> str:
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom).toString(
        value, "d MMM yyyy"
    )


def due_text(action: DueAction, today: date) -> str:
    """When it is due, in words: "21 Nov 2026 (overdue by 7 days)", "No date", "Done 3 Dec 2026";
    an action under way says so first ("In progress: 21 Nov 2026")."""
    said = _due_text(action, today)
    if action.status == "in_progress":
        return tr("In progress: {due}").format(due=said)
    return said


def _due_text(action: DueAction, today: date) -> str:
    if action.status == "done":
        if action.done_date is not None:
            return tr("Done {date}").format(date=uk_date(action.done_date))
        return tr("Done")
    if action.status == "dropped":
        return tr("No longer needed")
    if action.due_date is None:
        return tr("No date")
    when = uk_date(action.due_date)
    late = action.days_overdue(today)
    if late == 1:
        return tr("{date} (overdue by 1 day)").format(date=when)
    if late > 1:
        return tr("{date} (overdue by {days} days)").format(date=when, days=late)
    if action.is_open() and action.due_date == today:
        return tr("{date} (today)").format(date=when)
    return when


class WhatsDueModel(RowsModel):
    DONE, WHAT, WHO, PARTNERSHIP, DUE, SOURCE = range(6)
    HEADERS = ("Done", "What", "Who", "Partnership", "Due", "From")
    ActionIdRole = Qt.ItemDataRole.UserRole + 1

    # Action id and whether it should now be done; the Home screen stores it.
    done_changed = Signal(int, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[DueAction] = []
        self._rows: list[DueAction] = []
        self._today = date.today()
        self._partnership = ""
        self._owner = ""
        # Made once: data() runs thousands of times, and PySide6 6.12's QFont setters drop a
        # reference to None on every call, which crashes the interpreter after enough calls.
        self._bold = QFont()
        self._bold.setBold(True)

    # Loading and filtering ------------------------------------------------------------------
    def set_actions(self, actions: list[DueAction], today: date) -> None:
        self.beginResetModel()
        self._all = list(actions)
        self._today = today
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter(self, *, partnership: str | None = None, owner: str | None = None) -> None:
        """Show only one partnership's or one person's actions; '' shows everyone's."""
        self.beginResetModel()
        if partnership is not None:
            self._partnership = partnership
        if owner is not None:
            self._owner = owner
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[DueAction]:
        return [
            a
            for a in self._all
            if (not self._partnership or a.partnership == self._partnership)
            and (not self._owner or a.owner == self._owner)
        ]

    def partnerships(self) -> list[str]:
        return sorted({a.partnership for a in self._all if a.partnership}, key=str.casefold)

    def owners(self) -> list[str]:
        return sorted({a.owner for a in self._all if a.owner}, key=str.casefold)

    def action_at(self, row: int) -> DueAction:
        return self._rows[row]

    def find(self, action_id: int) -> DueAction | None:
        """The action with this id, even when the filter hides it."""
        return next((a for a in self._all if a.id == action_id), None)

    def row_of(self, action_id: int) -> int:
        return next((i for i, a in enumerate(self._rows) if a.id == action_id), -1)

    # Qt model -------------------------------------------------------------------------------
    def header_text(self, section: int) -> str:
        return tr(self.HEADERS[section])

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.DONE and not self._is_report_back(index.row()):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _is_report_back(self, row: int) -> bool:
        """A report back due (issue 17) is not an action: it goes once it is recorded."""
        return 0 <= row < len(self._rows) and self._rows[row].source in NOT_ACTIONS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        action = self._rows[index.row()]
        column = index.column()
        late = action.days_overdue(self._today) > 0
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(action, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.DONE:
            if action.source in NOT_ACTIONS:
                return None
            done = action.status == "done"
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.DONE:
                if action.source == REPORT_BACK:
                    return tr("Goes when the report back is recorded")
                if action.source == RETURN_PACK:
                    return tr("Goes when the return for the pack is made")
                return tr("Done") if action.status == "done" else tr("Not done")
            return self._text(action, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if action.source == REPORT_BACK:
                return tr(
                    "{what}\n{due}\nRecord it in the partnership's How it is run tab, "
                    "Reporting back."
                ).format(what=self._what(action), due=due_text(action, self._today))
            if action.source == RETURN_PACK:
                return tr("{what}\n{due}\nMake it in the Returns area.").format(
                    what=self._what(action), due=due_text(action, self._today)
                )
            return f"{action.description}\n{due_text(action, self._today)}"
        # Colours asked of the theme as the cell paints, so light, dark and high contrast
        # all stay readable; the words "(overdue by …)" say it for those who cannot see red.
        if role == Qt.ItemDataRole.ForegroundRole and late and column == self.DUE:
            return solid(problem_text())
        if role == Qt.ItemDataRole.BackgroundRole and late:
            return solid(problem_background())
        if role == Qt.ItemDataRole.FontRole and late and column == self.DUE:
            return self._bold
        if role == self.ActionIdRole:
            return action.id
        return None

    def _text(self, action: DueAction, column: int) -> str:
        if column == self.WHAT:
            return self._what(action)
        if column == self.WHO:
            return action.owner or tr("Not given")
        if column == self.PARTNERSHIP:
            return action.partnership or tr("General")
        if column == self.DUE:
            return due_text(action, self._today)
        if column == self.SOURCE:
            if action.source == REPORT_BACK:
                return tr("Reporting back")
            if action.source == RETURN_PACK:
                return tr("Return pack from the CVS")
            return vocab(ActionSource.label_of(action.source))
        return ""

    @staticmethod
    def _what(action: DueAction) -> str:
        if action.source == RETURN_PACK:
            return tr("Send the return to {cvs}").format(cvs=action.description)
        if action.source != REPORT_BACK:
            return action.description
        if action.description:
            return tr("Report back to {whom}").format(whom=action.description)
        return tr("Report back to the people we represent")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.DONE:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        action = self._rows[index.row()]
        if action.source in NOT_ACTIONS or (action.status == "done") == done:
            return False
        self.done_changed.emit(action.id, done)
        return True
