"""Hostile and careless returns: one bad file never stops the rest, limits hold, sums never
overflow, and PDFs with two data files of one name or active content are handled plainly.

Each hostile return here is re-hashed, so it is the validator's limits and rules (not the
checksum) that must catch it, as they would a return made by a tampered copy of the app.
"""

from __future__ import annotations

import json
import sqlite3
from copy import deepcopy
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from collection_support import counts, log_rows, need, payloads

from desktop.cli import main
from desktop.domain.canonical import canonical_bytes
from desktop.services.collection import views
from desktop.services.collection.importer import REJECTED, import_one, import_returns
from desktop.services.collection.intake import (
    SCHEMA_VERSION,
    Limits,
    Rejected,
    check_payload,
    read_checked,
)
from desktop.services.collection.samples import resign, write_minimal_pdf, write_pdf
from desktop.services.return_reader import ATTACHMENT_NAME, ReturnFileError, validate_payload
from desktop.store import sqlite as store_sqlite
from desktop.store.collection import db
from desktop.store.collection.opening import open_collection

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def good() -> list[dict[str, Any]]:
    return payloads(3, seed=61, groups=3)


def changed(payload: dict[str, Any], edit: Any) -> dict[str, Any]:
    """A copy with ``edit`` applied and a fresh, valid hash."""
    copy = deepcopy(payload)
    copy.pop("sha256", None)
    edit(copy)
    return resign(copy)


def with_needs(*needs: dict[str, Any]) -> Any:
    def edit(p: dict[str, Any]) -> None:
        p["general_resource_needs"] = [
            n | {"id": f"6f1f7c9e-1111-4a4a-8b8b-{i:012d}"} for i, n in enumerate(needs)
        ]

    return edit


def refused(payload: dict[str, Any], kind: str, words: str) -> None:
    with pytest.raises(Rejected, match=words) as info:
        check_payload(json.loads(canonical_bytes(payload)), now=NOW)
    assert info.value.kind == kind


# -- limits and rules, in the one validator ------------------------------------------------


def test_money_from_zero_to_100_million_pounds(good: list[dict[str, Any]]) -> None:
    most = changed(good[0], with_needs(need(estimated_pence=10_000_000_000)))
    assert check_payload(most, now=NOW) is most  # £100 million exactly is allowed
    refused(
        changed(good[0], with_needs(need(estimated_pence=10**20))),
        "damaged",
        r"estimated_pence: an amount of 100,000,000,000,000,000,000 pence is more than",
    )
    refused(
        changed(good[0], with_needs(need(agreed_pence=-500, status="agreed"))),
        "damaged",
        "agreed_pence: -500 is below zero",
    )
    refused(
        changed(good[0], with_needs(need(quantity=1e300))),
        "damaged",
        "quantity",
    )


def test_a_period_that_ends_before_it_starts_is_refused(good: list[dict[str, Any]]) -> None:
    def reverse(p: dict[str, Any]) -> None:
        p["period"]["start"], p["period"]["end"] = p["period"]["end"], p["period"]["start"]

    refused(
        changed(good[0], reverse),
        "out_of_range",
        r"ends \(\d{4}-04-01\) before it starts \(\d{4}-03-31\)",
    )

    def one_day(p: dict[str, Any]) -> None:
        p["period"].update(kind="custom", start="2026-10-01", end="2026-10-01")

    check_payload(changed(good[0], one_day), now=NOW)  # a single day is a period


def test_made_in_the_future_is_refused_beyond_a_day_of_clock_drift(
    good: list[dict[str, Any]],
) -> None:
    def made(at: datetime) -> Any:
        return lambda p: p.update(created_at=at.strftime("%Y-%m-%dT%H:%M:%SZ"))

    check_payload(changed(good[0], made(NOW + timedelta(hours=23))), now=NOW)
    refused(
        changed(good[0], made(NOW + timedelta(days=2))),
        "out_of_range",
        "more than a day after the time on this computer",
    )


