"""Take the README's screenshots again, from the example group and an example collection.

    python installers/take_screenshots.py            (needs poppler-utils for the return page)

Runs offscreen in a temporary folder (your own data is untouched) and writes the PNGs into
installers/screenshots/. Run it after changing a screen, so the README shows the app as it is.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "installers" / "screenshots"
SIZE = (1280, 800)


def grab(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    for _ in range(5):  # let layouts and lazily built areas settle
        QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote {OUT / f'{name}.png'}")


def main() -> int:
    from desktop.cli import main as cli

    folder = Path(tempfile.mkdtemp(prefix="partnerbook-screens-"))
    data = folder / "data"
    assert cli(["demo", "--data-dir", str(data)]) == 0
    pdf = folder / "return.pdf"
    period = ["--period", "2026-27"]
    assert cli(["export-return", "--data-dir", str(data), *period, "--out", str(pdf)]) == 0
    page = ["-f", "2", "-l", "2", "-r", "70", "-png", "-singlefile"]
    subprocess.run(["pdftoppm", *page, str(pdf), str(OUT / "return-summary")], check=True)
    collection = folder / "area.pbcollection"
    assert cli(["demo", "--data-dir", str(data), "--collection", str(collection)]) == 0

    from PySide6.QtCore import QSettings

    from desktop.paths import resolve
    from desktop.store.opening import open_data_folder
    from desktop.ui.application import make_application
    from desktop.ui.collection.menu import open_collection_window
    from desktop.ui.data import DataHub
    from desktop.ui.main_window import MainWindow

    app = make_application()
    paths = resolve(data)
    opened = open_data_folder(paths)
    hub = DataHub(paths, opened)
    window = MainWindow(hub)
    window.resize(*SIZE)
    window.show()
    for key in ("home", "partnerships", "commitments"):
        window.show_area(key)
        grab(window, key)
    reviews = window.show_area("reviews")
    combo = reviews.partnership  # type: ignore[attr-defined]
    for index in range(combo.count()):  # the partnership with two finished reviews
        combo.setCurrentIndex(index)
        if reviews.model.rowCount() >= 2:  # type: ignore[attr-defined]
            break
    reviews.table.selectRow(0)  # type: ignore[attr-defined]
    grab(window, "reviews")
    window.close()

    settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    shown = open_collection_window(None, collection, settings)
    if shown is not None:
        shown.resize(*SIZE)
        grab(shown, "collection")
        from PySide6.QtWidgets import QTabWidget

        tabs = shown.findChild(QTabWidget)
        for index in range(tabs.count()):
            if tabs.tabText(index) == "Dashboard":
                tabs.setCurrentIndex(index)
        shown.resize(SIZE[0], 900)
        grab(shown, "collection-dashboard")
        shown.close()
    hub.close()
    opened.release()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
