"""The quick check of a return's PDF signature never says yes where pyHanko's says no.

The importer checks a PDF signed exactly as Partnerbook signs returns on the PDF it has
already read (``quick_signer_key``), and leaves everything else to pyHanko's full
validation. Here a real export is changed byte by byte (the signed parts, the signature
itself, the byte range, additions at the end): wherever the quick check accepts, the full
check accepts with the same key, and the answer the importer acts on is the full check's.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from desktop.services.collection.pdf_signature_check import (
    _full_check,
    pdf_signer_key,
    quick_signer_key,
)


@pytest.fixture
def signed_export(demo_database, tmp_path: Path) -> bytes:  # type: ignore[no-untyped-def]
    from desktop.domain.periods import financial_year
    from desktop.services.returns import ExportRequest, export_return

    made = tmp_path / "return.pdf"
    with demo_database.session() as session:
        export_return(session, ExportRequest(financial_year(2026), made))
    return made.read_bytes()


def _reader(data: bytes):  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data), strict=False)


def _signature_gap(data: bytes) -> tuple[int, int]:
    """Where the signature's hex string lies (from the byte range written in the file)."""
    at = data.rindex(b"/ByteRange")
    numbers = data[at : at + 80].split(b"[", 1)[1].split(b"]", 1)[0].split()
    return int(numbers[1]), int(numbers[2])


def _changed_copies(data: bytes) -> list[tuple[str, bytes]]:
    rng = random.Random(20)
    start, end = _signature_gap(data)
    copies = [
        ("appended", data + b"\n% a line added later\n"),
        ("truncated", data[:-10]),
        ("producer", data.replace(b"/Producer", b"/Producex", 1)),
        ("range", data.replace(b"/ByteRange [0 ", b"/ByteRange [1 ", 1)),
        ("gap start", data[:start] + b"(" + data[start + 1 :]),
        ("signature", data[: start + 200] + b"F" + data[start + 201 :]),
    ]
    for _n in range(40):  # anywhere in the signed parts, the signature and its padding
        at = rng.randrange(len(data))
        flipped = bytes([data[at] ^ (1 << rng.randrange(8))])
        copies.append((f"byte {at}", data[:at] + flipped + data[at + 1 :]))
    for _n in range(12):  # inside the signature's hex string only
        at = rng.randrange(start + 1, end - 1)
        digit = b"0" if data[at : at + 1] != b"0" else b"7"
        copies.append((f"hex {at}", data[:at] + digit + data[at + 1 :]))
    return copies


def test_a_return_signed_by_partnerbook_takes_the_quick_way(
    signed_export: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "return.pdf"
    path.write_bytes(signed_export)
    problem, key = _full_check(path)
    assert problem == "" and len(key) == 64
    assert quick_signer_key(_reader(signed_export), signed_export) == key


def test_the_quick_check_never_accepts_what_the_full_check_refuses(
    signed_export: bytes, tmp_path: Path
) -> None:
    quick_accepted = quick_refused = 0
    for name, data in _changed_copies(signed_export):
        path = tmp_path / "changed.pdf"
        path.write_bytes(data)
        full = _full_check(path)
        try:
            reader = _reader(data)
            reader.trailer["/Root"]
        except Exception:  # pypdf cannot read it at all: the importer rejects it earlier
            continue
        quick = quick_signer_key(reader, data)
        if quick:
            quick_accepted += 1
            assert full == ("", quick), name
        else:
            quick_refused += 1
        assert pdf_signer_key(path, reader, data) == full, name
    assert quick_refused >= 20  # the changes to the signed parts among them
    assert quick_accepted >= 1  # a changed padding digit is outside what is signed
