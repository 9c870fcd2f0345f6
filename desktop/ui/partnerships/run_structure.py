"""How it is run: where the partnership sits (under a board, or at the top), the ones that
sit under it, and its vision, goal and principles. Each is saved as the person leaves it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.changes import Change
from desktop.services.governance import structure
from desktop.services.partnerships import InvalidInput
from desktop.ui.data import DataHub
from desktop.ui.partnerships.fields import ProblemLabel
from desktop.ui.partnerships.forms import FieldSpec, RecordForm
from desktop.ui.problem_text import said


def tr(text: str) -> str:
    return QCoreApplication.translate("RunStructure", text)


def structure_fields() -> list[FieldSpec]:
    return [
        FieldSpec("vision", tr("Visi&on"), "long", True, hint=tr("What the area will be like")),
        FieldSpec(
            "goal", tr("Shared &goal"), "long", True, hint=tr("The one goal the boards share")
        ),
        FieldSpec(
            "principles",
            tr("&Principles"),
            "long",
            True,
            hint=tr("How the partners agree to work together"),
        ),
    ]


class StructureSection(QScrollArea):
    """The partnership's place among others, with its vision, goal and principles."""

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id: int | None = None
        self.setWidgetResizable(True)  # a long form scrolls inside the tab
        inner = QWidget()
        layout = QVBoxLayout(inner)
        intro = QLabel(
            tr(
                "A task force or working group can sit under a board, and outcome boards "
                "under one shared goal. Choose the partnership this one sits under."
            )
        )
        intro.setWordWrap(True)
        top = QFormLayout()
        self.parent_box = QComboBox()
        self.parent_box.setAccessibleName(tr("Sits under"))
        parent_label = QLabel(tr("Sits &under"))
        parent_label.setBuddy(self.parent_box)
        self.parent_problem = ProblemLabel()
        cell = QVBoxLayout()
        cell.addWidget(self.parent_box)
        cell.addWidget(self.parent_problem)
        top.addRow(parent_label, cell)
        self.children_label = QLabel()
        self.children_label.setWordWrap(True)
        self.children_label.setAccessibleName(tr("Partnerships under this one"))
        top.addRow(QLabel(tr("Under it")), self.children_label)
        self.form = RecordForm(structure_fields())
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.setWidget(inner)
        self.parent_box.activated.connect(self._parent_chosen)
        self.form.field_edited.connect(self._save_text)

    def load(self, partnership_id: int) -> None:
        self.partnership_id = pid = partnership_id
        with self.hub.database().session() as session:
            data = structure.structure_of(session, pid)
            choices = structure.parent_choices(session, pid)
        self.parent_box.blockSignals(True)
        self.parent_box.clear()
        self.parent_box.addItem(tr("Nothing: it is at the top"), None)
        for choice_id, name in choices:
            self.parent_box.addItem(name, choice_id)
        index = self.parent_box.findData(data["parent_id"]) if data["parent_id"] else 0
        self.parent_box.setCurrentIndex(max(index, 0))
        self.parent_box.blockSignals(False)
        self.parent_problem.show_problem("")
        names = [name for _cid, name in data["children"]]
        self.children_label.setText("\n".join(names) if names else tr("None."))
        self.form.load(data)

    def _parent_chosen(self, _index: int) -> None:
        if self.partnership_id is None:
            return
        pid, chosen = self.partnership_id, self.parent_box.currentData()
        try:
            self.hub.write(
                lambda s: structure.set_parent(s, pid, chosen), Change.PARTNERSHIPS, tr("Saved")
            )
        except InvalidInput as exc:
            self.parent_problem.show_problem(" ".join(said(p) for p in exc.problems))
            self.hub.saved.emit(
                tr("Not saved: Sits under: {why}").format(why=said(exc.problems[0]))
            )
            return
        self.parent_problem.show_problem("")

    def _save_text(self, key: str) -> None:
        if self.partnership_id is None:
            return
        pid, value = self.partnership_id, self.form.value(key)
        try:
            self.hub.write(
                lambda s: structure.save_text(s, pid, key, value), Change.PARTNERSHIPS, tr("Saved")
            )
        except InvalidInput as exc:
            self.form.show_problems(exc.problems)
            return
        self.form.clear_problems([key])
        self.form.mark_saved(key, value)
