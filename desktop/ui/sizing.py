"""Tables whose columns fit their words, and splitters that stay where they were put.

``size_columns(view, main)`` sizes each column of a table to its title and its words, and
gives the main text column (a partnership's name, a need's description) the room that is
left, so on a 1366x768 laptop the name is read in full and the short columns are not cut
either. When everything cannot fit, the main column keeps what its words need (up to half
the table) and the others share the rest, never narrower than their titles; the table then
scrolls sideways rather than cut a title. A column the person drags keeps its width until
the rows are loaded again.

``remember_splitter(splitter, key, settings)`` keeps where a splitter was dragged, in the
data folder's window.ini (as the last folder and the recent collections are).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QMenu, QSplitter, QTableView

__all__ = ["ColumnFitter", "remember_splitter", "size_columns", "window_settings"]

_WRAP = int(Qt.TextFlag.TextWordWrap)
ROWS_MEASURED = 300  # a long register is measured on its first rows, to stay quick
PADDING = 12  # room round a cell's words, beyond what the style asks


class ColumnFitter(QObject):
    """Keeps ``view``'s columns fitted to their words and to the width the view has."""

    def __init__(
        self,
        view: QTableView,
        main: int,
        whole: Iterable[int] = (),
        optional: Iterable[int] = (),
        wrap_titles: bool = False,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.main = main
        self.whole = frozenset(whole)  # never shortened: amounts, dates, one-word states
        self.optional = list(optional)  # hidden, in this order, when the room is short
        self.chosen: dict[int, bool] = {}  # columns the person showed or hid themselves
        self.wrap_titles = wrap_titles  # long titles (partnership names) wrap at spaces
        if wrap_titles:
            view.horizontalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap  # type: ignore[operator]
            )
        self._fitting = False
        self._measured: dict[int, int] | None = None  # wanted_of, while one fit runs
        self._titled: dict[int, int] | None = None  # title_width, while one fit runs
        self.user_sized = False
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(ROWS_MEASURED)
        header.sectionResized.connect(self._section_resized)
        # Right-click on the titles: show or hide a column (those hidden for want of room).
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        view.setProperty("mainColumn", main)  # tests check this column is never cut
        view.viewport().installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self._reloaded)
        model.dataChanged.connect(lambda *_args: self._timer.start(0))
        self.fit()

    def _reloaded(self, *_args: object) -> None:
        self.user_sized = False
        self._timer.start(0)

    def _section_resized(self, *_args: object) -> None:
        if not self._fitting:
            self.user_sized = True  # the person dragged a column: leave it as they put it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.user_sized:
            self._timer.start(0)
        return False

    def wanted(self) -> list[int]:
        """What each column needs to show its title and its words in full."""
        header = self.view.horizontalHeader()
        needs = []
        for column in range(header.count()):
            if header.isSectionHidden(column):
                needs.append(0)
                continue
            needs.append(self.wanted_of(column))
        return needs

    def _column_menu(self, point: QPoint) -> None:
        header = self.view.horizontalHeader()
        model = self.view.model()
        menu = QMenu(header)
        for column in range(header.count()):
            if column == self.main:
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.choose(c, on))
        menu.popup(header.mapToGlobal(point))

    def choose(self, column: int, shown: bool) -> None:
        """The person shows or hides ``column``; kept until they change it again."""
        self.chosen[column] = shown
        self.fit()

    def _hide_for_room(self, room: int) -> None:
        """Hide the optional columns, in order, while the titles alone would not fit."""
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            header.setSectionHidden(column, not self.chosen.get(column, True))
        floors = self._floors()
        needed = sum(floors) + min(self.wanted_of(self.main), room * 2 // 5)
        for column in self.optional:
            if needed <= room:
                break
            if column in self.chosen or header.isSectionHidden(column):
                continue
            header.setSectionHidden(column, True)
            needed -= floors[column]

    def _floors(self) -> list[int]:
        header = self.view.horizontalHeader()
        return [
            0
            if header.isSectionHidden(c) or c == self.main
            else (self.wanted_of(c) if c in self.whole else self.title_width(c))
            for c in range(header.count())
        ]

    def title_width(self, column: int) -> int:
        """The room a column's title needs: all of it, or, when titles wrap, its longest
        word (a title is never broken inside a word)."""
        if self._titled is not None and column in self._titled:
            return self._titled[column]
        header = self.view.horizontalHeader()
        if not self.wrap_titles:
            width = header.sectionSizeHint(column)
        else:
            title = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
            metrics = header.fontMetrics()
            longest = max((metrics.horizontalAdvance(w) for w in title.split()), default=0)
            width = min(header.sectionSizeHint(column), longest + 2 * PADDING)
        if self._titled is not None:
            self._titled[column] = width
        return width

    def wanted_of(self, column: int) -> int:
        if self._measured is not None and column in self._measured:
            return self._measured[column]
        words = self.view.sizeHintForColumn(column)
        wanted = max(self.title_width(column), words + PADDING if words > 0 else 0)
        if self._measured is not None:
            self._measured[column] = wanted
        return wanted

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        count = header.count()
        if not count or self.main >= count:
            return
        room = self.view.viewport().width()
        if room <= 0:
            return
        self._fitting = True  # our own changes are not the person dragging a column
        # Each column's words are measured once a fit (every row's text laid out), not
        # again for the room check, the floors and the widths: half the time of a fit.
        self._measured, self._titled = {}, {}
        try:
            self._hide_for_room(room)
            self._fit(room)
        finally:
            self._fitting = False
            self._measured, self._titled = None, None

    def _fit(self, room: int) -> None:
        header = self.view.horizontalHeader()
        count = header.count()
        titles = self._floors()
        titles[self.main] = self.title_width(self.main)
        others = [c for c in range(count) if c != self.main]
        if sum(titles[c] for c in others) >= room:
            # The other columns' titles alone fill the room (one partnership across 1,700
            # groups): the sharing below would give every column its title's width, the
            # main one too, whatever their words. So the words are not measured: that was
            # 80,000 cells laid out, 2 s, for widths that did not depend on them.
            widths = titles
        else:
            widths = self._shared(room, titles, others)
        for column, width in enumerate(widths):
            if not header.isSectionHidden(column):
                header.resizeSection(column, width)
        if self.wrap_titles:
            self._tall_enough_titles()
        self._wrap_long(widths[self.main])

    def _shared(self, room: int, titles: list[int], others: list[int]) -> list[int]:
        """Each column's width when the titles fit: their words' widths, shared out."""
        wanted = self.wanted()
        main_wants = wanted[self.main]
        widths = list(wanted)
        if sum(wanted) > room:
            # The main column is sure of two fifths of the table (all of it its words need
            # less); the others share the rest, shortest first, each in full while the rest
            # can share what is left equally ("water filling"), so "Considering" is read
            # whole and only the longest columns wrap. The main column takes what is left.
            floor = sum(titles[c] for c in others)
            main_gets = max(titles[self.main], min(main_wants, room * 2 // 5, room - floor))
            left = room - main_gets
            for c in others:
                widths[c] = titles[c]
            pending = sorted(others, key=lambda c: wanted[c] - titles[c])
            spare = left - sum(titles[c] for c in others)
            while pending and spare > 0:
                level = spare // len(pending)
                c = pending[0]
                grow = wanted[c] - widths[c]
                if grow <= level:
                    widths[c] = wanted[c]
                    spare -= grow
                    pending.pop(0)
                else:
                    for c in pending:
                        widths[c] += level
                    spare = 0
            widths[self.main] = max(main_gets, room - sum(widths[c] for c in others))
        else:
            widths[self.main] = room - sum(wanted[c] for c in others)
        return widths

    def _tall_enough_titles(self) -> None:
        """Make the title row as tall as the longest wrapped title needs."""
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        model = self.view.model()
        tallest = metrics.height()
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            usable = max(header.sectionSize(column) - 2 * PADDING, 1)
            tallest = max(
                tallest, metrics.boundingRect(0, 0, usable, 10_000, _WRAP, title).height()
            )
        header.setFixedHeight(tallest + PADDING)

    def _wrap_long(self, width: int) -> None:
        """Give a row whose main text is longer than its column the lines it needs.

        Only the first rows are measured (a long register stays quick); their words wrap
        at spaces rather than end in "…".
        """
        model = self.view.model()
        rows = self.view.verticalHeader()
        metrics = self.view.fontMetrics()
        usable = max(width - PADDING, 1)
        normal = rows.defaultSectionSize()
        self.view.setWordWrap(True)
        for row in range(min(model.rowCount(), ROWS_MEASURED)):
            text = str(model.index(row, self.main).data() or "")
            if metrics.horizontalAdvance(text) + PADDING <= width:
                if rows.sectionSize(row) != normal:
                    rows.resizeSection(row, normal)
                continue
            box = metrics.boundingRect(0, 0, usable, 10_000, _WRAP, text)
            rows.resizeSection(row, max(normal, box.height() + normal - metrics.height()))


def size_columns(
    view: QTableView,
    main: int,
    whole: Iterable[int] = (),
    optional: Iterable[int] = (),
    wrap_titles: bool = False,
) -> ColumnFitter:
    """Fit ``view``'s columns to their words, the ``main`` column taking the room left.

    ``whole`` columns (amounts, dates) are never shortened; ``optional`` ones are hidden, in
    that order, when even the titles would not fit, and can be shown again from the menu on
    the column titles. With ``wrap_titles`` long titles wrap at spaces, never inside a word.
    """
    return ColumnFitter(view, main, whole, optional, wrap_titles)


def window_settings(data_folder: Path) -> QSettings:
    """The window's own settings, kept in the data folder's window.ini."""
    return QSettings(str(data_folder / "window.ini"), QSettings.Format.IniFormat)


def remember_splitter(splitter: QSplitter, key: str, settings: QSettings) -> None:
    """Put ``splitter`` back where it was last left, and remember each move from now on."""
    splitter.setObjectName(f"splitter_{key}")
    splitter.setChildrenCollapsible(False)  # a pane dragged to nothing is lost to a newcomer
    name = f"splitters/{key}"
    saved = settings.value(name)
    if saved is not None:
        splitter.restoreState(saved)  # type: ignore[arg-type]

    def keep(*_args: object) -> None:
        settings.setValue(name, splitter.saveState())

    splitter.splitterMoved.connect(keep)
