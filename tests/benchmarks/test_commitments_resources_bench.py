"""Timings for the commitments and resources services on a large group's data.

A big group: 40 partnerships, every clause rated in each, 5,000 resource needs. Run with
``pytest -m benchmark tests/benchmarks/test_commitments_resources_bench.py -s``.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from desktop.domain.frameworks import load_builtin
from desktop.services import commitments, resources
from desktop.services.resource_views import list_needs
from desktop.store.models import CommitmentRating, Partnership, ResourceNeed

pytestmark = pytest.mark.benchmark

STATUSES = ["identified", "requested", "agreed", "partly_agreed", "declined", "received"]


def timed(work: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@pytest.fixture
def big(database):  # type: ignore[no-untyped-def]
    rng = random.Random(7)
    framework = load_builtin()
    scale = [o.key for o in framework.rating_scale]
    with database.session() as session:
        partnerships = [Partnership(name=f"Partnership {n:02d}") for n in range(40)]
        session.add_all(partnerships)
        session.flush()
        for p in partnerships:
            for item in framework.rated_items():
                session.add(
                    CommitmentRating(
                        partnership_id=p.id,
                        framework_id=framework.id,
                        framework_version=framework.version,
                        section=item.section_key,
                        clause_ref=item.ref,
                        rating=rng.choice(scale),
                    )
                )
        for n in range(5000):
            estimate = rng.randint(100, 200_000)
            status = rng.choice(STATUSES)
            session.add(
                ResourceNeed(
                    partnership_id=rng.choice([None, *[p.id for p in partnerships]]),
                    category=rng.choice(["time", "travel", "care", "other"]),
                    description=f"Need {n}",
                    estimated_pence=estimate,
                    status=status,
                    identified_date=date(2024, 1, 1) + timedelta(days=rng.randint(0, 1000)),
                    agreed_pence=estimate // 2 if status == "partly_agreed" else None,
                )
            )
    return database


def test_timings(big) -> None:  # type: ignore[no-untyped-def]
    with big.session() as session:
        first = session.query(Partnership).first().id
        rows = timed(lambda: commitments.commitment_rows(session, first))
        grid = timed(lambda: commitments.matrix(session))
        csv_text = timed(lambda: commitments.matrix_csv(commitments.matrix(session)))
        rate = timed(lambda: commitments.set_rating(session, first, "3.1(a)", "need_help"))
        ledger = timed(lambda: list_needs(session))
        totals = timed(lambda: resources.totals_for(session, "financial_year"))
    print(
        f"\ncommitment_rows (27 clauses): {rows * 1000:.1f} ms; matrix 27x40: {grid * 1000:.1f} ms;"
        f" matrix CSV: {csv_text * 1000:.1f} ms; set_rating: {rate * 1000:.1f} ms;"
        f"\nlist_needs 5,000: {ledger * 1000:.1f} ms; totals by year 5,000: {totals * 1000:.1f} ms"
    )
    assert rows < 0.1 and grid < 0.3 and rate < 0.1
    assert ledger < 1.5 and totals < 1.5  # generous: the shared test machine is loaded
