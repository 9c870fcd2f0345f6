"""The partnerships area: the register of every partnership, and one partnership in full.

Deleting keeps a snapshot here, in memory, so it can be undone until the app closes;
archiving is offered first as the normal way to put a partnership away.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.vocab import OurRole, PartnershipStatus
from desktop.services.register import theme_names
from desktop.ui.area import Area
from desktop.ui.data import DataHub
from desktop.ui.partnerships.register_model import ID_ROLE, RegisterFilter, RegisterModel
from desktop.ui.problem_text import said
from desktop.ui.widgets import EmptyState

if TYPE_CHECKING:
    from desktop.services.lifecycle import DeletedPartnership
    from desktop.ui.partnerships.page import PartnershipPage

# The register is shown without the ORM (slow to import on an old laptop); the partnership
# page, the dialogs and the writing services are imported the first time they are used.


PREPARE_PAGE_AFTER_MS = 400


def tr(text: str) -> str:
    return QCoreApplication.translate("PartnershipsArea", text)


def _combo(
    label_text: str, everything: str, options: list[tuple[str, str]]
) -> tuple[QLabel, QComboBox]:
    combo = QComboBox()
    combo.addItem(everything, "")
    for value, text in options:
        combo.addItem(text, value)
    label = QLabel(label_text)
    label.setBuddy(combo)
    combo.setAccessibleName(label_text.replace("&", ""))
    # Long themes would otherwise make the combo (and the window) very wide.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return label, combo


class PartnershipsArea(Area):
    topics = (Change.PARTNERSHIPS, Change.REVIEWS)

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self.deleted: list[DeletedPartnership] = []
        self.model = RegisterModel(self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.empty = EmptyState(
            tr("No partnerships yet"),
            tr(
                "A partnership is any group of organisations working together towards a "
                "shared goal. Add the first one your group sits on."
            ),
            tr("&Add a partnership…"),
        )
        self.empty.action_clicked.connect(self.add_partnership)
        self.stack.addWidget(self.empty)
        self.register_page = self._build_register()
        self.stack.addWidget(self.register_page)
        self._page: PartnershipPage | None = None
        self.refresh()
        # Build the partnership page while the person reads the list, so the first
        # partnership they open appears at once (importing the ORM takes a moment).
        # Tied to this area, so the timer is dropped if the area is closed first.
        QTimer.singleShot(PREPARE_PAGE_AFTER_MS, self, self._prepare_page)

    def _build_register(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        filters = QHBoxLayout()
        search_label = QLabel(tr("&Search"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Name, area or theme"))
        self.search.setAccessibleName(tr("Search partnerships"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        status_label, self.status_filter = _combo(
            tr("S&tatus"),
            tr("Any status"),
            [(m.value, QCoreApplication.translate("Vocab", m.label)) for m in PartnershipStatus],
        )
        theme_label, self.theme_filter = _combo(tr("The&me"), tr("Any theme"), [])
        role_label, self.role_filter = _combo(
            tr("Our ro&le"),
            tr("Any role"),
            [(m.value, QCoreApplication.translate("Vocab", m.label)) for m in OurRole],
        )
        self.show_archived = QCheckBox(tr("Show &archived"))
        self.show_archived.setAccessibleName(tr("Show archived partnerships"))
        # Two rows, so the bar fits a small screen at 200% (search on its own line).
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_archived)
        choices = QHBoxLayout()
        for widget in (
            status_label,
            self.status_filter,
            theme_label,
            self.theme_filter,
            role_label,
            self.role_filter,
        ):
            choices.addWidget(widget)
        choices.addStretch(1)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(tr("Partnerships"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RegisterModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        # Each column as wide as its words (the first 300 rows measured, so a long register
        # stays quick), the name taking the room that is left; a name longer than its column
        # wraps onto a second line rather than end in "…".
        from desktop.ui.sizing import size_columns

        self.columns = size_columns(
            self.table,
            RegisterModel.NAME,
            whole=(RegisterModel.STATUS, RegisterModel.NEXT_MEETING, RegisterModel.REVIEW),
        )
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.count_label = QLabel()
        self.hint = QLabel(tr("Double-click a partnership, or press Enter, to open it."))
        self.hint.setWordWrap(True)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("&New partnership…"))
        self.open_button = QPushButton(tr("&Open"))
        self.archive_button = QPushButton(tr("Ar&chive"))
        self.delete_button = QPushButton(tr("&Delete…"))
        self.undo_button = QPushButton(tr("&Undo delete"))
        for button in (
            self.add_button,
            self.open_button,
            self.archive_button,
            self.delete_button,
            self.undo_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.undo_button.hide()

        layout.addLayout(filters)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.hint, 1)
        hint_row.addWidget(self.count_label)
        layout.addLayout(hint_row)
        layout.addLayout(buttons)
        # Tab goes along the first line, then the second, as the eye does.
        chain = [
            self.search,
            self.show_archived,
            self.status_filter,
            self.theme_filter,
            self.role_filter,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.search.textChanged.connect(lambda text: self.proxy.set_filters(search=text))
        from desktop.ui.a11y import search_leads_to  # Down into the results, Enter opens

        search_leads_to(self.search, self.table, self._open_current)
        self.search.textChanged.connect(self._update_count)
        for combo, name in (
            (self.status_filter, "status"),
            (self.theme_filter, "theme"),
            (self.role_filter, "role"),
        ):
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, n=name: self._filter_changed(n, c.currentData())
            )
        self.show_archived.toggled.connect(lambda on: self._filter_changed("show_archived", on))
        self.table.activated.connect(lambda index: self.open_partnership(index.data(ID_ROLE)))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.add_button.clicked.connect(self.add_partnership)
        self.open_button.clicked.connect(self._open_current)
        self.archive_button.clicked.connect(self.archive_or_restore)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo_delete)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table).activated.connect(
            self.delete_current
        )
        return page

    def _prepare_page(self) -> None:
        _ = self.page

    @property
    def page(self) -> PartnershipPage:
        """The page for one partnership, built when the first one is opened."""
        if self._page is None:
            from desktop.ui.partnerships.page import PartnershipPage

            self._page = PartnershipPage(self.hub)
            self._page.back_requested.connect(self.show_register)
            from desktop.ui.a11y import sections_take_focus

            sections_take_focus(self._page.tabs)  # Ctrl+Tab lands on the section's first field
            self.stack.addWidget(self._page)
        return self._page

    # Reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._page is not None and self.stack.currentWidget() is self._page:
            return  # the person is in a partnership; show_register reloads on the way back
        current = self.current_id()
        self.model.load(self.hub.read())
        self._fill_themes()
        has_any = bool(self.model.rows)
        self.stack.setCurrentWidget(self.register_page if has_any else self.empty)
        self._select(current)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            # Something is always chosen, so Open, Archive and Delete work from the keyboard.
            self.table.selectRow(0)
        self._update_count()

    def _fill_themes(self) -> None:
        chosen = self.theme_filter.currentData()
        self.theme_filter.blockSignals(True)
        while self.theme_filter.count() > 1:
            self.theme_filter.removeItem(1)
        for theme in theme_names(self.hub.read()):
            self.theme_filter.addItem(QCoreApplication.translate("Themes", theme), theme)
        self.theme_filter.setCurrentIndex(max(self.theme_filter.findData(chosen), 0))
        self.theme_filter.blockSignals(False)

    def _filter_changed(self, name: str, value: object) -> None:
        self.proxy.set_filters(**{name: value or ("" if name != "show_archived" else False)})
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(tr("Showing {shown} of {total}").format(shown=shown, total=total))
        self._update_buttons()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return None if not index.isValid() else int(index.data(ID_ROLE))

    def _current_archived(self) -> bool:
        pid = self.current_id()
        row = self.model.row_of(pid) if pid is not None else -1
        return row >= 0 and self.model.rows[row].archived

    def _select(self, partnership_id: int | None) -> None:
        if partnership_id is None:
            return
        row = self.model.row_of(partnership_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        for button in (self.open_button, self.archive_button, self.delete_button):
            button.setEnabled(chosen)
        archived = self._current_archived()
        self.archive_button.setText(tr("&Restore") if archived else tr("Ar&chive"))
        self.archive_button.setAccessibleName(tr("Restore") if archived else tr("Archive"))

    # Actions ---------------------------------------------------------------------------
    def add_partnership(self) -> None:
        from desktop.ui.partnerships.dialogs import NewPartnershipDialog, run_dialog

        run_dialog(NewPartnershipDialog(self.hub, self), self.open_partnership)

    def _open_current(self) -> None:
        pid = self.current_id()
        if pid is not None:
            self.open_partnership(pid)

    def open_partnership(self, partnership_id: int) -> None:
        from desktop.ui.a11y import switch_page

        self.page.open(int(partnership_id))
        switch_page(lambda: self.stack.setCurrentWidget(self.page), self.page, self.page.tabs)

    def may_leave(self) -> bool:
        """Asked before the window shows another area or closes: nothing typed is lost."""
        if self._page is None or self.stack.currentWidget() is not self._page:
            return True
        return self._page.may_leave()

    def show_register(self) -> None:
        from desktop.ui.a11y import switch_page

        opened = self._page.partnership_id if self._page is not None else None
        page = self.register_page
        switch_page(lambda: self.stack.setCurrentWidget(page), page, self.table)
        self.refresh()
        self._select(opened)

    def archive_or_restore(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        from desktop.services import lifecycle

        if self._current_archived():
            self.hub.write(
                lambda s: lifecycle.restore_partnership(s, pid), Change.PARTNERSHIPS, tr("Restored")
            )
        else:
            self.hub.write(
                lambda s: lifecycle.archive_partnership(s, pid),
                Change.PARTNERSHIPS,
                tr("Archived. Tick “Show archived” to see it again."),
            )

    def delete_current(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        name = self.model.rows[self.model.row_of(pid)].name
        answer = QMessageBox.question(
            self,
            tr("Delete this partnership?"),
            tr(
                "Delete “{name}” and everything recorded about it: partners, meetings, the "
                "plan and reviews?\n\nYou can undo this until you close Partnerbook. To put "
                "a partnership away safely, archive it instead."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from desktop.services import lifecycle

        snapshot = self.hub.write(
            lambda s: lifecycle.delete_partnership(s, pid),
            Change.PARTNERSHIPS,
            tr("Deleted “{name}”. Undo delete brings it back.").format(name=name),
        )
        self.deleted.append(snapshot)
        self.undo_button.show()

    def undo_delete(self) -> None:
        if not self.deleted:
            return
        from desktop.services import lifecycle
        from desktop.services.partnerships import InvalidInput

        snapshot = self.deleted[-1]
        try:
            pid = self.hub.write(
                lambda s: lifecycle.undo_delete(s, snapshot),
                Change.PARTNERSHIPS,
                tr("“{name}” is back.").format(name=snapshot.name),
            )
        except InvalidInput as exc:
            QMessageBox.warning(self, tr("Cannot undo"), said(exc.problems[0]))
            return
        self.deleted.pop()
        self.undo_button.setVisible(bool(self.deleted))
        self._select(pid)
