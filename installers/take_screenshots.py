"""Take the README's screenshots again, and one of every screen, on a 1366x768 laptop screen.

    python installers/take_screenshots.py            (needs poppler-utils for the return page)

Runs offscreen on a pretend 1366x768 screen, in a temporary folder (your own data is
untouched), over the example group and an example collection, and writes PNGs into
installers/screenshots/:

- ``home``, ``partnerships``, ``commitments``, ``reviews`` … : every area (the README shows
  a few), and ``partnership-<section>`` for each section of one partnership;
- ``wizard-<n>``: the review wizard's first page, its longest question page and the last;
- ``dialog-<title>``: every dialog reached from a menu or a button whose "…" says it opens
  one (nothing is saved: each is closed with Cancel), and ``dialog-problem`` showing how a
  problem is shown in a dialog;
- ``collection``, ``collection-<page>`` for every page of the collection window (the
  Dashboard as ``collection-dashboard``) and ``return-summary``.

Run it after changing a screen, so the README shows the app as it is, and look at them.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "installers" / "screenshots"
SCREEN = (1366, 768)
# Buttons never pressed: they change or remove records, or leave the app.
RISKY_WORDS = ("delete", "archive", "remove", "forget", "restore", "quit", "undo", "move", "merge")


def pretend_screen(folder: Path) -> None:
    """An offscreen screen the size of a common laptop's, unless a platform is chosen."""
    config = folder / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": SCREEN[0], "height": SCREEN[1]}
    config.write_text(json.dumps({"screens": [dict(screen, logicalDpi=96)]}), encoding="utf-8")
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={config}")


def settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(8):  # let layouts, fitted columns and lazily built areas settle
        QApplication.processEvents()


def grab(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    settle()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote {OUT / f'{name}.png'}")


def slug(title: str) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", title.lower().split(" — ")[0]).strip("-")
    return words[:40] or "untitled"


class Dialogs:
    """Opens dialogs without blocking and takes a picture of each new one."""

    def __init__(self, main) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

        self.main = main
        self.taken: set[str] = set()
        dialogs = self

        def fake_exec(dialog: QDialog) -> int:
            dialog.show()
            dialogs.take(dialog)
            dialog.reject()
            return int(QDialog.DialogCode.Rejected)

        QDialog.exec = fake_exec  # type: ignore[method-assign]
        QMessageBox.exec = lambda box: int(QMessageBox.StandardButton.Cancel)  # type: ignore[method-assign]
        for name in ("question", "warning", "information", "critical", "about"):
            setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Cancel)
        for name in ("getOpenFileName", "getSaveFileName"):
            setattr(QFileDialog, name, lambda *a, **k: ("", ""))
        QFileDialog.getOpenFileNames = lambda *a, **k: ([], "")  # type: ignore[method-assign]
        QFileDialog.getExistingDirectory = lambda *a, **k: ""  # type: ignore[method-assign]
        for name in ("getText", "getItem", "getMultiLineText"):
            setattr(QInputDialog, name, lambda *a, **k: ("", False))

    def take(self, window) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QMessageBox

        name = "dialog-" + slug(window.windowTitle())
        if isinstance(window, QMessageBox) or name in self.taken:
            return
        self.taken.add(name)
        grab(window, name)

    def close_new(self) -> None:
        from PySide6.QtWidgets import QApplication, QDialog, QMenu

        settle()
        for window in QApplication.topLevelWidgets():
            if window is self.main or not window.isVisible() or isinstance(window, QMenu):
                continue
            self.take(window)
            if isinstance(window, QDialog):
                window.reject()
            window.close()
        settle()

    def from_menus(self) -> None:
        def walk(menu):  # type: ignore[no-untyped-def]
            for action in menu.actions():
                if action.menu() is not None:
                    yield from walk(action.menu())
                elif not action.isSeparator() and action.isEnabled():
                    yield action

        for top in self.main.menuBar().actions():
            for action in list(walk(top.menu())) if top.menu() else []:
                text = action.text().replace("&", "").lower()
                if any(word in text for word in RISKY_WORDS) or "what's this" in text:
                    continue
                action.trigger()
                self.close_new()

    def from_buttons(self, area) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QPushButton, QToolButton

        for button in area.findChildren(QPushButton) + area.findChildren(QToolButton):
            text = button.text().replace("&", "").strip()
            if not (button.isVisible() and button.isEnabled() and text.endswith(("…", "..."))):
                continue
            if any(word in text.lower() for word in RISKY_WORDS):
                continue
            button.click()
            self.close_new()


