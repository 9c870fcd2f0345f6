"""The collection window's pages: groups, partnerships, one partnership, resources, log.

Each page reads its view with the window's collection connection in ``refresh(conn)`` and
hands the rows to a model; merges and the expected list go through the services. The long
lists (the groups' returns, the import log) are ``PagedModel``s: a screenful is read when
the page is refreshed and more as the officer scrolls, sorted and searched by the SQL, so a
county's 100,000 returns open at once; "This page as CSV" still writes every row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.periods import Period
from desktop.domain.text_safety import one_line
from desktop.services.collection import views
from desktop.services.collection.views import Table, Window
from desktop.ui.charts import RadarChart
from desktop.ui.collection.models import KEY_ROLE, PagedModel, ViewFilter, ViewModel
from desktop.ui.problem_text import translate
from desktop.ui.sizing import size_columns

if TYPE_CHECKING:
    from desktop.services.collection.opening import Connection


def tr(text: str) -> str:
    return QCoreApplication.translate("CollectionPages", text)


def table_view(
    model: ViewModel | ViewFilter | PagedModel,
    name: str,
    main: int = 0,
    whole: Iterable[int] = (),
    optional: Iterable[int] = (),
) -> QTableView:
    """A read-only table whose columns fit the window (issue 21: on a 1366x768 laptop the
    Groups table's last columns were off screen): the ``main`` column takes the room left,
    ``whole`` ones (dates, counts, keys) are never shortened, ``optional`` ones are hidden,
    in that order, when even the titles would not fit (the titles' menu shows them again).
    A filter or a paged model sorts by a click on a column's title (a paged one in SQL).
    """
    view = QTableView()
    view.setModel(model)
    sortable = isinstance(model, ViewFilter | PagedModel)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # No column chosen at first: the list's own order (a paged model is not read again).
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(sortable)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    size_columns(view, main, whole=whole, optional=optional)
    return view


def labelled(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class Page(QWidget):
    """A page shows tables; ``tables()`` is what File → Export writes for it.

    ``period`` is the period the window shows (set by the window before ``refresh``).
    """

    period: Period | None = None

    def refresh(self, conn: Connection) -> None:
        raise NotImplementedError

    def tables(self) -> list[Table]:
        return []


GROUP_PAIRS_SHOWN = 200


class GroupsPage(Page):
    expected_changed = Signal()

    def __init__(
        self,
        edit_expected: Callable[[str, bool], None],
        withdraw: Callable[[str], None] | None = None,
        merge_groups: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__()
        self._edit_expected = edit_expected
        self._withdraw = withdraw
        self._merge_groups = merge_groups
        self.groups = PagedModel()
        self.missing = ViewModel()
        self._conn: Connection | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("<b>Groups and their latest return for each period</b>")))
        find_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("Type part of a group's name or a reference"))
        find_row.addWidget(labelled(tr("F&ind:"), self.search))
        find_row.addWidget(self.search, 1)
        layout.addLayout(find_row)
        self.search.textChanged.connect(self.groups.set_words)
        self.groups_view = table_view(
            self.groups,
            tr("Groups and their latest returns"),
            whole=(2, 4, 9),
            optional=(6, 8, 5, 1),
        )
        layout.addWidget(self.groups_view, 3)
        withdraw_row = QHBoxLayout()
        self.withdraw_button = QPushButton(tr("Withdraw the chosen return…"))
        self.withdraw_button.setToolTip(
            tr(
                "The return stops counting (it is kept, marked withdrawn); the collection is "
                "backed up first, and the earlier return it replaced counts again."
            )
        )
        withdraw_row.addWidget(self.withdraw_button)
        withdraw_row.addStretch(1)
        layout.addLayout(withdraw_row)
        # Two ids with the same name: likely one group sending from a new laptop.
        pairs_row = QHBoxLayout()
        self.group_pairs = QComboBox()
        self.group_pairs.setAccessibleName(tr("Groups that may be the same"))
        # Sized by its row, not by measuring every pair (a county can have thousands).
        self.group_pairs.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group_pairs.setMinimumContentsLength(30)
        self.group_pairs_label = labelled(tr("These may be the same &group:"), self.group_pairs)
        self.merge_groups_button = QPushButton(tr("They are the same group"))
        pairs_row.addWidget(self.group_pairs_label)
        pairs_row.addWidget(self.group_pairs, 1)
        pairs_row.addWidget(self.merge_groups_button)
        layout.addLayout(pairs_row)
        self.merge_groups_button.clicked.connect(self._merge_chosen_groups)
        self.withdraw_button.clicked.connect(self._withdraw_chosen)
        layout.addWidget(
            QLabel(tr("<b>Groups you expect a return from, who have not sent one</b>"))
        )
        self.missing_view = table_view(self.missing, tr("Expected groups with no return"))
        layout.addWidget(self.missing_view, 1)
        row = QHBoxLayout()
        self.expected_name = QLineEdit()
        self.expected_name.setPlaceholderText(tr("Group name"))
        row.addWidget(labelled(tr("&Expect a return from:"), self.expected_name))
        row.addWidget(self.expected_name, 1)
        self.add_expected = QPushButton(tr("&Add to the list"))
        self.remove_expected = QPushButton(tr("Re&move from the list"))
        row.addWidget(self.add_expected)
        row.addWidget(self.remove_expected)
        layout.addLayout(row)
        self.add_expected.clicked.connect(lambda: self._expected(True))
        self.expected_name.returnPressed.connect(lambda: self._expected(True))
        self.remove_expected.clicked.connect(lambda: self._expected(False))

    def _merge_chosen_groups(self) -> None:
        pair = self.group_pairs.currentData()
        if pair and self._merge_groups is not None:
            self._merge_groups(*pair)

    def chosen_reference(self) -> str | None:
        index = self.groups_view.currentIndex()
        return str(self.groups.table.rows[index.row()][3]) if index.isValid() else None

    def _withdraw_chosen(self) -> None:
        reference = self.chosen_reference()
        if reference and self._withdraw is not None:
            self._withdraw(reference)

    def _expected(self, add: bool) -> None:
        name = self.expected_name.text()
        if not add and not name.strip():
            index = self.missing_view.currentIndex()
            name = self.missing.table.rows[index.row()][0] if index.isValid() else ""
        self._edit_expected(name, add)
        if add:
            self.expected_name.clear()

    def _groups(self, conn: Connection, window: Window) -> Table:
        return _signers_shown(views.groups_window(conn, self.period, window, signed_by=True))

    def refresh(self, conn: Connection) -> None:
        from desktop.services.collection.group_merges import suggest_group_merges

        self._conn = conn
        self.groups.set_reader(lambda window: self._groups(conn, window))
        self.missing.set_table(views.expected_missing(conn, self.period))
        self.group_pairs.clear()
        # The first pairs only; the next come as these are merged (a list of thousands
        # helps no one, and filling it took seconds).
        for s in suggest_group_merges(conn, limit=GROUP_PAIRS_SHOWN):
            self.group_pairs.addItem(
                tr(
                    "“{name}” sent under two ids: {alias}… ({alias_count} returns) "
                    "and {into}… ({into_count} returns)"
                ).format(
                    name=one_line(s.alias.name),
                    alias=s.alias.uuid[:8],
                    alias_count=s.alias.returns,
                    into=s.into.uuid[:8],
                    into_count=s.into.returns,
                ),
                (s.alias.uuid, s.into.uuid),
            )
        shown = self.group_pairs.count() > 0
        for widget in (self.group_pairs, self.group_pairs_label, self.merge_groups_button):
            widget.setVisible(shown)

    def tables(self) -> list[Table]:
        if self._conn is None:
            return [self.groups.table, self.missing.table]
        # Every return, not only the rows read so far.
        return [self._groups(self._conn, views.EVERY_ROW), self.missing.table]


def _signers_shown(table: Table) -> Table:
    """Who signed each return (its key's short fingerprint, issue 20), in the person's
    language when it says the return was not signed."""
    rows = [(*row[:-1], translate(row[-1])) for row in table.rows]
    return replace(table, rows=rows)


class PartnershipsPage(Page):
    open_partnership = Signal(str)

    def __init__(self, merge: Callable[[str, str], None]) -> None:
        super().__init__()
        self._merge = merge
        self.model = ViewModel()
        self.proxy = ViewFilter()
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("Type part of a name"))
        row.addWidget(labelled(tr("F&ind:"), self.search))
        row.addWidget(self.search, 1)
        layout.addLayout(row)
        self.view = table_view(
            self.proxy, tr("Partnerships across the area"), whole=(1, 4, 5, 6), optional=(2,)
        )
        layout.addWidget(self.view, 2)
        # Scores from different review tools never share a column or an average.
        layout.addWidget(QLabel(tr("<b>Review scores by tool</b>")))
        self.scores = ViewModel()
        self.scores_view = table_view(
            self.scores, tr("Review scores by tool"), main=3, whole=(4, 5), optional=(1, 7, 6)
        )
        layout.addWidget(self.scores_view, 1)
        merge_row = QHBoxLayout()
        self.merge_into = QComboBox()
        self.merge_into.setAccessibleName(tr("The partnership it is the same as"))
        merge_row.addWidget(
            labelled(tr("The chosen partnership is the &same as:"), self.merge_into)
        )
        merge_row.addWidget(self.merge_into, 1)
        self.merge_button = QPushButton(tr("&Merge the names"))
        merge_row.addWidget(self.merge_button)
        self.open_button = QPushButton(tr("Compare gro&ups…"))
        merge_row.addWidget(self.open_button)
        layout.addLayout(merge_row)
        self.suggestions = QLabel()
        self.suggestions.setWordWrap(True)
        layout.addWidget(self.suggestions)
        self.search.textChanged.connect(self.proxy.set_words)
        self.merge_button.clicked.connect(self._merge_chosen)
        self.open_button.clicked.connect(self._open_chosen)
        self.view.doubleClicked.connect(lambda _index: self._open_chosen())

    def chosen_key(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def _merge_chosen(self) -> None:
        alias, into = self.chosen_key(), self.merge_into.currentData()
        if alias and into:
            self._merge(alias, into)

    def _open_chosen(self) -> None:
        key = self.chosen_key()
        if key:
            self.open_partnership.emit(key)

    def refresh(self, conn: Connection) -> None:
        from desktop.services.collection.merges import suggest_merges

        partnerships, scores = views.partnership_tables(conn, self.period)
        self.model.set_table(partnerships)
        self.scores.set_table(scores)
        self.merge_into.clear()
        for row, key in sorted(
            zip(self.model.table.rows, self.model.table.keys, strict=True),
            key=lambda pair: pair[0][0].casefold(),
        ):
            self.merge_into.addItem(one_line(row[0]), key)
        hints = [
            f"“{one_line(s.alias_name)}” and “{one_line(s.into_name)}”"
            for s in suggest_merges(conn)[:5]
        ]
        self.suggestions.setText(
            tr("These may be the same partnership: {pairs}.").format(pairs="; ".join(hints))
            if hints
            else ""
        )

    def tables(self) -> list[Table]:
        return [self.model.table, self.scores.table]


class DetailPage(Page):
    """One partnership, every group's view side by side."""

    def __init__(self) -> None:
        super().__init__()
        self.key: str | None = None
        self.detail: views.PartnershipDetail | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.choose = QComboBox()
        form.addRow(labelled(tr("Partners&hip:"), self.choose), self.choose)
        layout.addLayout(form)
        self.tabs = QTabWidget()
        self.models = {
            name: ViewModel() for name in ("commitments", "undertakings", "answers", "needs")
        }
        titles = {
            "commitments": tr("Commitment ratings"),
            "undertakings": tr("Undertakings (statutory and ours)"),
            "needs": tr("Resource needs"),
        }
        for name in ("commitments", "undertakings"):
            self.tabs.addTab(table_view(self.models[name], titles[name], main=1), titles[name])
        reviews = QSplitter(Qt.Orientation.Horizontal)
        reviews.addWidget(table_view(self.models["answers"], tr("Review answers"), main=1))
        charts = QWidget()
        chart_layout = QVBoxLayout(charts)
        self.group_choice = QComboBox()
        chart_layout.addWidget(labelled(tr("Show ra&dar for:"), self.group_choice))
        chart_layout.addWidget(self.group_choice)
        self.radar = RadarChart()
        self.radar.setAccessibleName(tr("Review scores radar"))
        chart_layout.addWidget(self.radar, 1)
        reviews.addWidget(charts)
        self.tabs.addTab(reviews, tr("Reviews"))
        self.tabs.addTab(
            table_view(self.models["needs"], titles["needs"], main=2, whole=(4,)), titles["needs"]
        )
        layout.addWidget(self.tabs, 1)
        self.choose.currentIndexChanged.connect(self._chosen)
        self.group_choice.currentIndexChanged.connect(self._draw_radar)
        self._conn: Connection | None = None

    def refresh(self, conn: Connection) -> None:
        self._conn = conn
        current = self.key
        # The list and the partnership shown read the collection's periods once, not twice.
        with views.one_reading(conn):
            self.choose.blockSignals(True)
            self.choose.clear()
            choices = views.partnership_choices(conn, self.period)
            for name, key in choices:
                self.choose.addItem(one_line(name), key)
            self.choose.blockSignals(False)
            self.show_partnership(current or (choices[0][1] if choices else None))

    def show_partnership(self, key: str | None) -> None:
        index = self.choose.findData(key) if key else -1
        if index < 0:
            self.key, self.detail = None, None
            for model in self.models.values():
                model.set_table(Table("", "", (), []))
            return
        self.choose.blockSignals(True)
        self.choose.setCurrentIndex(index)
        self.choose.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        key = self.choose.currentData()
        if self._conn is None or not key:
            return
        self.key = key
        self.detail = views.partnership_detail(self._conn, key, self.period)
        self.models["commitments"].set_table(self.detail.commitments)
        self.models["undertakings"].set_table(self.detail.undertakings)
        self.models["answers"].set_table(self.detail.answers)
        self.models["needs"].set_table(self.detail.needs)
        self.group_choice.blockSignals(True)
        self.group_choice.clear()
        self.group_choice.addItem(tr("All groups together"), -1)
        for number, name in enumerate(self.detail.groups):
            self.group_choice.addItem(one_line(name), number)
        self.group_choice.blockSignals(False)
        self._draw_radar()

    def _draw_radar(self) -> None:
        if self.detail is None:
            return
        chosen = self.group_choice.currentData()
        pairs = list(zip(self.detail.groups, self.detail.radar_series, strict=True))
        if chosen is not None and chosen >= 0:
            pairs = [pairs[chosen]]
        pairs = [(n, s) for n, s in pairs if any(v is not None for v in s)]
        self.radar.set_data(
            self.detail.radar_axes,
            [s for _, s in pairs],
            self.detail.radar_bands,
            [one_line(n) for n, _ in pairs],
            low=self.detail.radar_low,
            high=self.detail.radar_high,
        )

    def tables(self) -> list[Table]:
        if self.detail is None:
            return []
        d = self.detail
        return [d.commitments, d.undertakings, d.answers, d.needs]


class ResourcesPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.totals = ViewModel()
        self.need_help = ViewModel()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.by = QComboBox()
        for key, label in (
            ("category", tr("category")),
            ("partnership", tr("partnership")),
            ("group", tr("group")),
        ):
            self.by.addItem(label, key)
        row.addWidget(labelled(tr("Total resource needs &by:"), self.by))
        row.addWidget(self.by)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            table_view(self.totals, tr("Resource needs totals"), whole=(1, 2, 3, 4, 5)), 1
        )
        layout.addWidget(QLabel(tr('<b>The clauses most often rated "need help"</b>')))
        layout.addWidget(
            table_view(
                self.need_help,
                tr('Clauses rated "need help"'),
                main=1,
                whole=(3, 4, 5),
                optional=(6, 2),
            ),
            1,
        )
        self._conn: Connection | None = None
        self.by.currentIndexChanged.connect(lambda _i: self._totals())

    def _totals(self) -> None:
        if self._conn is not None:
            self.totals.set_table(views.needs_view(self._conn, self.by.currentData(), self.period))

    def refresh(self, conn: Connection) -> None:
        self._conn = conn
        self._totals()
        # Every clause: "This page as CSV" writes what is here, so nothing may be cut.
        self.need_help.set_table(views.need_help_view(conn, -1, self.period))

    def tables(self) -> list[Table]:
        return [self.totals.table, self.need_help.table]


class LogPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.model = PagedModel()
        self._conn: Connection | None = None
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        row = QHBoxLayout()
        row.addWidget(labelled(tr("Fi&nd in the log:"), self.search))
        row.addWidget(self.search, 1)
        layout.addLayout(row)
        self.view = table_view(
            self.model, tr("Import log"), main=3, whole=(0, 2, 6), optional=(5, 4)
        )
        layout.addWidget(self.view, 1)
        self.search.textChanged.connect(self.model.set_words)

    @staticmethod
    def _log(conn: Connection, window: Window) -> Table:
        # Who signed each return: the short fingerprint of its key (issue 20), last.
        table = views.import_log_window(conn, window, signed_by=True)
        # The log keeps each reason in English; a reason with no values in it (most of them)
        # is found among the translated templates and shown in the person's language.
        at = table.columns.index("Reason")
        rows = [(*r[:at], translate(r[at]) if r[at] else r[at], *r[at + 1 :]) for r in table.rows]
        return replace(table, rows=rows)

    def refresh(self, conn: Connection) -> None:
        self._conn = conn
        self.model.set_reader(lambda window: self._log(conn, window))

    def tables(self) -> list[Table]:
        if self._conn is None:
            return [self.model.table]
        return [self._log(self._conn, views.EVERY_ROW)]
