"""Every control on the partnership screens can be found by a screen reader, and our group
is asked for on first use and editable later."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget
from sqlalchemy import select

from desktop.store.models import GroupProfile, Person
from desktop.ui.partnerships.dialogs import GroupProfileDialog, NewPartnershipDialog
from tests.ui.partnership_helpers import choose, press, type_line, when_dialog_opens

TAB = Qt.Key.Key_Tab


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible controls that take focus yet have neither an accessible name nor a label."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        owners = [widget]
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            if parent.focusProxy() is widget or parent.focusProxy() in owners:
                owners.append(parent)
            parent = parent.parentWidget()
        named = any(w.accessibleName() or id(w) in buddies for w in owners)
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def every_tab(root: QWidget):  # type: ignore[no-untyped-def]
    """Show each tab in turn, and the tabs inside a tab (built when first shown)."""
    seen: set[int] = set()
    while new := [t for t in root.findChildren(QTabWidget) if id(t) not in seen]:
        for tabs in new:
            seen.add(id(tabs))
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                yield f"{tabs.accessibleName()}: {tabs.tabText(index)}"


def test_register_and_every_section_name_every_control(demo_database, main_window, qtbot) -> None:
    area = main_window.show_area("partnerships")
    assert unnamed_controls(area) == []
    ndhwp = next(r.id for r in area.model.rows if r.name.startswith("North Devon"))
    area.open_partnership(ndhwp)
    checked = []
    for where in every_tab(area.page):
        checked.append(where)
        assert unnamed_controls(area.page) == [], where
    assert len(checked) >= 10


def test_dialogs_name_every_control(hub, qtbot) -> None:
    for dialog in (GroupProfileDialog(hub), NewPartnershipDialog(hub)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == []
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
        assert all("&" in text for text in labels), labels  # every field has a mnemonic


def test_first_use_sets_up_our_group_from_home(main_window, database, qtbot) -> None:
    home = main_window.area("home")
    assert home.empty.button is not None

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        w = dialog.form.widgets
        press(qtbot, dialog.buttons.buttons()[0])
        assert dialog.form.problem_text("name") == "Give your group's name."
        type_line(qtbot, w["contact_email"], "not an email", TAB)
        type_line(qtbot, w["name"], "Holsworthy Link")  # Return: OK, refused
        assert dialog.isVisible()
        assert dialog.form.problem_text("contact_email")
        type_line(qtbot, w["contact_name"], "Joe Pengelly", TAB)
        type_line(qtbot, w["contact_email"], "joe@example.org", TAB)
        type_line(qtbot, w["contact_phone"], "01409 000104", TAB)
        type_line(qtbot, w["area_served"], "Holsworthy and villages", TAB)
        type_line(qtbot, w["cvs_name"], "Torridge Voluntary Services", TAB)
        choose(qtbot, w["size_band"], "£10,000 to £100,000 a year")
        choose(qtbot, w["setting"], "Rural")
        press(qtbot, dialog.buttons.buttons()[0])

    when_dialog_opens(qtbot, fill)
    press(qtbot, home.empty.button)
    assert main_window.current_area_key() == "partnerships"  # next: add a partnership
    with database.session() as s:
        group = s.scalars(select(GroupProfile)).one()
        contact = s.get_one(Person, group.main_contact_id)
        assert (group.name, group.size_band, group.setting) == ("Holsworthy Link", "small", "rural")
        assert (contact.full_name, contact.email) == ("Joe Pengelly", "joe@example.org")


def test_edit_our_group_from_the_menu_keeps_the_profile(demo_database, main_window, qtbot):  # type: ignore[no-untyped-def]
    assert "Our &group…" in [a.text() for a in main_window.edit_menu.actions()]
    shown: list[str] = []

    def change(dialog) -> None:  # type: ignore[no-untyped-def]
        shown.append(dialog.form.widgets["name"].text())
        type_line(qtbot, dialog.form.widgets["charity_number"], "", TAB)
        press(qtbot, dialog.buttons.buttons()[0])

    when_dialog_opens(qtbot, change)
    main_window.group_action.trigger()
    assert shown == ["Holsworthy & Villages Community Link"]
    with demo_database.session() as s:
        group = s.scalars(select(GroupProfile)).one()
        assert (group.name, group.charity_number) == ("Holsworthy & Villages Community Link", "")
        assert s.get_one(Person, group.main_contact_id).full_name == "Joe Pengelly"


def tab_chain(root: QWidget, start: QWidget) -> list[QWidget]:
    """The visible controls of ``root`` in the order the Tab key visits them.

    A page with its own Tab order (desktop.ui.keyboard.TabChain, which the Tab key follows
    instead of Qt's chain) is read from that order."""
    chain: list[QWidget] = []
    owners = [root, *root.findChildren(QWidget)]
    own = next((w.tab_chain for w in owners if getattr(w, "tab_chain", None)), None)
    if own is not None:
        return [
            w
            for w in own.order()
            if w.isVisibleTo(root) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
    widget = start
    for _ in range(2000):
        if (
            widget.isVisibleTo(root)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isEnabled()
            and (widget is root or root.isAncestorOf(widget))
        ):
            if widget in chain:
                break
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def out_of_order(root: QWidget, chain: list[QWidget]) -> list[str]:
    """Places where Tab jumps back up the page (the eye reads down, then across)."""
    from PySide6.QtCore import QPoint

    jumps = []
    for before, after in itertools.pairwise(chain):
        a, b = before.mapTo(root, QPoint(0, 0)), after.mapTo(root, QPoint(0, 0))
        if b.y() + 4 < a.y():
            jumps.append(f"{before.accessibleName()!r} -> {after.accessibleName()!r}")
    return jumps


def test_tab_follows_the_eye_on_every_section(demo_database, main_window, qtbot) -> None:
    area = main_window.show_area("partnerships")
    considering = next(r.id for r in area.model.rows if r.status == "considering")
    busiest = next(r.id for r in area.model.rows if r.name.startswith("North Devon"))
    for pid in (considering, busiest):  # the joining check; meetings with attendance
        area.open_partnership(pid)
        page = area.page
        for where in every_tab(page):
            current = page.tabs.currentWidget()
            inner = current.findChildren(QTabWidget)
            root = inner[0].currentWidget() if inner else current
            chain = tab_chain(root, root)
            assert len(chain) >= 3, where
            assert out_of_order(root, chain) == [], where
        area.show_register()
