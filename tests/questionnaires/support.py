"""Filling a questionnaire as a partner's PDF reader would, with two independent tools.

``fill_with_pypdf`` sets the field values through pypdf's form API, as a browser's viewer
or Adobe Reader records them (the radio group's value is the chosen option's name).
``fill_with_pdftk`` uses pdftk (pdftk-java on Debian, an iText-based tool that shares no
code with pypdf or reportlab) with an XFDF file of the same values.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfWriter
from sqlalchemy import select

from desktop.services.reviews import start_review
from desktop.store.models import Partnership


def fill_with_pypdf(source: Path, target: Path, values: dict[str, str]) -> Path:
    writer = PdfWriter(clone_from=str(source))
    writer.update_page_form_field_values(None, values, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def pdftk() -> str | None:
    return shutil.which("pdftk")


def fill_with_pdftk(source: Path, target: Path, values: dict[str, str]) -> Path:
    fields = "".join(
        f'<field name="{escape(name)}"><value>{escape(value.lstrip("/"))}</value></field>'
        for name, value in values.items()
    )
    xfdf = target.with_suffix(".xfdf")
    xfdf.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<xfdf xmlns="http://ns.adobe.com/xfdf/" xml:space="preserve"><fields>'
        f"{fields}</fields></xfdf>",
        encoding="utf-8",
    )
    subprocess.run(
        [pdftk() or "pdftk", str(source), "fill_form", str(xfdf), "output", str(target)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return target


def draft_review(session, today: date, name_part: str = "") -> int:  # type: ignore[no-untyped-def]
    """A new draft review of the first active partnership (or the one named)."""
    query = select(Partnership.id).where(Partnership.status == "active").order_by(Partnership.id)
    if name_part:
        query = query.where(Partnership.name.contains(name_part))
    pid = session.scalars(query).first()
    return start_review(session, pid, today, today).id
