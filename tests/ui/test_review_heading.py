"""The review's heading compares it with the one before in a whole sentence, whatever the
change, including a draft that has no score yet."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.domain.dates import format_date
from desktop.domain.scoring import Change
from desktop.services.reviews import start_review
from desktop.store.models import Partnership
from desktop.ui.review_results import compared_with_before
from desktop.ui.reviews import ReviewsArea
from tests.conftest import FIXED_TODAY


@pytest.mark.parametrize("change", list(Change))
def test_every_change_reads_as_one_sentence(change: Change) -> None:
    sentence = compared_with_before(change, FIXED_TODAY)
    assert format_date(FIXED_TODAY) in sentence and sentence.endswith(".")
    assert " than the review" not in sentence or change in (Change.BETTER, Change.WORSE)


def test_a_new_draft_without_answers_says_there_is_no_score_yet(demo_database, hub, qtbot) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        pid = session.scalars(
            select(Partnership.id).where(Partnership.status == "active").order_by(Partnership.id)
        ).first()
        start_review(session, pid, FIXED_TODAY, FIXED_TODAY, ["Our chair"])
        session.commit()
    area = ReviewsArea(hub, FIXED_TODAY)
    qtbot.addWidget(area)
    area.resize(1100, 800)
    area.show()
    area.select_partnership(pid)
    qtbot.waitUntil(lambda: "Overall" in area.results.heading.text())
    heading = area.results.heading.text()
    assert "Draft: not finished yet" in heading
    assert "No score yet to compare with the review of" in heading
    assert "Not scored than" not in heading