def wizard_pages(window, hub) -> None:  # type: ignore[no-untyped-def]
    """The first page, the longest and the last of a new review (cancelled, not saved)."""
    from PySide6.QtWidgets import QScrollArea

    from desktop.ui.review_wizard import ReviewWizard

    reviews = window.show_area("reviews")
    pid = reviews.partnership_id()
    wizard = ReviewWizard(hub, pid, reviews.partnership.currentText(), parent=window)
    wizard.show()
    grab(wizard, "wizard-start")
    tallest, tallest_id = 0, None
    for page_id in wizard.pageIds():  # each page scrolls inside: measure what it holds
        area = wizard.page(page_id).findChild(QScrollArea)
        height = area.widget().sizeHint().height() if area is not None else 0
        if height > tallest:
            tallest, tallest_id = height, page_id
    if tallest_id is not None:
        wizard.setStartId(tallest_id)
        wizard.restart()
        grab(wizard, "wizard-longest-page")
    wizard.setStartId(wizard.pageIds()[-1])
    wizard.restart()
    grab(wizard, "wizard-check")
    wizard.setStartId(wizard.pageIds()[0])
    wizard.close()


def problem_in_a_dialog(window, hub) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.partnerships.dialogs import NewPartnershipDialog

    dialog = NewPartnershipDialog(hub, window)
    dialog.show()
    dialog.form.widgets["name"].setText("Holsworthy and Villages Community Link " * 9)
    dialog.form.widgets["short_name"].setText("HVCL")
    dialog.errors.show(dialog._check())
    grab(dialog, "dialog-problem")
    dialog.reject()


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="partnerbook-screens-"))
    pretend_screen(folder)
    from desktop.cli import main as cli

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
    from PySide6.QtWidgets import QTabWidget

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
    window.showMaximized()
    for spec in window.area_specs:
        area = window.show_area(spec.key)
        if spec.key == "reviews":  # the partnership with two finished reviews
            combo = area.partnership  # type: ignore[attr-defined]
            for index in range(combo.count()):
                combo.setCurrentIndex(index)
                if area.model.rowCount() >= 2:  # type: ignore[attr-defined]
                    break
            area.table.selectRow(0)  # type: ignore[attr-defined]
        grab(window, spec.key)
    register = window.show_area("partnerships")
    register.open_partnership(register.model.rows[0].id)  # type: ignore[attr-defined]
    for key, _title in register.page.section_titles():  # type: ignore[attr-defined]
        register.page.show_section(key)  # type: ignore[attr-defined]
        grab(window, f"partnership-{key}")
    register.page.go_back()  # type: ignore[attr-defined]
    wizard_pages(window, hub)
    problem_in_a_dialog(window, hub)
    from desktop.ui.welcome import WelcomeDialog  # what a first start shows

    welcome = WelcomeDialog(paths, window)
    welcome.show()
    grab(welcome, "dialog-welcome")
    welcome.reject()
    dialogs = Dialogs(window)
    dialogs.from_menus()
    for spec in window.area_specs:
        dialogs.from_buttons(window.show_area(spec.key))
    window.close()

    settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    shown = open_collection_window(None, collection, settings)
    if shown is not None:
        shown.showMaximized()
        grab(shown, "collection")
        tabs = shown.findChild(QTabWidget)
        for index in range(tabs.count()):  # every page, "collection-one-partnership" …
            tabs.setCurrentIndex(index)
            title = tabs.tabText(index).replace("&", "")
            grab(
                shown,
                "collection-dashboard" if title == "Dashboard" else f"collection-{slug(title)}",
            )
        from PySide6.QtWidgets import QScrollArea

        # The whole dashboard, every chart, as one long picture (the page scrolls).
        charts = shown.dashboard.findChild(QScrollArea).widget()
        charts.grab().save(str(OUT / "collection-dashboard-all.png"))
        print(f"wrote {OUT / 'collection-dashboard-all.png'}")
        shown.close()
    hub.close()
    opened.release()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
