"""Keyboard and screen reader (issue 21, item 5): each finding of the issue, as a test.

What a screen reader hears is read through Qt's accessibility interfaces
(QAccessible.queryAccessibleInterface), the same objects Qt's AT-SPI bridge hands to Orca;
announcements are heard on ``a11y.announcer``, which sends each one to the reader.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from desktop.ui import a11y
from tests.ui.partnership_helpers import focus, type_line


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), key, modifier)
    return focused()


def open_first_partnership(main_window, qtbot):  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    area = main_window.show_area("partnerships")
    area.refresh()
    focus(qtbot, area.table)
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.page)
    return area


def test_tab_leaves_the_commitments_table_both_ways(demo_database, main_window, qtbot) -> None:
    main_window.activateWindow()
    page = main_window.show_area("commitments").rating_page
    focus(qtbot, page.table)
    start = page.table.currentIndex()
    after = press(qtbot, Qt.Key.Key_Tab)
    assert after is not page.table  # it moved from cell to cell for ever before
    assert page.table.currentIndex() == start
    focus(qtbot, page.table)
    assert press(qtbot, Qt.Key.Key_Backtab) is not page.table


def depth(widget: QWidget) -> int:
    parent, count = widget.parentWidget(), 0
    while parent is not None:
        parent, count = parent.parentWidget(), count + 1
    return count


def test_tab_and_shift_tab_leave_every_area_and_section(demo_database, main_window, qtbot) -> None:
    """No Tab trap anywhere: from the first control of every area and of every section of a
    partnership, Tab (and Shift+Tab) reach the list of areas and come back round (Tab went
    from the Overview's last field back to its themes for ever)."""
    from tests.ui.test_accessibility import every_view

    problems: list[str] = []
    for view_name in every_view(main_window):
        page = main_window.stack.currentWidget()
        # Start inside the innermost tab shown (a partnership's section, the Plan's part).
        shown = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        inner = max(shown, key=depth, default=None)
        start = a11y.first_control(inner.currentWidget() if inner else page)
        if start is None:
            continue
        for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            focus(qtbot, start)
            route = []
            for _ in range(150):
                stop = press(qtbot, key)
                route.append(f"{type(stop).__name__} {spoken_name(stop)!r}")
                if stop is main_window.nav:
                    break
            else:
                problems.append(f"{view_name}: {key.name} never left: " + " > ".join(route[-8:]))
    assert not problems, "\n".join(problems)


def test_tab_leaves_every_table_and_list_both_ways_and_its_focus_shows(
    demo_database, main_window, qtbot
) -> None:
    """Every table and list in every area and in every section of a partnership: Tab and
    Shift+Tab leave it (they moved from cell to cell for ever), and with the keyboard on it
    a ring in the theme's colour shows where the focus is (no focus showed before)."""
    from tests.ui.test_accessibility import every_view

    problems: list[str] = []
    checked: set[int] = set()
    for view_name in every_view(main_window):
        for view in main_window.findChildren(QAbstractItemView):
            usable = view.isVisible() and view.focusPolicy() & Qt.FocusPolicy.TabFocus
            if not usable or id(view) in checked or view.width() < 8:
                continue
            checked.add(id(view))
            where = f"{view_name}: {type(view).__name__} {spoken_name(view)!r}"
            for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                focus(qtbot, view)
                if press(qtbot, key) is view:
                    problems.append(f"{where}: {key.name} stays in it")
            focus(qtbot, view)
            ring = view.palette().color(QPalette.ColorRole.Highlight).rgb() & 0xFFFFFF
            image = view.grab().toImage()
            if image.pixel(0, image.height() // 2) & 0xFFFFFF != ring:
                problems.append(f"{where}: no focus ring")
    assert len(checked) >= 10, checked
    assert not problems, "\n".join(problems)


def test_every_choice_is_named_after_its_label(demo_database, main_window, qtbot) -> None:
    """A combo box was read by its value ("Considering"), not by what it is for ("Status"):
    every one in every area and partnership section has a name and a label naming it (on
    Linux the label reaches Orca as the "labelled by" relation)."""
    from tests.ui.test_accessibility import every_view

    problems: list[str] = []
    checked: set[int] = set()
    for view_name in every_view(main_window):
        for combo in main_window.findChildren(QComboBox):
            usable = combo.isVisible() and combo.focusPolicy() & Qt.FocusPolicy.TabFocus
            if not usable or id(combo) in checked:
                continue
            checked.add(id(combo))
            focus(qtbot, combo)  # names are given as the window first has the focus
            where = f"{view_name}: combo box showing {combo.currentText()!r}"
            if not combo.accessibleName().strip():
                problems.append(f"{where}: no name, so it is read by its value")
            interface = QAccessible.queryAccessibleInterface(combo)
            labels = interface.relations(QAccessible.RelationFlag.Label)
            if not any(isinstance(other.object(), QLabel) for other, _kind in labels):
                problems.append(f"{where}: no label")
    assert len(checked) >= 10, len(checked)
    assert not problems, "\n".join(problems)


def test_down_and_enter_from_the_register_search(demo_database, main_window, qtbot) -> None:
    main_window.activateWindow()
    area = main_window.show_area("partnerships")
    area.refresh()
    focus(qtbot, area.search)
    qtbot.keyClicks(area.search, "Rural Transport")
    assert press(qtbot, Qt.Key.Key_Down) is area.table  # Down reaches the results
    assert area.table.currentIndex().data() == "Torridge Rural Transport Forum"
    focus(qtbot, area.search)
    qtbot.keyClick(area.search, Qt.Key.Key_Return)  # Enter opens the chosen one
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.page)
    assert area.page.heading.text() == "Torridge Rural Transport Forum"


def test_down_and_enter_from_the_decision_search(demo_database, main_window, qtbot) -> None:
    area = open_first_partnership(main_window, qtbot)
    # The demo's decisions are in the partnership it made first.
    area.open_partnership(
        main_window.hub.read().execute("SELECT min(id) FROM partnership").fetchone()[0]
    )
    log = area.page.show_section("run").show_section("decisions")
    focus(qtbot, log.search)
    qtbot.keyClicks(log.search, "a")
    qtbot.waitUntil(lambda: log.model.rowCount() > 0, timeout=5000)
    assert press(qtbot, Qt.Key.Key_Down) is log.table  # Down reaches what was found
    assert log.table.currentIndex().row() == 0
    focus(qtbot, log.search)
    assert press(qtbot, Qt.Key.Key_Return) is log.table  # so does Enter


def test_a_table_with_the_keyboard_looks_different(demo_database, main_window, qtbot) -> None:
    main_window.activateWindow()
    area = main_window.show_area("partnerships")
    area.refresh()
    ring = area.table.palette().color(QPalette.ColorRole.Highlight).rgb()

    def edge() -> int:  # the middle of the table's left edge
        image = area.table.grab().toImage()
        return image.pixel(0, image.height() // 2) & 0xFFFFFF

    focus(qtbot, area.search)
    assert edge() != ring & 0xFFFFFF
    focus(qtbot, area.table)
    assert edge() == ring & 0xFFFFFF  # a ring in the theme's colour: no focus showed before


def test_tabs_with_the_keyboard_look_different(demo_database, main_window, qtbot) -> None:
    """Fusion draws no focus on a tab: with the keyboard on a partnership's sections (or
    the Plan's parts) nothing showed where it was."""
    page = open_first_partnership(main_window, qtbot).page
    page.show_section("plan")
    for bar in (page.tabs.tabBar(), page.plan.tabBar()):
        focus(qtbot, page.back_button)
        without = bar.grab().toImage()
        focus(qtbot, bar)
        assert bar.grab().toImage() != without, bar.tabText(bar.currentIndex())


def test_f1_in_a_commitment_field_shows_the_clause_guidance(
    demo_database, main_window, qtbot, no_blocking_dialogs
) -> None:
    main_window.activateWindow()
    page = main_window.show_area("commitments").rating_page
    page.table.selectRow(0)
    row = page.current_row()
    for field in (page.evidence, page.next_action, page.due):
        no_blocking_dialogs.clear()
        focus(qtbot, field)
        qtbot.keyClick(field, Qt.Key.Key_F1)
        titles = [title for title, _text in no_blocking_dialogs]
        assert titles == [f"Guidance: {row.ref} {row.title}"]  # not the user guide
    # Elsewhere F1 is still the user guide.
    focus(qtbot, main_window.nav)
    qtbot.keyClick(main_window.nav, Qt.Key.Key_F1)
    assert main_window.help.dialog is not None and main_window.help.dialog.isVisible()
    main_window.help.dialog.close()


def test_tab_after_the_last_overview_field_reaches_the_sections_and_back(
    demo_database, main_window, qtbot
) -> None:
    page = open_first_partnership(main_window, qtbot).page
    overview = page.overview
    order = [w for w in overview._tab_order() if w.isVisible()]
    focus(qtbot, order[-1])
    stops = [press(qtbot, Qt.Key.Key_Tab) for _ in range(4)]
    assert page.tabs.tabBar() in stops or page.back_button in stops  # looped to Themes before
    assert not any(overview.themes.isAncestorOf(w) for w in stops)
    focus(qtbot, order[0])
    assert not overview.isAncestorOf(press(qtbot, Qt.Key.Key_Backtab))


def test_ctrl_tab_lands_on_a_named_control(demo_database, main_window, qtbot) -> None:
    page = open_first_partnership(main_window, qtbot).page
    focus(qtbot, page.overview.form.widgets["name"])
    for _ in range(len(page.section_titles())):
        stop = press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        section = page.tabs.currentWidget()
        assert section.isAncestorOf(stop), type(stop).__name__
        assert spoken_name(stop).strip(), f"unnamed {type(stop).__name__}"


def test_ctrl_tab_goes_to_the_next_section_also_from_inside_the_plan(
    demo_database, main_window, qtbot
) -> None:
    """Ctrl+Tab in the Plan went round its own parts (Milestones … Funding) for ever and
    never reached "How it is run"; those parts are Ctrl+Page Down and Ctrl+Page Up now."""
    page = open_first_partnership(main_window, qtbot).page
    control = Qt.KeyboardModifier.ControlModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    titles = [title for _key, title in page.section_titles()]

    def section() -> str:
        return page.tabs.tabText(page.tabs.currentIndex())

    focus(qtbot, page.overview.form.widgets["name"])
    visited = []
    for _ in titles:
        stop = press(qtbot, Qt.Key.Key_Tab, control)
        assert page.tabs.currentWidget().isAncestorOf(stop), type(stop).__name__
        visited.append(section())
    assert visited == [*titles[1:], titles[0]]
    # Back to the Plan with Ctrl+Shift+Tab, then through its parts with Ctrl+Page Down.
    press(qtbot, Qt.Key.Key_Tab, control | shift)
    stop = press(qtbot, Qt.Key.Key_Tab, control | shift)
    assert section() == "Plan" and page.plan.isAncestorOf(stop)
    plan = page.plan
    assert plan.currentIndex() == 0
    stop = press(qtbot, Qt.Key.Key_PageDown, control)
    assert plan.currentIndex() == 1 and plan.currentWidget().isAncestorOf(stop)
    assert spoken_name(stop).strip()
    stop = press(qtbot, Qt.Key.Key_PageUp, control)
    assert plan.currentIndex() == 0 and plan.currentWidget().isAncestorOf(stop)
    press(qtbot, Qt.Key.Key_PageDown, control)
    # From a field inside the Plan's second part, Ctrl+Tab is the next section.
    inside = plan.currentWidget()
    stop = press(qtbot, Qt.Key.Key_Tab)
    assert inside.isAncestorOf(stop)
    stop = press(qtbot, Qt.Key.Key_Tab, control)
    assert section() == "How it is run" and page.run.isAncestorOf(stop)
    # And back: the Plan keeps the part it was on.
    stop = press(qtbot, Qt.Key.Key_Tab, control | shift)
    assert section() == "Plan" and plan.currentIndex() == 1 and plan.isAncestorOf(stop)


def test_opening_a_partnership_does_not_detour_via_areas(demo_database, main_window, qtbot) -> None:
    main_window.activateWindow()
    area = main_window.show_area("partnerships")
    area.refresh()
    focus(qtbot, area.table)
    stops: list[QWidget] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: new and stops.append(new))
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.page)
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.nav not in stops
    assert stops and all(spoken_name(w) for w in stops)


