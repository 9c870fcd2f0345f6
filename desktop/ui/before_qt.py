"""The Qt-free modules the first window needs, imported before Qt is.

Once PySide6 is imported it reads the whole source file of every module imported after it
(its ``__feature__`` switch looks for the word "PySide6" in each), and of every module an
import statement names after it. The services the first window calls, the store beneath
them and the standard library modules they bring are some sixty files that never use Qt:
imported first, and then recorded as not using PySide6 (as PySide6 itself would record
them), none of them is read, which saves about a tenth of the start-up beyond a bare Qt
window and 2 MB.

No Qt in this list. tests/ui/test_start_imports.py says when the first window needs a
Qt-free module this list does not bring in first.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from importlib import import_module

__all__ = ["FIRST_WINDOW", "import_before_qt"]

# What the start checks, the main window and its Home area import, in that order.
FIRST_WINDOW: tuple[str, ...] = (
    "desktop.paths",
    "desktop.logging_setup",
    "getpass",
    "desktop.domain.dates",
    "desktop.domain.changes",
    "desktop.services.opening",
    "desktop.services.storage_errors",
    "desktop.services.backups",
    "desktop.services.locations",
    "desktop.services.crash_reports",
    "desktop.services.overview",
    "desktop.services.elections_due",
    "desktop.services.whats_due",
    "desktop.services.governance.due",
    "desktop.services.pack_deadlines",
    "desktop.services.collection.opening",  # the File menu's collection actions
    "desktop.resource_paths",
)


def import_before_qt() -> None:
    """Import the first window's Qt-free modules, then PySide6, telling it that none of
    those modules uses it. Call before anything imports PySide6."""
    for name in FIRST_WINDOW:
        import_module(name)
    qt_free = list(sys.modules)
    import_module("PySide6.QtCore")
    record_as_qt_free(qt_free)


def record_as_qt_free(names: Iterable[str]) -> None:
    """Record modules as PySide6 records one whose source does not name it, "ignore this
    module" (-1), so it never reads their source (some 50 files, ~6 ms of a start). Their
    code never switches PySide6 features, which Partnerbook does not use anywhere. If a
    PySide6 version keeps no such record, nothing is done and it reads them as before."""
    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if isinstance(known, dict):
        for name in names:
            known.setdefault(name, -1)
