"""The first window imports its Qt-free modules before Qt (desktop/ui/before_qt.py).

PySide6 reads the whole source of every module imported after it; a service, store or
domain module the first window starts to need belongs in ``before_qt.FIRST_WINDOW``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.cli import main

TIMEOUT = 120
# Starts the window as ``partnerbook --exit-when-ready`` does, printing each module's name
# as its import begins (a finder that finds nothing, asked first). Printed at once: the
# command ends its process as soon as the window has closed.
RECORD_IMPORTS = """
import runpy, sys
class Recorder:
    @staticmethod
    def find_spec(name, path=None, target=None):
        print(name, flush=True)
sys.meta_path.insert(0, Recorder)
sys.argv = ["partnerbook", "--exit-when-ready"]
runpy.run_module("desktop", run_name="__main__")
"""


def test_the_first_window_imports_its_qt_free_modules_before_qt(data_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["demo"]) == 0
    capsys.readouterr()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", RECORD_IMPORTS],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stderr
    names = done.stdout.split()
    first_qt = next(i for i, name in enumerate(names) if name.startswith("PySide6"))
    assert "desktop.services.whats_due" in names[:first_qt]  # Home's data, read before Qt
    # Costly and not needed to show the window: QtNetwork is for another window open on the
    # folder, logging.handlers (socket, pickle, queue…) for handlers the app never uses.
    assert not {"PySide6.QtNetwork", "logging.handlers"} & set(names)
    late = [
        name
        for name in names[first_qt:]
        if name.startswith("desktop.") and not name.startswith("desktop.ui")
    ]
    assert late == [], f"add these to desktop/ui/before_qt.py FIRST_WINDOW: {late}"


def test_pyside_is_told_the_modules_imported_before_it_do_not_use_it() -> None:
    """Else PySide6 reads the source of each of them again (~6 ms of every start): if this
    fails, PySide6 keeps its record elsewhere now and before_qt.record_as_qt_free must follow."""
    import PySide6.QtCore  # noqa: F401 - its import makes the record

    from desktop.ui.before_qt import record_as_qt_free

    record_as_qt_free(["desktop.not_a_module_of_ours"])
    known = sys.modules["shibokensupport.feature"].pyside_feature_dict
    assert known.pop("desktop.not_a_module_of_ours") == -1
