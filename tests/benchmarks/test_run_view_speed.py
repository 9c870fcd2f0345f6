"""The collection's "How it is run" view over 1,000 returns of four partnerships each (the
demo group's real return, with every how-it-is-run field). It reads the small summary kept
beside each row at import (collected_partnership.how_run), never the returns themselves:
parsing the 54 MB of their data took 1.5 s alone and up to 4 s with the machine busy.
Budget (2-core test machine): at most 0.5 s, like the other views (measured 0.06 s). The
returns are put straight into the collection's tables, since importing 1,000 PDFs is
test_collection_benchmark's job, not this one's.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from pathlib import Path

import pytest

from desktop.domain.return_period import parse_period
from desktop.services.collection.run_view import how_it_is_run_view, run_summary
from desktop.services.return_data import build_return
from desktop.store.collection.opening import open_collection
from tests.returns.conftest import FIXED_NOW

COUNT = 1000
BUDGET_SECONDS = 0.5


@pytest.mark.benchmark
def test_how_it_is_run_view_over_1000_returns(tmp_path: Path, demo_database) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        payload = build_return(session, parse_period("2026-27"), now=FIXED_NOW)
    summaries = {e["id"]: json.dumps(run_summary(e)) for e in payload["partnerships"]}
    path = tmp_path / "area.pbcollection"
    open_collection(path, create=True)
    conn = sqlite3.connect(path)
    now = "2026-11-28 10:30:00"
    with conn:
        for n in range(COUNT):
            group = conn.execute(
                "INSERT INTO collected_group (uuid, name, latest_name, name_key, first_seen) "
                "VALUES (?, ?, ?, ?, ?)",
                (str(uuid.uuid4()), f"Group {n}", f"Group {n}", f"group {n}", now),
            ).lastrowid
            text = json.dumps(payload)
            rid = conn.execute(
                "INSERT INTO collected_return (uuid, group_id, reference, period_label, "
                "period_start, period_end, created_at, app_version, payload_sha256, status, "
                "imported_at, payload) VALUES (?, ?, ?, '2026-27', '2026-04-01', "
                "'2027-03-31', ?, '', ?, 'current', ?, ?)",
                (str(uuid.uuid4()), group, f"PB-{n}", now, "0" * 64, now, text),
            ).lastrowid
            for entry in payload["partnerships"]:
                key = entry["name"].casefold()
                conn.execute(
                    "INSERT INTO collected_partnership (return_id, uuid, name, short_name, "
                    "name_key, canonical_key, status, scale, area, our_role, meetings, "
                    "meetings_attended, review_band, need_help_count, requested_pence, "
                    "unmet_pence, how_run) VALUES (?, ?, ?, '', ?, ?, '', '', '', '', 0, 0, '', 0, "
                    "0, 0, ?)",
                    (rid, entry["id"], entry["name"], key, key, summaries[entry["id"]]),
                )
    started = time.perf_counter()
    table = how_it_is_run_view(conn)
    elapsed = time.perf_counter() - started
    conn.close()
    rows = COUNT * len(payload["partnerships"])
    print(f"\nHow it is run over {COUNT} returns ({rows} rows): {elapsed:.2f} s")
    assert len(table.rows) == rows
    assert elapsed <= BUDGET_SECONDS
