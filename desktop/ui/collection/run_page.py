"""The collection window's "How it is run" page (issue 17): each group's partnerships side
by side on terms of reference, quorate meetings, partner attendance, elections, open high
risks, reporting back and closing. Returns made before these were recorded say so ("Not
recorded") rather than showing a gap that reads as "none". Find narrows it by any word of
a group's or partnership's name; the rows are read a screenful at a time (``PagedModel``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.services.collection.run_view import run_window
from desktop.services.collection.views import EVERY_ROW, Table
from desktop.ui.collection.models import PagedModel
from desktop.ui.collection.pages import Page, labelled, table_view

if TYPE_CHECKING:
    from desktop.services.collection.opening import Connection


def tr(text: str) -> str:
    return QCoreApplication.translate("CollectionRunPage", text)


class RunPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.model = PagedModel()
        self._conn: Connection | None = None
        layout = QVBoxLayout(self)
        note = QLabel(
            tr(
                "How each group's partnerships are run, from their latest returns. "
                "“Not recorded” means the return was made before Partnerbook asked."
            )
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("Type part of a group or partnership name"))
        row.addWidget(labelled(tr("F&ind:"), self.search))
        row.addWidget(self.search, 1)
        layout.addWidget(note)
        layout.addLayout(row)
        self.view = table_view(
            self.model, tr("How it is run"), main=1, optional=(2, 8, 6, 10, 3, 9)
        )
        layout.addWidget(self.view, 1)
        self.search.textChanged.connect(self.model.set_words)

    def refresh(self, conn: Connection) -> None:
        self._conn = conn
        period = self.period
        self.model.set_reader(lambda window: run_window(conn, period, window))

    def tables(self) -> list[Table]:
        if self._conn is None:
            return [self.model.table]
        return [run_window(self._conn, self.period, EVERY_ROW)]  # every row, not a screenful
