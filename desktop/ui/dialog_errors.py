"""One way for every dialog to show what is wrong with what was typed.

The pattern (issue 21): a summary at the top ("Please put right the 2 problems shown
below."), each message under its own field in words, the field keeping its size (the
dialog grows, up to the screen, rather than squeezing it), the first field at fault given
the keyboard, the summary read out by a screen reader, and each message gone as soon as
its problem is put right: while messages show, every edit checks the fields again
(``check``), or, for a dialog that can only know on saving, clears the edited field's own.

Usage::

    errors = DialogErrors(dialog, summary_label, check=lambda: my_problems())
    errors.watch("name", name_edit, name_problem_label)
    ...
    errors.show(problems)      # after a refused save
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import Problem
from desktop.ui.a11y import announce
from desktop.ui.problem_text import said

__all__ = ["DialogErrors", "ShowsProblem", "field_cell", "grow_to_fit"]


def tr(text: str) -> str:
    return QCoreApplication.translate("DialogErrors", text)


class ShowsProblem(Protocol):
    """A problem label: ``fields.ProblemLabel`` and ``form_dialog.ProblemLabel`` both are."""

    def show_problem(self, message: str) -> None: ...
    def isHidden(self) -> bool: ...


def field_cell(widget: QWidget, problem: QWidget) -> QWidget:
    """``widget`` with its problem label under it, for one row of a QFormLayout."""
    cell = QWidget()
    box = QVBoxLayout(cell)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(problem)
    cell.setFocusProxy(widget)
    return cell


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its wrapped text, never past the screen.

    A shown dialog keeps its size when a message appears, so Qt squeezes the fields (a
    line edit 11 px high) and cuts the message; this asks the layout how tall it must be at
    the width it has. A dialog whose form is in a scroll area (``desktop.ui.fit.scrolling``)
    grows to the screen's height and then scrolls, so no message is cut on a short screen.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = (
        layout.totalHeightForWidth(window.width())
        if layout.hasHeightForWidth()
        else layout.totalMinimumSize().height()
    )
    needed = max(needed, layout.totalMinimumSize().height())
    # A form in a scroll area asks for no more than the area's own hint: add what its page
    # holds beyond the room it has now, so the dialog grows before it scrolls.
    for area in window.findChildren(QScrollArea):
        page = area.widget()
        if page is None or not area.isVisible() or not area.widgetResizable():
            continue
        width = area.viewport().width()
        inner = page.heightForWidth(width) if page.hasHeightForWidth() else -1
        inner = max(inner, page.minimumSizeHint().height(), page.sizeHint().height())
        needed = max(needed, window.height() + inner - area.viewport().height())
    screen = window.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height() - 40)
    if needed > window.height():
        window.resize(window.width(), needed)


def _edited_signal(widget: QWidget):  # type: ignore[no-untyped-def]
    """The signal a field sends as soon as the person changes it."""
    for kind, name in (
        (QLineEdit, "textEdited"),
        (QPlainTextEdit, "textChanged"),
        (QTextEdit, "textChanged"),
        (QComboBox, "currentIndexChanged"),
        (QAbstractButton, "toggled"),
    ):
        if isinstance(widget, kind):
            return getattr(widget, name)
    line = getattr(widget, "line", None)  # DateEdit: a line edit and a calendar button
    if isinstance(line, QLineEdit):
        return line.textChanged
    for name in ("valueChanged", "textChanged", "edited"):
        if hasattr(widget, name):
            return getattr(widget, name)
    return None


class DialogErrors:
    """The problems of one dialog: a summary at the top and a message under each field."""

    def __init__(
        self,
        dialog: QWidget,
        summary: ShowsProblem,
        check: Callable[[], Iterable[Problem]] | None = None,
    ) -> None:
        self.dialog = dialog
        self.summary = summary
        self.check = check
        self.fields: dict[str, tuple[QWidget, ShowsProblem]] = {}
        self._showing: dict[str, str] = {}  # field -> message shown under it
        self._general: list[str] = []  # messages that belong to no field

    def watch(self, key: str, field: QWidget, problem: ShowsProblem) -> None:
        """``field``'s problems show on ``problem``; editing it rechecks (or clears) them."""
        self.fields[key] = (field, problem)
        signal = _edited_signal(field)
        if signal is not None:
            signal.connect(lambda *_args, k=key: self._edited(k))

    def show(self, problems: Iterable[Problem]) -> None:
        """Show ``problems`` (after a save was refused), and give the first field the keyboard."""
        problems = list(problems)
        self._showing.clear()
        self._general = []
        for problem in problems:
            if problem.field in self.fields:
                key = problem.field
                joined = " ".join(filter(None, (self._showing.get(key, ""), said(problem))))
                self._showing[key] = joined
            else:
                self._general.append(said(problem))
        self._paint()
        first = next((p.field for p in problems if p.field in self.fields), None)
        if first is not None:
            self.fields[first][0].setFocus()
        summary = self._summary_text()
        if summary:
            announce(self.dialog, summary, assertive=True)

    def clear(self) -> None:
        self._showing.clear()
        self._general = []
        self._paint()

    def message(self, key: str) -> str:
        """What is said under ``key`` now ("" when nothing)."""
        return self._showing.get(key, "")

    # Inside --------------------------------------------------------------------------------
    def _summary_text(self) -> str:
        count = len(self._showing) + len(self._general)
        if not count:
            return ""
        if count == 1:
            head = tr("Please put right the problem shown below.")
        else:
            head = tr("Please put right the {n} problems shown below.").format(n=count)
        if self._general and not self._showing and count == 1:
            return self._general[0]
        return "\n".join([head, *self._general])

    def _paint(self) -> None:
        for key, (_field, label) in self.fields.items():
            label.show_problem(self._showing.get(key, ""))
        self.summary.show_problem(self._summary_text())
        grow_to_fit(self.dialog)

    def _edited(self, key: str) -> None:
        if not self._showing and not self._general:
            return
        before = self._summary_text()
        if self.check is None:
            self._showing.pop(key, None)
            self._general = []
        else:
            still: dict[str, str] = {}
            for problem in self.check():
                # Only messages already showing stay: typing never adds new ones.
                if problem.field in self._showing:
                    joined = " ".join(filter(None, (still.get(problem.field, ""), said(problem))))
                    still[problem.field] = joined
            self._showing = still
            self._general = []
        if self._summary_text() != before:
            self._paint()
            if not self._summary_text():
                announce(self.dialog, tr("Problem put right."))
