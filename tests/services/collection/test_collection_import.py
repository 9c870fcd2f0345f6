"""Importing through the command line, as a CVS officer would: every outcome, the log,
re-imports that change nothing, merges that hold, and the exports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from collection_support import counts, log_rows, payloads, pdfs, snapshot

from desktop.cli import main
from desktop.domain.canonical import canonical_bytes
from desktop.services.collection import views
from desktop.services.collection.intake import SCHEMA_VERSION
from desktop.services.collection.merges import merge_partnerships
from desktop.services.collection.samples import resubmission, write_minimal_pdf, write_pdf
from desktop.store.collection import db


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict]]:
    code = main(["collect", "import", "--new", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def collection(collection_location: Path | str) -> Path | str:
    """Every test here runs on a collection file and on a server collection (issue 19)."""
    return collection_location


def test_every_outcome_through_the_cli(
    collection: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = payloads(2, seed=21, groups=2)
    inbox = tmp_path / "inbox"
    files = pdfs(inbox, [first, second])
    code, outcomes = run_json(capsys, str(collection), str(inbox))
    assert code == 0
    assert [o["outcome"] for o in outcomes] == ["imported", "imported"]

    again = write_minimal_pdf(first, tmp_path / "again" / "same.pdf")
    newer = write_minimal_pdf(resubmission(first), tmp_path / "again" / "corrected.pdf")
    altered = tmp_path / "again" / "altered.pdf"
    write_minimal_pdf(dict(second, reference="PB-EDITED"), altered)
    code, outcomes = run_json(capsys, str(collection), str(again), str(newer), str(altered))
    assert code == 1  # one was rejected
    by_name = {Path(o["path"]).name: o for o in outcomes}
    assert by_name["same.pdf"]["outcome"] == "duplicate"
    assert by_name["corrected.pdf"]["outcome"] == "supersedes"
    assert "replaces the return made" in by_name["corrected.pdf"]["reason"]
    assert by_name["altered.pdf"]["outcome"] == "rejected"
    assert "changed after it was exported" in by_name["altered.pdf"]["reason"]

    conn = db.connect(collection)
    try:
        rows = dict(conn.execute("SELECT uuid, status FROM collected_return"))
        superseded_by = conn.execute(
            "SELECT superseded_by FROM collected_return WHERE uuid = ?", (first["return_id"],)
        ).fetchone()[0]
    finally:
        conn.close()
    assert rows[first["return_id"]] == "superseded"  # kept, marked
    assert rows[resubmission(first)["return_id"]] == "current"
    assert superseded_by == resubmission(first)["return_id"]
    assert len(log_rows(collection)) == 5
    assert files[0].exists()  # the officer's files are never moved or changed


def test_plain_output_names_each_file_and_its_reason(
    collection: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "minutes.pdf").write_text("not a pdf at all")
    pdfs(tmp_path / "in", payloads(1, seed=22))
    code = main(["collect", "import", "--new", str(collection), str(tmp_path / "in")])
    out = capsys.readouterr().out
    assert code == 1
    assert "minutes.pdf — REJECTED: it is not a PDF" in out
    assert "return-000.pdf — imported" in out
    assert "2 files: 1 imported, 0 already here, 0 replaces an earlier return, 1 rejected." in out


def test_a_later_return_arriving_first_keeps_the_earlier_one_as_superseded(
    collection: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (first,) = payloads(1, seed=23)
    later = resubmission(first)
    run_json(capsys, str(collection), str(write_minimal_pdf(later, tmp_path / "later.pdf")))
    code, outcomes = run_json(
        capsys, str(collection), str(write_minimal_pdf(first, tmp_path / "first.pdf"))
    )
    assert code == 0 and outcomes[0]["outcome"] == "imported"
    assert "kept as superseded" in outcomes[0]["reason"]
    conn = db.connect(collection)
    try:
        statuses = dict(conn.execute("SELECT uuid, status FROM collected_return"))
    finally:
        conn.close()
    assert statuses == {later["return_id"]: "current", first["return_id"]: "superseded"}


def test_same_id_different_contents_is_rejected_without_a_trace(
    collection: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services.collection.samples import resign

    (first,) = payloads(1, seed=24)
    run_json(capsys, str(collection), str(write_minimal_pdf(first, tmp_path / "a.pdf")))
    before = snapshot(collection)
    twin = resign({k: v for k, v in first.items() if k != "sha256"} | {"reference": "PB-X"})
    code, outcomes = run_json(
        capsys, str(collection), str(write_minimal_pdf(twin, tmp_path / "b.pdf"))
    )
    assert code == 1 and "same id but different contents" in outcomes[0]["reason"]
    assert snapshot(collection) == before


def test_reimporting_a_folder_changes_nothing(
    collection: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox = tmp_path / "inbox"
    pdfs(inbox, payloads(6, seed=25, groups=3))
    (inbox / "sub").mkdir()
    pdfs(inbox / "sub", payloads(2, seed=26), prefix="nested")
    (inbox / "readme.txt").write_text("ignored: not a pdf, inside a folder")
    assert run_json(capsys, str(collection), str(inbox))[0] == 0
    before = snapshot(collection)
    code, outcomes = run_json(capsys, str(collection), str(inbox))
    assert code == 0
    assert {o["outcome"] for o in outcomes} == {"duplicate"} and len(outcomes) == 8
    assert snapshot(collection) == before
    if isinstance(collection, Path):  # a server's backups are the server's (pg_dump)
        backups = list((tmp_path / "area backups").glob("*.db"))
        assert backups, "a backup is made before an import into a collection that has data"


def test_merged_partnership_names_stay_merged_after_new_imports(
    collection: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = payloads(8, seed=27, groups=8)
    for item in items:
        item["partnerships"][0]["name"] = "North Devon Health and Wellbeing Partnership"
    items[1]["partnerships"][0]["name"] = "NDHWP"
    items[7]["partnerships"][0]["name"] = "N.D.H.W.P."
    from desktop.services.collection.samples import resign

    items = [resign({k: v for k, v in i.items() if k != "sha256"}) for i in items]
    run_json(capsys, str(collection), *[str(p) for p in pdfs(tmp_path / "a", items[:4])])
    conn = db.connect(collection)
    try:
        keys = views.partnerships_view(conn).keys
        assert "ndhwp" in keys
        from desktop.services.collection.merges import suggest_merges

        suggestion = next(s for s in suggest_merges(conn) if s.alias_key == "ndhwp")
        merge_partnerships(conn, suggestion.alias_key, suggestion.into_key)
    finally:
        conn.close()
    run_json(capsys, str(collection), *[str(p) for p in pdfs(tmp_path / "b", items[4:])])
    conn = db.connect(collection)
    try:
        table = views.partnerships_view(conn)
        row = table.rows[table.keys.index("north devon health and wellbeing partnership")]
        assert "ndhwp" not in table.keys
        assert row[1] == 8  # every group that named it, whichever way
        assert "NDHWP" in row[2] and "N.D.H.W.P." in row[2]
    finally:
        conn.close()


def test_summary_exports_csv_xlsx_and_pdf(
    collection: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = payloads(6, seed=28, groups=3)
    from desktop.services.collection.samples import resign

    for n in (0, 3):  # both returns of the first group, so its latest name is this one
        items[n]["group"]["name"] = "=HYPERLINK(evil)"
        items[n] = resign({k: v for k, v in items[n].items() if k != "sha256"})
    run_json(capsys, str(collection), *[str(p) for p in pdfs(tmp_path / "in", items)])
    assert main(["collect", "expect", str(collection), "Milton Damerel Over-60s Club"]) == 0
    capsys.readouterr()
    out_dir, book, pdf = tmp_path / "csv", tmp_path / "area.xlsx", tmp_path / "area.pdf"
    code = main(
        [
            "collect",
            "summary",
            str(collection),
            "--csv",
            str(out_dir),
            "--xlsx",
            str(book),
            "--pdf",
            str(pdf),
        ]
    )
    said = capsys.readouterr()
    text = said.out
    assert code == 0, said.err
    # The six returns are three groups' returns for two years: the summary is for the latest
    # year and says so (issue 15: two years are never summed together).
    latest = max(items, key=lambda i: i["period"]["end"])["period"]
    in_latest = [i for i in items if i["period"]["end"] == latest["end"]]
    assert len(in_latest) == 3
    assert f"For {latest['label']} ({latest['start']} to {latest['end']}):" in text
    assert "3 groups, 3 current returns" in text
    assert "Other periods here (choose one with --period): " in text
    assert "Expected but not returned: Milton Damerel Over-60s Club" in text
    with (out_dir / "groups.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:2] == ["Group", "Period"] and len(rows) == 4
    assert {r[1] for r in rows[1:]} == {latest["label"]}
    assert "'=HYPERLINK(evil)" in [r[0] for r in rows]  # never a live formula
    with (out_dir / "needs_by_category.csv").open(encoding="utf-8-sig") as fh:
        header = next(csv.reader(fh))
    assert "Estimated (£)" in header
    from openpyxl import load_workbook

    sheets = load_workbook(book, read_only=True).sheetnames
    assert "Partnerships across the area" in sheets and "Import log" in sheets
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Area summary" in text and "Milton Damerel Over-60s Club" in text


def test_summary_json_and_a_missing_collection(
    collection: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if isinstance(collection, Path):
        assert main(["collect", "summary", str(collection)]) == 1
        assert "There is no collection" in capsys.readouterr().err
    else:  # a server database that does not exist: a plain message, no traceback
        missing = collection.replace("dbname=", "dbname=nosuch")
        assert main(["collect", "summary", missing]) == 1
        err = capsys.readouterr().err
        assert "The server has no database called nosuch" in err and "init-server" in err
    run_json(capsys, str(collection), *[str(p) for p in pdfs(tmp_path, payloads(2, seed=29))])
    assert main(["collect", "summary", str(collection), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    latest = max(i["period"]["end"] for i in payloads(2, seed=29))
    in_latest = [i for i in payloads(2, seed=29) if i["period"]["end"] == latest]
    assert data["totals"]["returns"] == len(data["groups"]) == len(in_latest)
    assert data["period"]["end"] == latest


def test_a_real_exported_return_imports(
    collection: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (item,) = payloads(1, seed=30)
    path = write_pdf(item, tmp_path / "exported.pdf")
    code, outcomes = run_json(capsys, str(collection), str(path))
    assert code == 0 and outcomes[0]["outcome"] == "imported"
    conn = db.connect(collection)
    try:
        stored = conn.execute("SELECT payload FROM collected_return").fetchone()[0]
    finally:
        conn.close()
    assert stored.encode() == canonical_bytes(item)  # the whole payload is kept


def test_demo_collection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # File only: 'demo --collection FILE' makes an example collection file.
    # One-page PDFs instead of full exports keep this test quick; the import is the same.
    monkeypatch.setattr("desktop.services.collection.demo.write_pdf", write_minimal_pdf)
    target = tmp_path / "demo.pbcollection"
    assert main(["demo", "--collection", str(target)]) == 0
    out = capsys.readouterr().out
    assert "16 imported, 1 already here, 1 replaces an earlier return, 2 rejected" in out
    assert counts(target)["collected_return"] == 17
    assert main(["demo", "--collection", str(target)]) == 1
    assert "already has returns" in capsys.readouterr().err


def test_newer_version_too_large_and_not_a_return_through_the_cli(
    collection: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services.collection.samples import resign

    (item,) = payloads(1, seed=31)
    newer = resign(
        {k: v for k, v in item.items() if k != "sha256"} | {"schema_version": SCHEMA_VERSION + 1}
    )
    write_minimal_pdf(newer, tmp_path / "in" / "newer.pdf")
    big = tmp_path / "in" / "big.pdf"
    with big.open("wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(21 * 1024 * 1024)
    write_minimal_pdf({"hello": "world"}, tmp_path / "in" / "other.pdf")
    code, outcomes = run_json(capsys, str(collection), str(tmp_path / "in"))
    assert code == 1
    reasons = {Path(o["path"]).name: o["reason"] for o in outcomes}
    assert {o["outcome"] for o in outcomes} == {"rejected"}
    assert "newer version of Partnerbook" in reasons["newer.pdf"]
    assert "too large" in reasons["big.pdf"]
    assert "not a Partnerbook return" in reasons["other.pdf"]
    assert counts(collection)["collected_return"] == 0
