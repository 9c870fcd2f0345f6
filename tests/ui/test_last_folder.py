"""File dialogs open in the folder used last, from one session to the next (issue 21, item 9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.domain.partnership_rules import PartnershipInput
from desktop.services.partnerships import create_partnership
from desktop.ui.background import jobs_within
from tests.ui.partnership_helpers import press


# The brief is offered to open; the offscreen platform cannot open it, and says so.
@pytest.mark.qt_log_ignore("does not support QPlatformServices")
def test_the_brief_and_the_framework_import_start_where_the_last_file_went(
    database, app_paths, main_window, qtbot, monkeypatch, tmp_path: Path
) -> None:
    with database.session() as s:
        pid = create_partnership(s, PartnershipInput(name="Youth Hub")).id
    papers = tmp_path / "Partnership papers"
    papers.mkdir()
    offered: list[str] = []
    answers = [str(papers / "brief.pdf")]

    def save_as(_parent, _title, start, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        offered.append(start)
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    area = main_window.show_area("partnerships")
    area.open_partnership(pid)
    press(qtbot, area.page.show_section("meetings").brief_button)
    qtbot.waitUntil(lambda: not jobs_within(main_window), timeout=10_000)  # saved meanwhile
    assert Path(offered[0]).parent == Path.home()  # nothing used yet
    assert (papers / "brief.pdf").exists()

    opened: list[str] = []

    def open_file(_parent, _title, start, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        opened.append(start)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    main_window.import_framework_action.trigger()  # another dialog starts in the same folder
    assert opened == [str(papers)]
    # Kept beside the records, so the next session starts there too.
    assert "Partnership papers" in (app_paths.data / "window.ini").read_text()
