"""The HTML return fits a phone: at 320 px nothing runs off the side (issue 15, item 10)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from desktop.domain.return_period import parse_period
from desktop.reports.return_html import render_return_html
from desktop.services.return_data import build_return
from desktop.store.models import Partnership
from tests.conftest import FIXED_TODAY
from tests.returns.conftest import FIXED_NOW
from tests.returns.filling import fill_partnership

PROBE = Path(__file__).with_name("html_width_probe.py")


def _measure(path: Path, width: int) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox --disable-gpu"
    done = subprocess.run(
        [sys.executable, str(PROBE), str(path), str(width)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_320_px_screen_never_scrolls_sideways(demo_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with demo_database.session() as session:
        for partnership in session.scalars(select(Partnership)):
            fill_partnership(session, partnership, FIXED_TODAY)
        session.commit()
        payload = build_return(session, parse_period("2026-27"), now=FIXED_NOW)
    page = tmp_path / "return.html"
    page.write_text(render_return_html(payload), encoding="utf-8")
    found = _measure(page, 320)
    assert found["scroll"] == found["width"], found["over"]
    assert found["over"] == []
    assert found["font"] == "16.8px"  # read at full size, not shrunk to fit a desktop width
    # Each row's cells stack, led by their column's name; a wide screen keeps the tables.
    assert found["cells"] and found["stacked"] == found["cells"]
    wide = _measure(page, 1200)
    assert wide["stacked"] == 0 and wide["scroll"] == wide["width"]
