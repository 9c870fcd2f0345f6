"""Partners over time on the Partners tab: when each joined and left and why, the choice to
see those that have left, and the people we deal with at the chosen partner."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QWidget

from desktop.domain.dates import format_date
from desktop.services import partner_contacts
from desktop.services.people_merge import link_contact
from desktop.ui.data import DataHub
from desktop.ui.partnerships.forms import FieldSpec
from desktop.ui.partnerships.rows_view import RowsView
from desktop.ui.people_duplicates import offer_known_person


def tr(text: str) -> str:
    return QCoreApplication.translate("PartnersTab", text)


def membership_fields() -> list[FieldSpec]:
    return [
        FieldSpec("joined_on", tr("&Joined on"), "date", True),
        FieldSpec("joined_reason", tr("Reason for joinin&g"), "long", True),
        FieldSpec("left_on", tr("&Date it left"), "date", True),
        FieldSpec(
            "left_reason",
            tr("&Reason for leaving"),
            "long",
            True,
            hint=tr("for example its funding for this work ended"),
        ),
    ]


def membership_note(row: dict[str, Any]) -> str:
    """ "left 31 Mar 2026" for a partner that has left, "joined …" for a recent joiner."""
    left = row.get("left_on")
    if left:  # judged from the date itself, so a date just typed reads right at once
        word = tr("left {when}") if left < date.today() else tr("leaving {when}")
        return word.format(when=format_date(left))
    if row.get("joined_on"):
        return tr("joined {when}").format(when=format_date(row["joined_on"]))
    return ""


def show_former_check() -> QCheckBox:
    check = QCheckBox(tr("Show p&artners that have left"))
    check.setAccessibleName(tr("Show partners that have left"))
    check.setToolTip(tr("The list shows current partners; tick to see the whole history."))
    return check


def contact_fields() -> list[FieldSpec]:
    return [
        FieldSpec("full_name", tr("Na&me")),
        FieldSpec("role", tr("Jo&b or role"), optional=True),
        FieldSpec("email", tr("Email"), optional=True),
        FieldSpec("phone", tr("Phone"), optional=True),
    ]


def contact_summary(row: dict[str, Any]) -> str:
    return " — ".join(p for p in (row["full_name"], row["role"]) if p)


def contacts_view(hub: DataHub, parent: QWidget | None = None) -> RowsView:
    view = RowsView(
        hub,
        tr("People we deal with there"),
        contact_fields(),
        summary=contact_summary,
        add_text=tr("Add a &contact"),
        remove_text=tr("Remove this contact"),
        parent=parent,
    )
    view.setToolTip(
        tr(
            "Kept like our own people: left out of a return unless contact details are "
            "included, and in Edit → People to export or forget."
        )
    )
    # A name someone already has: the same person, or a new one? (issue 21)
    view.form.field_edited.connect(
        lambda key: offer_known_person(view, hub, view, key, link_contact)
    )
    return view


def bind_contacts(view: RowsView, partner_id: int | None, name: str = "") -> None:
    """Show the people at the chosen partner, named in the title (none chosen: none)."""
    view.title.setText(
        tr("People we deal with at {partner}").format(partner=name)
        if name
        else tr("People we deal with there")
    )
    if partner_id is None:
        view.unbind()
        return
    view.bind(
        load=lambda s: partner_contacts.contacts_of(s, partner_id),
        add=lambda s: partner_contacts.add_contact(s, partner_id, tr("New contact")),
        save=partner_contacts.update_contact,
        remove=partner_contacts.remove_contact,
    )
