"""Every problem and refusal a person can see goes through Qt's translation.

The templates live in the domain, store and services (no Qt there); the extractor files
them under "Problems" and the window translates them before filling in the values. These
tests walk every one under the pseudo-language (en_XA), then watch one reach a real form.
"""

from __future__ import annotations

import sqlite3
import string
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.domain.changes import Change
from desktop.domain.problems import CONTEXT, fill
from desktop.ui.i18n import install_translator, remove_translation

INSTALLERS = Path(__file__).resolve().parents[2] / "installers"
sys.path.insert(0, str(INSTALLERS))

import pseudo_translate  # noqa: E402
import update_translations  # noqa: E402


@pytest.fixture
def pseudo_language(qapp: QApplication) -> Iterator[None]:
    translation = install_translator(qapp, "en_XA")
    assert translation.language == "en_XA"
    yield
    remove_translation(translation, qapp)


def translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def fields(template: str) -> list[tuple[str, str]]:
    """The {name:spec} fields of a template, in order (what the code fills in)."""
    return [
        (name, spec or "")
        for _text, name, spec, _conversion in string.Formatter().parse(template)
        if name is not None
    ]


def dummy_values(template: str) -> dict[str, object]:
    """A value for each field that its format spec accepts: numbers where a spec asks."""
    return {name: 1234.5 if spec else "Xyz" for name, spec in fields(template)}


PROBLEMS = sorted(
    {
        m.source
        for m in update_translations.collect()
        if m.context == update_translations.PROBLEMS_CONTEXT
    }
)


def test_the_extractor_finds_problems_errors_and_marked_templates() -> None:
    """One of each way a template is written, so a new way is not silently missed."""
    found = set(PROBLEMS)
    assert "Give the partnership a name." in found  # Problem(field, "...")
    assert "“{typed}” is not an amount of money. Write it like £12.50." in found  # MoneyError
    assert "That resource need no longer exists; it may have been deleted." in found  # subclass
    assert "Say who the stakeholder is." in found  # marked("...") in a table
    assert "it is a folder, not a file." in found  # Message("...")
    assert "“{typed}” is not a number. Write it like 2.5." in found  # a name given a literal
    assert any(t.endswith("skip them.") for t in found)  # either side of an if
    assert any(t.startswith("The disk is full, so the last change") for t in found)
    assert len(found) > 100


def test_every_problem_is_translated_keeping_its_fields(pseudo_language) -> None:
    untranslated: list[str] = []
    broken: list[str] = []
    for template in PROBLEMS:
        translated = translate(template)
        if translated == template or translated != pseudo_translate.pseudo(template):
            untranslated.append(template)
            continue
        if sorted(fields(translated)) != sorted(fields(template)):
            broken.append(template)
            continue
        values = dummy_values(template)
        english = fill(template, values)
        shown = fill(template, values, translate)
        if shown == english or not shown.startswith("["):
            broken.append(template)
    assert untranslated == [], f"run installers/update_translations.py: {untranslated[:3]}"
    assert broken == []


def test_a_translation_that_lost_a_field_falls_back_to_english() -> None:
    """A translator's slip must never hide the message while it is being shown."""
    assert fill("Keep it under {limit} characters.", {"limit": 300}, lambda _t: "{lim}") == (
        "Keep it under 300 characters."
    )


def test_a_problem_in_the_resource_form_is_shown_translated(
    pseudo_language, qtbot, main_window, database
) -> None:  # type: ignore[no-untyped-def]
    with sqlite3.connect(main_window.hub.paths.database) as conn:
        before = conn.execute("SELECT count(*) FROM resource_need").fetchone()
    area = main_window.show_area("resources")
    qtbot.mouseClick(area.add_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "lots")
    qtbot.keyClicks(dialog.estimate, "10")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem_text("description") == pseudo_translate.pseudo(
        "Say what the need is, in a few words."
    )
    # The value the person typed goes in unchanged; the words around it are translated.
    assert dialog.problem_text("quantity") == pseudo_translate.pseudo(
        "“{typed}” is not a number. Write it like 2.5."
    ).format(typed="lots")
    with sqlite3.connect(main_window.hub.paths.database) as conn:
        assert conn.execute("SELECT count(*) FROM resource_need").fetchone() == before


def test_problems_in_the_partnership_form_are_shown_translated(
    pseudo_language, qtbot, main_window, database
) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.partnership_rules import PartnershipInput
    from desktop.services.partnerships import create_partnership
    from tests.ui.partnership_helpers import type_line

    with database.session() as session:
        pid = create_partnership(session, PartnershipInput(name="Youth Hub")).id
    area = main_window.show_area("partnerships")
    area.open_partnership(pid)
    form = area.page.overview.form
    type_line(qtbot, form.widgets["start_date"], "31/02/2026")
    # A date error from the domain, carried into the form's own problem, still translated.
    assert form.problem_text("start_date") == pseudo_translate.pseudo(
        "{typed} is not a real date."
    ).format(typed="'31/02/2026'")
    type_line(qtbot, form.widgets["start_date"], "1/3/2026")
    type_line(qtbot, form.widgets["name"], "")
    assert form.problem_text("name") == pseudo_translate.pseudo("Give the partnership a name.")


