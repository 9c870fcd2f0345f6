"""The joining check, the stakeholder kinds and the glossary read the partnership's own
framework (issue 14, items 3 and 6), not the built-in Devon Code.

A second framework (tests/review_tool_support.py: its own joining question, stakeholder
kind and glossary term) is imported and chosen from the command line, as a CVS would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.frameworks import load_builtin
from desktop.domain.partnership_rules import PartnershipInput
from desktop.services.partnerships import create_partnership
from desktop.ui.help import glossary_html
from desktop.ui.joining import JoiningCheckForm
from desktop.ui.terms import term_text
from tests.review_tool_support import TOOL_ID, review_tool_text

DEVON = "compact-devon-partnership-2008"


@pytest.fixture
def two(database, data_dir: Path, tmp_path: Path, capsys) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """A partnership on the Devon Code and one whose commitments use the example tool."""
    tool = tmp_path / "tool.toml"
    tool.write_text(review_tool_text(), encoding="utf-8")
    with database.session() as s:
        ids = {
            name: create_partnership(s, PartnershipInput(name=name)).id
            for name in ("Devon group", "Other group")
        }
    for argv in (
        ["frameworks", "import", str(tool)],
        ["partnerships", "set-framework", "Other group", "--commitments", TOOL_ID],
    ):
        assert main(argv) == 0, capsys.readouterr().err
    capsys.readouterr()
    return ids


def test_the_joining_check_shows_the_frameworks_own_questions(hub, two, qtbot) -> None:  # type: ignore[no-untyped-def]
    devon = load_builtin(DEVON)
    form = JoiningCheckForm(hub, two["Devon group"])
    qtbot.addWidget(form)
    shown = form.points.text()
    # The Devon file's joining sections: 4.1, 4.3 and 4.5, every item, from the file.
    assert [s.clause for s in devon.joining_sections] == ["4.1", "4.3", "4.5"]
    for item in devon.joining_items():
        assert f"{item.ref} {item.title}: {item.text}" in shown
    boxes = " ".join(x.text() for x in form.findChildren(type(form.points)) if x is not form.points)
    assert "(4.1(a))" in boxes  # an answer box cites the clause the framework has

    other = JoiningCheckForm(hub, two["Other group"])
    qtbot.addWidget(other)
    assert "3(a) Why join?" in other.points.text()
    assert "4.1(a)" not in other.points.text()
    labels = " ".join(x.text() for x in other.findChildren(type(other.points)))
    assert "(4.1(a))" not in labels  # a clause the framework does not have is not cited


def test_stakeholder_kinds_come_from_the_partnerships_framework(main_window, two, qtbot) -> None:  # type: ignore[no-untyped-def]
    area = main_window.show_area("partnerships")
    area.open_partnership(two["Other group"])
    tab = area.page.show_section("partners")
    combo = tab.stakeholders.form.widgets["category_ref"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Residents (4(a))"]
    area.open_partnership(two["Devon group"])
    tab = area.page.show_section("partners")
    combo = tab.stakeholders.form.widgets["category_ref"]
    devon = load_builtin(DEVON)
    assert [combo.itemData(i) for i in range(combo.count())] == [
        i.ref for i in devon.stakeholder_items
    ]


def test_a_glossary_term_is_known_by_its_sections_kind(two, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.frameworks import parse_framework

    other = parse_framework(review_tool_text(), "tool.toml")
    assert term_text("G:partner", other) == ("Partner", other.item("G:partner").text)
    devon = load_builtin(DEVON)
    term = devon.glossary[0]
    assert term_text(term.ref, devon) == (term.title, term.text)
    clause = devon.joining_items()[0]
    assert term_text(clause.ref, devon)[0] == f"{clause.ref} {clause.title}"
    # The help glossary holds the terms of every framework the group uses, each named
    # with its framework where more than one has a glossary.
    both = glossary_html([devon, other])
    assert f"Partner ({other.short_title})" in both
    assert f"{term.title} ({devon.short_title})" in both
    assert f"<b>{term.title}</b>" in glossary_html()  # the built-in Code alone: plain
