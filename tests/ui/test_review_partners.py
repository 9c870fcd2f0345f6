"""The Partners' answers tab of a review (issue 18): make a questionnaire from the window,
see it listed as sent, drop the filled PDF on the tab, and see the partner's answers side by
side; a flattened copy chosen with the button is refused with a plain reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import select

from desktop.domain.dates import format_date
from desktop.domain.questionnaire import answer_field, comment_field
from desktop.services.reviews import start_review
from desktop.store.models import Partnership
from desktop.ui.reviews import ReviewsArea
from tests.conftest import FIXED_TODAY
from tests.questionnaires.support import fill_with_pypdf

SHOTS = Path("/tmp/partnerbook-shots")


def _pid(database, status: str) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return session.scalars(
            select(Partnership.id).where(Partnership.status == status).order_by(Partnership.id)
        ).first()


@pytest.fixture
def area(demo_database, hub, qtbot):  # type: ignore[no-untyped-def]
    pid = _pid(demo_database, "active")
    with demo_database.session() as session:
        start_review(session, pid, FIXED_TODAY, FIXED_TODAY)
    widget = ReviewsArea(hub, FIXED_TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    qtbot.waitExposed(widget)
    widget.select_partnership(pid)
    qtbot.waitUntil(lambda: "Draft" in widget.results.heading.text())
    results = widget.results
    results.tabs.setCurrentWidget(results.partners)
    return widget


def _cell(table, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    item = table.item(row, column)
    return item.text() if item is not None else ""


def test_make_send_and_bring_back_a_questionnaire(area, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    panel = area.results.partners
    assert panel.sent.rowCount() == 0
    target = tmp_path / "council.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)")
    )
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    # A deadline that cannot be read is said, and nothing is made.
    dialog.partner.setEditText("Mid Devon District Council")
    dialog.deadline.line.setText("31/02/2027")
    dialog.accept()
    assert not target.exists() and panel.problem.text()
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    dialog.partner.setEditText("Mid Devon District Council")
    dialog.deadline.line.setText("12/12/2026")
    dialog.text_copy.setChecked(True)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "questionnaire-dialog.png"))
    dialog.accept()
    qtbot.waitUntil(lambda: panel.sent.rowCount() == 1)
    assert target.is_file() and PdfReader(str(target)).get_fields()
    assert "Everyone takes part equally" in target.with_suffix(".txt").read_text("utf-8")
    assert [_cell(panel.sent, 0, c) for c in range(4)] == [
        "Mid Devon District Council",
        format_date(FIXED_TODAY),
        format_date(FIXED_TODAY.replace(month=12, day=12)),
        "Not yet",
    ]

    filled = fill_with_pypdf(
        target,
        tmp_path / "council-filled.pdf",
        {
            answer_field(1): "/choice_4",
            comment_field(1): "Rarely asked",
            answer_field(2): "/choice_1",
        },
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(filled))])
    # A drag-enter first, as the window system sends it; Qt delivers no drop without one.
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(panel.collected, timeout=60_000) as got:
        QApplication.sendEvent(panel, drop)
    [outcome] = got.args[0]
    assert outcome.outcome == "added"
    assert "added as the viewpoint “Mid Devon District Council”" in panel.outcomes.text()
    qtbot.waitUntil(
        lambda: "Mid Devon District Council on" in _cell(area.results.partners.sent, 0, 3)
    )
    view = area.results.partners.view
    headers = [view.horizontalHeaderItem(c).text() for c in range(view.columnCount())]
    assert headers == ["Question", "Mid Devon District Council", "Spread"]
    assert _cell(view, 0, 1) == "No" and _cell(view, 1, 1) == "Yes"
    # The review's result now counts the partner's answers (no agreed answer yet).
    qtbot.waitUntil(lambda: "Overall: 50" in area.results.heading.text())
    SHOTS.mkdir(exist_ok=True)
    area.grab().save(str(SHOTS / "review-partners.png"))

    # A flattened copy, chosen with the button, is refused and says to type the answers in.
    flat_writer = PdfWriter()
    for page in PdfReader(str(filled)).pages:
        flat_writer.add_page(page)
        del flat_writer.pages[-1][NameObject("/Annots")]
    flat = tmp_path / "printed.pdf"
    with flat.open("wb") as handle:
        flat_writer.write(handle)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(flat)], "PDF files (*.pdf)")
    )
    panel = area.results.partners
    with qtbot.waitSignal(panel.collected, timeout=60_000):
        qtbot.mouseClick(panel.bring_button, Qt.MouseButton.LeftButton)
    text = area.results.partners.outcomes.text()
    assert "printed.pdf: not brought back" in text and "Type the answers in" in text


def test_a_finished_review_says_how_to_ask_partners(demo_database, hub, qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = ReviewsArea(hub, FIXED_TODAY)
    qtbot.addWidget(widget)
    widget.show()
    widget.select_partnership(_pid(demo_database, "active"))
    qtbot.waitUntil(lambda: "Finished" in widget.results.heading.text())
    panel = widget.results.partners
    qtbot.waitUntil(lambda: "This review is finished" in panel.drop_note.text())
    assert not panel.make_button.isEnabled() and not panel.bring_button.isEnabled()


def test_a_questionnaire_that_cannot_be_saved_says_why_and_records_nothing(
    area, qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    panel = area.results.partners
    (tmp_path / "not a folder").write_text("a file where the folder should be")
    target = tmp_path / "not a folder" / "council.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)")
    )
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    dialog.partner.setEditText("Mid Devon District Council")
    dialog.deadline.line.setText("12/12/2026")
    dialog.accept()  # made in the background
    qtbot.waitUntil(lambda: panel.making is None, timeout=30_000)
    assert "council.pdf" in panel.problem.text() and "Traceback" not in panel.problem.text()
    assert panel.sent.rowCount() == 0 and panel.make_button.isEnabled()


def test_answers_that_cannot_be_stored_are_said_plainly(area, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from desktop.ui import review_partners

    def disk_full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(review_partners, "collect_answers", disk_full)
    panel = area.results.partners
    some = tmp_path / "some.pdf"
    some.write_bytes(b"%PDF-1.4 not really")
    panel.bring_back([some])
    assert not panel.bring_button.isEnabled()  # reading in the background
    qtbot.waitUntil(lambda: panel.reading is None, timeout=60_000)
    assert "disk is full" in panel.outcomes.text()
    assert panel.bring_button.isEnabled()
