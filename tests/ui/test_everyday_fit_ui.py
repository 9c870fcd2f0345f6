"""What partnerships really have, typed as a volunteer would (issue 21, item 7): a pasted
"; " list of partners, a partner that is a kind of organisation, support in kind, "City",
and an action "In progress" whose done date is put right afterwards."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.domain.partnership_rules import PartnershipInput
from desktop.services.partnerships import create_partnership
from desktop.store.models import Action, FundingLine, Organisation, Partner, Partnership
from tests.ui.partnership_helpers import choose, focus, press, type_line, type_text


@pytest.fixture
def page(database, main_window, qtbot):  # type: ignore[no-untyped-def]
    with database.session() as s:
        pid = create_partnership(s, PartnershipInput(name="Youth Hub")).id
    area = main_window.show_area("partnerships")
    area.open_partnership(pid)
    page = area.page
    page.pid = pid
    return page


def test_a_pasted_list_and_a_kind_of_organisation(page, database, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.show_section("partners")
    tab = page.partners
    # Pasted from the papers: semicolons and bullets, no sectors for most.
    QApplication.clipboard().setText(
        "Torridge District Council - statutory; GP practices\n• Petroc"
    )
    focus(qtbot, tab.quick)
    qtbot.keyClick(tab.quick, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "• Petroc" in tab.quick.toPlainText()
    press(qtbot, tab.quick_button)
    assert tab.quick_problem.problem() == ""
    assert tab.partners.list.count() == 3 and tab.quick.toPlainText() == ""
    names = [tab.partners.list.item(i).text() for i in range(3)]
    assert any(n.startswith("GP practices") and "Not known" in n for n in names)
    tab.partners.list.setCurrentRow(names.index(next(n for n in names if "GP" in n)))
    kind = tab.partners.form.widgets["is_kind"]
    focus(qtbot, kind)
    qtbot.keyClick(kind, Qt.Key.Key_Space)
    assert kind.isChecked()
    with database.session() as s:
        orgs = {o.name: (o.sector, o.is_kind) for o in s.scalars(select(Organisation))}
        assert s.scalar(select(Partner.id).where(Partner.partnership_id == page.pid))
    assert orgs == {
        "Torridge District Council": ("statutory", False),
        "GP practices": ("not_known", True),
        "Petroc": ("not_known", False),
    }
    assert "a kind of organisation" in tab.partners.list.currentItem().text()


def test_city_support_in_kind_and_an_action_in_progress(page, database, qtbot) -> None:  # type: ignore[no-untyped-def]
    choose(qtbot, page.overview.form.widgets["scale"], "City")
    page.show_section("plan")
    plan = page.plan
    plan.setCurrentIndex(4)
    press(qtbot, plan.funding.add_button)
    fund = plan.funding.form
    type_line(qtbot, fund.widgets["source"], "Devon Leadership Academy coaching")
    type_line(qtbot, fund.widgets["amount_pence"], "£1,500")
    check = fund.widgets["in_kind"]
    focus(qtbot, check)
    qtbot.keyClick(check, Qt.Key.Key_Space)
    page.show_section("meetings")
    tab = page.meetings
    press(qtbot, tab.meetings.add_button)
    type_line(qtbot, tab.meetings.form.widgets["meeting_date"], "2/3/2026")
    press(qtbot, tab.actions.add_button)
    actions = tab.actions.form
    type_text(qtbot, actions.widgets["description"], "Book the hall for the launch.")
    choose(qtbot, actions.widgets["status"], "In progress")
    choose(qtbot, actions.widgets["status"], "Done")
    # It was really done on the 20th, not the day it was ticked.
    type_line(qtbot, actions.widgets["done_date"], "20/3/2026")
    with database.session() as s:
        assert s.get_one(Partnership, page.pid).scale == "city"
        line = s.scalars(select(FundingLine)).one()
        assert (line.amount_pence, line.in_kind) == (150_000, True)
        action = s.scalars(select(Action)).one()
        assert (action.status, action.done_date) == ("done", date(2026, 3, 20))


def test_whats_due_says_an_action_is_in_progress() -> None:
    from desktop.services.whats_due import DueAction
    from desktop.ui.whats_due_model import due_text

    fields = {
        "id": 1,
        "description": "Book the hall",
        "source": "meeting",
        "owner": "",
        "partnership_id": None,
        "partnership": "",
        "due_date": date(2026, 11, 20),
        "done_date": None,
    }
    late = DueAction(**fields, status="in_progress")  # type: ignore[arg-type]
    assert due_text(late, date(2026, 11, 27)) == "In progress: 20 Nov 2026 (overdue by 7 days)"
    assert due_text(DueAction(**fields, status="open"), date(2026, 11, 27)).startswith("20 Nov")  # type: ignore[arg-type]
