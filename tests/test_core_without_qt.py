"""Everything under desktop/ except desktop/ui works without Qt: importing it never loads PySide6.

In a normal run pytest-qt has loaded PySide6 before any test, so this imports every core
module in a fresh interpreter. The core tests themselves also run with pytest-qt off and
tests/qt_free.py on (see .ci/run), which catches Qt loaded by what those tests call.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import desktop

IMPORT_EACH = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
    if "PySide6" in sys.modules:
        print("PySide6 loaded by", name)
        break
else:
    print("no Qt")
"""


def core_modules() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.walk_packages(desktop.__path__, "desktop.")
        if not info.name.startswith("desktop.ui") and ".migrations" not in info.name
    )


def test_no_core_module_loads_qt() -> None:
    modules = core_modules()
    assert {"desktop.cli", "desktop.services.returns", "desktop.store.database"} <= set(modules)
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EACH, *modules],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "no Qt"
