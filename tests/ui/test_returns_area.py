"""The Returns area: fill the short form, export in the background, open the result."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from desktop.domain.changes import Change
from desktop.services.return_reader import read_return


@pytest.fixture
def returns_area(demo_database, main_window):  # type: ignore[no-untyped-def]
    main_window.hub.announce(Change.EVERYTHING)
    area = main_window.show_area("returns")
    return area


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    chosen = {"path": tmp_path / "return.pdf", "asked": 0}

    def fake(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        chosen["asked"] += 1
        return str(chosen["path"]), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return chosen


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()))
    return urls


def tick(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """Click on the box itself: a wide check box only answers clicks on its box and text."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def _export(area, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(area.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.job is None and area.export_button.isEnabled(), timeout=60_000)


def test_defaults_are_this_financial_year_all_partnerships_no_contacts(returns_area) -> None:  # type: ignore[no-untyped-def]
    assert returns_area.content.isVisible() and not returns_area.empty.isVisible()
    assert returns_area.periods.period_kind.currentData() == "financial_year"
    assert returns_area.all_partnerships.isChecked()
    assert not returns_area.include_contacts.isChecked()
    assert returns_area.partnership_list.count() == 3
    assert not returns_area.open_button.isEnabled()


def test_export_runs_in_the_background_then_opens(
    returns_area, qtbot, save_to, opened, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    area = returns_area
    qtbot.keyClicks(area.signoff_role, "Chair of trustees")
    area.periods.year.setCurrentIndex(area.periods.year.findText("2026-27"))
    _export(area, qtbot)
    assert save_to["asked"] == 1
    payload = read_return(tmp_path / "return.pdf")
    assert payload["period"]["label"] == "2026-27"
    assert payload["signoff"]["role"] == "Chair of trustees"
    assert payload["include_contacts"] is False
    assert payload["reference"] in area.status.text()
    assert area.log_model.rowCount() == 1
    assert area.log_model.rows[0]["reference"] == payload["reference"]
    qtbot.mouseClick(area.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(area.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path / "return.pdf"), str(tmp_path)]


def test_the_saved_return_is_announced(returns_area, qtbot, save_to, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A screen reader hears where the return went (changing the label alone is silent)."""
    from desktop.ui import a11y

    heard: list[str] = []
    a11y.announcer.announced.connect(heard.append)
    try:
        _export(returns_area, qtbot)
    finally:
        a11y.announcer.announced.disconnect(heard.append)
    reference = read_return(tmp_path / "return.pdf")["reference"]
    said = [text for text in heard if reference in text]
    assert said == [returns_area.status.text()]
    assert str(tmp_path / "return.pdf") in said[0]


def test_chosen_partnership_quarter_and_contacts(returns_area, qtbot, save_to) -> None:  # type: ignore[no-untyped-def]
    area = returns_area
    area.periods.period_kind.setCurrentIndex(area.periods.period_kind.findData("quarter"))
    assert area.periods.quarter.isVisible() and not area.periods.start_date.isVisible()
    area.periods.year.setCurrentIndex(area.periods.year.findText("2026-27"))
    area.periods.quarter.setCurrentIndex(2)
    assert area.all_partnerships.isChecked()
    item = area.partnership_list.item(0)
    box = area.partnership_list.visualItemRect(item)
    qtbot.mouseClick(
        area.partnership_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(box.left() + 10, box.center().y()),
    )
    assert item.checkState() == Qt.CheckState.Checked
    assert area.chosen_partnerships.isChecked()  # ticking one chooses "only these"
    name = item.text()
    tick(qtbot, area.include_contacts)
    _export(area, qtbot)
    payload = read_return(save_to["path"])
    assert payload["period"]["label"] == "2026-27 Q3"
    assert [p["name"] for p in payload["partnerships"]] == [name]
    # The tick survives the refresh after the export.
    assert area.partnership_list.item(0).checkState() == Qt.CheckState.Checked
    assert payload["include_contacts"] is True


def test_reissue_says_what_it_replaces(returns_area, qtbot, save_to, tmp_path) -> None:  # type: ignore[no-untyped-def]
    area = returns_area
    _export(area, qtbot)
    first = area.result.reference
    save_to["path"] = tmp_path / "again.pdf"
    _export(area, qtbot)
    assert f"replaces return {first}" in area.status.text()
    assert area.log_model.rowCount() == 2
    assert area.log_model.rows[1]["replaced_by"] == area.result.reference


def test_a_folder_that_cannot_be_written_says_so(
    returns_area, qtbot, save_to, no_blocking_dialogs, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    save_to["path"] = blocker / "return.pdf"
    _export(returns_area, qtbot)
    title, text = no_blocking_dialogs[-1]
    assert title == "The return was not saved" and "not-a-folder" in text
    assert returns_area.log_model.rowCount() == 0
    assert not returns_area.open_button.isEnabled()


def test_an_empty_period_asks_first(returns_area, qtbot, save_to, no_blocking_dialogs) -> None:  # type: ignore[no-untyped-def]
    area = returns_area
    area.periods.period_kind.setCurrentIndex(area.periods.period_kind.findData("custom"))
    from PySide6.QtCore import QDate

    area.periods.start_date.setDate(QDate(2001, 1, 1))
    area.periods.end_date.setDate(QDate(2001, 12, 31))
    _export(area, qtbot)
    qtbot.waitUntil(lambda: area.job is None and area.result is not None, timeout=60_000)
    assert no_blocking_dialogs[0][0] == "Nothing to report"
    assert read_return(save_to["path"])["partnerships"] == []


def test_brief_from_a_partnership(demo_database, hub, qtbot, save_to, opened, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from desktop.ui.brief_action import export_brief
    from tests.conftest import FIXED_TODAY

    parent = QWidget()
    qtbot.addWidget(parent)
    save_to["path"] = tmp_path / "brief"
    job = export_brief(parent, hub, 1, today=FIXED_TODAY)
    assert job is not None
    qtbot.waitUntil(lambda: job.finished, timeout=10_000)  # drawn and saved in the background
    path = tmp_path / "brief.pdf"
    assert path.exists()
    assert opened == [str(path)]


def test_a_brief_that_cannot_be_saved_says_why(  # type: ignore[no-untyped-def]
    demo_database, hub, qtbot, save_to, opened, tmp_path, no_blocking_dialogs
) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.brief_action import export_brief

    parent = QWidget()
    qtbot.addWidget(parent)
    (tmp_path / "not a folder").write_text("a file where the folder should be")
    save_to["path"] = tmp_path / "not a folder" / "brief.pdf"
    job = export_brief(parent, hub, 1)
    assert job is not None
    qtbot.waitUntil(lambda: job.finished, timeout=10_000)
    title, text = no_blocking_dialogs[-1]
    assert title == "The brief was not saved" and "brief.pdf" in text
    assert "Traceback" not in text and "Errno" not in text
    assert opened == [] and not list(tmp_path.glob("*brief*"))
    assert (tmp_path / "not a folder").read_text() == "a file where the folder should be"


def test_log_shows_where_each_return_went(returns_area, qtbot, save_to, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _export(returns_area, qtbot)
    model = returns_area.log_model
    saved = model.index(0, model.SAVED_TO).data()
    assert saved == str((tmp_path / "return.pdf").resolve())
    assert model.index(0, model.CONTACTS).data() == "Left out"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Reference"
    shot = tmp_path / "returns-area.png"
    returns_area.window().resize(1100, 800)
    assert returns_area.window().grab().save(str(shot))
