"""Our seat in one partnership (Code 4.5): our role, whom we speak for, who sits in it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.domain.changes import Change
from desktop.domain.vocab import OurRole, Represents
from desktop.services import seats
from desktop.services.partnerships import InvalidInput
from desktop.services.people_merge import link_representative
from desktop.ui.data import DataHub
from desktop.ui.partnerships.forms import FieldSpec, RecordForm, choices_of
from desktop.ui.partnerships.rows_view import RowsView
from desktop.ui.partnerships.sections import representative_fields, representative_summary
from desktop.ui.people_duplicates import offer_known_person


def tr(text: str) -> str:
    return QCoreApplication.translate("SeatTab", text)


def seat_fields() -> list[FieldSpec]:
    return [
        FieldSpec("our_role", tr("&Our role"), "choice", choices=choices_of(OurRole)),
        FieldSpec("represents", tr("We &speak for"), "choice", choices=choices_of(Represents)),
        FieldSpec(
            "report_back_duty",
            tr("What we must &report back"),
            "long",
            True,
            hint=tr("for example a short written report after each meeting"),
        ),
        FieldSpec("report_back_to", tr("&Who we report back to"), optional=True),
        FieldSpec("induction_received", tr("&Induction received"), "yesno"),
        FieldSpec("induction_date", tr("Induction da&te"), "date", True),
        FieldSpec("induction_notes", tr("Induction notes"), "long", True),
    ]


class SeatTab(QScrollArea):
    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id: int | None = None
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        intro = QLabel(
            tr(
                "Code 4.5: everyone round the table should know their role, and new members "
                "should be given an induction."
            )
        )
        intro.setWordWrap(True)
        self.form = RecordForm(seat_fields())
        self.representatives = RowsView(
            hub,
            tr("Our representatives"),
            representative_fields(),
            summary=representative_summary,
            add_text=tr("&Add a representative"),
            remove_text=tr("Remove this representative"),
        )
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.representatives)
        layout.addStretch(1)
        self.setWidget(inner)
        self.form.field_edited.connect(self.save)
        # After the row saves a typed name: is it someone already known? (issue 21)
        self.representatives.form.field_edited.connect(
            lambda key: offer_known_person(
                self, self.hub, self.representatives, key, link_representative
            )
        )

    def load(self, partnership_id: int) -> None:
        self.partnership_id = pid = partnership_id
        with self.hub.database().session() as session:
            self.form.load(seats.seat_values(session, pid))
        self.representatives.bind(
            load=lambda s: seats.representatives(s, pid),
            add=lambda s: seats.add_representative(s, pid, tr("New representative")),
            save=seats.update_representative,
            remove=seats.remove_representative,
        )

    def save(self, key: str) -> None:
        if self.partnership_id is None:
            return
        try:
            value = self.form.value(key)
        except ValueError:
            return  # the field already says why it cannot be read
        pid = self.partnership_id
        try:
            self.hub.write(
                lambda s: seats.update_seat(s, pid, {key: value}), Change.PARTNERSHIPS, tr("Saved")
            )
        except InvalidInput as exc:
            self.form.show_problems(exc.problems)
            return
        self.form.clear_problems([key])
        self.form.mark_saved(key, value)
