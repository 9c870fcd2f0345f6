"""Run by test_fits_laptop.py in its own process: Qt's screen and scale are fixed at start.

Opens the main window, maximised, over the example data (and, with ``--long``, partnerships
and partners with long real names) on the screen the platform was given, and visits every
area, every section of a partnership, every page of the review wizard and the dialogs
that hold forms. It prints one JSON report: every label, button or table header that is
cut short (layout_checks), every name in the register that is cut, and every window that
does not fit the screen. With ``--shots FOLDER`` it saves a screenshot of each.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))

from layout_checks import clipped, cut_cells, elided_headers  # noqa: E402

LONG_NAMES = (
    "North Devon and Torridge Children and Young People's Emotional Health and Wellbeing "
    "Partnership",
    "Holsworthy, Bradworthy and Black Torrington Rural Transport and Access Forum",
)
LONG_PARTNERS = (
    "Royal Devon University Healthcare NHS Foundation Trust (Northern Services)",
    "Torridge District Council Community Safety and Environmental Protection Team",
)


def add_long_names(session) -> None:  # type: ignore[no-untyped-def]
    from desktop.domain.partnership_rules import PartnershipInput
    from desktop.services.partners import add_partners_from_text
    from desktop.services.partnerships import create_partnership

    for name in LONG_NAMES:
        partnership = create_partnership(session, PartnershipInput(name=name))
        session.flush()
        add_partners_from_text(session, partnership.id, "\n".join(LONG_PARTNERS))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--long", action="store_true")
    parser.add_argument("--shots", type=Path)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

    from desktop.paths import resolve
    from desktop.services.demo import fill_demo
    from desktop.store.database import Database
    from desktop.store.opening import open_database
    from desktop.ui.application import make_application
    from desktop.ui.data import DataHub
    from desktop.ui.main_window import MainWindow

    app = make_application()
    screen = app.primaryScreen().availableGeometry()
    problems: list[str] = []

    def check(name: str, window: QWidget) -> None:
        for _ in range(10):  # columns are fitted after each resize settles
            QApplication.processEvents()
        found = [*clipped(window), *elided_headers(window), *cut_cells(window)]
        problems.extend(f"{name}: {p}" for p in found)
        frame = window.frameGeometry()
        if frame.width() > screen.width() or frame.height() > screen.height():
            problems.append(
                f"{name}: {frame.width()}x{frame.height()} does not fit the screen "
                f"{screen.width()}x{screen.height()}"
            )
        if args.shots:
            window.grab().save(str(args.shots / f"{name}.png"))

    with tempfile.TemporaryDirectory() as tmp:
        paths = resolve(Path(tmp) / "data").ensure()
        open_database(paths.database, paths.backups)
        database = Database(paths.database)
        with database.session() as session:
            fill_demo(session)
            if args.long:
                add_long_names(session)
        database.dispose()
        hub = DataHub(paths)
        window = MainWindow(hub)
        window.showMaximized()
        for spec in window.area_specs:
            area = window.show_area(spec.key)
            check(f"area-{spec.key}", window)
            for tabs in area.findChildren(QTabWidget):  # and each page of its tabs
                for index in range(1, tabs.count()):
                    tabs.setCurrentIndex(index)
                    check(f"area-{spec.key}-{index}", window)
                tabs.setCurrentIndex(0)
        area = window.show_area("partnerships")
        with database.session() as session:
            from sqlalchemy import text

            pid = session.execute(text("SELECT max(id) FROM partnership")).scalar_one()
        area.open_partnership(pid)  # type: ignore[attr-defined]
        page = area.page  # type: ignore[attr-defined]
        for key, _title in page.section_titles():
            page.show_section(key)
            check(f"partnership-{key}", window)
        window.show_area("partnerships")
        page.go_back()

        from desktop.ui.review_wizard import ReviewWizard

        wizard = ReviewWizard(hub, pid, "A partnership", parent=window)
        wizard.show()
        step = 0
        while True:
            check(f"wizard-{step}", wizard)
            if wizard.currentId() == wizard.pageIds()[-1] or step > 20:
                break
            before = wizard.currentId()
            wizard.next()
            QApplication.processEvents()
            if wizard.currentId() == before:
                break
            step += 1
        wizard.reject()

        from desktop.ui.partnerships.dialogs import GroupProfileDialog, NewPartnershipDialog

        for name, dialog in (
            ("dialog-group", GroupProfileDialog(hub, window)),
            ("dialog-new-partnership", NewPartnershipDialog(hub, window)),
        ):
            dialog.show()
            check(name, dialog)
            dialog.reject()
        window.close()
        hub.close()
    print(json.dumps({"screen": [screen.width(), screen.height()], "problems": problems}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
