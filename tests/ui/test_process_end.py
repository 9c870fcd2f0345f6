"""The ``partnerbook`` process ends at once when its window has closed in order.

Run for real: a window that saves a change, a setting and a log line at the last moment and
is then closed as a person closes it. The process skips Python's and Qt's slow teardown
(the atexit handler below never runs), yet the change is in the records, the on-close
backup holds it, the setting is in window.ini and the log line is in the log file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.cli import main
from desktop.paths import resolve
from desktop.services.backups import list_backups
from desktop.services.group import load_group
from desktop.services.opening import reading

TIMEOUT = 120
LAST_WORDS = "the last line logged before the window closed"
CLOSE_IN_ORDER = f"""
import atexit, runpy, sys
from PySide6.QtCore import QTimer
from desktop.domain.changes import Change
from desktop.domain.record_rules import GroupInput
from desktop.logging_setup import log
from desktop.services.group import save_group_profile
from desktop.ui import main_window

atexit.register(lambda: print("ended the slow way", flush=True))

class ClosedByHand(main_window.MainWindow):
    def showEvent(self, event):
        super().showEvent(event)
        if not hasattr(self, "kept"):
            self.kept = self.ui_settings()  # kept alive: its own teardown never writes it
            QTimer.singleShot(0, self.save_and_close)

    def save_and_close(self):
        self.hub.write(
            lambda session: save_group_profile(session, GroupInput(name="Closed in order")),
            Change.GROUP,
        )
        self.kept.setValue("test/last", "kept")
        log.info("{LAST_WORDS}")
        print("closing", flush=True)
        self.close()

main_window.MainWindow = ClosedByHand
sys.argv = ["partnerbook"]
runpy.run_module("desktop", run_name="__main__")
"""


def test_a_window_closed_in_order_ends_the_process_with_everything_kept(
    data_dir: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    assert main(["demo"]) == 0  # records already there: no welcome
    capsys.readouterr()
    paths = resolve()
    backups_before = len(list_backups(paths.database, paths.backups))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CLOSE_IN_ORDER],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "closing\n"  # no "ended the slow way": the fast end was taken
    with reading(paths) as records, records.database.session() as session:
        group = load_group(session)
    assert group is not None and group.name == "Closed in order"
    backups = list_backups(paths.database, paths.backups)
    assert len(backups) == backups_before + 1
    assert backups[0].reason == "on-close" and backups[0].readable
    assert "[test]\nlast=kept\n" in (paths.data / "window.ini").read_text(encoding="utf-8")
    log_text = (paths.logs / "partnerbook.log").read_text(encoding="utf-8")
    assert log_text.endswith(f"partnerbook: {LAST_WORDS}\n")
    assert not list(paths.logs.glob("crash-*"))  # the crash log was stopped: a clean end
