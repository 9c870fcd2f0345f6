"""A dialog form where each field has a label buddy and, beneath it, its problem in words.

Shared by the resource-need dialogs and the commitments screen, so every form shows a
problem the same way: a warning sign and dark red words under the field, never a pop-up.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import DateError, parse_date
from desktop.domain.ledger import LedgerError
from desktop.domain.problems import Problem
from desktop.ui.a11y import name_after
from desktop.ui.dialog_errors import DialogErrors, field_cell, grow_to_fit
from desktop.ui.fit import scrolling
from desktop.ui.problem_text import problem_from

__all__ = ["FormDialog", "ProblemLabel", "combo", "read_date"]


class ProblemLabel(QLabel):
    """A problem under a field: a warning sign and words in dark red; hidden when none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        from desktop.ui.theme import problem_text  # readable in light, dark, high contrast

        self.setStyleSheet(f"color: {problem_text().name()}; font-weight: bold;")
        self.hide()

    def show_problem(self, message: str) -> None:
        self.setText("⚠ " + message if message else "")
        self.setVisible(bool(message))


class FormDialog(QDialog):
    """A form whose fields each have a label buddy and a problem label beneath."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        # The summary (and any problem that belongs to no one field) at the top, where it
        # is seen first; each field's own message sits under the field (dialog_errors).
        self.general = ProblemLabel()
        layout.addWidget(self.general)
        # The fields scroll when the screen is too short for them and their messages; the
        # summary and the buttons stay in view.
        page = QWidget()
        self.form = QFormLayout(page)
        self.form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(page), 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.problems: dict[str, ProblemLabel] = {}
        self.errors = DialogErrors(self, self.general)
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # as tall as the fields need, up to the screen's height
            self._fitted = True
            grow_to_fit(self)

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        caption = QLabel(label)
        name_after(caption, widget)
        problem = ProblemLabel()
        self.problems[key] = problem
        self.form.addRow(caption, field_cell(widget, problem))
        self.errors.watch(key, widget, problem)
        return widget

    def show_problems(self, problems: list[Problem]) -> None:
        """A summary at the top, each message under its field (see dialog_errors)."""
        self.errors.show(problems)

    def problem_text(self, key: str) -> str:
        label = self.problems.get(key, self.general)
        return "" if label.isHidden() else label.text().removeprefix("⚠ ")

    def try_accept(self) -> None:  # overridden
        self.accept()


def combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    return combo


def read_date(text: str, field: str) -> date | None:
    try:
        return parse_date(text)
    except DateError as exc:
        raise LedgerError([problem_from(field, exc)]) from exc
