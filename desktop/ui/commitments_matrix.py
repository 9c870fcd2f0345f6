"""The matrix: every rated clause against every partnership, so a group sees where it
needs help most. Filter by rating; export as CSV for a spreadsheet or the CVS."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import UserError
from desktop.services import commitments
from desktop.ui.commitments_models import MatrixModel
from desktop.ui.data import DataHub
from desktop.ui.i18n import plural
from desktop.ui.problem_text import said


def tr(text: str) -> str:
    return QCoreApplication.translate("CommitmentsMatrix", text)


def tr_n(text: str, n: int) -> str:
    """A count with its noun in the right form ("%n partnership(s)")."""
    return plural("CommitmentsMatrix", text, n)


class MatrixPage(QWidget):
    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.filter = QComboBox()
        self.filter.setAccessibleName(tr("Show clauses rated"))
        label = QLabel(tr("&Show clauses rated:"))
        label.setBuddy(self.filter)
        self.export_button = QPushButton(tr("E&xport CSV…"))
        self.export_button.setAccessibleName(tr("Export CSV"))
        top.addWidget(label)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.model = MatrixModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Ratings across partnerships"))
        self.table.setWordWrap(False)
        # The clause takes the room left; a partnership's name wraps at spaces in its
        # title (it was cut, and broke mid-word).
        from desktop.ui.sizing import size_columns

        self.columns = size_columns(self.table, 0, wrap_titles=True)
        layout.addWidget(self.table, 1)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload_matrix())
        self.export_button.clicked.connect(self.export_csv)
        self.reload()

    def reload(self) -> None:
        with self.hub.database().session() as session:
            data = commitments.matrix(session)
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(tr("Any rating (all clauses)"), "")
        for option in data.framework.rating_scale:
            self.filter.addItem(option.label, option.key)
        self.filter.setCurrentIndex(max(self.filter.findData(current), 0))
        self.filter.blockSignals(False)
        self.reload_matrix()

    def reload_matrix(self) -> None:
        rating = self.filter.currentData() or ""
        with self.hub.database().session() as session:
            data = commitments.matrix(session, rating=rating)
        self.model.set_matrix(data)
        self.caption.setText(
            tr("{title}: {clauses}, {partnerships}.").format(
                title=data.framework.short_title,
                clauses=tr_n("%n clause(s)", len(data.rows)),
                partnerships=tr_n("%n partnership(s)", len(data.partnerships)),
            )
        )

    def export_csv(self) -> None:
        data = self.model.matrix()
        if data is None:
            return
        from desktop.ui.last_folder import remember, suggested

        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export the matrix as CSV"),
            suggested(self.hub, "commitments-matrix.csv"),
            tr("CSV files (*.csv)"),
        )
        if not name:
            return
        remember(self.hub, name)
        try:
            path = commitments.save_matrix_csv(data, Path(name))
        except UserError as exc:  # a SaveError: nothing was left behind
            QMessageBox.critical(self, tr("Export failed"), said(exc))
            return
        self.hub.saved.emit(tr("Matrix exported to {path}").format(path=path))
