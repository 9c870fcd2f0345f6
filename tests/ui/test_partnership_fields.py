"""The date and money fields on their own: typed, picked from the calendar, or refused."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView

from desktop.ui.partnerships.fields import DateEdit, MoneyEdit
from tests.ui.partnership_helpers import type_line


def test_a_date_typed_the_uk_way_or_left_empty(qtbot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    with qtbot.waitSignal(edit.edited):
        type_line(qtbot, edit, "5/11/26")
    assert edit.value() == date(2026, 11, 5) and edit.text() == "5 Nov 2026"
    with qtbot.waitSignal(edit.edited):
        type_line(qtbot, edit, "")
    assert edit.value() is None
    with qtbot.assertNotEmitted(edit.edited):
        type_line(qtbot, edit, "next tuesday")
    assert "Type it like 28/11/2026" in edit.problem.problem()
    assert edit.text() == "next tuesday"


# The offscreen platform cannot raise a popup or grab the keyboard; it says so, harmlessly.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_date_picked_from_the_calendar_by_keyboard(qtbot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.set_value(date(2026, 11, 27))

    def pick() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(10, pick)
            return
        grid = edit.calendar.findChild(QTableView)
        qtbot.keyClick(grid, Qt.Key.Key_Right)  # one day on
        qtbot.keyClick(grid, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    with qtbot.waitSignal(edit.edited):
        qtbot.mouseClick(edit.button, Qt.MouseButton.LeftButton)
    assert edit.value() == date(2026, 11, 28)
    assert edit.calendar.selectedDate() == QDate(2026, 11, 28)


def test_money_in_pounds_and_pence(qtbot) -> None:
    edit = MoneyEdit(optional=False)
    qtbot.addWidget(edit)
    edit.show()
    with qtbot.waitSignal(edit.edited):
        type_line(qtbot, edit, "1,250.5")
    assert edit.value() == 125_050 and edit.text() == "£1,250.50"
    for bad, says in (("-3", "negative"), ("12.345", "two figures"), ("", "Enter an amount")):
        with qtbot.assertNotEmitted(edit.edited):
            type_line(qtbot, edit, bad)
        assert says in edit.problem.problem() and edit.text() == bad