def test_a_full_disk_during_a_save_is_told_in_the_persons_language(
    pseudo_language, hub, qtbot, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import OperationalError

    from desktop.services.storage_errors import DISK_FULL, StorageProblem
    from desktop.store.models import Person

    def fill_the_disk(session) -> None:  # type: ignore[no-untyped-def]
        session.add(Person(full_name="Ben Ford"))
        session.flush()
        raise OperationalError(
            "INSERT INTO person (full_name) VALUES (?)",
            ("Ben Ford",),
            sqlite3.OperationalError("database or disk is full"),
        )

    with qtbot.waitSignal(hub.failed) as failed, pytest.raises(StorageProblem):
        hub.write(fill_the_disk, Change.PEOPLE)
    told = pseudo_translate.pseudo(DISK_FULL)
    assert failed.args == [told]  # the status bar
    assert no_blocking_dialogs[-1][1] == told  # the dialog
    assert "Ben Ford" not in told and "INSERT" not in told


def test_the_import_log_shows_why_a_file_was_refused_in_the_persons_language(
    pseudo_language, qtbot, tmp_path: Path, collection_location: Path | str
) -> None:  # type: ignore[no-untyped-def]
    """The log keeps the English reason; the window shows it translated."""
    from desktop.services.collection.importer import import_returns
    from desktop.store.collection import db
    from desktop.store.collection.opening import open_collection
    from desktop.ui.collection.pages import LogPage

    collection = collection_location  # a file and a server alike (issue 19)
    open_collection(collection, create=True)
    note = tmp_path / "note.pdf"
    note.write_text("not a PDF at all", encoding="utf-8")
    summary = import_returns(collection, [note], workers=1)
    assert summary.rejected == 1
    page = LogPage()
    qtbot.addWidget(page)
    conn = db.connect(collection)
    try:
        page.refresh(conn)
        stored = conn.execute("SELECT reason FROM import_log").fetchone()[0]
    finally:
        conn.close()
    english = "it is not a PDF, so it is not a Partnerbook return"
    assert stored == english  # the log itself stays as it was written
    column = page.model.table.columns.index("Reason")
    assert page.model.data(page.model.index(0, column)) == pseudo_translate.pseudo(english)
    header = page.model.headerData(column, Qt.Orientation.Horizontal)
    assert header == pseudo_translate.pseudo("Reason")


def test_why_a_backup_was_made_is_shown_in_the_persons_language(pseudo_language) -> None:
    from datetime import datetime

    from desktop.services.backups import BackupInfo
    from desktop.ui.restore import BackupTableModel

    model = BackupTableModel()
    model.set_backups(
        [BackupInfo(Path("partnerbook-2026-11-07_101500-manual.db"), datetime.now(), "manual", 10)]
    )
    shown = model.data(model.index(0, BackupTableModel.REASON))
    assert shown == pseudo_translate.pseudo("Made by you")


def test_the_joining_questions_and_choice_labels_are_translated(
    pseudo_language, hub, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Labels kept in tables (the joining questions) and fixed choices (Vocab) shown in a
    dialog's own context used to be looked up where no translation was filed."""
    from desktop.domain.ledger import Rates
    from desktop.domain.vocab import ResourceCategory
    from desktop.ui.joining import QUESTIONS
    from desktop.ui.resource_dialogs import NeedDialog

    translated = QCoreApplication.translate("JoiningCheck", QUESTIONS[0][1])
    assert translated == pseudo_translate.pseudo(QUESTIONS[0][1])
    dialog = NeedDialog(hub, [], Rates())
    qtbot.addWidget(dialog)
    index = dialog.category.findData(ResourceCategory.TRAVEL.value)
    assert dialog.category.itemText(index) == pseudo_translate.pseudo("Travel and mileage")


def test_the_choices_named_in_a_problem_are_translated_too(pseudo_language) -> None:
    from desktop.domain.partnership_rules import PartnershipInput, validate_partnership
    from desktop.domain.vocab import Scale
    from desktop.ui.problem_text import said

    problems = validate_partnership(PartnershipInput(name="Hub", scale="galactic"), [])
    [problem] = [p for p in problems if p.field == "scale"]
    labels = ", ".join(pseudo_translate.pseudo(m.label) for m in Scale)
    assert said(problem) == pseudo_translate.pseudo("Choose one of: {allowed}.").format(
        allowed=labels
    )
    assert problem.message == "Choose one of: " + ", ".join(m.label for m in Scale) + "."
