"""Find on the collection window's long lists (Groups, Import log, How it is run) matches the
same rows on a file and on a server, whatever the word: any case of an ASCII letter, a
letter with an accent only as typed, punctuation, and the LIKE wildcards % and _ taken as
themselves (issue 19). On a server Find reads trigram indexes (c0010_find_indexes) and the
searched columns joined as one text; the rows found must not change because of that."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from collection_support import payloads, pdfs

from desktop.services.collection import views
from desktop.services.collection.importer import import_returns
from desktop.services.collection.samples import resign
from desktop.store.collection import db
from desktop.store.collection import view_queries as q
from desktop.store.collection.opening import open_collection

GROUP_NAMES = (
    "St. Mary's Café",
    "ÉTÉ Club (2)",
    "O'Brien_100% Trust",
    "Torrington Men's Shed",
    "bideford HEALTH walk",
)
PARTNERSHIP_NAMES = ("Forum: Été", "Health & Wellbeing (North)", "50% Club_Fund")
WORDS = (
    "st.",
    "ST.",
    "mary's",
    "café",
    "CAFÉ",
    "été",
    "ÉTÉ",
    "(2)",
    "o'brien",
    "_100%",
    "%",
    "_",
    "health",
    "Health",
    "bideford health",
    "torrington shed",
    "forum:",
    "&",
    "zzz",
    "pb-",
    "imported",
    "\\",
)


def _fold(text: str) -> str:
    """Case folded as both back ends fold for Find: ASCII letters only."""
    return "".join(c.lower() if c.isascii() else c for c in text)


def _holds(texts: list[Any], words: tuple[str, ...]) -> bool:
    folded = [_fold(str(t or "")) for t in texts]
    return all(any(_fold(w) in t for t in folded) for w in words)


def _collection(location: Path | str, tmp_path: Path) -> None:
    open_collection(location, create=True)
    items = []
    for n, item in enumerate(payloads(len(GROUP_NAMES), seed=977, groups=len(GROUP_NAMES))):
        item = copy.deepcopy(item)
        item["group"]["name"] = GROUP_NAMES[n]
        for k, entry in enumerate(item["partnerships"][: len(PARTNERSHIP_NAMES)]):
            entry["name"] = PARTNERSHIP_NAMES[(n + k) % len(PARTNERSHIP_NAMES)]
        items.append(resign(item))
    import_returns(location, pdfs(tmp_path / "in", items))


def test_find_matches_the_same_rows_on_a_file_and_a_server(
    collection_location: Path | str, tmp_path: Path
) -> None:
    _collection(collection_location, tmp_path)
    conn = db.connect(collection_location)
    try:
        period = views.chosen_period(conn)
        every_group = q.group_rows(conn, period)
        every_entry = q.import_log_rows(conn)
        every_run = q.run_rows(conn, period)
        assert {r[0] for r in every_group} == set(GROUP_NAMES)
        assert {r[1] for r in every_run} >= set(PARTNERSHIP_NAMES)
        found_any = set()
        for word in WORDS:
            words = tuple(word.split())
            window = q.Window(words=words)
            # Groups: group, period, reference, app version.
            expected = [r for r in every_group if _holds([r[0], r[1], r[3], r[6]], words)]
            assert q.group_rows(conn, period, window) == expected, word
            # Import log: path, outcome, reason, SHA-256, key fingerprint.
            expected_log = [r for r in every_entry if _holds([r[1], r[2], r[3], r[5], r[6]], words)]
            assert q.import_log_rows(conn, window) == expected_log, word
            # How it is run: group and partnership.
            expected_run = [r for r in every_run if _holds([r[0], r[1]], words)]
            assert q.run_rows(conn, period, window) == expected_run, word
            if expected or expected_log or expected_run:
                found_any.add(word)
        # On a server a rare word's rows are found through the trigram indexes first (the
        # comparisons above went that way); a file reads its rows in order.
        rare = q._rare_rows(conn, ("ÉTÉ",))
        assert rare is None if not db.on_server(conn) else (rare and len(rare) < 20)
        # The words do find rows (a test of nothing found would prove nothing).
        assert {"st.", "café", "ÉTÉ", "(2)", "_100%", "health", "forum:", "imported"} <= found_any
        assert "CAFÉ" not in found_any  # É and é are different letters to both back ends
    finally:
        conn.close()


def test_find_pages_through_the_same_rows_in_any_order(
    collection_location: Path | str, tmp_path: Path
) -> None:
    _collection(collection_location, tmp_path)
    conn = db.connect(collection_location)
    try:
        period = views.chosen_period(conn)
        for order in (None, 0, 1):
            for descending in (False, True):
                whole = q.run_rows(conn, period, q.Window(order=order, descending=descending))
                pages = [
                    row
                    for offset in range(0, len(whole), 4)
                    for row in q.run_rows(
                        conn, period, q.Window(offset, 4, order, descending, ("health",))
                    )
                ]
                assert pages == [r for r in whole if _holds([r[0], r[1]], ("health",))]
    finally:
        conn.close()


def test_a_word_the_server_expects_in_many_rows_is_not_looked_up_first(
    collection_location: Path | str, tmp_path: Path, monkeypatch: Any
) -> None:
    """A word the server's statistics say is common goes straight to the list's own order
    (its trigram lookup cost more than the screenful); a rare one is still looked up; the
    same rows are found either way, as on a file."""
    _collection(collection_location, tmp_path)
    monkeypatch.setattr(q, "RARE_WORD_ROWS", 3)  # a handful of rows is "many" here
    conn = db.connect(collection_location)
    try:
        if db.on_server(conn):
            conn.execute("ANALYZE collected_partnership")
            conn.execute("ANALYZE collected_group")
        period = views.chosen_period(conn)
        every_run = q.run_rows(conn, period)
        common = "a"  # in nearly every partnership's or group's name
        if db.on_server(conn):
            assert q._expected_rows(conn, "collected_partnership", "name", common) > 6
            asked: list[str] = []
            execute = conn.execute

            def spy(sql: str, params: Any = ()) -> Any:
                asked.append(sql)
                return execute(sql, params)

            conn.execute = spy
            try:
                assert q._rare_rows(conn, (common,)) is None
                assert q._CANDIDATES not in asked  # decided from the statistics alone
                rare = q._rare_rows(conn, ("ÉTÉ",))
                assert rare and len(rare) <= 3 and q._CANDIDATES in asked
            finally:
                conn.execute = execute
        else:  # a file always reads its rows in order
            assert q._rare_rows(conn, (common,)) is None
        for word in (common, "ÉTÉ", "o'brien", "_100%"):
            expected = [r for r in every_run if _holds([r[0], r[1]], (word,))]
            assert q.run_rows(conn, period, q.Window(words=(word,))) == expected, word
    finally:
        conn.close()
