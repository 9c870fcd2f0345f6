"""Problems in dialogs follow one pattern (issue 21, item 4).

Found: messages squashed the field to a few pixels, were cut off ("Keep the name under
300…"), and stayed after the problem was put right. Now every dialog with fields shows a
summary at the top, the message in full under its field, the field at its own height, and
a message goes as soon as its problem is put right. Both kinds of form dialog are checked:
the partnership dialogs (desktop/ui/partnerships/dialogs.py) and the resource and cost
dialogs (desktop/ui/form_dialog.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from desktop.ui import a11y
from desktop.ui.partnerships.dialogs import NewPartnershipDialog


def shown_in_full(label: QLabel) -> bool:
    return label.isVisible() and label.height() >= label.heightForWidth(label.width())


def below(upper: QWidget, lower: QWidget) -> bool:
    top = lower.mapTo(lower.window(), lower.rect().topLeft()).y()
    bottom = upper.mapTo(upper.window(), upper.rect().bottomLeft()).y()
    return top >= bottom


def test_a_long_name_keeps_the_field_whole_and_the_message_clears_when_put_right(
    database, hub, qtbot
) -> None:
    heard: list[str] = []
    a11y.announcer.announced.connect(heard.append)
    dialog = NewPartnershipDialog(hub)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    name = dialog.form.widgets["name"]
    height = name.sizeHint().height()
    name.setFocus()
    qtbot.keyClicks(name, "Holsworthy " * 40)  # 440 characters
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QApplication.processEvents()

    problem = dialog.form.problems["name"]
    assert problem.problem() == "Keep the name under 300 characters."
    assert shown_in_full(problem)  # cut to "Keep the name under 300…" before
    assert name.height() >= height  # squeezed to 11 px before
    assert below(name, problem)  # under the field
    assert shown_in_full(dialog.summary) and below(dialog.summary, name)  # summary on top
    assert dialog.summary.text().endswith("Please put right the problem shown below.")
    assert "Please put right the problem shown below." in heard
    assert QApplication.focusWidget() is name

    # Still too long after one letter less: the message stays.
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    assert problem.isVisible()
    # Put right: it goes at once, and so does the summary, before OK is pressed again.
    name.selectAll()
    qtbot.keyClicks(name, "Holsworthy Youth Forum")
    assert not problem.isVisible() and not dialog.summary.isVisible()
    assert dialog.isVisible()
    a11y.announcer.announced.disconnect(heard.append)


def test_an_empty_name_then_typed_clears_and_nothing_else_is_lost(database, hub, qtbot) -> None:
    dialog = NewPartnershipDialog(hub)
    qtbot.addWidget(dialog)
    dialog.show()
    short = dialog.form.widgets["short_name"]
    short.setText("HYF")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.form.problem_text("name") == "Give the partnership a name."
    name = dialog.form.widgets["name"]
    name.setFocus()
    qtbot.keyClicks(name, "H")
    assert dialog.form.problem_text("name") == ""
    assert short.text() == "HYF"


def test_resource_need_dialog_summary_on_top_and_messages_clear_on_edit(
    database, hub, qtbot
) -> None:
    from desktop.services.resources import get_rates
    from desktop.ui.resource_dialogs import NeedDialog

    with hub.database().session() as session:
        rates = get_rates(session)
    dialog = NeedDialog(hub, [], rates)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.description.setText("Taxi to the forum")
    dialog.quantity.setText("lots")
    heights = {w: w.height() for w in (dialog.description, dialog.quantity)}
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QApplication.processEvents()
    assert dialog.problem_text("quantity")
    message = dialog.problems["quantity"]
    assert shown_in_full(message) and below(dialog.quantity, message)
    assert below(dialog.general, dialog.description)  # the summary at the top
    assert all(w.height() >= h for w, h in heights.items())
    dialog.quantity.setFocus()
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Backspace)
    assert dialog.problem_text("quantity") == ""  # gone as soon as the field is changed
    assert not dialog.general.isVisible()


def test_many_messages_on_a_short_screen_scroll_instead_of_being_cut(database, hub, qtbot) -> None:
    from desktop.domain.problems import Problem
    from desktop.ui.partnerships.dialogs import GroupProfileDialog

    dialog = GroupProfileDialog(hub)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    heights = {key: w.sizeHint().height() for key, w in dialog.form.widgets.items()}
    why = "This is a long explanation of what is wrong here and of how to put it right."
    dialog.errors.show([Problem(key, why) for key in dialog.form.widgets])
    QApplication.processEvents()
    room = dialog.screen().availableGeometry().height()
    assert dialog.frameGeometry().height() <= room  # never past the screen
    for key, widget in dialog.form.widgets.items():
        assert widget.height() >= heights[key], key  # no field squeezed
        assert dialog.form.problems[key].height() >= dialog.form.problems[key].heightForWidth(
            dialog.form.problems[key].width()
        ), key  # every message whole: the form scrolls instead
    assert dialog.buttons.isVisible() and shown_in_full(dialog.summary)
