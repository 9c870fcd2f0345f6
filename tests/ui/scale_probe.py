"""Run by test_scale.py in its own process: Qt's scale is fixed when the app starts.

Opens the main window over the example data at the scale in QT_SCALE_FACTOR on a
1920x1080 screen, visits every area, the welcome and the guide, and prints one JSON report:
what is cut off, and whether the window fits the screen. With a folder as its argument it
also saves a screenshot of each, to look at.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ui"))

from layout_checks import clipped  # noqa: E402


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.paths import resolve
    from desktop.services.demo import fill_demo
    from desktop.store.database import Database
    from desktop.store.opening import open_database
    from desktop.ui.application import make_application
    from desktop.ui.data import DataHub
    from desktop.ui.help import HelpDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.welcome import WelcomeDialog

    shots = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    app = make_application()
    screen = app.primaryScreen().availableGeometry()
    with tempfile.TemporaryDirectory() as tmp:
        paths = resolve(Path(tmp) / "data").ensure()
        open_database(paths.database, paths.backups)
        database = Database(paths.database)
        with database.session() as session:
            fill_demo(session)
        database.dispose()
        hub = DataHub(paths)
        window = MainWindow(hub)
        window.show()
        report: dict[str, object] = {"screen": [screen.width(), screen.height()]}
        problems: list[str] = []
        widest = window.minimumSizeHint()
        for spec in window.area_specs:
            window.show_area(spec.key)
            QApplication.processEvents()
            problems += [f"{spec.key}: {p}" for p in clipped(window)]
            hint = window.minimumSizeHint()
            widest = widest.expandedTo(hint)
            if hint.width() > screen.width() or hint.height() > screen.height():
                problems.append(
                    f"{spec.key}: the window needs at least {hint.width()}x{hint.height()}, "
                    f"the screen has {screen.width()}x{screen.height()}"
                )
            if shots:
                window.grab().save(str(shots / f"area-{spec.key}.png"))
        for name, dialog in (("welcome", WelcomeDialog(paths, window)), ("guide", HelpDialog())):
            dialog.show()
            QApplication.processEvents()
            problems += [f"{name}: {p}" for p in clipped(dialog)]
            if shots:
                dialog.grab().save(str(shots / f"{name}.png"))
            dialog.close()
        report["minimum_window"] = [widest.width(), widest.height()]
        report["problems"] = problems
        window.close()
        hub.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
