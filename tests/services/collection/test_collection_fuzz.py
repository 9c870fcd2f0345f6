"""Fuzzing the intake: mutated returns never crash, never hang, never half-write.

Most mutations are made to the JSON (fast, in this process, through the same functions the
worker runs); a small sample mutates the PDF bytes and the attachment's name and size and
goes through the whole import with its worker processes and time limit. A larger run is
marked benchmark.

Most mutated returns are re-hashed, so the odd values reach the schema, the rules and the
store instead of stopping at the checksum; a set of known hostile returns (amounts that
overflow, negative amounts, control characters, a period that ends before it starts, a
return from the future, two attached files of one name) is mixed in, each with the outcome
it must have.
"""

from __future__ import annotations

import contextlib
import json
import random
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from collection_support import counts, need, payloads

from desktop.domain.canonical import canonical_bytes
from desktop.services.collection import views
from desktop.services.collection.importer import (
    IMPORTED,
    REJECTED,
    SUPERSEDES,
    import_one,
    import_returns,
)
from desktop.services.collection.intake import Limits, Rejected, check_payload, parse_payload_bytes
from desktop.services.collection.samples import resign, write_minimal_pdf
from desktop.store import sqlite
from desktop.store.collection import db
from desktop.store.collection.opening import open_collection

ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    2**70,
    1.5,
    "",
    "x" * 300,
    [],
    {},
    [None],
    {"a": {"b": []}},
    "1970-01-01",
    "../../etc/passwd",
    "\u0000",
    "😀" * 10,
    "'; DROP TABLE collected_return;--",
    10**20,
    5 * 10**18,
    10_000_000_001,
    -5000,
    "\x1b[31mred\x1b[0m\x07",
    "\u202eexe.pdf",
    "line\r\nbreak\x00\x7f",
    "2099-12-31",
    "1999-01-01",
]


def _needs(data: dict[str, Any], *amounts: int) -> None:
    data["general_resource_needs"] = [
        need(id=str(uuid.uuid4()), estimated_pence=a) for a in amounts
    ]


def _reverse(data: dict[str, Any]) -> None:
    period = data["period"]
    period["start"], period["end"] = period["end"], period["start"]


def _control_characters(data: dict[str, Any]) -> None:
    data["group"]["name"] = "Bell\x07 \x1b[2JClear\x00 Group\u202e"
    data["reference"] = "PB-\x1b]0;title\x07"


# Known hostile returns, each re-hashed: (what it does, and the reason it must be refused
# for, or "" when it is a valid return that must be taken in).
HOSTILE: list[tuple[Callable[[dict[str, Any]], None], str]] = [
    (lambda d: _needs(d, 10**20), "more than the most allowed"),
    (lambda d: _needs(d, 5 * 10**18, 5 * 10**18), "more than the most allowed"),
    (lambda d: _needs(d, -1), "below zero"),
    (lambda d: d["partnerships"][0].update(vcs_budget_pence=-100), "below zero"),
    (_reverse, "before it starts"),
    (lambda d: d.update(created_at="2099-01-01T00:00:00Z"), "more than a day after"),
    (lambda d: d["period"].update(end="2199-03-31"), "not a date in the years"),
    (lambda d: d["signoff"].update(date="2040-01-01"), "years from now"),
    (_control_characters, ""),
]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


def _set(data: Any, path: tuple[Any, ...], value: Any, delete: bool) -> None:
    for step in path[:-1]:
        data = data[step]
    # An earlier mutation may have swapped a list for an object: JSON keys stay strings.
    if isinstance(data, dict) != isinstance(path[-1], str):
        return
    if delete and isinstance(data, dict):
        del data[path[-1]]
    else:
        data[path[-1]] = value


def mutate_json(rng: random.Random, payload: dict[str, Any], paths: list) -> bytes:
    choice = rng.random()
    if choice < 0.25:  # bytes of the JSON text
        data = bytearray(canonical_bytes(payload))
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(data))
            action = rng.random()
            if action < 0.4:
                data[at] = rng.randrange(256)
            elif action < 0.7:
                del data[at : at + rng.randint(1, 40)]
            else:
                data[at:at] = rng.choice([b"{", b"[", b'"', b",", b"NaN", b"\\u0000", b"1e999"])
        return bytes(data)
    data = json.loads(canonical_bytes(payload))  # a deep copy, faster than copy.deepcopy
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(paths)
        with contextlib.suppress(KeyError, IndexError, TypeError):
            _set(data, path, rng.choice(ODD_VALUES), delete=rng.random() < 0.3)
    if rng.random() < 0.7:  # a valid hash over odd data: the schema and the store must cope
        data.pop("sha256", None)
        data = resign(data)
    return canonical_bytes(data)