def test_no_page_change_detours_via_areas(demo_database, main_window, qtbot) -> None:
    """Every way of changing page by keys (Ctrl+1…6 from inside an area, Enter on a
    partnership, Ctrl+Tab and Ctrl+Shift+Tab between its sections, Alt+Left back) puts the
    focus straight into the new page: a screen reader said "Areas" first on each."""
    control = Qt.KeyboardModifier.ControlModifier
    area = open_first_partnership(main_window, qtbot)
    stops: list[tuple[str, QWidget]] = []
    doing = {"keys": ""}

    def arrived(_old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            stops.append((doing["keys"], new))

    def keys(what: str, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
        doing["keys"] = what
        qtbot.keyClick(focused(), key, modifier)

    QApplication.instance().focusChanged.connect(arrived)
    try:
        for _ in area.page.section_titles():
            keys("Ctrl+Tab", Qt.Key.Key_Tab, control)
        keys("Ctrl+Shift+Tab", Qt.Key.Key_Tab, control | Qt.KeyboardModifier.ShiftModifier)
        keys("Alt+Left", Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: area.stack.currentWidget() is area.register_page)
        keys("Enter", Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        qtbot.waitUntil(lambda: area.stack.currentWidget() is area.page)
        for number, spec in enumerate(main_window.area_specs, start=1):
            keys(f"Ctrl+{number}", getattr(Qt.Key, f"Key_{number}"), control)
            page = main_window.area(spec.key)
            qtbot.waitUntil(lambda page=page: page.isAncestorOf(focused()) or page is focused())
    finally:
        QApplication.instance().focusChanged.disconnect(arrived)
    detours = [what for what, widget in stops if widget is main_window.nav]
    assert not detours, f"via Areas on {detours}"
    unnamed = [f"{what}: {type(w).__name__}" for what, w in stops if not spoken_name(w).strip()]
    assert not unnamed, unnamed


def test_saves_and_problems_are_announced(demo_database, main_window, qtbot) -> None:
    heard: list[str] = []
    a11y.announcer.announced.connect(heard.append)
    try:
        form = open_first_partnership(main_window, qtbot).page.overview.form
        type_line(qtbot, form.widgets["area"], "Holsworthy and district", Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: "Saved" in heard)
        type_line(qtbot, form.widgets["next_meeting"], "31/02/2027", Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: form.problem_text("next_meeting") != "")
        assert form.problem_text("next_meeting") in heard
    finally:
        a11y.announcer.announced.disconnect(heard.append)


def test_the_own_theme_button_and_the_choices_are_named_after_their_labels(
    demo_database, main_window, qtbot
) -> None:
    overview = open_first_partnership(main_window, qtbot).page.overview
    button = overview.themes.add_button
    assert spoken_name(button) == "Add your own theme"  # was "Add this theme"
    for key, widget in overview.form.widgets.items():
        if not isinstance(widget, QComboBox):
            continue
        label = overview.form.labels[key]
        words = a11y.plain(label.text()).replace(" (optional)", "")
        assert widget.accessibleName() == words
        # On Linux Qt reads a combo box by its value and names it by this relation,
        # which Orca says before the value.
        interface = QAccessible.queryAccessibleInterface(widget)
        labelled_by = [
            other.object() for other, _kind in interface.relations(QAccessible.RelationFlag.Label)
        ]
        assert label in labelled_by, key


def test_enter_presses_a_focused_button(demo_database, main_window, qtbot) -> None:
    area = open_first_partnership(main_window, qtbot)
    focus(qtbot, area.page.back_button)
    qtbot.keyClick(area.page.back_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.register_page)
    assert focused() is area.table


def test_a_dialog_intro_is_its_description(database, main_window, qtbot) -> None:
    from desktop.ui.partnerships.dialogs import NewPartnershipDialog

    dialog = NewPartnershipDialog(main_window.hub, main_window)
    qtbot.addWidget(dialog)
    assert dialog.accessibleDescription() == " ".join(dialog.intro.text().split())
    # A dialog that sets none takes its intro from the first long wrapped label.
    from desktop.ui.welcome import WelcomeDialog

    welcome = WelcomeDialog(main_window.hub.paths, main_window)
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.waitExposed(welcome)
    first = next(
        b for b in welcome.findChildren(QWidget) if b.focusPolicy() & Qt.FocusPolicy.TabFocus
    )
    first.setFocus()
    qtbot.waitUntil(lambda: welcome.accessibleDescription() != "")
    intro = [lab.text() for lab in welcome.findChildren(QLabel) if lab.wordWrap()]
    assert any(" ".join(t.split()) == welcome.accessibleDescription() for t in intro)


def test_f1_in_an_area_opens_the_guide_at_that_area(demo_database, main_window, qtbot) -> None:
    main_window.activateWindow()
    for key in ("resources", "returns", "partnerships"):
        area = main_window.show_area(key)
        QApplication.processEvents()
        control = a11y.first_control(area)
        assert control is not None
        focus(qtbot, control)
        qtbot.keyClick(control, Qt.Key.Key_F1)
        dialog = main_window.help.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.browser.source().fragment() == key
        dialog.close()
        main_window.activateWindow()
