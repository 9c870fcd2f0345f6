"""The collection window's "How it is run" page (issue 17): each group's partnerships side
by side on terms of reference, quorate meetings, partner attendance, elections, open high
risks, reporting back and closing. Returns made before these were recorded say so ("Not
recorded") rather than showing a gap that reads as "none". Find narrows it by any word."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.services.collection.run_view import how_it_is_run_view
from desktop.services.collection.views import Table
from desktop.ui.collection.models import ViewFilter, ViewModel
from desktop.ui.collection.pages import Page, labelled, table_view


def tr(text: str) -> str:
    return QCoreApplication.translate("CollectionRunPage", text)


class RunPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.model = ViewModel()
        self.proxy = ViewFilter()
        self.proxy.setSourceModel(self.model)
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
            self.proxy, tr("How it is run"), main=1, optional=(2, 8, 6, 10, 3, 9)
        )
        layout.addWidget(self.view, 1)
        self.search.textChanged.connect(self.proxy.set_words)

    def refresh(self, conn: sqlite3.Connection) -> None:
        self.model.set_table(how_it_is_run_view(conn, self.period))

    def tables(self) -> list[Table]:
        return [self.model.table]
