"""Opening a collection that is damaged, or kept somewhere risky, as an officer would meet it."""

# File only: damaged files, network drives and file backups are a collection file's (issue 19).

from __future__ import annotations

from pathlib import Path

import pytest
from collection_support import collection_with_returns, counts
from file_damage import damage
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from desktop.domain.locations import RiskKind, RiskyPlace
from desktop.services.collection.safety import backup_collection, copy_collection_to
from desktop.services.locations import MoveError
from desktop.store.collection.opening import backups_folder
from desktop.ui.collection import opening_checks
from desktop.ui.collection.menu import open_collection_window
from desktop.ui.collection.window import CollectionWindow


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A collection with three returns in it."""
    return collection_with_returns(tmp_path, 3, seed=17)


def _opened(window: object, qtbot) -> CollectionWindow:  # type: ignore[no-untyped-def]
    assert isinstance(window, CollectionWindow)
    qtbot.addWidget(window)
    return window


def test_a_damaged_collection_is_restored_from_its_newest_good_backup(
    path: Path, settings: QSettings, qtbot, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    before = counts(path)
    backup_collection(path, "manual")
    damage(path)
    window = _opened(open_collection_window(None, path, settings), qtbot)
    title, text = no_blocking_dialogs[-1]
    assert title == "The collection is damaged"
    assert "area.pbcollection" in text and "has not written to it" in text
    assert counts(path) == before
    # The damaged file is set aside beside it, not deleted.
    assert [p for p in path.parent.iterdir() if "damaged" in p.name]
    window.close()


def test_a_damaged_collection_is_never_written_when_the_answer_is_no(
    path: Path, settings: QSettings, qtbot, no_blocking_dialogs, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    backup_collection(path, "manual")
    damaged = damage(path)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    assert open_collection_window(None, path, settings) is None
    assert path.read_bytes() == damaged


def test_a_damaged_collection_without_a_backup_says_where_it_looked(
    path: Path, settings: QSettings, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    damaged = damage(path)
    assert open_collection_window(None, path, settings) is None
    title, text = no_blocking_dialogs[-1]
    assert title == "The collection is damaged"
    assert f"no usable backup of it in {backups_folder(path)}" in text
    assert path.read_bytes() == damaged


@pytest.fixture
def on_a_share(monkeypatch, tmp_path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """The collection's folder looks like a network drive; record what the officer is told."""
    asked: list[str] = []
    place = RiskyPlace(RiskKind.NETWORK, "//cvs-server/shared")
    monkeypatch.setattr(opening_checks, "detect_risky_place", lambda _folder: place)
    monkeypatch.setattr(opening_checks, "local_collections_folder", lambda: tmp_path / "local")
    return asked


def test_a_collection_on_a_network_drive_can_be_copied_here_and_opened(
    path: Path, settings: QSettings, qtbot, on_a_share, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    def answer(_parent, why: str, folder: Path) -> str:  # type: ignore[no-untyped-def]
        on_a_share.append(why)
        assert folder == tmp_path / "local"
        return "copy"

    monkeypatch.setattr(opening_checks, "ask_about_place", answer)
    original = path.read_bytes()
    window = _opened(open_collection_window(None, path, settings), qtbot)
    assert on_a_share[0].startswith("This collection is on a network drive (//cvs-server/shared)")
    assert window.path == tmp_path / "local" / "area.pbcollection"
    assert counts(window.path) == counts(path)
    assert path.read_bytes() == original  # the file on the share is left as it was
    window.close()


def test_keeping_it_on_the_network_drive_is_remembered(
    path: Path, settings: QSettings, qtbot, on_a_share, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    def answer(_parent, why: str, _folder: Path) -> str:  # type: ignore[no-untyped-def]
        on_a_share.append(why)
        return "keep"

    monkeypatch.setattr(opening_checks, "ask_about_place", answer)
    window = _opened(open_collection_window(None, path, settings), qtbot)
    assert window.path == path and len(on_a_share) == 1
    window.close()
    again = _opened(open_collection_window(None, path, settings), qtbot)
    assert again.path == path and len(on_a_share) == 1  # not asked a second time
    again.close()


def test_a_copy_never_overwrites_another_collection(path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "local"
    copied = copy_collection_to(path, folder)
    assert counts(copied) == counts(path)
    mine = copied.read_bytes()
    with pytest.raises(MoveError, match=r"already a collection called area\.pbcollection"):
        copy_collection_to(path, folder)
    assert copied.read_bytes() == mine


def test_collection_backups_also_go_to_the_second_backup_folder(
    main_window, tmp_path: Path, monkeypatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from desktop.services.backups import set_second_backup_folder
    from desktop.ui.collection import menu

    usb = tmp_path / "usb"
    usb.mkdir()
    set_second_backup_folder(main_window.hub.paths, usb)
    target = tmp_path / "county.pbcollection"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    main_window.new_collection_action.trigger()
    opened = menu._open_windows[-1]
    qtbot.addWidget(opened)
    problems: list[str] = []
    opened.safety.auto.problem.connect(problems.append)
    with qtbot.waitSignal(opened.safety.auto.backed_up, timeout=20_000) as made:
        opened.safety.back_up_now()  # in the background
    qtbot.waitUntil(lambda: not opened.safety.auto.busy)
    assert problems == []  # the second copy was made too
    backup = Path(made.args[0])
    # Apart from the group's own backups in that folder: under the collection's name.
    second_copy = usb / "county backups" / backup.name
    assert counts(second_copy) == counts(target)
    opened.close()
