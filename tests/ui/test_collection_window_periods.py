"""The collection window shows one period at a time, and each group's latest word on each
partnership (issue 15, items 1 and 2), driven like an officer would."""

from __future__ import annotations

from pathlib import Path

from collection_support import pdfs
from collection_variants import Q2, names, variant
from PySide6.QtCore import QSettings

from desktop.store.collection.opening import open_collection
from desktop.ui.collection.window import CollectionWindow


def test_the_window_shows_the_chosen_period_and_the_latest_word(
    tmp_path: Path,
    settings: QSettings,
    qtbot,  # type: ignore[no-untyped-def]
    collection_location: Path | str,
) -> None:
    year = variant("wy", "2026-11-01T10:00:00Z", needs={0: 10_000, 1: 20_000, 2: 30_000})
    quarter = variant("wq", "2026-11-02T10:00:00Z", Q2, needs={0: 700, 1: 800, 2: 900})
    part = variant("wp", "2026-11-03T10:00:00Z", needs={2: 45_000}, only=2)
    path = collection_location  # a file and a server alike (issue 19)
    open_collection(path, create=True)
    window = CollectionWindow(path, settings)
    qtbot.addWidget(window)
    window.start_import(pdfs(tmp_path / "in", [year, quarter, part]))
    qtbot.waitUntil(lambda: window.import_job is None, timeout=120_000)

    def estimated() -> int:
        window.resources.by.setCurrentIndex(window.resources.by.findData("group"))
        return sum(r[3] for r in window.resources.totals.table.rows)

    # The latest period first: the year, with the partial return's word on one partnership.
    assert window.period is not None and window.period.label == "2026-27"
    assert "2026-27" in window.period_note.text()
    assert {r[0] for r in window.partnerships.model.table.rows} == set(names())
    assert estimated() == 10_000 + 20_000 + 45_000
    made_for = {r[3]: r[7] for r in window.groups.groups.table.rows}
    assert made_for == {
        year["reference"]: "the whole group",
        part["reference"]: f"only {names()[2]}",
    }
    # The officer picks the quarter in the chooser: only the quarter's figures.
    chooser = window.period_chooser
    chooser.period_kind.setCurrentIndex(chooser.period_kind.findData("quarter"))
    chooser.year.setCurrentIndex(chooser.year.findData(2026))
    chooser.quarter.setCurrentIndex(1)
    assert window.period is not None and window.period.label == "2026-27 Q2"
    assert [r[3] for r in window.groups.groups.table.rows] == [quarter["reference"]]
    assert estimated() == 700 + 800 + 900
    # Dates the collection has no returns for: nothing is added from other periods.
    chooser.period_kind.setCurrentIndex(chooser.period_kind.findData("financial_year"))
    chooser.year.setCurrentIndex(chooser.year.findData(2025))
    assert window.groups.groups.table.rows == [] and estimated() == 0
    assert window.known_periods.currentIndex() == -1  # no returns for 2025-26
    window.latest_button.click()
    assert window.period.label == "2026-27" and estimated() == 75_000
    # The periods with returns, the latest first, to pick straight away.
    known = [window.known_periods.itemText(n) for n in range(window.known_periods.count())]
    assert [t.split(" (")[0] for t in known] == ["2026-27", "2026-27 Q2"]
    assert window.known_periods.currentIndex() == 0
    window.known_periods.activated.emit(1)
    assert window.period.label == "2026-27 Q2" and estimated() == 2_400


def test_withdrawing_a_return_in_the_window(
    tmp_path: Path,
    settings: QSettings,
    qtbot,  # type: ignore[no-untyped-def]
    collection_location: Path | str,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QInputDialog

    full = variant("gfull", "2026-11-01T10:00:00Z", needs={0: 10_000, 1: 20_000, 2: 30_000})
    part = variant("gpart", "2026-11-03T10:00:00Z", needs={2: 45_000}, only=2)
    path = collection_location  # a file and a server alike (issue 19)
    open_collection(path, create=True)
    window = CollectionWindow(path, settings)
    qtbot.addWidget(window)
    window.start_import(pdfs(tmp_path / "in", [full, part]))
    qtbot.waitUntil(lambda: window.import_job is None, timeout=120_000)
    rows = window.groups.groups.table.rows
    chosen = next(n for n, r in enumerate(rows) if r[3] == part["reference"])
    window.groups.groups_view.setCurrentIndex(window.groups.groups.index(chosen, 0))
    asked: list[str] = []

    def answer(_parent, _title, label, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(label)
        return "sent by mistake", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    window.groups.withdraw_button.click()
    assert part["reference"] in asked[0]
    assert "Withdrawing" in window.statusBar().currentMessage()  # backing up, off the UI thread
    qtbot.waitUntil(lambda: window.withdraw_job is None, timeout=60_000)
    assert [r[3] for r in window.groups.groups.table.rows] == [full["reference"]]
    assert window.groups.groups.table.rows[0][4] == 3  # its three partnerships count again
    assert "Withdrew" in window.statusBar().currentMessage()
    log = window.log.model.table.rows
    assert any(r[2] == "withdrawn" and "sent by mistake" in r[3] for r in log)
    if isinstance(path, Path):  # a server's backups are its own (pg_dump)
        assert list((tmp_path / "area backups").glob("*before-withdraw*.db"))


def test_confirming_two_group_ids_are_one_group_in_the_window(
    tmp_path: Path,
    settings: QSettings,
    qtbot,  # type: ignore[no-untyped-def]
    collection_location: Path | str,
) -> None:
    import uuid

    from desktop.services.collection.samples import resign

    old = variant("gw-old", "2026-11-01T10:00:00Z", needs={0: 10_000})
    new = variant("gw-new", "2026-11-03T10:00:00Z", needs={0: 12_000})
    new = {k: v for k, v in new.items() if k != "sha256"}
    new["group"] = dict(new["group"], id=str(uuid.uuid5(uuid.NAMESPACE_URL, "window laptop")))
    new = resign(new)
    path = collection_location  # a file and a server alike (issue 19)
    open_collection(path, create=True)
    window = CollectionWindow(path, settings)
    qtbot.addWidget(window)
    window.show()
    window.start_import(pdfs(tmp_path / "in", [old, new]))
    qtbot.waitUntil(lambda: window.import_job is None, timeout=120_000)
    page = window.groups
    assert len(page.groups.table.rows) == 2  # the same name, counted as two groups
    assert page.merge_groups_button.isVisible() and page.group_pairs.count() == 1
    assert old["group"]["name"] in page.group_pairs.currentText()
    page.merge_groups_button.click()
    assert [r[3] for r in page.groups.table.rows] == [new["reference"]]
    assert not page.merge_groups_button.isVisible()
    assert "Merged" in window.statusBar().currentMessage()
