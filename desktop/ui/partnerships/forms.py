"""A form built from a list of fields, each saved when the person leaves it.

The form reads what was typed and says which field changed; the owner runs the service
and hands any problems back to be shown next to their fields. Nothing typed is cleared.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.problems import Problem
from desktop.domain.vocab import Choice
from desktop.ui.partnerships.fields import DateEdit, FieldError, MoneyEdit, ProblemLabel
from desktop.ui.problem_text import problem_from, said


def tr(text: str) -> str:
    return QCoreApplication.translate("Forms", text)


def choices_of(choice: type[Choice], context: str = "Vocab") -> tuple[tuple[str, str], ...]:
    """(key, translated label) pairs for a combo box."""
    return tuple((m.value, QCoreApplication.translate(context, m.label)) for m in choice)


def yes_no() -> tuple[tuple[str, str], ...]:
    return (("", tr("Not known yet")), ("yes", tr("Yes")), ("no", tr("No")))


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # translated, with a mnemonic (&)
    kind: str = "text"  # text, long, date, money, choice, yesno, check
    optional: bool = False
    choices: tuple[tuple[str, str], ...] = ()
    hint: str = ""  # a placeholder that shows what to write


def plain(label: str) -> str:
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


class _FocusOut(QObject):
    """Tells the form when a multi-line box loses focus (it has no editingFinished)."""

    def __init__(self, form: RecordForm, key: str) -> None:
        super().__init__(form)
        self.form, self.key = form, key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.form._long_left(self.key)
        return False


class RecordForm(QWidget):
    """Fields in a QFormLayout, with a problem label under each."""

    field_edited = Signal(str)
    refused = Signal(str)  # "Not saved: field: why", for the status bar

    def __init__(self, specs: Iterable[FieldSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.specs = {spec.key: spec for spec in specs}
        self.layout_ = QFormLayout(self)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.problems: dict[str, ProblemLabel] = {}
        self._loaded: dict[str, Any] = {}
        self._loading = False
        for spec in self.specs.values():
            self._add(spec)

    # Building ----------------------------------------------------------------------------
    def _add(self, spec: FieldSpec) -> None:
        text = spec.label + (" " + tr("(optional)") if spec.optional else "")
        label = QLabel(text)
        widget = self._make(spec)
        label.setBuddy(widget)
        widget.setAccessibleName(plain(spec.label))
        problem = getattr(widget, "problem", None) or ProblemLabel()
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(problem)
        cell.setFocusProxy(widget)
        self.layout_.addRow(label, cell)
        self.widgets[spec.key], self.labels[spec.key], self.problems[spec.key] = (
            widget,
            label,
            problem,
        )

    def _make(self, spec: FieldSpec) -> QWidget:
        key = spec.key
        if spec.kind == "date":
            widget = DateEdit()
            widget.edited.connect(lambda: self._emit(key))
            widget.refused.connect(lambda why: self._refused(key, why))
            return widget
        if spec.kind == "money":
            money = MoneyEdit(optional=spec.optional)
            money.edited.connect(lambda: self._emit(key))
            money.refused.connect(lambda why: self._refused(key, why))
            return money
        if spec.kind in ("choice", "yesno"):
            combo = QComboBox()
            options = spec.choices if spec.kind == "choice" else yes_no()
            if spec.kind == "choice" and spec.optional:
                options = (("", tr("Not chosen")), *options)
            for value, text in options:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(lambda _i: self._emit(key))
            return combo
        if spec.kind == "check":
            check = QCheckBox()
            check.toggled.connect(lambda _c: self._emit(key))
            return check
        if spec.kind == "long":
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setMaximumHeight(90)
            box.setPlaceholderText(spec.hint)
            box.installEventFilter(_FocusOut(self, key))
            return box
        line = QLineEdit()
        line.setPlaceholderText(spec.hint)
        line.editingFinished.connect(lambda: self._line_left(key))
        return line

    # Values ------------------------------------------------------------------------------
    def load(self, values: Mapping[str, Any]) -> None:
        """Show stored values; does not count as an edit, and clears old problems."""
        self._loading = True
        try:
            for key, spec in self.specs.items():
                if key not in values:
                    continue
                value = values[key]
                widget = self.widgets[key]
                if isinstance(widget, DateEdit | MoneyEdit):
                    widget.set_value(value)
                elif isinstance(widget, QComboBox):
                    wanted = (
                        {True: "yes", False: "no", None: ""}[value]
                        if spec.kind == "yesno"
                        else value
                    )
                    index = widget.findData(wanted or "")
                    if index < 0 and wanted:
                        widget.addItem(str(wanted), wanted)  # a value from an older list
                        index = widget.count() - 1
                    widget.setCurrentIndex(max(index, 0))
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
                elif isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(value or "")
                elif isinstance(widget, QLineEdit):
                    widget.setText("" if value is None else str(value))
                self._loaded[key] = value
                self.problems[key].show_problem("")
        finally:
            self._loading = False

    def value(self, key: str) -> Any:
        """The value of one field as the service wants it; FieldError if unreadable."""
        widget = self.widgets[key]
        spec = self.specs[key]
        if isinstance(widget, DateEdit | MoneyEdit):
            return widget.value()
        if isinstance(widget, QComboBox):
            data = widget.currentData() or ""
            return {"yes": True, "no": False, "": None}[data] if spec.kind == "yesno" else data
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def values(self) -> tuple[dict[str, Any], list[Problem]]:
        """Every field that can be read, and a problem for each one that cannot."""
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for key in self.specs:
            try:
                values[key] = self.value(key)
            except FieldError as exc:
                problems.append(problem_from(key, exc))
        return values, problems

    def show_problems(self, problems: Iterable[Problem]) -> list[Problem]:
        """Show each problem by its field; returns those that belong to no field here."""
        elsewhere = []
        for problem in problems:
            if problem.field in self.problems:
                self.problems[problem.field].show_problem(said(problem))
                self._refused(problem.field, said(problem))
            else:
                elsewhere.append(problem)
        return elsewhere

    def clear_problems(self, keys: Iterable[str] | None = None) -> None:
        for key in keys if keys is not None else self.problems:
            self.problems[key].show_problem("")

    def problem_text(self, key: str) -> str:
        return self.problems[key].problem()

    def mark_saved(self, key: str, value: Any) -> None:
        self._loaded[key] = value

    def stored(self, key: str) -> Any:
        """The value last loaded or saved for a field."""
        return self._loaded.get(key)

    def unsaved(self) -> list[str]:
        """Fields holding text that was not saved: each says why beside it."""
        keys = []
        for key in self.specs:
            if not self.problem_text(key):
                continue
            stored = self._loaded.get(key)
            try:
                differs = self.value(key) != (self._empty(key) if stored is None else stored)
            except FieldError:
                differs = True
            if differs:
                keys.append(key)
        return keys

    def _empty(self, key: str) -> Any:
        """What an empty field reads as, to compare with a value never stored (None)."""
        return "" if self.specs[key].kind in ("text", "long", "choice") else None

    # Signals -----------------------------------------------------------------------------
    def _refused(self, key: str, why: str) -> None:
        field = plain(self.specs[key].label)
        self.refused.emit(tr("Not saved: {field}: {why}").format(field=field, why=why))

    def _emit(self, key: str) -> None:
        if not self._loading:
            self.field_edited.emit(key)

    def _line_left(self, key: str) -> None:
        # Saved when changed, or tried again while it shows a problem (which may be gone).
        if self.value(key) != (self._loaded.get(key) or "") or self.problem_text(key):
            self._emit(key)

    def _long_left(self, key: str) -> None:
        self._line_left(key)