def hostile_json(rng: random.Random, payload: dict[str, Any]) -> tuple[bytes, str]:
    """One of the known hostile returns, re-hashed, and the reason it must be refused for."""
    edit, reason = rng.choice(HOSTILE)
    data = json.loads(canonical_bytes(payload))
    data.pop("sha256", None)
    data["return_id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    edit(data)
    return canonical_bytes(resign(data)), reason


def fuzz_json(
    tmp_path: Path, rounds: int, seed: int, location: Path | str | None = None
) -> dict[str, int]:
    """``location``: where the collection is (a new file by default, or a server's)."""
    collection = location if location is not None else tmp_path / "fuzz.pbcollection"
    open_collection(collection, create=True)
    # One partnership each keeps a round to about a millisecond; every kind of field is
    # still there to mutate.
    base = [
        resign(
            {k: v for k, v in p.items() if k != "sha256"} | {"partnerships": p["partnerships"][:1]}
        )
        for p in payloads(3, seed=seed)
    ]
    paths = [_paths(p) for p in base]
    rng = random.Random(seed)
    conn = db.connect(collection)
    if isinstance(collection, Path):
        # Atomicity is under test here, not surviving a power cut: skip the fsync per file.
        conn.execute("PRAGMA synchronous=OFF")
    tally: dict[str, int] = {}
    limits = Limits()
    try:
        for n in range(rounds):
            pick = rng.randrange(len(base))
            expected: str | None = None
            if rng.random() < 0.1:
                raw, expected = hostile_json(rng, base[pick])
            else:
                raw = mutate_json(rng, base[pick], paths[pick])
            before = counts(collection) if n % 50 == 0 else None
            try:
                result: dict[str, Any] | Rejected = check_payload(parse_payload_bytes(raw, limits))
            except Rejected as exc:
                result = exc
            outcome = import_one(conn, tmp_path / f"mutant-{n}.pdf", result)
            tally[outcome.outcome] = tally.get(outcome.outcome, 0) + 1
            if before is not None and outcome.outcome == REJECTED:
                assert counts(collection) == before, "a rejected file left rows behind"
            if expected:
                assert outcome.outcome == REJECTED and expected in outcome.reason, outcome
                tally["hostile refused"] = tally.get("hostile refused", 0) + 1
            elif expected == "":
                assert outcome.outcome in (IMPORTED, SUPERSEDES), outcome
                tally["hostile taken in"] = tally.get("hostile taken in", 0) + 1
        assert conn.execute("SELECT count(*) FROM import_log").fetchone()[0] == rounds
        if isinstance(collection, Path):  # a server checks its foreign keys as it writes
            assert sqlite.integrity(conn) == []
        stored = conn.execute("SELECT count(*) FROM collected_return").fetchone()[0]
        assert stored == tally.get(IMPORTED, 0) + tally.get(SUPERSEDES, 0)
        # Whatever got in, the officer's views still add up (no sum overflows).
        views.partnerships_view(conn)
        for by in ("category", "partnership", "group"):
            views.needs_view(conn, by)
        assert views.area_totals(conn)["files"] == rounds
    finally:
        conn.close()
    return tally


def fuzz_pdfs(
    tmp_path: Path, rounds: int, seed: int, location: Path | str | None = None
) -> list[str]:
    rng = random.Random(seed)
    items = payloads(4, seed=seed + 1)
    folder = tmp_path / "mutants"
    originals = [canonical_bytes(p) for p in items]
    twice: list[str] = []
    for n in range(rounds):
        item = items[n % len(items)]
        path = folder / f"m{n:04d}.pdf"
        kind = n % 5
        if kind == 4:  # two attached files of one name: a reader shows the first
            from pypdf import PdfWriter

            other = dict(item, reference="PB-THE-OTHER-ONE")
            writer = PdfWriter()
            writer.add_blank_page(100, 100)
            writer.add_attachment("partnerbook-return.json", canonical_bytes(item))
            writer.add_attachment("partnerbook-return.json", canonical_bytes(resign(other)))
            folder.mkdir(parents=True, exist_ok=True)
            writer.write(path)
            twice.append(path.name)
            continue
        if kind == 0:  # an odd attachment name, including path tricks
            names = ["../../x.json", "/etc/passwd", "C:\\a.json", "", "a" * 500 + ".json"]
            name = rng.choice(names)
            write_minimal_pdf(item, path, attachment=name)
            continue
        if kind == 1:  # an attachment of another size (padded or cut)
            from pypdf import PdfWriter

            data = originals[n % len(items)]
            data = data[: rng.randrange(len(data))] if rng.random() < 0.5 else data + b" " * 5000
            writer = PdfWriter()
            writer.add_blank_page(100, 100)
            writer.add_attachment("partnerbook-return.json", data)
            folder.mkdir(parents=True, exist_ok=True)
            writer.write(path)
            continue
        write_minimal_pdf(item, path)
        data = bytearray(path.read_bytes())
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(data))
            if rng.random() < 0.6:
                data[at] = rng.randrange(256)
            else:
                del data[at : at + rng.randint(1, 200)]
        path.write_bytes(bytes(data))
    collection = location if location is not None else tmp_path / "pdf-fuzz.pbcollection"
    open_collection(collection, create=True)
    summary = import_returns(collection, [folder], limits=Limits(seconds=10))
    assert len(summary.outcomes) == rounds  # nothing hung, nothing skipped
    imported = summary.count(IMPORTED) + summary.count(SUPERSEDES)
    assert counts(collection)["collected_return"] == imported
    for outcome in summary.outcomes:
        if Path(outcome.path).name in twice:
            assert outcome.outcome == REJECTED and "same name" in outcome.reason, outcome
    return [o.outcome for o in summary.outcomes]


def test_json_mutations_never_crash_or_half_write(
    tmp_path: Path, collection_location: Path | str
) -> None:
    tally = fuzz_json(tmp_path, rounds=2000, seed=41, location=collection_location)
    assert tally.get(REJECTED, 0) > 1500  # the mutations really did break things
    # The known hostile returns were met, and each had the outcome it must.
    assert tally["hostile refused"] > 100 and tally["hostile taken in"] > 5


def test_pdf_byte_name_and_size_mutations_never_crash_or_hang(
    tmp_path: Path, collection_location: Path | str
) -> None:
    outcomes = fuzz_pdfs(tmp_path, rounds=16, seed=42, location=collection_location)
    assert set(outcomes) <= {"imported", "duplicate", "supersedes", "rejected"}
    assert "rejected" in outcomes


@pytest.mark.benchmark
def test_large_fuzz_run(tmp_path: Path) -> None:
    fuzz_json(tmp_path, rounds=20_000, seed=43)
    fuzz_pdfs(tmp_path, rounds=400, seed=44)
