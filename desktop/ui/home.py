"""Home: what needs attention today, and the What's due list of every action.

Home is the first screen after start, so it reads with sqlite3 only (``services.overview``
and ``services.whats_due``); the ORM is loaded the first time someone ticks an action done.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QScrollArea,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.vocab import ResourceStatus
from desktop.services.elections_due import elections_soon
from desktop.services.overview import group_summary, upcoming_meetings
from desktop.services.whats_due import (
    DueAction,
    due_actions,
    review_due_months,
    reviews_due,
    waiting_requests,
)
from desktop.ui.area import Area
from desktop.ui.data import DataHub
from desktop.ui.i18n import plural, vocab
from desktop.ui.whats_due_model import WhatsDueModel
from desktop.ui.widgets import EmptyState

if TYPE_CHECKING:
    from desktop.services.types import ReadConnection


def tr(text: str) -> str:
    return QCoreApplication.translate("HomeArea", text)


def tr_n(text: str, n: int) -> str:
    """A count with its noun in the right form ("%n action(s)": 1 action, 5 actions)."""
    return plural("HomeArea", text, n)


def today() -> date:
    """Today's date; tests put their fixed day here."""
    return date.today()


def format_date(value: date) -> str:
    """Dates as people in the UK write them: 3 Dec 2026."""
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom).toString(
        value, "d MMM yyyy"
    )


