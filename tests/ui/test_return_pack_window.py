"""File → Open a return pack… in the group's window (issue 20): what it asks in plain words,
set up on yes, the deadline in What's due on Home, and the return made for the pack from
the Returns area with contact details sealed for the CVS."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.return_period import parse_period
from desktop.services.collection.packs import PackRequest, make_pack
from desktop.services.return_reader import read_return
from desktop.store import sqlite as store_sqlite
from desktop.store.collection.opening import open_collection

PASSPHRASE = "correct horse battery staple"


def _pack(tmp_path: Path, name: str = "pack.pbpack", deadline: date = date(2027, 5, 31)) -> Path:
    collection = tmp_path / "cvs.pbcollection"
    if not collection.exists():
        open_collection(collection, create=True)
    conn = store_sqlite.connect(collection)
    try:
        made = make_pack(
            conn,
            PackRequest(parse_period("2026-27"), deadline, "Torridge CVS", "01237 000000"),
            PASSPHRASE,
        )
    finally:
        conn.close()
    path = tmp_path / name
    path.write_text(made.text, encoding="utf-8")
    return path


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    """The pack dialog: record what it said (and a picture of it), then press a button."""
    said: dict = {"press": "&Set it up", "texts": [], "tick": False}  # type: ignore[type-arg]

    def exec_(box: QMessageBox) -> int:
        box.show()
        said["texts"].append(box.text())
        said["shot"] = box.grab()
        if said["tick"] and box.checkBox() is not None:
            box.checkBox().setChecked(True)
        said["has_checkbox"] = box.checkBox() is not None
        button = next(b for b in box.buttons() if b.text() == said["press"])
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return said


def _open(window, monkeypatch, path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.open_pack_action.trigger()
    job = window.pack_opening  # the backup and the setting up run in the background
    if job is not None:
        qtbot.waitUntil(lambda: job.finished, timeout=10_000)


def _group(data_dir: Path, sql: str) -> list:  # type: ignore[type-arg]
    conn = sqlite3.connect(data_dir / "partnerbook.db")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_opening_a_pack_sets_up_the_return_it_asks_for(
    demo_database,
    main_window,
    data_dir,
    qtbot,
    monkeypatch,
    tmp_path,
    answer,
    no_blocking_dialogs,
) -> None:  # type: ignore[no-untyped-def]
    pack = _pack(tmp_path)
    _open(main_window, monkeypatch, pack, qtbot)
    text = " ".join(answer["texts"][0].split())
    assert "Torridge CVS asks for your return for 2026-27 (1 April 2026 to 31 March 2027)" in text
    assert "by 31 May 2027" in text and "The CVS's key:" in text
    answer["shot"].save(str(tmp_path / "pack-dialog.png"))
    assert _group(data_dir, "SELECT cvs_name FROM group_profile") == [("Torridge CVS",)]
    assert no_blocking_dialogs[-1][0] == "Return pack opened"

    home = main_window.show_area("home")
    rows = [
        home.model.data(home.model.index(r, home.model.WHAT)) for r in range(home.model.rowCount())
    ]
    assert "Send the return to Torridge CVS" in rows
    row = rows.index("Send the return to Torridge CVS")
    assert not (
        home.model.flags(home.model.index(row, home.model.DONE)) & Qt.ItemFlag.ItemIsUserCheckable
    )

    area = main_window.show_area("returns")
    assert area.pack_choice.isVisible() and area.pack_choice.pack_id() is not None
    assert area.period().label == "2026-27"
    assert "sealed for Torridge CVS" in area.include_contacts.text()
    box = area.include_contacts
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    out = tmp_path / "return.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    area.grab().save(str(tmp_path / "returns-area.png"))
    qtbot.mouseClick(area.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.job is None and area.export_button.isEnabled(), timeout=60_000)
    payload = read_return(out)
    assert "Signed with your group's key" in area.status.text()
    assert payload["pack_id"] == _group(data_dir, "SELECT pack_id FROM return_pack")[0][0]
    assert payload["sealed_contacts"] and payload["include_contacts"] is False
    assert "Pengelly" not in json.dumps(payload)
    # Made: the deadline leaves What's due.
    home = main_window.show_area("home")
    rows = [
        home.model.data(home.model.index(r, home.model.WHAT)) for r in range(home.model.rowCount())
    ]
    assert "Send the return to Torridge CVS" not in rows


def test_a_changed_pack_is_refused_plainly_and_nothing_changes(
    demo_database, main_window, data_dir, qtbot, monkeypatch, tmp_path, answer, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    pack = _pack(tmp_path)
    data = json.loads(pack.read_text())
    data["pack"]["deadline"] = "2028-01-01"
    pack.write_text(json.dumps(data))
    _open(main_window, monkeypatch, pack, qtbot)
    title, text = no_blocking_dialogs[-1]
    assert title == "Return pack not opened" and "changed since the CVS made it" in text
    assert answer["texts"] == []
    assert _group(data_dir, "SELECT count(*) FROM return_pack") == [(0,)]


def test_another_key_needs_the_tick_and_a_late_pack_only_warns(
    demo_database, main_window, data_dir, qtbot, monkeypatch, tmp_path, answer, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    first = _pack(tmp_path, "first.pbpack")
    _open(main_window, monkeypatch, first, qtbot)
    (tmp_path / "elsewhere").mkdir()
    other = _pack(tmp_path / "elsewhere", "other.pbpack")  # another collection's own keys
    _open(main_window, monkeypatch, other, qtbot)
    assert answer["has_checkbox"] and "signed by a different key" in answer["texts"][-1]
    assert no_blocking_dialogs[-1][0] == "Return pack not opened"
    assert _group(data_dir, "SELECT count(*) FROM return_pack") == [(1,)]
    answer["tick"] = True
    _open(main_window, monkeypatch, other, qtbot)
    assert _group(data_dir, "SELECT count(*) FROM return_pack") == [(2,)]

    late = _pack(tmp_path, "late.pbpack", date(2026, 1, 31))
    _open(main_window, monkeypatch, late, qtbot)
    assert "The deadline, 31 January 2026, has passed" in answer["texts"][-1]
    assert no_blocking_dialogs[-1][0] == "Return pack opened"

    answer["press"] = "&Not now"
    before = _group(data_dir, "SELECT count(*) FROM return_pack")
    _open(main_window, monkeypatch, _pack(tmp_path, "again.pbpack"), qtbot)
    assert _group(data_dir, "SELECT count(*) FROM return_pack") == before


def test_a_pack_double_clicked_while_the_window_is_open_opens_there(
    demo_database, main_window, app_paths, data_dir, qtbot, tmp_path, answer
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.single_instance import InstanceServer, ask_running_instance_to_raise

    server = InstanceServer(app_paths)
    server.pack_requested.connect(main_window.open_return_pack)
    try:
        pack = _pack(tmp_path, "émail attachment.pbpack")
        with qtbot.waitSignal(server.pack_requested, timeout=10_000) as said:
            assert ask_running_instance_to_raise(app_paths, pack=str(pack))
        assert said.args == [str(pack)]
        qtbot.waitUntil(lambda: _group(data_dir, "SELECT count(*) FROM return_pack") == [(1,)])
    finally:
        server.close()
