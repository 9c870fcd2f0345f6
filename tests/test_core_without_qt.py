"""Everything under desktop/ except desktop/ui works without Qt: importing it never loads PySide6.

In a normal run pytest-qt has loaded PySide6 before any test, so this imports every core
module in a fresh interpreter. The core tests themselves also run with pytest-qt off and
tests/qt_free.py on (see .ci/run), which catches Qt loaded by what those tests call.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

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
    """Every module under desktop/ but desktop/ui (never imported here, even to list it)."""
    names = []
    for top in pkgutil.iter_modules(desktop.__path__, "desktop."):
        if top.name == "desktop.ui":
            continue
        names.append(top.name)
        if top.ispkg:
            folder = [str(Path(desktop.__path__[0]) / top.name.removeprefix("desktop."))]
            names += [info.name for info in pkgutil.walk_packages(folder, f"{top.name}.")]
    return sorted(name for name in names if ".migrations" not in name)


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
