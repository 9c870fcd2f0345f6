"""A screen reader's journey through the real app, read over AT-SPI (issue 21, item 5).

The app runs as its own process on an X display (Xvfb, with a small window manager) in a
D-Bus session with the accessibility bus, as on a Linux desktop with Orca. Another process
(tests/atspi/reader.py, Debian's Python with the AT-SPI bindings) presses the keys and reads
what the app tells AT-SPI. The journey, keys only: Ctrl+N, a name, Enter; Tab round the new
partnership's Overview (typing where its papers are kept, which must be announced as
saved); Ctrl+Tab through the sections, each landing inside that section (also out of the
Plan, which has tabs of its own), Ctrl+Shift+Tab back, Ctrl+Page Down through the Plan's
parts; Alt+Left to the register; Ctrl+6 to Returns; Tab round it; Alt+X; in the save dialog
(Qt's own, which is what a desktop without a portal shows) Alt+N to the file name, a path
typed, Enter; the PDF must appear and where it went must be announced.

At every focus stop: a name, a role, showing and visible with a size on screen; a table
has column headers; a combo box has a label (on Linux Qt names a combo box by its value and
the label comes as a "labelled by" relation, which is what Orca reads).

Nothing waits a fixed time: after each key the reader polls until the focus is where it is
expected (or has moved), for up to ``PATIENCE`` seconds, so a busy machine only makes the
test slower. A failure says what it waited for and lists every stop and everything heard.

Skipped, with the reason, only where Xvfb, D-Bus, AT-SPI or its bindings are missing; where
CI=true (or PARTNERBOOK_REQUIRE_ATSPI=1) a missing piece fails instead.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import pytest

from tests.atspi.desktop_session import Reader, atspi_required, desktop_session, missing_tools

ROOT = Path(__file__).resolve().parents[2]


# Every wait polls for what it expects, up to this long: a loaded machine (two cores shared
# by the whole test run) may take seconds over one key, and nothing waits a fixed time.
PATIENCE = 30.0
# Where a Tab may move inside the control instead of leaving it (day, month, year).
SECTIONED = {"spin button", "date editor"}
# What holds a section's controls, as the reader names it, where not the section's title.
SECTION_NAMES = {"Plan": "Parts of the plan", "How it is run": "How it is run"}


class Journey:
    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.stop: dict[str, Any] | None = None
        self.problems: list[str] = []
        self.seen: list[str] = []
        self.heard: list[str] = []
        self.window = ""

    def trail(self, why: str) -> str:
        """What the reader saw and heard on the way, for a failure's message."""
        return "\n".join(
            [
                why,
                "",
                "problems:",
                *self.problems,
                "",
                "stops:",
                *self.seen,
                "",
                "heard:",
                *self.heard,
            ]
        )

    def fail(self, why: str) -> NoReturn:
        raise AssertionError(self.trail(why))

    def expect(self, condition: object, why: str) -> None:
        if not condition:
            self.fail(why)

    def press(self, keys: str, **until: Any) -> dict[str, Any]:
        """Press ``keys`` and wait until the focus is where ``until`` says (a name, a
        window, a section it is inside…) or, without ``until``, until it moved."""
        answer = self.reader.ask("press", keys=keys, timeout=PATIENCE, until=until or None)
        stop = answer["focus"]
        if answer["moved"] is None:
            wanted = f"at {until}" if until else "to move"
            where = describe_briefly(stop) if stop else "nothing focused"
            last = answer.get("last")
            self.fail(
                f"{keys}: waited {PATIENCE:.0f} s for the focus {wanted}; it was on {where}"
                + (
                    f" (the app last said the focus was on {describe_briefly(last)})"
                    if last
                    else ""
                )
            )
        self.check(stop, keys)
        if answer["moved"] == "within" and stop["role"] not in SECTIONED:
            self.problems.append(f"{keys}: stayed inside {describe_briefly(stop)}")
        self.stop = stop
        return stop

    def check(self, stop: dict[str, Any], keys: str = "") -> None:
        where = describe_briefly(stop)
        # The window once, when it changes; then what holds the stop (a section, a part).
        window = stop["window"]
        if not self.seen or window != self.window:
            self.seen.append(f"window {window!r}")
        self.window = window
        holders = [name for name in stop["inside"] if name != window]
        self.seen.append(f"{keys:>14} > {stop['role']} {stop['name']!r}  in {' / '.join(holders)}")
        if not stop["name"].strip():
            self.problems.append(f"unnamed: {where}")
        if not stop["role"]:
            self.problems.append(f"no role: {where}")
        if not {"showing", "visible"} <= set(stop["states"]):
            self.problems.append(f"not showing: {where} {stop['states']}")
        x, y, width, height = stop["extents"]
        if width <= 0 or height <= 0 or x + width <= 0 or y + height <= 0:
            self.problems.append(f"off screen: {where} {stop['extents']}")
        if stop["role"] in ("table", "table cell") and not (
            stop["column_headers"] and all(h.strip() for h in stop["column_headers"])
        ):
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
            before = self.stop["id"]
            stop = self.press("tab")
            if stop["id"] == before:
                continue  # a date field's Tab went from day to month (checked in press)
            stops.append(stop)
            at_stop(stop)
            if stop["id"] == start:
                return stops
        self.fail("Tab never came back round")

    def hear(self, words: str) -> list[str]:
        """Wait until the app has announced something containing ``words``."""
        answer = self.reader.ask("heard", containing=words, timeout=PATIENCE)
        said = [entry["text"] for entry in answer["heard"]]
        self.heard.extend(said)
        self.expect(answer["found"], f"waited {PATIENCE:.0f} s to hear {words!r}")
        return said

    def forget_heard(self) -> None:
        self.heard.extend(entry["text"] for entry in self.reader.ask("heard")["heard"])


