"""Each file-writing service leaves nothing behind when the disk fills part way.

The write is made to fail where a full disk fails it, when the file's bytes are flushed
(``os.fsync`` raises ENOSPC), on the first file or, for services that write several, on
the second; no file and no temporary file may be left, the error is the plain SaveError,
and nothing is recorded in the database.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.atomic_write import SaveError
from desktop.domain.periods import Period
from desktop.domain.return_period import parse_period
from desktop.logging_setup import write_error_report
from desktop.services.briefs import export_brief
from desktop.services.collection.exports import area_tables, write_csv, write_csv_folder, write_xlsx
from desktop.services.collection.packs import PackRequest, save_keys, save_pack
from desktop.services.collection.summary import export_area_summary
from desktop.services.commitments import matrix, save_matrix_csv
from desktop.services.framework_export import export_framework_file
from desktop.services.frameworks import list_frameworks
from desktop.services.person_export import export_person_report
from desktop.services.questionnaires import make_questionnaire
from desktop.services.returns import ExportRequest, export_return
from desktop.store.models import Partnership, Person, ReturnRecord
from desktop.store.models.reviews import Questionnaire

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


# The services below write one file (or one set of files) each; the questionnaire and the
# CSV folder write several, so the disk also fills on the second of them.
@pytest.fixture
def disk_fills_on_second_file(monkeypatch: pytest.MonkeyPatch) -> None:
    flushed: list[int] = []
    real = os.fsync

    def second_fails(fd: int) -> None:
        if os.path.isdir(f"/proc/self/fd/{fd}") or not flushed:  # a folder's sync, or file 1
            flushed.append(fd)
            real(fd)
            return
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("desktop.atomic_write.os.fsync", second_fails)


@pytest.mark.parametrize("fails", ["full_disk", "disk_fills_on_second_file"])
def test_the_questionnaire_and_its_text_copy_leave_nothing_and_no_record(  # type: ignore[no-untyped-def]
    demo_database, out: Path, request: pytest.FixtureRequest, fails: str
) -> None:
    from tests.questionnaires.support import draft_review

    with demo_database.session() as session:
        review_id = draft_review(session, DAY)
    request.getfixturevalue(fails)
    with pytest.raises(SaveError, match="is full"), demo_database.session() as session:
        make_questionnaire(session, review_id, out / "form.pdf", DAY, text_out=out / "form.txt")
    assert list(out.iterdir()) == []
    with demo_database.session() as session:
        assert session.scalar(select(func.count()).select_from(Questionnaire)) == 0


def test_the_commitments_matrix_csv_leaves_nothing(  # type: ignore[no-untyped-def]
    demo_database, out: Path, full_disk: None
) -> None:
    with demo_database.session() as session:
        data = matrix(session)
    assert data.rows  # the example group has commitments to save
    with pytest.raises(SaveError, match="is full"):
        save_matrix_csv(data, out / "matrix.csv")
    assert list(out.iterdir()) == []


def test_the_framework_file_leaves_nothing(demo_database, out: Path, full_disk: None) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session, pytest.raises(SaveError, match="is full"):
        held = list_frameworks(session)[0]
        export_framework_file(session, held.id, None, out / "framework.toml")
    assert list(out.iterdir()) == []


def test_an_error_report_leaves_nothing(tmp_path: Path, full_disk: None) -> None:
    logs = tmp_path / "logs"
    try:
        raise ZeroDivisionError("a fault while the disk is full")
    except ZeroDivisionError as exc:
        assert write_error_report(logs, type(exc), exc, exc.__traceback__) is None
    assert [p for p in logs.rglob("*") if p.is_file()] == []


# The collection's files ---------------------------------------------------------------------
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """A collection file holding two returns, and a connection to it."""
    from collection_support import collection_with_returns

    from desktop.store.collection import db

    conn = db.connect(collection_with_returns(tmp_path, 2))
    try:
        yield conn
    finally:
        conn.close()


def test_the_area_summary_leaves_nothing(collection, out: Path, full_disk: None) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SaveError, match="is full"):
        export_area_summary(collection, out / "summary.pdf", "Torridge CVS", today=DAY)
    assert list(out.iterdir()) == []


def test_a_return_pack_and_the_keys_leave_nothing(collection, out: Path, full_disk: None) -> None:  # type: ignore[no-untyped-def]
    request = PackRequest(parse_period("2026-27"), date(2027, 5, 31), "Torridge CVS")
    with pytest.raises(SaveError, match="is full"):
        save_pack(collection, request, PASSPHRASE, out / "torridge.pbpack")
    with pytest.raises(SaveError, match="is full"):
        save_keys(collection, out / "keys.json")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("fails", ["full_disk", "disk_fills_on_second_file"])
def test_the_collection_exports_leave_nothing(  # type: ignore[no-untyped-def]
    collection, out: Path, request: pytest.FixtureRequest, fails: str
) -> None:
    tables = area_tables(collection)
    assert len(tables) > 1 and any(t.rows for t in tables)
    request.getfixturevalue(fails)
    with pytest.raises(SaveError, match="is full"):
        write_csv_folder(tables, out / "views")
    with pytest.raises(SaveError, match="is full"):
        write_xlsx(tables, out / "views.xlsx")
    with pytest.raises(SaveError, match="is full"):
        write_csv(tables[0], out / "one view.csv")
    assert list(out.iterdir()) == []