def test_dates_are_from_2000_to_ten_years_ahead(good: list[dict[str, Any]]) -> None:
    far = changed(good[0], with_needs(need(identified_date="2037-01-01")))
    refused(far, "out_of_range", "more than 10 years from now .general_resource_needs/0/")
    check_payload(changed(good[0], with_needs(need(identified_date="2036-12-04"))), now=NOW)
    refused(
        changed(good[0], with_needs(need(identified_date="1999-12-31"))),
        "damaged",
        "identified_date: '1999-12-31' is not a date in the years a return may hold",
    )

    def old_partnership(p: dict[str, Any]) -> None:
        p["partnerships"][0]["start_date"] = "1996-04-01"

    # A partnership (a term, a funding line) may have begun long before 2000.
    check_payload(changed(good[0], old_partnership), now=NOW)


def test_the_groups_side_and_the_collection_use_the_one_validator(
    good: list[dict[str, Any]],
) -> None:
    """Version rule and limits are the same whichever side reads the return."""
    newer = changed(good[0], lambda p: p.update(schema_version=SCHEMA_VERSION + 1))
    for check in (validate_payload, check_payload):
        with pytest.raises(ReturnFileError, match="newer version of Partnerbook"):
            check(newer)
    negative = changed(good[0], with_needs(need(estimated_pence=-1)))
    with pytest.raises(ReturnFileError, match="below zero") as info:
        validate_payload(negative, "ours.pdf")
    assert str(info.value).startswith("ours.pdf cannot be used as a return: ")


# -- one file never stops the rest -----------------------------------------------------


def test_a_hostile_file_between_two_good_ones_through_the_cli(
    data_dir: Path,
    tmp_path: Path,
    good: list[dict[str, Any]],
    capsys: pytest.CaptureFixture[str],
    collection_location: Path | str,
) -> None:
    inbox = tmp_path / "inbox"
    write_minimal_pdf(good[0], inbox / "a-good.pdf")
    hostile = changed(good[1], with_needs(need(estimated_pence=10**20)))
    write_minimal_pdf(hostile, inbox / "b-hostile.pdf")
    write_minimal_pdf(good[2], inbox / "c-good.pdf")
    collection = collection_location
    open_collection(collection, create=True)

    code = main(["collect", "import", str(collection), str(inbox)])
    out = capsys.readouterr().out
    assert code == 1  # one was rejected
    assert "a-good.pdf — imported" in out and "c-good.pdf — imported" in out
    assert "b-hostile.pdf — REJECTED: its data is not a valid return" in out
    assert "pence is more than the most allowed" in out
    logged = {Path(p).name: (outcome, reason) for p, outcome, reason in log_rows(collection)}
    assert logged["b-hostile.pdf"][0] == REJECTED
    assert "more than the most allowed" in logged["b-hostile.pdf"][1]
    assert [logged[n][0] for n in ("a-good.pdf", "c-good.pdf")] == ["imported", "imported"]

    code = main(["collect", "summary", str(collection), "--json"])
    summary = json.loads(capsys.readouterr().out)
    assert code == 0 and summary["totals"]["returns"] == 2
    assert summary["totals"]["rejected"] == 1


