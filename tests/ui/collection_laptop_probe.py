"""Run by test_collection_fits_laptop.py in its own process: Qt's screen is fixed at start.

Fills a collection with returns from several groups, opens the collection window maximised
on the screen the platform was given and visits every page. It prints one JSON report:
every column title that is cut short ("Signed b…") and every table whose columns run off
its right edge (the person would have to scroll sideways to read them).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "ui"))

from layout_checks import elided_headers  # noqa: E402


def off_screen(root) -> list[str]:  # type: ignore[no-untyped-def]
    """Tables whose shown columns are wider than the table: their last ones are off screen."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    found = []
    for view in root.findChildren(QTableView):
        if not view.isVisible() or view.model() is None:
            continue
        header = view.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        used = sum(header.sectionSize(c) for c in shown)
        room = view.viewport().width()
        if used > room + 1:
            last = header.logicalIndex(header.count() - 1)
            title = view.model().headerData(last, Qt.Orientation.Horizontal)
            found.append(
                f"{view.accessibleName()}: columns need {used} px, the table has {room} "
                f"(“{title}” is off screen)"
            )
    return found


def main() -> int:
    from collection_support import payloads, pdfs
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.services.collection.importer import import_returns
    from desktop.store.collection.opening import open_collection
    from desktop.ui.collection.window import CollectionWindow

    app = QApplication(sys.argv[:1])
    screen = app.primaryScreen().availableGeometry()
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # A server collection's location when given (its window shows the person's role).
        path: Path | str = sys.argv[1] if len(sys.argv) > 1 else folder / "area.pbcollection"
        open_collection(path, create=True)
        pdfs(folder / "inbox", payloads(6, seed=21, groups=4))
        import_returns(path, [folder / "inbox"])
        window = CollectionWindow(
            path, QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
        )
        for size, show in (("as it opens", window.show), ("maximised", window.showMaximized)):
            show()
            for index in range(window.tabs.count()):
                window.tabs.setCurrentIndex(index)
                for _ in range(10):  # columns are fitted after each resize settles
                    QApplication.processEvents()
                name = window.tabs.tabText(index).replace("&", "")
                found = [*elided_headers(window), *off_screen(window)]
                problems.extend(f"{name} ({size}): {p}" for p in found)
        window.close()
    print(json.dumps({"screen": [screen.width(), screen.height()], "problems": problems}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
