"""Partners of one partnership (typed as a list) and its stakeholders (Code 4.2)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.vocab import Sector
from desktop.services import partners, rows
from desktop.services.frameworks import framework_for_partnership
from desktop.services.partnerships import InvalidInput
from desktop.ui.data import DataHub
from desktop.ui.partnerships.fields import ProblemLabel
from desktop.ui.partnerships.membership import (
    bind_contacts,
    contacts_view,
    membership_fields,
    membership_note,
    show_former_check,
)
from desktop.ui.partnerships.rows_view import RowsView
from desktop.ui.partnerships.sections import (
    bind_rows,
    partner_fields,
    partner_summary,
    stakeholder_fields,
    stakeholder_summary,
    use_stakeholder_categories,
)
from desktop.ui.problem_text import said_all


def tr(text: str) -> str:
    return QCoreApplication.translate("PartnersTab", text)


class PartnersTab(QScrollArea):
    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id: int | None = None
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)

        self.partners = RowsView(
            hub,
            tr("Partners"),
            partner_fields() + membership_fields(),
            summary=lambda row: " — ".join(
                p for p in (partner_summary(row), membership_note(row)) if p
            ),
            add_text="",
            remove_text=tr("Remove this partner"),
        )
        self.partners.add_button.hide()  # partners are added by typing a list below
        # Current partners by default; the whole membership history on request.
        self.show_former = show_former_check()
        self.contacts = contacts_view(hub)

        sectors = ", ".join(m.label.lower() for m in Sector)
        quick_label = QLabel(tr("Add partners: t&ype one organisation on each line"))
        self.quick = QPlainTextEdit()
        self.quick.setTabChangesFocus(True)
        self.quick.setMaximumHeight(110)
        self.quick.setAccessibleName(tr("Partner organisations, one on each line"))
        self.quick.setPlaceholderText(
            tr("Devon County Council - statutory\nHolsworthy Young Farmers - community")
        )
        quick_label.setBuddy(self.quick)
        self.quick_help = QLabel(
            tr("Add “ - ” and a sector after a name if you know it: {sectors}.").format(
                sectors=sectors
            )
        )
        self.quick_help.setWordWrap(True)
        self.quick_problem = ProblemLabel()
        quick_row = QHBoxLayout()
        self.quick_button = QPushButton(tr("Add these &partners"))
        self.quick_button.setAccessibleName(tr("Add these partners"))
        quick_row.addWidget(self.quick_button)
        quick_row.addStretch(1)

        self.stakeholders = RowsView(
            hub,
            tr("Stakeholders: who should be round the table (Code 4.2)"),
            stakeholder_fields(),
            summary=stakeholder_summary,
            add_text=tr("Add a &stakeholder"),
            remove_text=tr("Remove this stakeholder"),
        )
        layout.addWidget(self.show_former)
        layout.addWidget(self.partners)
        layout.addWidget(self.contacts)
        for widget in (
            quick_label,
            self.quick,
            self.quick_help,
            self.quick_problem,
        ):
            layout.addWidget(widget)
        layout.addLayout(quick_row)
        layout.addWidget(self.stakeholders)
        layout.addStretch(1)
        self.setWidget(inner)
        self.quick_button.clicked.connect(self.add_typed_partners)
        self.show_former.toggled.connect(lambda _on: self._bind_partners())
        self.partners.current_changed.connect(self._partner_chosen)

    def load(self, partnership_id: int) -> None:
        self.partnership_id = pid = partnership_id
        self._bind_partners()
        # The kinds of stakeholder come from the framework the partnership has chosen.
        with self.hub.database().session() as session:
            framework = framework_for_partnership(session, pid)
        first_category = use_stakeholder_categories(self.stakeholders, framework)
        bind_rows(
            self.stakeholders,
            "stakeholder",
            pid,
            lambda s: rows.add_stakeholder(s, pid, first_category, tr("New stakeholder")),
        )

    def _partner_chosen(self, partner_id: int | None) -> None:
        row = self.partners.current_row()
        bind_contacts(self.contacts, partner_id, row["name"] if row else "")

    def _bind_partners(self) -> None:
        if self.partnership_id is None:
            return
        pid, former = self.partnership_id, self.show_former.isChecked()
        self.partners.bind(
            load=lambda s: partners.partners_of(s, pid, include_former=former),
            add=lambda s: 0,
            save=partners.update_partner,
            remove=partners.remove_partner,
        )
        if not self.partners.rows:
            bind_contacts(self.contacts, None)

    def add_typed_partners(self) -> None:
        if self.partnership_id is None:
            return
        pid, text = self.partnership_id, self.quick.toPlainText()
        try:
            added = self.hub.write(
                lambda s: partners.add_partners_from_text(s, pid, text),
                Change.PARTNERSHIPS,
                tr("Partners added"),
            )
        except InvalidInput as exc:
            self.quick_problem.show_problem(said_all(exc.problems, "\n"))
            return
        self.quick_problem.show_problem("")
        self.quick.clear()
        self.partners.reload(select_id=added[0] if added else None)
