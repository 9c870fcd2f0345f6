"""The collection checks who signed a return (issue 20).

The forgery the issue found (the group's id, a made-up name, a date in 2099) and a group
laptop with its clock ahead must not replace the group's real return or push its later
correction aside; unsigned or badly signed returns are refused with a reason; a PDF changed
after signing is refused.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from collection_support import pdfs
from collection_variants import variant

from desktop.domain.canonical import with_hash
from desktop.domain.signing import b64, new_signing_key
from desktop.services.collection.importer import import_returns
from desktop.services.collection.opening import connected, open_collection
from desktop.services.collection.samples import resign


def _collection(location: Path | str) -> Path | str:
    """Every test here runs on a collection file and on a server collection (issue 19)."""
    open_collection(location, create=True)
    return location


def _import(collection: Path | str, folder: Path, items: list[dict[str, Any]], prefix: str) -> list:  # type: ignore[type-arg]
    files = pdfs(folder, items, prefix)
    return import_returns(collection, files, workers=1).outcomes


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _rows(collection: Path | str) -> tuple[list[tuple[str, str]], str]:
    with connected(collection) as conn:
        returns = conn.execute("SELECT reference, status FROM collected_return ORDER BY id")
        name = conn.execute("SELECT latest_name FROM collected_group").fetchone()[0]
        return [tuple(r) for r in returns.fetchall()], name


def test_unsigned_and_badly_signed_returns_are_refused_with_a_reason(
    tmp_path: Path, collection_location: Path | str
) -> None:
    collection = _collection(collection_location)
    good = variant("sig-good", "2026-11-01T10:00:00Z")
    body = {k: v for k, v in good.items() if k not in ("sha256", "signature", "signed_by")}
    unsigned = with_hash(body)
    # Changed after signing and re-hashed, as anyone could: the signature gives it away.
    changed = with_hash(
        {k: v for k, v in good.items() if k != "sha256"}
        | {"group": dict(good["group"], name="Another group")}
    )
    wrong_signature = with_hash(
        {k: v for k, v in good.items() if k != "sha256"} | {"signature": b64(bytes(64))}
    )
    outcomes = _import(collection, tmp_path / "in", [unsigned, changed, wrong_signature], "bad")
    assert [o.outcome for o in outcomes] == ["rejected"] * 3
    assert "not signed by the group's Partnerbook" in outcomes[0].reason
    assert "signature is not good (its signature does not match its data)" in outcomes[1].reason
    assert "signature is not good" in outcomes[2].reason
    # Nothing of them was kept: no group, no key.
    with connected(collection) as conn:
        assert conn.execute("SELECT count(*) FROM collected_group").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM group_key").fetchone()[0] == 0


def test_the_2099_forgery_neither_replaces_nor_renames_the_group(
    tmp_path: Path, collection_location: Path | str
) -> None:
    collection = _collection(collection_location)
    now = datetime.now(UTC)
    real = variant("real", "2026-11-01T10:00:00Z")
    assert [o.outcome for o in _import(collection, tmp_path / "a", [real], "real")] == ["imported"]
    forger = new_signing_key()

    def forged(key: str, created: str) -> dict[str, Any]:
        body = dict(variant(key, created))
        body["group"] = dict(body["group"], name="A Made Up Group")
        return resign(body, forger)

    # Dated 2099: refused for its date; dated just inside the clock's slack: held, not applied.
    far, near = (
        forged("forged-2099", "2099-01-01T00:00:00Z"),
        forged("forged-near", _stamp(now + timedelta(hours=20))),
    )
    outcomes = _import(collection, tmp_path / "b", [far, near], "forged")
    assert [o.outcome for o in outcomes] == ["rejected", "held"]
    assert "more than a day after the time on this computer" in outcomes[0].reason
    assert "signed by a different key" in outcomes[1].reason
    # The group's genuine correction, made later, is the latest word.
    correction = variant("correction", _stamp(now - timedelta(minutes=5)))
    assert _import(collection, tmp_path / "c", [correction], "fix")[0].outcome == "supersedes"
    returns, name = _rows(collection)
    assert name == real["group"]["name"]
    assert returns == [(real["reference"], "superseded"), (correction["reference"], "current")]


def test_a_laptop_clock_set_ahead_cannot_make_its_return_the_latest_word(
    tmp_path: Path, collection_location: Path | str
) -> None:
    collection = _collection(collection_location)
    now = datetime.now(UTC)
    ahead = variant("clock-ahead", _stamp(now + timedelta(hours=20)))
    assert _import(collection, tmp_path / "a", [ahead], "ahead")[0].outcome == "imported"
    # The clock is put right; the group sends a correction (without naming the first).
    fixed = variant("clock-fixed", _stamp(now + timedelta(minutes=1)))
    assert _import(collection, tmp_path / "b", [fixed], "fixed")[0].outcome == "supersedes"
    returns, _name = _rows(collection)
    assert returns == [(ahead["reference"], "superseded"), (fixed["reference"], "current")]


def test_a_signed_return_pdf_changed_after_signing_is_refused(
    demo_database, tmp_path: Path, collection_location: Path | str
) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.periods import financial_year
    from desktop.services.returns import ExportRequest, export_return

    made = tmp_path / "return.pdf"
    with demo_database.session() as session:
        export_return(session, ExportRequest(financial_year(2026), made))
    data = made.read_bytes()
    changed, appended = tmp_path / "changed.pdf", tmp_path / "appended.pdf"
    changed.write_bytes(data.replace(b"/Producer", b"/Producex", 1))
    appended.write_bytes(data + b"\n% a line added later\n")
    collection = _collection(collection_location)
    outcomes = import_returns(collection, [changed, appended, made], workers=1).outcomes
    assert [o.outcome for o in outcomes] == ["rejected", "rejected", "imported"]
    assert "the PDF was changed after the group's Partnerbook signed it" in outcomes[0].reason
    assert "added to the PDF after it was signed" in outcomes[1].reason
    assert outcomes[2].key and len(outcomes[2].key) == 19


def test_a_refused_return_offered_again_stays_out(
    tmp_path: Path, collection_location: Path | str
) -> None:
    from desktop.services.collection.trust import held_returns, refuse_held

    collection = _collection(collection_location)
    real = variant("refuse-real", "2026-11-01T10:00:00Z")
    assert _import(collection, tmp_path / "a", [real], "real")[0].outcome == "imported"
    forged = resign(dict(variant("refuse-forged", "2026-11-02T10:00:00Z")), new_signing_key())
    files = pdfs(tmp_path / "b", [forged], "forged")
    assert import_returns(collection, files, workers=1).outcomes[0].outcome == "held"
    with connected(collection) as conn:
        (held,) = held_returns(conn)
    refuse_held(collection, held.id)
    again = import_returns(collection, files, workers=1).outcomes[0]
    assert again.outcome == "rejected" and "refused this return before" in again.reason
    returns, _name = _rows(collection)
    assert returns == [(real["reference"], "current")]
