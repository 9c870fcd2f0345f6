"""Asking about people who may be one person: namesakes when a role is filled, and
duplicate records in Edit → People (issue 21: three "Sam Okafor"s for one Sam).

Nothing is merged or linked without asking: two people can share a name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.domain.changes import Change
from desktop.services.partnerships import InvalidInput
from desktop.services.people_merge import (
    KnownPerson,
    merge_people,
    people_named,
    possible_duplicates,
)
from desktop.ui.data import DataHub
from desktop.ui.partnerships.rows_view import RowsView
from desktop.ui.problem_text import said_all

if TYPE_CHECKING:
    from desktop.services.types import Session

TOPIC = Change.PEOPLE
# Points a row (a seat, a contact) at a person: (session, row id, person id).
Link = Callable[["Session", int, int], None]


def tr(text: str) -> str:
    return QCoreApplication.translate("People", text)


def choose_known_person(parent: QWidget, typed: str, known: list[KnownPerson]) -> int | None:
    """Ask whether ``typed`` is someone already known; their id, or None for a new person."""
    new = tr("No: {name} is a new person").format(name=typed)
    items = [tr("Yes: {who}").format(who=k.description()) for k in known] + [new]
    choice, ok = QInputDialog.getItem(
        parent,
        tr("Someone already in your records?"),
        tr(
            "{name} is already in your records. Is this the same person? Choosing them "
            "keeps one record, so their roles, meetings and details stay together."
        ).format(name=typed),
        items,
        0,
        False,
    )
    if not ok or choice == new or choice not in items:
        return None
    return known[items.index(choice)].id


def namesakes(hub: DataHub, full_name: str, exclude_id: int | None) -> list[KnownPerson]:
    with hub.database().session() as session:
        return people_named(session, full_name, exclude_id)


def duplicates_text(hub: DataHub) -> str:
    """A sentence naming the records that may be one person, or "" when there are none."""
    with hub.database().session() as session:
        groups = possible_duplicates(session)
    if not groups:
        return ""
    names = "; ".join(
        tr("{name} ({count} records)").format(name=g[0].full_name, count=len(g)) for g in groups
    )
    return tr("These may be the same person: {names}.").format(names=names)


def merge_duplicates(parent: QWidget, hub: DataHub) -> int:
    """Offer each group of likely duplicates for merging; how many groups were merged."""
    with hub.database().session() as session:
        groups = possible_duplicates(session)
    merged = 0
    for group in groups:
        listing = "\n".join(f"• {person.description()}" for person in group)
        answer = QMessageBox.question(
            parent,
            tr("Merge these records?"),
            tr(
                "These records look like one person:\n\n{listing}\n\nMerge them into one? "
                "Every role, meeting, action and review they are named in stays, under the "
                "one record; contact details missing from the first are taken from the others."
            ).format(listing=listing),
        )
        if answer != QMessageBox.StandardButton.Yes:
            continue
        keep, others = group[0].id, [p.id for p in group[1:]]
        try:
            hub.write(lambda s, k=keep, o=others: merge_people(s, k, o), TOPIC, tr("Merged"))
        except InvalidInput as exc:
            QMessageBox.warning(parent, tr("Not merged"), said_all(exc.problems))
            continue
        merged += 1
    return merged


def offer_known_person(parent: QWidget, hub: DataHub, view: RowsView, key: str, link: Link) -> None:
    """After a row of ``view`` saved a typed name: if someone of that name is already in
    the records, ask whether it is them, and if so ``link`` the row to that one person."""
    row = view.current_row()
    if key != "full_name" or row is None:
        return
    typed = str(row.get("full_name", ""))
    known = namesakes(hub, typed, int(row["person_id"]))
    if not known:
        return
    chosen = choose_known_person(parent, typed, known)
    if chosen is None:
        return  # a new person of the same name: the record stays as it is
    row_id = int(row["id"])
    try:
        hub.write(lambda s: link(s, row_id, chosen), Change.PARTNERSHIPS, tr("Saved"))
    except InvalidInput as exc:
        view.form.show_problems(exc.problems)
        return
    view.reload(select_id=row_id)
