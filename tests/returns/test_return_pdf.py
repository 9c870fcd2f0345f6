"""The PDF return as a person and the CVS see it: text, pages, data inside, privacy."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from desktop.domain.money import format_pence
from desktop.domain.return_period import parse_period
from desktop.reports.return_pdf import render_return_pdf
from desktop.services.return_data import build_return
from desktop.services.return_reader import ReturnFileError, read_return
from desktop.services.returns import ExportRequest, export_return, returns_log
from desktop.store.models import Partnership
from tests.returns.conftest import FIXED_NOW

FY = parse_period("2026-27")


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def export(database, path: Path, **kwargs):  # type: ignore[no-untyped-def]
    now = kwargs.pop("now", FIXED_NOW)
    with database.session() as session:
        return export_return(session, ExportRequest(period=FY, out_path=path, **kwargs), now=now)


def test_text_in_the_pdf_matches_the_database(filled_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = export(filled_database, tmp_path / "return.pdf", signoff_role="Chair of trustees")
    text = pdf_text(result.path)
    flat = " ".join(text.split())
    assert "Partnership return" in flat and "Holsworthy & Villages Community Link" in flat
    assert "2026-27: 1 April 2026 to 31 March 2027" in flat
    assert result.reference in flat and "Chair of trustees" in flat
    payload = read_return(result.path)
    with filled_database.session() as session:
        # The return leaves out partnerships archived before the period (the demo's task force).
        for partnership in session.scalars(select(Partnership)):
            if partnership.archived_at is not None and partnership.archived_at.date() < FY.start:
                continue
            assert partnership.name in flat
            assert partnership.lead_body in flat
    total = payload["resource_totals"]
    for key in ("requested_pence", "agreed_pence", "received_pence", "unmet_pence"):
        assert format_pence(total[key]) in flat
    review = payload["partnerships"][1]["latest_review"]
    assert f"overall score {review['overall_score']:g} out of 100" in flat
    pages = page_count(result.path)
    assert f"Page 1 of {pages}" in flat and f"Page {pages} of {pages}" in flat
    assert "No contact details" in flat


def test_data_inside_round_trips_and_is_checked(filled_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = export(filled_database, tmp_path / "return.pdf")
    listing = subprocess.run(
        ["pdfdetach", "-list", str(result.path)], check=True, capture_output=True, text=True
    ).stdout
    assert "partnerbook-return.json" in listing
    payload = read_return(result.path)
    with filled_database.session() as session:
        again = build_return(session, FY, now=FIXED_NOW, return_id=result.return_id)
    # The same data, signed by the group's key (desktop/domain/signing.py).
    signing = ("signed_by", "signature", "sha256")
    assert {k: v for k, v in payload.items() if k not in signing} == {
        k: v for k, v in again.items() if k not in signing
    }
    assert payload["sha256"] == result.payload_sha256
    # Change the data inside and the checksum gives it away.
    reader = PdfReader(str(result.path))
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=reader)
    changed = dict(payload, group=dict(payload["group"], name="Another group"))
    writer.add_attachment("partnerbook-return.json", json.dumps(changed))
    tampered = tmp_path / "tampered.pdf"
    with tampered.open("wb") as out:
        writer.write(out)
    with pytest.raises(ReturnFileError, match="two attached files with the same name"):
        read_return(tampered)
    # The same, replacing the data file rather than adding a second one.
    writer = PdfWriter(clone_from=PdfReader(str(result.path)))
    del writer._root_object["/Names"]
    writer.add_attachment("partnerbook-return.json", json.dumps(changed))
    with tampered.open("wb") as out:
        writer.write(out)
    with pytest.raises(ReturnFileError, match="changed after it was exported"):
        read_return(tampered)
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(ReturnFileError, match=r"plain\.pdf"):
        read_return(plain)


def test_metadata_says_what_it_is(demo_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = export(demo_database, tmp_path / "return.pdf")
    reader = PdfReader(str(result.path))
    meta = reader.metadata
    assert meta.title == "Partnership return 2026-27: Holsworthy & Villages Community Link"
    assert meta.author == "Holsworthy & Villages Community Link"
    assert result.reference in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    fonts = subprocess.run(
        ["pdffonts", str(result.path)], check=True, capture_output=True, text=True
    ).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("DejaVuSans" in row[0] for row in rows)
    assert all(row[-5] == "yes" for row in rows)  # every font embedded


def test_same_data_and_clock_give_the_same_bytes(filled_database) -> None:  # type: ignore[no-untyped-def]
    with filled_database.session() as session:
        first = build_return(session, FY, now=FIXED_NOW)
    with filled_database.session() as session:
        second = build_return(session, FY, now=FIXED_NOW)
    assert render_return_pdf(first) == render_return_pdf(second)


def test_default_return_names_nobody(filled_database, seeded_people, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = export(filled_database, tmp_path / "return.pdf")
    text = pdf_text(result.path)
    inside = json.dumps(read_return(result.path), ensure_ascii=False)
    raw = result.path.read_bytes()
    for value in seeded_people:
        assert value not in text
        assert value not in inside
        assert value.encode() not in raw
    assert "Lead representative" in text


def test_contacts_only_when_asked(filled_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = export(filled_database, tmp_path / "return.pdf", include_contacts=True)
    text = " ".join(pdf_text(result.path).split())
    assert "Priya Shah" in text and "priya.shah@example.org" in text
    assert "Contact details included" in text


def test_reissue_names_the_return_it_replaces(demo_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = export(demo_database, tmp_path / "first.pdf")
    second = export(demo_database, tmp_path / "second.pdf", now=FIXED_NOW.replace(hour=11))
    assert first.supersedes is None
    assert second.supersedes == first.return_id
    assert second.supersedes_reference == first.reference
    text = " ".join(pdf_text(second.path).split())
    assert f"This return replaces return {first.reference}" in text
    assert read_return(second.path)["supersedes"] == first.return_id
    with demo_database.session() as session:
        log = returns_log(session)
    assert [r["reference"] for r in log] == [second.reference, first.reference]
    assert log[1]["replaced_by"] == second.reference and log[0]["replaced_by"] is None
    assert log[0]["file_sha256"] == second.file_sha256
    assert log[0]["file_path"] == str((tmp_path / "second.pdf").resolve())


def _ink(png: Path) -> int:
    """How many pixels are not white: a blank page has none beyond its footer."""
    image = Image.open(png).convert("L")
    histogram = image.histogram()
    return sum(histogram[:200])


def test_pages_render_and_none_is_blank(filled_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = export(filled_database, tmp_path / "return.pdf")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "30", str(result.path), str(tmp_path / "page")], check=True
    )
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == page_count(result.path) >= 3 + 3  # cover, summary, 3 sections, sign-off
    footer_only = 400  # the footer line and "Page X of Y" at 30 dpi
    for png in pngs:
        assert _ink(png) > footer_only, png.name


def test_long_names_and_purposes_wrap(demo_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    long_name = ("Rural Community Transport and Health Access Partnership " * 6)[:300]
    purpose = ("We plan the buses and lifts the villages need to reach appointments. " * 80)[:5000]
    unbroken = "Z" * 400  # one word longer than any column
    with demo_database.session() as session:
        partnership = session.scalars(select(Partnership).order_by(Partnership.id)).first()
        partnership.name, partnership.purpose, partnership.lead_body = long_name, purpose, unbroken
        partnership.area = "Zoë's café – £5 a trip, Łódź twinning"
    result = export(demo_database, tmp_path / "return.pdf")
    text = " ".join(pdf_text(result.path).split())
    assert "Zoë's café – £5 a trip, Łódź twinning" in text
    assert text.count("We plan the buses") == 5000 // 69 + 1  # every sentence printed
    assert "Z" * 40 in text
    subprocess.run(
        ["pdftoppm", "-png", "-r", "30", str(result.path), str(tmp_path / "page")], check=True
    )
    for png in sorted(tmp_path.glob("page-*.png")):
        assert _ink(png) > 400
    # Nothing runs off the right-hand edge: every line of text starts and ends on the page.
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(result.path), "-"], check=True, capture_output=True, text=True
    ).stdout
    import re

    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert right_edges and max(right_edges) <= 595.3 - 40


def test_characters_the_font_lacks_are_reported(demo_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        partnership = session.scalars(select(Partnership).order_by(Partnership.id)).first()
        partnership.name = "Health 健康 partnership 🌿"
    result = export(demo_database, tmp_path / "return.pdf")
    # Issue 21: the emoji is drawn from the bundled emoji font; what no font has is named.
    assert result.warnings and "writes their names" in result.warnings[0]
    text = pdf_text(result.path)
    assert "Health [CJK UNIFIED IDEOGRAPH-5065][CJK UNIFIED IDEOGRAPH-5EB7] partnership 🌿" in (
        " ".join(text.split())
    )
    assert "?" not in text.split("Health", 1)[1][:80]
    names = [p["name"] for p in read_return(result.path)["partnerships"]]
    assert "Health 健康 partnership 🌿" in names
