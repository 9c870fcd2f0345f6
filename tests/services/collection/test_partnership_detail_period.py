"""One partnership for a chosen period (issue 19): its rows are picked by the period's dates,
so the page does not count every period's returns again to find the period's label; the
same partnership is shown as for the collection's own period, on a file and a server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from collection_support import payloads, pdfs

from desktop.domain.periods import Period
from desktop.services.collection import views
from desktop.services.collection.importer import import_returns
from desktop.store.collection import db
from desktop.store.collection import view_queries as q
from desktop.store.collection.opening import open_collection


def test_a_chosen_period_shows_the_same_partnership_without_counting_periods(
    collection_location: Path | str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_collection(collection_location, create=True)
    import_returns(collection_location, pdfs(tmp_path / "in", payloads(4, seed=1213, groups=4)))
    conn = db.connect(collection_location)
    try:
        period = views.chosen_period(conn)
        assert period is not None
        (_name, key), *_ = views.partnership_choices(conn, period)
        shown = views.partnership_detail(conn, key, period)
        assert shown.groups and shown.commitments.rows

        def counted(_conn: Any) -> Any:
            raise AssertionError("the periods were counted again")

        monkeypatch.setattr(q, "period_label_counts", counted)
        # The period as a person picks it (its label need not be the collection's).
        picked = Period(period.start, period.end, "picked")
        assert views.partnership_detail(conn, key, picked) == shown
    finally:
        conn.close()