class AttentionPanel(QGroupBox):
    """One "needs attention" list that says plainly when there is nothing in it."""

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.empty_text = empty_text
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(title.replace("&", ""))
        self.list.setMaximumHeight(120)
        self.list.setWordWrap(True)
        layout.addWidget(self.list)

    def set_items(self, items: list[str]) -> None:
        self.list.clear()
        self.list.addItems(items or [self.empty_text])
        self.list.setAccessibleDescription(
            self.empty_text if not items else tr_n("%n item(s)", len(items))
        )

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class HomeArea(Area):
    topics = (
        Change.GROUP,
        Change.PARTNERSHIPS,
        Change.ACTIONS,
        Change.REVIEWS,
        Change.RESOURCES,
        Change.SETTINGS,
        Change.RETURNS,  # a return made for a pack takes its deadline off What's due
    )

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self.stack = QStackedLayout(self)
        self.empty = EmptyState(
            tr("Welcome to Partnerbook"),
            tr(
                "Partnerbook keeps the record of the partnerships your group sits on, on this "
                "computer. Start by telling it about your group, then add a partnership."
            ),
            tr("Set &up our group…"),
        )
        self.empty.action_clicked.connect(self.set_up_group)
        self.stack.addWidget(self.empty)

        page = QWidget()
        layout = QVBoxLayout(page)
        self.heading = QLabel()
        self.heading.setObjectName("homeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(self._build_attention())
        layout.addWidget(self._build_whats_due(), 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        scroll.setWidget(page)
        self.stack.addWidget(scroll)
        self.page = scroll
        self.refresh()

    def set_up_group(self) -> None:
        """First use: say who we are, then go on to add the first partnership."""
        from desktop.ui.partnerships.dialogs import GroupProfileDialog, run_dialog

        if run_dialog(GroupProfileDialog(self.hub, self)) is not None:
            window = self.window()
            if hasattr(window, "show_area"):
                window.show_area("partnerships")

    # Building -------------------------------------------------------------------------------
    def _build_attention(self) -> QGridLayout:
        self.meetings_panel = AttentionPanel(tr("Next &meetings"), tr("No meetings coming up."))
        self.overdue_panel = AttentionPanel(tr("&Overdue actions"), tr("Nothing is overdue."))
        self.reviews_panel = AttentionPanel(tr("&Reviews due"), tr("No reviews are due."))
        self.requests_panel = AttentionPanel(
            tr("Re&quests waiting"), tr("No resource requests are waiting.")
        )
        # Elections of a chair or officer due soon (issue 17): shown only when there are some.
        self.elections_panel = AttentionPanel(tr("Ele&ctions due"), tr("No elections are due."))
        # Kept under its old name: other screens and tests look for the next meetings here.
        self.meetings = self.meetings_panel.list
        grid = QGridLayout()
        grid.addWidget(self.meetings_panel, 0, 0)
        grid.addWidget(self.overdue_panel, 0, 1)
        grid.addWidget(self.reviews_panel, 1, 0)
        grid.addWidget(self.requests_panel, 1, 1)
        grid.addWidget(self.elections_panel, 2, 0, 1, 2)
        return grid

    def _build_whats_due(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        title = QLabel(tr("What's &due"))
        title_font = title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        title.setFont(title_font)
        filters = QHBoxLayout()
        partnership_label = QLabel(tr("&Partnership:"))
        self.partnership_filter = QComboBox()
        self.partnership_filter.setModel(QStringListModel(self.partnership_filter))
        self.partnership_filter.setAccessibleName(tr("Show actions of partnership"))
        partnership_label.setBuddy(self.partnership_filter)
        owner_label = QLabel(tr("&Who:"))
        self.owner_filter = QComboBox()
        self.owner_filter.setModel(QStringListModel(self.owner_filter))
        self.owner_filter.setAccessibleName(tr("Show actions of person"))
        owner_label.setBuddy(self.owner_filter)
        self.show_done = QCheckBox(tr("&Show done actions"))
        self.show_done.setAccessibleName(tr("Show done actions"))
        for widget in (partnership_label, self.partnership_filter, owner_label, self.owner_filter):
            filters.addWidget(widget)
        filters.addWidget(self.show_done)
        filters.addStretch(1)

        self.model = WhatsDueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("What's due"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        # Room for two wrapped lines; the tooltip holds the rest of a long description.
        lines = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(lines * 2 + 10)
        self.table.setMinimumHeight(220)
        # Each column as wide as its words, the description taking what is left; when the
        # room is short the longest columns wrap, so no title and no description is cut.
        from desktop.ui.a11y import tab_leaves
        from desktop.ui.sizing import size_columns

        self.columns = size_columns(self.table, WhatsDueModel.WHAT)
        tab_leaves(self.table)
        title.setBuddy(self.table)
        self.due_empty = QLabel()
        self.due_empty.setWordWrap(True)

        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.due_empty)

        self.model.done_changed.connect(self._set_done)
        self.partnership_filter.currentIndexChanged.connect(self._filter_changed)
        self.owner_filter.currentIndexChanged.connect(self._filter_changed)
        self.show_done.toggled.connect(lambda _on: self.refresh())
        return box

    # Showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        day = today()
        conn = self.hub.read()
        summary = group_summary(conn, day)
        if summary is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.page)
        self.heading.setText(summary.name or tr("Our group"))
        self.summary.setText(
            tr_n(
                "%n partnership(s) ({active} active, {considering} being considered).",
                summary.partnerships,
            ).format(active=summary.active, considering=summary.considering)
            + " "
            + tr_n("%n action(s) to do, {overdue} overdue.", summary.open_actions).format(
                overdue=summary.overdue_actions
            )
        )
        actions = due_actions(conn, day, include_closed=self.show_done.isChecked())
        self._show_attention(conn, day, [a for a in actions if a.days_overdue(day) > 0])
        from desktop.services.governance.due import with_report_backs

        actions = with_report_backs(conn, day, actions)  # report backs due (issue 17)
        from desktop.services.pack_deadlines import with_pack_deadlines

        actions = with_pack_deadlines(conn, day, actions)  # returns a CVS asked for (issue 20)
        self.model.set_actions(actions, day)
        self._fill_filter(
            self.partnership_filter, tr("All partnerships"), self.model.partnerships()
        )
        self._fill_filter(self.owner_filter, tr("Everyone"), self.model.owners())
        self._filter_changed()

    def _show_attention(self, conn: ReadConnection, today: date, overdue: list[DueAction]) -> None:
        self.meetings_panel.set_items(
            [f"{format_date(m.when)}: {m.partnership}" for m in upcoming_meetings(conn, today)]
        )
        self.overdue_panel.set_items(
            [
                (
                    tr("{what} ({who}, {partnership}): 1 day overdue")
                    if a.days_overdue(today) == 1
                    else tr("{what} ({who}, {partnership}): {days} days overdue")
                ).format(
                    what=a.description,
                    who=a.owner or tr("no one named"),
                    partnership=a.partnership or tr("general"),
                    days=a.days_overdue(today),
                )
                for a in overdue
            ]
        )
        elections = elections_soon(conn, today)
        self.elections_panel.set_items(
            [
                (
                    tr("{office} of {partnership}: was due {when}")
                    if e.overdue(today)
                    else tr("{office} of {partnership}: {when}")
                ).format(
                    office=vocab(e.office), partnership=e.partnership, when=format_date(e.when)
                )
                for e in elections
            ]
        )
        self.elections_panel.setVisible(bool(elections))
        months = review_due_months(conn)
        self.reviews_panel.set_items(
            [
                tr("{name}: never reviewed").format(name=r.partnership)
                if r.last_review is None
                else tr("{name}: last reviewed {when}").format(
                    name=r.partnership, when=format_date(r.last_review)
                )
                for r in reviews_due(conn, today, months)
            ]
        )
        self.reviews_panel.setToolTip(
            tr("Partnerships with no health-check review in the last {n} months.").format(n=months)
        )
        self.requests_panel.set_items(
            [
                tr("{what} ({partnership}): {status}").format(
                    what=w.description,
                    partnership=w.partnership or tr("general"),
                    status=vocab(ResourceStatus.label_of(w.status)).lower(),
                )
                + (tr(", asked of {who}").format(who=w.asked_of) if w.asked_of else "")
                for w in waiting_requests(conn)
            ]
        )

    @staticmethod
    def _fill_filter(combo: QComboBox, everyone: str, values: list[str]) -> None:
        """Refill a filter in one call, keeping what was chosen while it still exists.

        One ``setStringList`` rather than an ``addItem`` per name: a group with 2,000
        partnerships would otherwise make 2,000 calls into Qt on every refresh.
        """
        chosen = combo.currentText() if combo.currentIndex() > 0 else ""
        model = combo.model()
        assert isinstance(model, QStringListModel)
        combo.blockSignals(True)
        model.setStringList([everyone, *values])
        combo.setCurrentIndex(values.index(chosen) + 1 if chosen in values else 0)
        combo.blockSignals(False)

    @staticmethod
    def _chosen(combo: QComboBox) -> str:
        return combo.currentText() if combo.currentIndex() > 0 else ""

    def _filter_changed(self) -> None:
        self.model.set_filter(
            partnership=self._chosen(self.partnership_filter),
            owner=self._chosen(self.owner_filter),
        )
        if self.model.rowCount() == 0:
            self.due_empty.setText(
                tr("Nothing to do for this choice.")
                if self.partnership_filter.currentIndex() > 0
                or self.owner_filter.currentIndex() > 0
                else tr(
                    "No actions to do. Actions come from meetings, priorities, reviews and "
                    "commitments; they appear here with who does them and by when."
                )
            )
            self.due_empty.show()
        else:
            self.due_empty.hide()

    # Changing -------------------------------------------------------------------------------
    def _set_done(self, action_id: int, done: bool) -> None:
        from desktop.services.action_status import (
            ActionNotFound,
            mark_action_done,
            reopen_action,
        )

        found = self.model.find(action_id)
        description = found.description if found else tr("the action")
        try:
            if done:
                self.hub.write(
                    lambda s: mark_action_done(s, action_id, today()),
                    Change.ACTIONS,
                    tr("Marked done: {what}").format(what=description),
                )
            else:
                self.hub.write(
                    lambda s: reopen_action(s, action_id),
                    Change.ACTIONS,
                    tr("Back on the list: {what}").format(what=description),
                )
        except ActionNotFound:
            QMessageBox.warning(
                self,
                tr("Action not found"),
                tr("That action is no longer there; it may have been removed. The list is "
                   "now up to date."),
            )  # fmt: skip
            self.refresh()