def test_a_file_that_cannot_be_stored_is_rejected_and_the_next_one_stored(
    tmp_path: Path,
    good: list[dict[str, Any]],
    caplog: pytest.LogCaptureFixture,
    collection_location: Path | str,
) -> None:
    """Past the validator (as a collection filled by an older version was): neither SQLite
    nor PostgreSQL can hold 10^20, and that file alone is rejected, named, logged; nothing
    of it is kept."""
    collection = collection_location
    open_collection(collection, create=True)
    unstorable = changed(good[1], with_needs(need(estimated_pence=10**20)))
    conn = db.connect(collection)
    try:
        first = import_one(conn, tmp_path / "first.pdf", good[0])
        before = counts(collection)
        with caplog.at_level("INFO", logger="desktop.services.collection.importer"):
            bad = import_one(conn, tmp_path / "too-big.pdf", unstorable)
        after = counts(collection)
        last = import_one(conn, tmp_path / "last.pdf", good[2])
    finally:
        conn.close()
    assert (first.outcome, last.outcome) == ("imported", "imported")
    assert bad.outcome == REJECTED
    assert bad.reason == (
        "its data could not be stored in the collection (a number in it is too large); "
        "the rest of the import went on"
    )
    assert after == before  # not a row of it kept
    assert "too-big.pdf" in caplog.text
    assert [r[1] for r in log_rows(collection)] == ["imported", REJECTED, "imported"]


def _huge(good: list[dict[str, Any]]) -> dict[str, Any]:
    return changed(
        good[1], with_needs(need(estimated_pence=5 * 10**18), need(estimated_pence=5 * 10**18))
    )


def test_summary_works_after_the_overflow_attempt(
    data_dir: Path,
    tmp_path: Path,
    good: list[dict[str, Any]],
    capsys: pytest.CaptureFixture[str],
    collection_location: Path | str,
) -> None:
    """Two needs of 5×10^18 pence: refused now, and the summary is still made."""
    inbox = tmp_path / "inbox"
    write_minimal_pdf(good[0], inbox / "a.pdf")
    write_minimal_pdf(_huge(good), inbox / "b-overflow.pdf")
    collection = collection_location
    open_collection(collection, create=True)
    assert main(["collect", "import", str(collection), str(inbox)]) == 1
    assert "b-overflow.pdf — REJECTED" in capsys.readouterr().out
    assert main(["collect", "summary", str(collection), "--csv", str(tmp_path / "csv")]) == 0


