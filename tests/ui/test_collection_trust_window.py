"""The collection window's "Keys and packs" page (issue 20), driven as an officer would:
make a pack (choosing the passphrase), import a group's return for it, see who signed in
the log and the page, hold a reinstalled group's return and confirm it, and read the
contact details the group sealed for the CVS."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from desktop.domain.periods import financial_year
from desktop.services.collection.opening import connected, open_collection
from desktop.services.packs import accept_pack, preview_pack
from desktop.services.returns import ExportRequest, export_return
from desktop.ui.collection import trust_actions
from desktop.ui.collection.window import CollectionWindow

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def window(collection_location: Path | str, settings: QSettings, qtbot) -> CollectionWindow:  # type: ignore[no-untyped-def]
    """A new, empty collection open in its window, on a file and on a server (issue 19)."""
    open_collection(collection_location, create=True)
    window = CollectionWindow(collection_location, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Passphrases typed at the prompts, in turn; the prompts seen are kept."""
    answers = [PASSPHRASE, PASSPHRASE]
    prompts: list[str] = []

    def get_text(_parent, _title, label, *args, **kwargs):  # type: ignore[no-untyped-def]
        prompts.append(label)
        return (answers.pop(0), True) if answers else ("", False)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return prompts


def _export(demo_database, out: Path, pack_path: Path | None = None, contacts: bool = False):  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        pack_id = None
        if pack_path is not None:
            from datetime import date

            row = accept_pack(session, preview_pack(session, pack_path, date.today()))
            session.commit()
            pack_id = row.pack_id
        export_return(
            session,
            ExportRequest(financial_year(2026), out, include_contacts=contacts, pack_id=pack_id),
        )


def test_an_officer_makes_a_pack_and_reads_what_groups_sealed(
    window, demo_database, data_dir, qtbot, monkeypatch, tmp_path, typed, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "Return pack 2026-27.pbpack"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pack), ""))
    dialog = trust_actions.MakePackDialog(window)
    dialog.cvs_name.setText("Torridge CVS")
    dialog.contact.setText("01237 000000")
    dialog.period.setText("2026-27")
    dialog.deadline.setDate(QDate(2027, 5, 31))
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.DialogCode.Accepted)
    window.tabs.setCurrentWidget(window.trust)
    assert trust_actions.make_pack(window, dialog)
    assert len(typed) == 2 and "Choose a passphrase" in typed[0]  # chosen, then again
    assert no_blocking_dialogs[-1][0] == "Return pack made" and pack.exists()
    assert "current, signs new packs" in window.trust.cvs_keys.text()
    window.trust.grab().save(str(tmp_path / "trust-page.png"))

    made = tmp_path / "return.pdf"
    _export(demo_database, made, pack, contacts=True)
    assert window.start_import([made])
    qtbot.waitUntil(lambda: window.import_job is None, timeout=120_000)
    log = window.log.model.table
    key = log.rows[0][log.columns.index("Signed by (key)")]
    assert len(key) == 19
    assert window.trust.group_keys.table.rows[0][1] == key
    groups = window.groups.groups.table
    assert groups.columns[-1] == "Signed by (key)" and groups.rows[0][-1] == key

    typed[:] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASSPHRASE, True))
    window.trust.contacts_button.click()
    shown = window.property("last_text_dialog")
    assert "Main contact: Joe Pengelly" in shown and "Holsworthy" in shown

    # A wrong passphrase shows nothing and says why.
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong wrong wrong", True))
    window.setProperty("last_text_dialog", "")
    window.trust.contacts_button.click()
    assert no_blocking_dialogs[-1][0] == "Sealed contact details"
    assert "does not open the CVS's keys" in no_blocking_dialogs[-1][1]
    assert window.property("last_text_dialog") == ""


def test_a_reinstalled_groups_return_is_held_then_confirmed_in_the_window(
    window, demo_database, data_dir, qtbot, tmp_path, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    _export(demo_database, first)
    assert window.start_import([first])
    qtbot.waitUntil(lambda: window.import_job is None, timeout=120_000)
    conn = sqlite3.connect(data_dir / "partnerbook.db")
    conn.execute("DELETE FROM signing_key")  # reinstalled: a new key on the next return
    conn.commit()
    conn.close()
    _export(demo_database, second)
    assert window.start_import([second])
    qtbot.waitUntil(lambda: window.import_job is None, timeout=120_000)
    page = window.trust
    assert page.held.rowCount() == 1 and page.confirm_button.isEnabled()
    assert "held: signed by a different key" in window.log.model.table.rows[0][3]
    page.grab().save(str(tmp_path / "held.png"))
    page.held_view.selectRow(0)
    page.confirm_button.click()  # QMessageBox.question answers Yes (tests/ui/conftest.py)
    assert page.held.rowCount() == 0 and not page.confirm_button.isEnabled()
    with connected(window.path) as conn:
        rows = conn.execute("SELECT status FROM collected_return ORDER BY id").fetchall()
    statuses = [tuple(row) for row in rows]
    assert statuses == [("superseded",), ("current",)]
    assert [r[2] for r in page.group_keys.table.rows] == [
        "its first signed return",
        "confirmed by the officer",
    ]
    assert no_blocking_dialogs[-1][0] == "Confirm the group's new key"
