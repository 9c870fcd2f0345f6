"""The Resource needs area: the ledger, its totals, the unmet view and the rates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.ledger import Rates, totals, totals_by
from desktop.domain.money import format_pence
from desktop.services import commitments, resources
from desktop.services.resource_views import ALL, GENERAL, NeedView, list_needs
from desktop.ui.a11y import tab_leaves
from desktop.ui.area import Area
from desktop.ui.cost_dialogs import RatesDialog
from desktop.ui.data import DataHub
from desktop.ui.problem_text import said
from desktop.ui.resource_dialogs import NeedDialog, StatusDialog
from desktop.ui.resources_models import LedgerModel, TotalsModel, outstanding
from desktop.ui.sizing import size_columns
from desktop.ui.widgets import EmptyState


def tr(text: str) -> str:
    return QCoreApplication.translate("ResourcesArea", text)


class ResourcesArea(Area):
    topics = (Change.RESOURCES, Change.PARTNERSHIPS)

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        outer = QVBoxLayout(self)
        self.empty = EmptyState(
            tr("What does taking part cost us?"),
            tr(
                "Record the time, travel and other costs of taking part in a partnership, "
                "and follow each request until it is agreed or declined."
            ),
            tr("&Add a resource need…"),
        )
        self.empty.action_clicked.connect(self.add_need)
        outer.addWidget(self.empty)
        self.body = QWidget()
        outer.addWidget(self.body)
        layout = QVBoxLayout(self.body)
        intro = QLabel(
            tr(
                "What taking part costs us: time, travel and other needs, costed, and each "
                "request followed until it is agreed or declined."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        filters = QHBoxLayout()
        self.scope = QComboBox()
        self.scope.setAccessibleName(tr("Partnership"))
        scope_label = QLabel(tr("&Partnership:"))
        scope_label.setBuddy(self.scope)
        self.view_choice = QComboBox()
        self.view_choice.addItem(tr("All needs"), "all")
        self.view_choice.addItem(tr("Unmet: waiting for a decision or the money"), "unmet")
        self.view_choice.setAccessibleName(tr("Show"))
        view_label = QLabel(tr("Sho&w:"))
        view_label.setBuddy(self.view_choice)
        for widget in (scope_label, self.scope, view_label, self.view_choice):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add need…"))
        self.edit_button = QPushButton(tr("Ed&it…"))
        self.status_button = QPushButton(tr("&Move status…"))
        self.delete_button = QPushButton(tr("&Delete"))
        self.rates_button = QPushButton(tr("&Rates…"))
        for button in (
            self.add_button,
            self.edit_button,
            self.status_button,
            self.delete_button,
            self.rates_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = LedgerModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Resource needs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Each column as wide as its words (measured on the first rows of a long ledger),
        # the description taking what is left; the table is never wider than the window.
        self.columns = size_columns(
            self.table,
            LedgerModel.DESCRIPTION,
            whole=(*LedgerModel.MONEY_COLUMNS, LedgerModel.STATUS),
            optional=(
                LedgerModel.NOTICED,
                LedgerModel.QUANTITY,
                LedgerModel.ASKED_OF,
                LedgerModel.CATEGORY,
                LedgerModel.RECEIVED,
            ),
        )
        tab_leaves(self.table)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        splitter.addWidget(self.table)

        totals_box = QWidget()
        totals_layout = QVBoxLayout(totals_box)
        totals_layout.setContentsMargins(0, 0, 0, 0)
        grouping_row = QHBoxLayout()
        self.grouping = QComboBox()
        self.grouping.addItem(tr("Partnership"), "partnership")
        self.grouping.addItem(tr("Category"), "category")
        self.grouping.addItem(tr("Financial year (April to March)"), "financial_year")
        self.grouping.setAccessibleName(tr("Totals by"))
        grouping_label = QLabel(tr("&Totals by:"))
        grouping_label.setBuddy(self.grouping)
        self.summary = QLabel()
        grouping_row.addWidget(grouping_label)
        grouping_row.addWidget(self.grouping)
        grouping_row.addStretch(1)
        grouping_row.addWidget(self.summary)
        totals_layout.addLayout(grouping_row)
        self.totals_model = TotalsModel(self)
        self.totals_table = QTableView()
        self.totals_table.setModel(self.totals_model)
        self.totals_table.setAccessibleName(tr("Totals"))
        self.totals_table.verticalHeader().hide()
        self.totals_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        totals_layout.addWidget(self.totals_table)
        splitter.addWidget(totals_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        from desktop.ui.sizing import remember_splitter, window_settings

        remember_splitter(splitter, "resources", window_settings(hub.paths.data))
        layout.addWidget(splitter, 1)

        self.dialog: QWidget | None = None
        self.add_button.clicked.connect(self.add_need)
        self.edit_button.clicked.connect(self.edit_need)
        self.status_button.clicked.connect(self.move_status)
        self.delete_button.clicked.connect(self.delete_need)
        self.rates_button.clicked.connect(self.edit_rates)
        self.table.doubleClicked.connect(lambda _index: self.edit_need())
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.view_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.grouping.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_need)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._fill_scope()
        self.refresh()

    # Loading -------------------------------------------------------------------------
    def _fill_scope(self) -> None:
        with self.hub.database().session() as session:
            self._partnerships = commitments.partnerships(session)
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(tr("All partnerships and general"), ALL)
        self.scope.addItem(tr("General needs only"), GENERAL)
        for pid, name in self._partnerships:
            self.scope.addItem(name, pid)
        index = self.scope.findData(current)
        self.scope.setCurrentIndex(max(index, 0))
        self.scope.blockSignals(False)

    def _on_changed(self, topic: Change) -> None:
        if topic in (Change.PARTNERSHIPS, Change.EVERYTHING):
            self._fill_scope()
        super()._on_changed(topic)

    def refresh(self) -> None:
        selected = self.selected_need()
        scope = self.scope.currentData() or ALL
        with self.hub.database().session() as session:
            needs = list_needs(session, scope)
            self.rates = resources.get_rates(session)
        shown = needs
        if self.view_choice.currentData() == "unmet":
            shown = [n for n in needs if outstanding(n)[0]]
        self.model.set_rows(shown)
        nothing = not needs and scope == ALL
        self.empty.setVisible(nothing)
        self.body.setVisible(not nothing)
        rows = [n.ledger_row() for n in needs]
        grouping = self.grouping.currentData() or "partnership"
        grouped = dict(sorted(totals_by(rows, resources.GROUPINGS[grouping]).items()))
        grand = totals(rows)
        self.totals_model.set_totals(grouped, grand)
        self.summary.setText(
            tr("Unmet: {unmet} (waiting for a decision {decision}; for the money {money})").format(
                unmet=format_pence(grand.unmet),
                decision=format_pence(grand.awaiting_decision),
                money=format_pence(grand.awaiting_receipt),
            )
        )
        if selected is not None:
            self.select_need(selected.id)
        self._enable()

    def _enable(self) -> None:
        has = self.selected_need() is not None
        for button in (self.edit_button, self.status_button, self.delete_button):
            button.setEnabled(has)

    def selected_need(self) -> NeedView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.need(rows[0].row()) if rows else None

    def select_need(self, need_id: int) -> bool:
        row = self.model.row_of(need_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0, QModelIndex()))
        return True

    # Actions -------------------------------------------------------------------------
    def _open(self, dialog: QWidget) -> None:
        """Dialogs open window-modal without blocking, so the rest of the app stays live."""
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._closed(dialog))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _closed(self, dialog: QWidget) -> None:
        saved = getattr(dialog, "saved_id", None)
        if saved:
            self.select_need(saved)
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def add_need(self) -> None:
        scope = self.scope.currentData()
        self._open(
            NeedDialog(
                self.hub,
                self._partnerships,
                self.rates or Rates(),
                partnership_id=scope if isinstance(scope, int) else None,
                parent=self,
            )
        )

    def edit_need(self) -> None:
        need = self.selected_need()
        if need is not None:
            self._open(NeedDialog(self.hub, self._partnerships, self.rates, need, parent=self))

    def move_status(self) -> None:
        need = self.selected_need()
        if need is not None:
            self._open(StatusDialog(self.hub, need, parent=self))

    def edit_rates(self) -> None:
        self._open(RatesDialog(self.hub, self.rates, parent=self))

    def delete_need(self) -> None:
        need = self.selected_need()
        if need is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Delete resource need"),
            tr("Delete “{description}”? This cannot be undone.").format(
                description=need.description
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        need_id = need.id
        try:
            self.hub.write(
                lambda s: resources.delete_need(s, need_id), Change.RESOURCES, tr("Need deleted")
            )
        except resources.ResourceError as exc:
            QMessageBox.warning(self, tr("Delete resource need"), said(exc))
