"""The officer's list of groups expected to send a return, kept from the Groups page: each
change is the service's one transaction (the window begins and commits nothing itself)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from desktop.services.collection.opening import connected, open_collection
from desktop.services.collection.views import expected_missing
from desktop.ui.collection.window import CollectionWindow


def _stored(path: Path | str) -> list[str]:
    with connected(path) as conn:
        return sorted(row[0] for row in expected_missing(conn).rows)


def test_groups_are_put_on_and_taken_off_the_expected_list_from_the_groups_page(
    collection_location: Path | str,
    settings: QSettings,
    qtbot,
    no_blocking_dialogs,  # type: ignore[no-untyped-def]
) -> None:
    path = collection_location  # a file and a server alike (issue 19)
    open_collection(path, create=True)
    window = CollectionWindow(path, settings)
    qtbot.addWidget(window)
    page = window.groups
    for name in ("Clovelly Village Hall", "Bude  Youth"):
        qtbot.keyClicks(page.expected_name, name)
        qtbot.keyClick(page.expected_name, Qt.Key.Key_Return)
    assert _stored(path) == ["Bude Youth", "Clovelly Village Hall"]
    assert sorted(page.missing.table.rows[r][0] for r in range(2)) == _stored(path)

    qtbot.keyClicks(page.expected_name, "   ")
    qtbot.mouseClick(page.add_expected, Qt.MouseButton.LeftButton)
    assert no_blocking_dialogs == [("Expected groups", "Type the group's name.")]
    assert not window.conn.in_transaction  # refused whole, nothing left half begun

    page.expected_name.clear()
    page.missing_view.selectRow(
        [r[0] for r in page.missing.table.rows].index("Bude Youth")  # chosen in the list
    )
    qtbot.mouseClick(page.remove_expected, Qt.MouseButton.LeftButton)
    assert _stored(path) == ["Clovelly Village Hall"]
    assert [r[0] for r in page.missing.table.rows] == ["Clovelly Village Hall"]
    window.close()
