"""Section of "How it is run": the decision log of every meeting, searchable, with the
actions carrying each decision out. Decisions are recorded with their meeting (Meetings tab)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop.domain.changes import Change
from desktop.domain.dates import format_date
from desktop.domain.how_run import DecisionMethod
from desktop.services import decisions
from desktop.ui.data import DataHub
from desktop.ui.i18n import plural
from desktop.ui.keyboard import keyboard_focus, search_leads_to


def tr(text: str) -> str:
    return QCoreApplication.translate("HowItIsRun", text)


def tr_n(text: str, n: int) -> str:
    """A count with its noun in the right form ("1 decision found", "2 decisions found")."""
    return plural("HowItIsRun", text, n)


def actions_text(row: dict[str, Any]) -> str:
    open_, done = row["actions_open"], row["actions_done"]
    if not open_ and not done:
        return tr("none")
    return tr("{open} to do, {done} done").format(open=open_, done=done)


def short_how(how: str) -> str:
    """How it was decided, in a word or two for a column (the full words are in the form)."""
    words = {
        "consensus": tr("Consensus"),
        "vote": tr("Vote"),
        "casting_vote": tr("Vote (casting)"),
        "chair": tr("Chair decided"),
        "other": tr("Other"),
    }
    return words.get(how) or QCoreApplication.translate("Vocab", DecisionMethod.label_of(how))


class DecisionsModel(QAbstractTableModel):
    DATE, MEETING, WHAT, HOW, WHO, ACTIONS = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            tr("Date"),
            tr("Meeting"),
            tr("Decided"),
            tr("How"),
            tr("Who is responsible"),
            tr("Actions"),
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        return (
            format_date(row["meeting_date"]),
            row["meeting_title"],
            row["what"],
            short_how(row["how"]),
            row["responsible"],
            actions_text(row),
        )[index.column()]


class DecisionsSection(QWidget):
    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id: int | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Every decision recorded at the partnership's meetings. Record a decision, "
                "and the actions that carry it out, with its meeting on the Meetings tab."
            )
        )
        intro.setWordWrap(True)
        search_label = QLabel(tr("&Find a decision"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            tr("words in the decision, who is responsible or the meeting")
        )
        self.search.setAccessibleName(tr("Find a decision"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        self.count = QLabel()
        self.count.setObjectName("decisionCount")
        self.model = DecisionsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Decisions"))
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Columns as wide as their words; what was decided takes the room that is left.
        from desktop.ui.sizing import size_columns

        self.columns = size_columns(self.table, DecisionsModel.WHAT)
        # Down (or Enter: there is nothing to open) goes from the search into what it found.
        search_leads_to(
            self.search,
            self.table,
            lambda: keyboard_focus(self.table, Qt.FocusReason.TabFocusReason),
        )
        for widget in (intro, search_label, self.search, self.count):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        # Searching waits for a pause in typing, so a slow laptop keeps up with the keys.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        hub.changed.connect(self._changed)

    def load(self, partnership_id: int) -> None:
        self.partnership_id = partnership_id
        self.refresh()

    def refresh(self) -> None:
        if self.partnership_id is None:
            return
        words = self.search.text()
        with self.hub.database().session() as session:
            rows = decisions.decisions_of(session, self.partnership_id, search=words)
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        if words.strip():
            text = tr_n("%n decision(s) found.", len(rows))
        elif rows:
            text = tr_n("%n decision(s) recorded.", len(rows))
        else:
            text = tr("No decisions recorded yet.")
        self.count.setText(text)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()

    def _changed(self, topic: Change) -> None:
        if topic == Change.PARTNERSHIPS and self.isVisible():
            self.refresh()