def describe_briefly(stop: dict[str, Any]) -> str:
    return f"{stop.get('role')} {stop.get('name')!r} in {stop.get('window')!r}"


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
            timeout=300,  # a deadline for a busy machine
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
        assert reader.ask("app", pid=app.pid, timeout=60)["toolkit"] == "Qt"
        journey = Journey(reader)
        first = reader.ask("focus", timeout=PATIENCE)["focus"]
        journey.expect(first is not None, "the window opened with nothing focused")
        journey.check(first, "(start)")
        journey.stop = first

        # Ctrl+N: the new partnership's name, then Enter.
        journey.press("ctrl+n", window_role="dialog", role="text")
        reader.ask("type", text="Bideford Food Network")
        overview = journey.press("return", role="page tab list")
        tabs = overview["tabs"] or []
        journey.expect("Overview" in tabs and "How it is run" in tabs, f"sections: {tabs}")

        # Tab round the partnership: through every field, the Back button and the sections.
        journey.forget_heard()

        def fill_in(stop: dict[str, Any]) -> None:
            if stop["name"] == "Where its papers are kept":
                reader.ask("type", text="Blue folder")

        names = [stop["name"] for stop in journey.tab_round(limit=80, at_stop=fill_in)]
        journey.expect(
            "Back to all partnerships" in names and "Where its papers are kept" in names,
            "Tab round the Overview missed the Back button or the papers field",
        )
        journey.hear("Saved")

        # Ctrl+Tab through the sections, also out of the Plan with its own tabs: each lands
        # on a named control inside that section. Ctrl+Shift+Tab goes back the same way.
        for title in [*tabs[1:], tabs[0]]:
            journey.press("ctrl+tab", inside=SECTION_NAMES.get(title, title))
        journey.press("ctrl+shift+tab", inside=SECTION_NAMES["How it is run"])
        journey.press("ctrl+shift+tab", inside=SECTION_NAMES["Plan"])
        journey.press("ctrl+page_down", inside="Aims and outputs")
        journey.press("ctrl+tab", inside=SECTION_NAMES["How it is run"])

        # Alt+Left: the register's list of partnerships, a table with its headers (the focus
        # on a cell); Ctrl+6: Returns, Tab round it.
        journey.press("alt+left", role="table cell")
        journey.press("ctrl+6")
        journey.tab_round(limit=40)
        journey.forget_heard()
        journey.press("alt+x", window="Save the return as")
        journey.press("alt+n", name="File name")
        target = session.root / "our return.pdf"
        reader.ask("keys", keys="ctrl+a")
        reader.ask("type", text=str(target))
        reader.ask("keys", keys="return")
        journey.expect(wait_for_file(target, timeout=PATIENCE), "the return was not saved")
        said = journey.hear("Saved return")
        journey.expect(
            any(str(target) in text for text in said), "the announcement does not say where"
        )
        journey.expect(not journey.problems, "problems at the focus stops")
