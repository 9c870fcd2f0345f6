"""``--exit-when-ready`` never hangs on a dialog: it answers Escape and exits with status 3."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from file_damage import damage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.cli import build_parser, main
from desktop.paths import resolve
from desktop.ui.exit_when_ready import DIALOG_STATUS, DialogWatch

TIMEOUT = 120


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, but the logs and SQLite's own -wal and
    -shm files (the start-up's read-only check of the records may leave those, empty)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and "logs" not in p.relative_to(folder).parts
        and not p.name.endswith(("-wal", "-shm"))
    }


def test_a_start_up_question_ends_the_run_with_status_3_and_changes_nothing(
    data_dir: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    assert main(["demo"]) == 0 and main(["backup"]) == 0
    capsys.readouterr()
    paths = resolve()
    damage(paths.database)  # the start will offer the newest backup, and wait for an answer
    before = files_in(data_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert done.returncode == DIALOG_STATUS == 3, done.stderr
    assert "'Your records are damaged'" in done.stderr and "exit status 3" in done.stderr
    assert files_in(data_dir) == before  # Escape said no: nothing restored, nothing moved
    assert not list(paths.logs.glob("crash-*"))  # it ended cleanly


def test_the_watch_answers_any_modal_dialog_as_escape_would(qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    watch = DialogWatch(app)
    try:
        dialog = QDialog()
        dialog.setWindowTitle("A dialog made later by someone else")
        assert dialog.exec() == QDialog.DialogCode.Rejected
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Replace your records?",
            "Restore the backup?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)  # Enter would say yes; Escape no
        assert box.exec() == QMessageBox.StandardButton.No
        stubborn = QMessageBox(
            QMessageBox.Icon.Warning,
            "No way out",
            "No button Escape could press",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Apply,
        )
        stubborn.exec()  # ignores Escape, yet does not hang
        assert not stubborn.isVisible()
    finally:
        watch.stop()
    assert watch.titles == [
        "A dialog made later by someone else",
        "Replace your records?",
        "No way out",
    ]


def test_the_status_is_in_the_help_and_the_readme() -> None:
    help_text = " ".join(build_parser(()).format_help().split())
    assert f"Partnerbook exits with status {DIALOG_STATUS}" in help_text
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"Partnerbook exits with status {DIALOG_STATUS}" in readme


def test_it_exits_even_with_another_window_still_open(
    data_dir: Path, qtbot, monkeypatch, no_blocking_dialogs
) -> None:  # type: ignore[no-untyped-def]
    """Closing the main window is not enough when another top-level window is open (an open
    collection, or a window an earlier test left): the run once waited for ever in app.exec.
    A guard timer ends the loop with 99 instead, so a regression fails rather than hangs."""
    import argparse
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from desktop.ui import application

    assert main(["demo"]) == 0
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    other = QWidget()
    qtbot.addWidget(other)
    other.setWindowTitle("Another window")
    other.show()
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.instance().exit(99))
    guard.start(30_000)
    try:
        code = application.run_gui(argparse.Namespace(data_dir=None, exit_when_ready=True))
    finally:
        guard.stop()  # never let it end a later test's event loop
    assert code == 0
