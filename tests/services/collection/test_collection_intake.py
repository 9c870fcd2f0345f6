"""Untrusted return files: every limit, every reason, and the time limit on the reader."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from collection_support import payloads

from desktop.domain.canonical import canonical_bytes
from desktop.services.collection.intake import (
    SCHEMA_VERSION,
    Limits,
    Rejected,
    check_payload,
    parse_payload_bytes,
    pick_attachment,
    read_return_file,
)
from desktop.services.collection.samples import resign, write_minimal_pdf
from desktop.services.collection.watchdog import ReaderPool

LIMITS = Limits()


@pytest.fixture(scope="module")
def payload() -> dict:
    return payloads(1, seed=5)[0]


def rejected(data: bytes, kind: str, words: str) -> None:
    with pytest.raises(Rejected, match=words) as info:
        check_payload(parse_payload_bytes(data, LIMITS))
    assert info.value.kind == kind


def test_a_valid_return_passes(payload: dict, tmp_path: Path) -> None:
    path = write_minimal_pdf(payload, tmp_path / "ok.pdf")
    assert read_return_file(str(path), LIMITS)["return_id"] == payload["return_id"]


def test_a_file_over_20_mb_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    big = tmp_path / "big.pdf"
    with big.open("wb") as fh:
        fh.write(b"%PDF-1.7\n")
        fh.truncate(20 * 1024 * 1024 + 1)  # sparse: nothing is written, nothing is read
    with pytest.raises(Rejected, match="too large") as info:
        read_return_file(str(big), LIMITS)
    assert info.value.kind == "too_large"


def test_attached_json_over_2_mb_is_refused(payload: dict, tmp_path: Path) -> None:
    padded = dict(payload, padding=["x" * 90_000] * 25)
    path = write_minimal_pdf(padded, tmp_path / "padded.pdf")
    with pytest.raises(Rejected, match="larger than 2 MB"):
        read_return_file(str(path), LIMITS)


def test_nesting_deeper_than_32_levels_is_refused() -> None:
    deep = b"[" * 33 + b"]" * 33
    rejected(deep, "damaged", "nested more than 32 levels")
    rejected(b"[" * 100_000 + b"]" * 100_000, "damaged", "nested more than 32 levels")
    parse_payload_bytes(b"[" * 32 + b"]" * 32, LIMITS)  # 32 is allowed


def test_repeated_field_names_are_refused(payload: dict) -> None:
    text = canonical_bytes(payload).decode()
    doubled = text.replace('"schema":', '"schema":"x","schema":', 1)
    rejected(doubled.encode(), "damaged", "names the field 'schema' twice")


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(constant: str) -> None:
    rejected(f'{{"a": {constant}}}'.encode(), "damaged", "never has")


def test_text_over_100000_characters_is_refused(payload: dict) -> None:
    long = dict(payload)
    long["group"] = dict(payload["group"], area_served="x" * 100_001)
    rejected(canonical_bytes(resign(long)), "too_large", "longer than 100,000")


def test_altered_after_export_is_named(payload: dict) -> None:
    changed = dict(payload, reference="PB-CHANGED")
    rejected(canonical_bytes(changed), "altered", "changed after it was exported")


def test_made_by_a_newer_version_is_named(payload: dict) -> None:
    newer = resign(dict(payload, schema_version=SCHEMA_VERSION + 1))
    rejected(canonical_bytes(newer), "newer", "newer version of Partnerbook")


def test_not_a_return_is_named(payload: dict, tmp_path: Path) -> None:
    rejected(b'{"schema": "something-else"}', "not_return", "not a Partnerbook return")
    text = tmp_path / "letter.pdf"
    text.write_text("Dear CVS, please find our return attached.")
    with pytest.raises(Rejected, match="not a PDF"):
        read_return_file(str(text), LIMITS)
    from pypdf import PdfWriter

    plain = tmp_path / "scan.pdf"
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.write(plain)
    with pytest.raises(Rejected, match="no Partnerbook data attached") as info:
        read_return_file(str(plain), LIMITS)
    assert info.value.kind == "not_return"


def test_a_schema_breaking_return_with_a_good_hash_is_damaged(payload: dict) -> None:
    broken = resign(dict(payload, period="all year"))
    rejected(canonical_bytes(broken), "damaged", "not a valid return")


def test_a_damaged_pdf_is_named(payload: dict, tmp_path: Path) -> None:
    path = write_minimal_pdf(payload, tmp_path / "cut.pdf")
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(Rejected) as info:
        read_return_file(str(path), LIMITS)
    assert info.value.kind in {"damaged", "not_return"}


def test_attachment_names_are_compared_never_used_as_paths(
    payload: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert pick_attachment(["../../evil.json"]) == "../../evil.json"
    assert pick_attachment(["a.json", "b.json"]) is None
    assert pick_attachment(["partnerbook-return.json", "x.json"]) == "partnerbook-return.json"
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    path = write_minimal_pdf(payload, tmp_path / "odd.pdf", attachment="../../evil.json")
    assert read_return_file(str(path), LIMITS)["return_id"] == payload["return_id"]
    assert sorted(os.listdir(work)) == [] and not (tmp_path.parent / "evil.json").exists()


def test_a_reader_that_runs_away_is_stopped_and_the_next_file_still_read(
    payload: dict, tmp_path: Path
) -> None:
    slow = write_minimal_pdf(payload, tmp_path / "slow.pdf")
    fine = write_minimal_pdf(payload, tmp_path / "fine.pdf")
    limits = Limits(seconds=1.5)
    with ReaderPool(limits, workers=1, reader="collection_support:hang") as pool:
        results = list(pool.read_many([slow, fine]))
    assert isinstance(results[0][1], Rejected) and results[0][1].kind == "too_slow"
    assert "longer than 1.5 seconds" in str(results[0][1])
    assert isinstance(results[1][1], dict)


def test_json_with_odd_bytes_is_damaged_not_a_crash() -> None:
    rejected(b"\xff\xfe\x00", "damaged", "not readable text")
    rejected(b"{", "damaged", "not valid JSON")
    rejected(json.dumps([1, 2]).encode(), "not_return", "not a Partnerbook return")
