"""Where Partnerbook's read-only resources (framework files and the like) live.

The same code runs from a source checkout, from an installed wheel and from a PyInstaller
bundle, and each puts the ``resources`` folder somewhere else. This module is the one place
that knows all three, so nothing else has to guess. It does nothing at import time.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder that holds Partnerbook's resources.

    Checked in this order, because each later case would give a wrong answer in the earlier
    ones: a frozen (PyInstaller) app unpacks into ``sys._MEIPASS``; an installed wheel has
    ``desktop/resources`` beside this module (see the force-include in pyproject.toml); a
    source checkout keeps ``resources`` at the top of the tree, next to ``desktop``.
    """
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        # Other freezers have no _MEIPASS; they put data beside the executable.
        base = Path(bundle) if bundle else Path(sys.executable).resolve().parent
        return base / "resources"
    installed = Path(__file__).parent / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"
