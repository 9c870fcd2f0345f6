"""A questionnaire and its plain-text copy are one pair: both are saved, or neither is.

The window (Make a questionnaire…, with the text copy ticked) and the command line
(``reviews questionnaire --text``) both call ``make_questionnaire``; here its files are
made to fail where a disk or a drive fails them, after the first of the two is in place.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.atomic_write import SaveError
from desktop.services.questionnaires import make_questionnaire
from desktop.store.models.reviews import Questionnaire
from tests.conftest import FIXED_TODAY
from tests.questionnaires.support import draft_review


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to save into (the records live elsewhere in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _questionnaires(database) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(Questionnaire)) or 0)


def test_a_pair_that_fails_on_its_second_file_keeps_the_earlier_pair_whole(  # type: ignore[no-untyped-def]
    demo_database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf, text = out / "form.pdf", out / "form.txt"
    with demo_database.session() as session:
        review_id = draft_review(session, FIXED_TODAY)
        make_questionnaire(session, review_id, pdf, FIXED_TODAY, partner="A", text_out=text)
    earlier = pdf.read_bytes(), text.read_text("utf-8")
    assert earlier[0].startswith(b"%PDF-") and "A" in earlier[1]

    # Made again for another partner under the same names: the first file is moved into
    # place, then the drive goes away as the second is (a USB stick pulled out).
    real_replace = os.replace
    moved: list[str] = []

    def drive_gone_on_second(source, target) -> None:  # type: ignore[no-untyped-def]
        if str(target) in (str(pdf), str(text)) and str(source).endswith(".partial"):
            moved.append(str(target))
            if len(moved) == 2:
                raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_replace(source, target)

    monkeypatch.setattr("desktop.atomic_write.os.replace", drive_gone_on_second)
    with pytest.raises(SaveError, match="could not be reached"), demo_database.session() as s:
        make_questionnaire(s, review_id, pdf, FIXED_TODAY, partner="B", text_out=text)
    monkeypatch.undo()
    assert len(moved) == 2  # the first of the pair had been put in place
    # Neither new file is left: the earlier pair is back, byte for byte, and nothing else.
    assert (pdf.read_bytes(), text.read_text("utf-8")) == earlier
    assert sorted(p.name for p in out.iterdir()) == ["form.pdf", "form.txt"]
    assert _questionnaires(demo_database) == 1  # no record of the one never sent


def test_a_pair_is_saved_whole(demo_database, out: Path) -> None:  # type: ignore[no-untyped-def]
    pdf, text = out / "q.pdf", out / "q.txt"
    with demo_database.session() as session:
        review_id = draft_review(session, FIXED_TODAY)
        make_questionnaire(session, review_id, pdf, FIXED_TODAY, text_out=text)
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert text.read_text("utf-8").strip()
    assert sorted(p.name for p in out.iterdir()) == ["q.pdf", "q.txt"]
    assert _questionnaires(demo_database) == 1
