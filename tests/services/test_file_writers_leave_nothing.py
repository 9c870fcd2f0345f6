"""Each file-writing service leaves nothing behind when the disk fills part way.

The write is made to fail where a full disk fails it, when the file's bytes are flushed
(``os.fsync`` raises ENOSPC); no file and no temporary file may be left, the error is the
plain SaveError, and nothing is recorded in the database.
"""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.atomic_write import SaveError
from desktop.domain.periods import Period
from desktop.services.briefs import export_brief
from desktop.services.person_export import export_person_report
from desktop.services.returns import ExportRequest, export_return
from desktop.store.models import Partnership, Person, ReturnRecord

DAY = date(2026, 12, 5)


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_room(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("desktop.atomic_write.os.fsync", no_room)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to save into (the records live elsewhere in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _first(session, model):  # type: ignore[no-untyped-def]
    return session.scalars(select(model.id).order_by(model.id)).first()


def test_the_brief_leaves_nothing(demo_database, out: Path, full_disk: None) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session, pytest.raises(SaveError, match="is full"):
        export_brief(session, _first(session, Partnership), out / "brief.pdf", today=DAY)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("kind", ["pdf", "json"])
def test_the_person_report_leaves_nothing(  # type: ignore[no-untyped-def]
    demo_database, out: Path, full_disk: None, kind: str
) -> None:
    with demo_database.session() as session, pytest.raises(SaveError, match="is full"):
        export_person_report(session, _first(session, Person), out / f"person.{kind}", kind=kind)  # type: ignore[arg-type]
    assert list(out.iterdir()) == []


def test_the_return_and_its_companions_leave_nothing_and_no_log_entry(  # type: ignore[no-untyped-def]
    demo_database, out: Path, full_disk: None
) -> None:
    request = ExportRequest(
        period=Period(date(2026, 4, 1), date(2027, 3, 31), "2026-27"),
        out_path=out / "return.pdf",
        html_path=out / "return.html",
        csv_dir=out / "return CSV",
        allow_empty=True,
    )
    with demo_database.session() as session, pytest.raises(SaveError, match="is full"):
        export_return(session, request)
    assert list(out.iterdir()) == []
    with demo_database.session() as session:
        assert session.scalar(select(func.count()).select_from(ReturnRecord)) == 0
