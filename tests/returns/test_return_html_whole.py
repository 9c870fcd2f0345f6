"""The HTML copy is the whole return, on any screen (issue 15, item 10): everything the
PDF prints is in it, it fits a phone, prints on A4, and money totals say what they add up."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

from desktop.domain.money import format_pence
from desktop.domain.return_period import parse_period
from desktop.reports.return_html import render_return_html
from desktop.services.return_data import build_return
from desktop.services.returns import ExportRequest, export_return
from tests.returns.conftest import FIXED_NOW

FY = parse_period("2026-27")
# Words drawn inside the radar charts (legend, rings, the chart column's heading, a "Don't
# know" gap in the key): the HTML gives the same as text in its tables instead.
CHART_ONLY = re.compile(
    r"^(Chart|(This|Last) review \(.+\)|Ring: .+ from \d+|Gap: no score \(Don't know\) for .+)$"
)


class _Text(HTMLParser):
    """An HTML page's visible text, cells and paragraphs apart, plus its tags."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.style = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in ("style", "title") else self._in
        self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None
        self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self._in == "style":
            self.style += data
        elif self._in is None:
            self.parts.append(data)

    def text(self) -> str:
        return " ".join("".join(self.parts).split())


def _export(database, tmp_path: Path):  # type: ignore[no-untyped-def]
    request = ExportRequest(
        period=FY,
        out_path=tmp_path / "return.pdf",
        signoff_role="Chair of trustees",
        html_path=tmp_path / "return.html",
    )
    with database.session() as session:
        export_return(session, request, now=FIXED_NOW)
    pdf = subprocess.run(
        ["pdftotext", str(tmp_path / "return.pdf"), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    page = _Text()
    page.feed((tmp_path / "return.html").read_text(encoding="utf-8"))
    return pdf, page


def missing_from_html(pdf: str, html_text: str) -> list[str]:
    """Every line of the PDF's text that the HTML does not say, apart from page footers,
    blank lines to sign on, and the words drawn in charts."""
    missing = []
    for raw in pdf.splitlines():
        line = " ".join(raw.split())
        if (
            not line
            or re.fullmatch(r"Page \d+ of \d+", line)
            or " · return PB-" in line
            or set(line) == {"_"}
            or CHART_ONLY.match(line)
        ):
            continue
        if line not in html_text:
            missing.append(line)
    return missing


def test_the_html_says_everything_the_pdf_says(filled_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf, page = _export(filled_database, tmp_path)
    text = page.text()
    assert missing_from_html(pdf, text) == []
    # Parts the HTML used to leave out, by name.
    for words in (
        "Made on",
        "Prepared by",
        "Charity number",
        "Area we serve",
        "Commitments where we need help",
        "Total of all needs asked for",
        "Latest reviews",
        "Kind of partnership",
        "Current focus",
        "We report back to",
        "Did not attend",
        "(Lead and fundholder)",
        "What we need to change",
        "We confirm that this return is a fair record",
        "Checksum (SHA-256)",
        "Data inside",
        "Don't know",  # the radar's gap, said in the answers table
    ):
        assert words in text, words


def test_the_comparison_finds_what_the_html_leaves_out() -> None:
    pdf = "Summary\nTotal of all needs asked for\nPage 1 of 3\n______\nChart\nOnly in the PDF\n"
    assert missing_from_html(pdf, "Summary Total of all needs asked for") == ["Only in the PDF"]


def test_the_html_fits_a_phone_and_prints_on_a4(filled_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _pdf, page = _export(filled_database, tmp_path)
    metas = [attrs for tag, attrs in page.tags if tag == "meta"]
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in metas
    css = page.style
    # Narrow screens: rows become blocks, each cell led by its column's name.
    narrow = re.search(r"@media \(max-width:[^)]*\)\{(.*?)\}\}", css)
    assert narrow is not None
    assert "display:block" in narrow.group(1)
    assert "content:attr(data-label)" in narrow.group(1)
    cells = [attrs for tag, attrs in page.tags if tag in ("td", "th") and "scope" in attrs]
    body_cells = [attrs for tag, attrs in page.tags if tag == "td"]
    assert body_cells and all(attrs.get("data-label") for attrs in body_cells)
    assert cells
    # Printing: headings stay with what follows; short tables are not split.
    printing = re.search(r"@media print\{(.*)\}", css)
    assert printing is not None
    keep_with_next = re.search(r"(h1,h2,h3,h4[^{]*)\{break-after:avoid", printing.group(1))
    assert keep_with_next is not None
    assert "h3+p" in keep_with_next.group(1)  # a heading's short note goes with it too
    assert "td.n{white-space:nowrap}" in css  # an amount is never split over two lines
    assert "table.small{break-inside:avoid" in printing.group(1)


def test_empty_cells_show_a_dash_and_totals_say_what_they_add_up(filled_database) -> None:  # type: ignore[no-untyped-def]
    with filled_database.session() as session:
        payload = build_return(session, FY, now=FIXED_NOW)
    html = render_return_html(payload)
    assert re.search(r"<td[^>]*></td>", html) is None  # never a blank cell
    assert re.search(r"<td[^>]*>–</td>", html)
    for entry in payload["partnerships"]:
        needs, totals = entry["resource_needs"], entry["resource_totals"]
        waiting = [n for n in needs if n["status"] == "identified"]
        asked = [n for n in needs if n["status"] != "identified"]
        if not needs:
            continue
        # The estimate column above each total adds up to it.
        assert sum(n["estimated_pence"] for n in asked) == totals["requested_pence"]
        label = f"Asked for ({len(asked)} need{'s' if len(asked) != 1 else ''}; unmet"
        assert label in html
        if waiting:
            assert sum(n["estimated_pence"] for n in waiting) == totals["identified_pence"]
            assert f"Not yet asked for ({len(waiting)} need" in html
            assert format_pence(totals["identified_pence"]) in html
