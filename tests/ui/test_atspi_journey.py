"""A screen reader's journey through the real app, read over AT-SPI (issue 21, item 5).

The app runs as its own process on an X display (Xvfb, with a small window manager) in a
D-Bus session with the accessibility bus, as on a Linux desktop with Orca. Another process
(tests/atspi/reader.py, Debian's Python with the AT-SPI bindings) presses the keys and reads
what the app tells AT-SPI. The journey, keys only: Ctrl+N, a name, Enter; Tab round the new
partnership's Overview (typing where its papers are kept, which must be announced as
saved); Ctrl+Tab through the sections; Alt+Left to the register; Ctrl+6 to Returns; Tab
round it; Alt+X; in the save dialog (Qt's own, which is what a desktop without a portal
shows) Alt+N to the file name, a path typed, Enter; the PDF must appear.

At every focus stop: a name, a role, showing and visible with a size on screen; a table
has column headers; a combo box has a label (on Linux Qt names a combo box by its value and
the label comes as a "labelled by" relation, which is what Orca reads).

Skipped, with the reason, only where Xvfb, D-Bus, AT-SPI or its bindings are missing; where
CI=true (or PARTNERBOOK_REQUIRE_ATSPI=1) a missing piece fails instead.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.atspi.desktop_session import Reader, atspi_required, desktop_session, missing_tools

ROOT = Path(__file__).resolve().parents[2]


class Journey:
    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.stop: dict[str, Any] | None = None
        self.problems: list[str] = []
        self.seen: list[str] = []

    def press(self, keys: str, timeout: float = 5.0, may_stay: bool = False) -> dict[str, Any]:
        """Press ``keys`` and check where the focus lands (it must move, unless told)."""
        before = self.stop["id"] if self.stop else None
        self.reader.ask("keys", keys=keys)
        answer = self.reader.ask("focus", timeout=1.0 if may_stay else timeout, away_from=before)
        stop = answer["focus"]
        if stop is None:
            last = answer.get("last") or {}
            self.problems.append(
                f"{keys}: the focus event went to {last.get('role')} {last.get('name')!r}, "
                "which does not have the focus"
            )
            raise AssertionError("\n".join([*self.problems, *self.seen]))
        if not answer.get("moved") and not may_stay:
            self.problems.append(f"{keys}: the focus stayed on {stop['role']} {stop['name']!r}")
        self.check(stop)
        self.stop = stop
        return stop

    def check(self, stop: dict[str, Any]) -> None:
        where = f"{stop['role']} {stop['name']!r} in {stop['window']!r}"
        self.seen.append(where)
        if not stop["name"].strip():
            self.problems.append(f"unnamed: {where}")
        if not stop["role"]:
            self.problems.append(f"no role: {where}")
        if not {"showing", "visible"} <= set(stop["states"]):
            self.problems.append(f"not showing: {where} {stop['states']}")
        x, y, width, height = stop["extents"]
        if width <= 0 or height <= 0 or x + width <= 0 or y + height <= 0:
            self.problems.append(f"off screen: {where} {stop['extents']}")
        if stop["role"] == "table" and not all(h.strip() for h in stop["column_headers"] or []):
            self.problems.append(f"table without column headers: {where}")
        if stop["role"] == "combo box" and not any(n.strip() for n in stop["labelled_by"]):
            self.problems.append(f"combo box without a label: {where}")

    def tab_round(
        self, limit: int, at_stop: Callable[[dict[str, Any]], object] = lambda _stop: None
    ) -> list[dict[str, Any]]:
        """Tab until the focus is back where it began (``at_stop`` acts at each stop)."""
        assert self.stop is not None
        start = self.stop["id"]
        stops = []
        for _ in range(limit):
            # A date field's Tab moves from day to month to year first.
            stop = self.press("tab", may_stay=self.stop["role"] == "spin button")
            stops.append(stop)
            at_stop(stop)
            if stop["id"] == start:
                return stops
        raise AssertionError("Tab never came back round: " + " > ".join(self.seen))


def wait_for_file(path: Path, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size > 0:
            return True
        time.sleep(0.05)  # polling the file system for the export the app writes
    return False


def test_new_partnership_to_exported_return_by_keys_read_over_atspi() -> None:
    missing = missing_tools()
    if missing:
        why = "the screen-reader test needs " + ", ".join(missing)
        if atspi_required():
            pytest.fail(f"{why} (required here: CI)")
        pytest.skip(why)
    with desktop_session() as session:
        data = session.root / "data"
        subprocess.run(
            [sys.executable, "-m", "desktop", "demo", "--data-dir", str(data)],
            env=session.env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            timeout=120,
        )
        env = dict(session.env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        app = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--data-dir", str(data)],
            env=env,
            cwd=ROOT,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        session.processes.append(app)
        reader = Reader(session)
        assert reader.ask("app", pid=app.pid, timeout=30)["toolkit"] == "Qt"
        journey = Journey(reader)
        first = reader.ask("focus", timeout=10)["focus"]
        assert first is not None, "the window opened with nothing focused"
        journey.check(first)
        journey.stop = first

        # Ctrl+N: the new partnership's name, then Enter.
        stop = journey.press("ctrl+n")
        assert stop["window_role"] == "dialog" and stop["role"] == "text", stop
        reader.ask("type", text="Bideford Food Network")
        overview = journey.press("return")
        tabs = overview["tabs"] or []
        assert "Overview" in tabs and "How it is run" in tabs, overview

        # Tab round the partnership: through every field, the Back button and the sections.
        reader.ask("heard")

        def fill_in(stop: dict[str, Any]) -> None:
            if stop["name"] == "Where its papers are kept":
                reader.ask("type", text="Blue folder")

        names = [stop["name"] for stop in journey.tab_round(limit=80, at_stop=fill_in)]
        assert "Back to all partnerships" in names and "Where its papers are kept" in names
        heard = [said["text"] for said in reader.ask("heard")["heard"]]
        assert "Saved" in heard, f"the save was not announced; heard {heard}"

        # Ctrl+Tab through the sections: each lands on a named control.
        for _ in tabs[1:]:
            journey.press("ctrl+tab")

        # Alt+Left: the register, a table with its headers; Ctrl+6: Returns, Tab round it.
        journey.press("alt+left")
        journey.press("ctrl+6")
        journey.tab_round(limit=40)
        export = journey.press("alt+x")
        assert export["window"] == "Save the return as", export
        stop = journey.press("alt+n", may_stay=True)
        assert stop["name"] == "File name", stop
        target = session.root / "our return.pdf"
        reader.ask("keys", keys="ctrl+a")
        reader.ask("type", text=str(target))
        reader.ask("keys", keys="return")
        assert wait_for_file(target, timeout=30), "the return was not saved"
        assert not journey.problems, "\n".join([*journey.problems, "", "stops:", *journey.seen])
