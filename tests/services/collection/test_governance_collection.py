"""The collection's "How it is run" view (issue 17) over a collection holding returns of
both schema versions: a real version-2 return from the demo group (with the group's how-it-
is-run fields) beside a version-1 one (none of them, so "Not recorded"), in the window's
page, in its export, and in ``partnerbook collect summary``'s tables."""

from __future__ import annotations

import subprocess
from pathlib import Path

from sqlalchemy import select

from desktop.domain.return_period import parse_period
from desktop.services.collection.exports import area_tables
from desktop.services.collection.importer import import_returns
from desktop.services.collection.opening import connected
from desktop.services.collection.run_view import NOT_RECORDED, how_it_is_run_view
from desktop.services.collection.samples import resign
from desktop.services.collection.summary import area_summary_pdf
from desktop.services.governance import closure, structure
from desktop.services.return_data import build_return
from desktop.store.collection.opening import open_collection
from desktop.store.models import Partnership
from tests.collection_support import payloads, pdfs
from tests.returns.conftest import FIXED_NOW
from tests.version_one import as_version_one

FY = parse_period("2026-27")


def _collection(tmp_path: Path, demo_database, location: Path | str) -> Path | str:  # type: ignore[no-untyped-def]
    """Both tests run on a collection file and on a server collection (issue 19)."""
    with demo_database.session() as session:
        ids = {p.short_name: p.id for p in session.scalars(select(Partnership))}
        structure.set_parent(session, ids["TRTF"], ids["NDHWP"])
        closure.close_partnership(
            session,
            ids["TRTF"],
            {"scope": "our_part", "closed_on": FY.start.replace(month=10), "reason": "Merged"},
        )
    with demo_database.session() as session:
        two = resign(build_return(session, FY, now=FIXED_NOW))
    one = payloads(1, seed=9)[0]
    one["period"] = dict(two["period"])  # the same period, so both are compared
    one = as_version_one(one)
    path = location
    open_collection(path, create=True)
    summary = import_returns(path, pdfs(tmp_path / "in", [one, two]), workers=1)
    assert [o.outcome for o in summary.outcomes] == ["imported", "imported"], summary.outcomes
    return path


def test_the_view_compares_both_versions(
    tmp_path: Path, demo_database, collection_location: Path | str
) -> None:  # type: ignore[no-untyped-def]
    path = _collection(tmp_path, demo_database, collection_location)
    with connected(path) as conn:
        table = how_it_is_run_view(conn)
        tables = {t.key for t in area_tables(conn)}
        summary = area_summary_pdf(conn, "Torridge")
    (tmp_path / "summary.pdf").write_bytes(summary)
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(tmp_path / "summary.pdf"), "-"], capture_output=True, text=True
        ).stdout.split()
    )
    assert "How it is run" in text and "Quorate meetings" in text  # the summary PDF too
    assert "how_it_is_run" in tables  # exported with the other views (collect summary too)
    columns = list(table.columns)
    ours = "Holsworthy & Villages Community Link"
    rows = {r[1]: dict(zip(columns, r, strict=True)) for r in table.rows if r[0] == ours}
    board = rows["North Devon Health and Wellbeing Partnership"]
    assert board["Group"] == "Holsworthy & Villages Community Link"
    assert board["Terms of reference"].startswith("Yes")
    assert board["Open high risks"] == "1"
    assert board["Last report back"] == "6 Oct 2026" and board["Next report back"] == "21 Dec 2026"
    assert board["Closed"] == "–" and board["Sits under"] == "–"
    assert board["Partner attendance"].endswith("%")
    forum = rows["Torridge Rural Transport Forum"]
    assert forum["Sits under"] == "North Devon Health and Wellbeing Partnership"
    assert forum["Closed"] == "1 Oct 2026: we left it (it goes on without us)"
    assert forum["Next report back"] == "–"
    old = [r for r in table.rows if r[0] != ours]
    assert old, "the version-1 return's partnerships are listed too"
    for row in old:
        assert set(row[2:]) == {NOT_RECORDED}, row


def test_the_window_page_shows_it_and_finds_by_word(
    tmp_path: Path, demo_database, qtbot, collection_location: Path | str
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from desktop.ui.collection.window import CollectionWindow

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)

    path = _collection(tmp_path, demo_database, collection_location)
    window = CollectionWindow(path, settings)
    qtbot.addWidget(window)
    page = window.run
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.run)
    assert page.model.rowCount() == len(page.model.table.rows) > 3
    qtbot.keyClicks(page.search, "torridge rural")
    assert page.model.rowCount() == 2  # the forum, in each group's return
    assert [t.key for t in page.tables()] == ["how_it_is_run"]
    window.close()
