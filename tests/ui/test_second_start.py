"""Two starts at the same instant: one opens, the other brings it forward and exits 0.

Both are real processes on one data folder, each running the normal start. To make the
race the one people hit every time, not now and then, the test holds the winner of the lock
just before it starts listening until the loser has been refused the lock (a named pipe:
the winner's open for reading waits for the loser's open for writing). The window which
receives "come forward" says so on stdout and quits. The test waits on the processes' ends
(with a timeout), never on a clock.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.paths import resolve

START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.store.lock import AlreadyOpenError, InstanceLock
from desktop.ui import single_instance

REFUSED = sys.argv[1]
acquire = InstanceLock.acquire

def acquire_and_tell(self):
    try:
        return acquire(self)
    except AlreadyOpenError:
        open(REFUSED, "w").close()  # lets the winner go on
        raise

InstanceLock.acquire = acquire_and_tell

class Reporting(single_instance.InstanceServer):
    def __init__(self, *args, **kwargs):
        open(REFUSED).close()  # wait until the other start has been refused the lock
        super().__init__(*args, **kwargs)
        self.raise_requested.connect(self.report)

    def report(self):
        print("raise received", flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)

single_instance.InstanceServer = Reporting
from desktop.cli import main
sys.exit(main([]))
"""
TIMEOUT = 60


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe (POSIX)")
def test_a_second_start_at_the_same_instant_brings_the_first_forward(
    data_dir: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    assert main(["demo"]) == 0  # records already there: no welcome on either start
    capsys.readouterr()
    refused = tmp_path / "refused.fifo"
    os.mkfifo(refused)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    starts = [
        subprocess.Popen(
            [sys.executable, "-c", START, str(refused)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        outputs = [start.communicate(timeout=TIMEOUT) for start in starts]
    finally:
        for start in starts:
            if start.poll() is None:
                start.kill()
                start.communicate()
    codes = [start.returncode for start in starts]
    assert codes == [0, 0], outputs
    first, second = sorted((out for out, _ in outputs), key=lambda out: "brought" in out)
    assert first == "raise received\n"  # the window that opened was asked to come forward
    assert second.startswith("Partnerbook is already open") and "brought forward" in second
    assert not list(resolve().logs.glob("crash-*"))  # both ended cleanly
