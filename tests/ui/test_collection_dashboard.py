"""The area dashboard in the collection window and the summary PDF (issue 15, item 8).

A collection of returns from several groups, with an expected list where one group has
sent a return and one has not: the Dashboard page and the summary PDF chart the needs by
partnership and category, the clauses most often rated as needing help, review bands by
partnership, and returns received against expected, all for the period shown, with the
same figures as the tables.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from collection_support import payloads, pdfs
from PySide6.QtCore import QSettings, Qt

from desktop.cli import main
from desktop.domain.money import format_pence
from desktop.services.collection import views
from desktop.services.collection.opening import connected
from desktop.ui.collection.window import CollectionWindow


@pytest.fixture
def collection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], collection_location: Path | str
) -> Path | str:
    """The same collection in a file and on a server: the dashboard is the same (issue 19)."""
    items = payloads(8, seed=81, groups=4)
    files = pdfs(tmp_path / "in", items)
    path = collection_location
    assert main(["collect", "import", "--new", str(path), *map(str, files)]) == 0
    sent = items[0]["group"]["name"]
    assert main(["collect", "expect", str(path), sent, "Hartland Hall Committee"]) == 0
    capsys.readouterr()
    return path


def figures(path: Path | str) -> dict[str, object]:
    with connected(path) as conn:
        return {
            "groups": views.area_totals(conn)["groups"],
            "category": [(r[0], r[3]) for r in views.needs_view(conn, "category").rows if r[3]],
            "partnership": [
                (r[0], r[3]) for r in views.needs_view(conn, "partnership").rows if r[3]
            ],
            "help": [(r[0], r[3]) for r in views.need_help_view(conn, -1).rows],
            "bands": views.review_bands(conn),
        }


def test_the_dashboard_page_charts_the_chosen_period(
    collection: Path | str, settings: QSettings, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    expected = figures(collection)
    assert expected["category"] and expected["help"] and expected["bands"]
    window = CollectionWindow(collection, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.dashboard)
    page = window.dashboard
    assert [value for _, value in page.returns.bars] == [2, 1, expected["groups"]]
    assert (
        page.by_category.bars == [(name, pence / 100) for name, pence in expected["category"]][:10]
    )
    assert [label for label, _ in page.by_partnership.bars] == [
        name for name, _ in expected["partnership"][:10]
    ]
    assert [v for _, v in page.need_help.bars] == [t for _, t in expected["help"][:10]]
    assert [label for label, _ in page.bands.bars] == [
        f"{name} — {section} ({tool})" for name, tool, section, _ in expected["bands"][:10]
    ]
    # Every bar is drawn: no two bars share an axis name (a chart merges those).
    for box in page.charts():
        [axis] = box.chart().axes(Qt.Orientation.Vertical)
        assert axis.count() == len(box.bars)
    # Screen readers hear the figures, in pounds as the tables write them.
    first, pence = expected["category"][0]
    assert f"{first}: {format_pence(pence)}" in page.by_category.accessibleDescription()
    window.grab().save(str(tmp_path / "dashboard.png"))
    assert (tmp_path / "dashboard.png").stat().st_size > 10_000


def test_the_summary_pdf_has_the_dashboard(
    collection: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = figures(collection)
    out = tmp_path / "area.pdf"
    assert main(["collect", "summary", str(collection), "--pdf", str(out)]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True, text=True
    ).stdout
    dashboard = text[text.index("Area dashboard") : text.index("Groups and their latest")]
    for title in (
        "Returns received against expected",
        "Needs by partnership (estimated cost)",
        "Needs by category (estimated cost)",
        "Clauses most often rated as needing help (times)",
        "Review bands by partnership",
    ):
        assert title in dashboard
    lines = dashboard.splitlines()
    for label, value in (("Groups expected", 2), ("Expected groups with a return", 1)):
        [line] = [line for line in lines if line.strip().startswith(label)]
        assert line.split()[-1] == str(value)
    for name, pence in expected["category"]:
        assert any(name in line and format_pence(pence) in line for line in lines)