def test_a_collection_that_took_huge_needs_before_the_limits_still_adds_up(
    data_dir: Path, tmp_path: Path, good: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    """In a collection that took them in before the limits, the totals are still added up
    exactly instead of failing."""
    # File only: collections made before the limits existed are files, and it is SQLite's
    # own integer sum that overflows (PostgreSQL sums bigints as numeric).
    huge = _huge(good)
    older = tmp_path / "older.pbcollection"
    open_collection(older, create=True)
    conn = store_sqlite.connect(older)
    try:
        import_one(conn, tmp_path / "b-overflow.pdf", huge)  # as the old importer did
        with pytest.raises(sqlite3.OperationalError, match="overflow"):
            conn.execute("SELECT sum(estimated_pence) FROM collected_need").fetchone()
        by_category = views.needs_view(conn, "category")
    finally:
        conn.close()
    every_need = huge["general_resource_needs"] + [
        n for entry in huge["partnerships"] for n in entry["resource_needs"]
    ]
    travel = next(r for r in by_category.rows if r[0] == "Travel and mileage")
    expected = sum(n["estimated_pence"] for n in every_need if n["category"] == "travel")
    assert travel[3] == expected > 10**19  # exact, though SQLite's own sum overflows
    assert by_category.rows[0] == travel  # still the largest first
    code = main(["collect", "summary", str(older), "--csv", str(tmp_path / "older-csv")])
    assert code == 0, capsys.readouterr().err


# -- hostile PDFs ----------------------------------------------------------------------


def _writer(first: dict[str, Any]) -> Any:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_attachment(ATTACHMENT_NAME, canonical_bytes(first))
    return writer


def _save(writer: Any, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def test_two_attachments_of_the_same_name_are_refused(
    tmp_path: Path, good: list[dict[str, Any]], collection_location: Path | str
) -> None:
    """Every PDF reader shows the first; the importer read the second. Now: neither."""
    from pypdf.generic import NameObject, TextStringObject

    other = changed(good[0], with_needs(need(estimated_pence=99_999_00)))
    writer = _writer(good[0])
    writer.add_attachment(ATTACHMENT_NAME, canonical_bytes(other))
    twice = _save(writer, tmp_path / "twice.pdf")
    with pytest.raises(
        Rejected, match=r"two attached files with the same name \(partnerbook-return.json\)"
    ) as info:
        read_checked(str(twice), Limits())
    assert info.value.kind == "ambiguous"

    # Listed under another name, but shown by readers under the same one (its file name).
    writer = _writer(good[0])
    writer.add_attachment("notes.txt", canonical_bytes(other))
    listed = writer._root_object["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = next(s.get_object() for s in listed[1::2] if s.get_object()["/F"] == "notes.txt")
    spec[NameObject("/UF")] = TextStringObject("Partnerbook-Return.JSON")
    disguised = _save(writer, tmp_path / "disguised.pdf")
    with pytest.raises(Rejected, match="same name"):
        read_checked(str(disguised), Limits())

    collection = collection_location
    open_collection(collection, create=True)
    summary = import_returns(collection, [twice, disguised], workers=1)
    assert [o.outcome for o in summary.outcomes] == [REJECTED, REJECTED]
    assert counts(collection)["collected_return"] == 0


def test_javascript_and_automatic_actions_are_logged_never_run(
    data_dir: Path,
    tmp_path: Path,
    good: list[dict[str, Any]],
    capsys: pytest.CaptureFixture[str],
    collection_location: Path | str,
) -> None:
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    inbox = tmp_path / "inbox"
    writer = _writer(good[0])
    script = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('Your computer is infected');"),
        }
    )
    link = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (0, 0, 200, 200)]),
            NameObject("/A"): script,
        }
    )
    writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    _save(writer, inbox / "scripted.pdf")
    writer = _writer(good[1])
    launch = DictionaryObject(
        {
            NameObject("/S"): NameObject("/URI"),
            NameObject("/URI"): TextStringObject("https://example.invalid/track"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = launch
    _save(writer, inbox / "opens-a-link.pdf")
    plain = write_pdf(good[2], inbox / "plain.pdf")  # the full return, as the app makes it
    assert read_checked(str(plain), Limits()).notes == ()

    collection = collection_location
    open_collection(collection, create=True)
    assert main(["collect", "import", str(collection), str(inbox)]) == 0
    out = capsys.readouterr().out
    logged = {Path(p).name: (outcome, reason) for p, outcome, reason in log_rows(collection)}
    assert logged["scripted.pdf"][0] == "imported"
    assert "it carries JavaScript, which Partnerbook never runs" in logged["scripted.pdf"][1]
    assert logged["opens-a-link.pdf"][0] == "imported"
    assert "automatic action" in logged["opens-a-link.pdf"][1]
    assert "JavaScript" not in logged["opens-a-link.pdf"][1]
    assert "automatic action" not in logged["scripted.pdf"][1]  # a link runs only if clicked
    assert logged["plain.pdf"] == ("imported", "")
    assert "scripted.pdf — imported: it carries JavaScript" in out


def test_a_nul_character_in_a_valid_return_is_taken_in_and_shown_alike_on_both(
    tmp_path: Path, good: list[dict[str, Any]], collection_location: Path | str
) -> None:
    """PostgreSQL's text cannot hold NUL, which SQLite's can: a server collection takes the
    return in too, and the officer sees the same name either way."""
    from desktop.domain.text_safety import visible

    named = changed(good[0], lambda d: d["group"].update(name="Clovelly\x00 Village Hall"))
    open_collection(collection_location, create=True)
    files = [write_minimal_pdf(named, tmp_path / "nul.pdf")]
    [outcome] = import_returns(collection_location, files, workers=1).outcomes
    assert outcome.outcome == "imported", outcome.reason
    conn = db.connect(collection_location)
    try:
        shown = [visible(row[0]) for row in views.groups_view(conn).rows]
    finally:
        conn.close()
    assert shown == ["Clovelly\u2400 Village Hall"]
