"""Starting the window: checks first, then the main window as quickly as possible.

The order keeps data safe and start-up fast: data folder usable? another copy running?
database sound and at the right schema (sqlite3 only when it is)? then the window.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME
from desktop.paths import resolve
from desktop.services.opening import AlreadyOpenError

if TYPE_CHECKING:
    from desktop.paths import AppPaths
    from desktop.ui.main_window import MainWindow
    from desktop.ui.single_instance import InstanceServer

MIN_POINT_SIZE = 11.0


def tr(text: str) -> str:
    return QCoreApplication.translate("Application", text)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    from desktop.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    app.setDesktopFileName("org.partnerbook.Partnerbook")  # Wayland matches the .desktop file
    from desktop.ui.gc_guard import collect_on_gui_thread

    collect_on_gui_thread(app)  # never let a worker thread destroy a closed window
    from desktop.ui.i18n import install_once

    install_once(app)  # before any window, so every string is translated
    from desktop.ui.keyboard import install_keyboard_helpers

    install_keyboard_helpers()  # for every window, the collection's too (Tab out of tables…)
    # Volunteers read these forms on small, dim screens: never smaller than 11 points.
    font = app.font()
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    return app


def show_error(title: str, text: str) -> None:
    QMessageBox.critical(None, title, text)


def run_gui(args: argparse.Namespace) -> int:
    """The window, inside two guards: a crash file for faults no ``except`` can catch, and
    with --exit-when-ready a watch that ends the run when a dialog would wait for a click."""
    app = make_application()
    from desktop.logging_setup import start_crash_log

    crash_log = start_crash_log(resolve(getattr(args, "data_dir", None)).logs)
    watch = None
    if getattr(args, "exit_when_ready", False):
        from desktop.ui.exit_when_ready import DialogWatch

        watch = DialogWatch(app)
    try:
        code = _run_gui(args)
    finally:
        if watch is not None:
            watch.stop()
        if crash_log is not None:
            crash_log.stop()  # a clean end: nothing to report next time
    if watch is not None and watch.titles:
        from desktop.ui.exit_when_ready import DIALOG_STATUS

        return DIALOG_STATUS
    return code


def end_process(code: int) -> None:
    """End the process now, after the window has closed in order (``run_gui`` returned:
    records closed, the last backup made), instead of letting Python and Qt take down every
    object one by one, which is a sixth of a start-and-close. Returns, leaving the usual
    ending, while anything could still need it: a job or thread still running, or text this
    app put on the clipboard (Qt hands it to the clipboard manager as it is taken down).
    Only for a process that is nothing but the app: ``partnerbook`` itself, never a test.
    """
    from desktop.ui.background import any_running

    app = QApplication.instance()
    if (
        not isinstance(app, QApplication)
        or any_running()
        or threading.active_count() > 1
        or QThreadPool.globalInstance().activeThreadCount() > 0
        or app.clipboard().ownsClipboard()
    ):
        return
    QCoreApplication.sendPostedEvents()  # settings changed at the last moment are written
    logging.shutdown()  # every log line flushed and the file closed
    for stream in (sys.stdout, sys.stderr):
        # None without a console (Windows' partnerbook-gui); a closed pipe has no more to say.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(code)


def _run_gui(args: argparse.Namespace) -> int:
    app = make_application()
    if getattr(args, "open_collection", None):
        # A collection is its own file: no group data folder or instance server (its window
        # takes the collection's own lock).
        from desktop.services.backups import second_backup_folder
        from desktop.ui.collection.menu import run_collection

        # The second backup folder is a setting of this data folder; read, never locked.
        group = resolve(getattr(args, "data_dir", None))
        return run_collection(
            app,
            args.open_collection,
            getattr(args, "exit_when_ready", False),
            lambda: second_backup_folder(group),
        )
    paths = resolve(getattr(args, "data_dir", None))

    from desktop.ui import single_instance
    from desktop.ui.file_open import FileOpenForwarder
    from desktop.ui.single_instance import ask_running_instance_to_raise, may_be_open_elsewhere

    # macOS hands a double-clicked pack over as an event, perhaps before the window exists.
    # Only there: a filter on the application calls Python for every event, start-up included.
    file_opener = FileOpenForwarder(app)
    if sys.platform == "darwin":
        app.installEventFilter(file_opener)

    # A double-clicked return pack goes to the window already open, if there is one.
    pack = getattr(args, "open_pack", None)
    pack = str(Path(pack).resolve()) if pack else None
    if may_be_open_elsewhere(paths) and ask_running_instance_to_raise(paths, pack=pack):
        print(f"Partnerbook is already open on {paths.data}; that window was brought forward.")
        return 0
    from desktop.ui.errors import install_excepthook

    install_excepthook(paths.logs)
    from desktop.ui.startup_safety import check_data_location, open_records

    try:
        opened = open_records(paths)
    except AlreadyOpenError as exc:
        # Started at the same instant: the other holds the lock but may not listen yet.
        if ask_running_instance_to_raise(
            paths, within_ms=single_instance.WAIT_FOR_FIRST_MS, pack=pack
        ):
            print(f"Partnerbook is already open on {paths.data}; that window was brought forward.")
            return 0
        from desktop.ui.problem_text import said

        show_error(tr("Partnerbook is already open"), said(exc))
        return 1
    if opened is None:
        return 1
    from desktop.ui.crash_notice import tell_about_last_crash

    opened = tell_about_last_crash(paths, opened, open_records)
    if opened is None:
        return 1
    if opened.read_only is None:  # records that cannot be written are never moved
        paths, moved = check_data_location(
            paths, opened, remember=not getattr(args, "exit_when_ready", False)
        )
        opened = moved  # type: ignore[assignment] - open_data_folder made it

    from desktop.ui.data import DataHub
    from desktop.ui.main_window import MainWindow

    hub = DataHub(paths, opened)
    window = MainWindow(hub)
    window.show()
    file_opener.deliver_to(lambda path: QTimer.singleShot(0, lambda: window.open_return_pack(path)))
    if getattr(args, "open_pack", None):  # a double-clicked return pack (issue 20)
        pack = args.open_pack
        QTimer.singleShot(0, lambda: window.open_return_pack(pack))
    ready: QEventLoop | None = None
    if getattr(args, "exit_when_ready", False):
        # End once the window has closed, even if some other top-level window is still open
        # (an open collection, a stray tool window), which would keep app.exec() running
        # for ever. A loop of its own ends just this run: app.exit() or quit() would also
        # end every later event loop of a process that goes on (the test suite's).
        ready = QEventLoop()
        QTimer.singleShot(0, lambda: window.close() and ready.quit())
    else:
        from desktop.ui.welcome import offer_welcome

        first_run = offer_welcome(window, hub)  # noqa: F841 - kept alive while the app runs
    # Later starts are listened for once the window is up (QtNetwork is ~6 ms of a start);
    # until then they keep asking (WAIT_FOR_FIRST_MS), as a start at the same instant does.
    # A --exit-when-ready run, closed as soon as its window is shown, never listens.
    servers: list[InstanceServer] = []

    def start_listening() -> None:
        if window.isVisible():
            servers.append(_listen(paths, window))

    listen = QTimer(window)
    listen.setSingleShot(True)
    listen.timeout.connect(start_listening)
    listen.start(0)
    try:
        return ready.exec() if ready is not None else app.exec()
    finally:
        listen.stop()  # a run closed before it listened never will
        for server in servers:
            server.close()
        hub.close()
        opened.release()


def _listen(paths: AppPaths, window: MainWindow) -> InstanceServer:
    """Bring ``window`` forward, or open a return pack in it, when a later start asks."""
    from desktop.ui import single_instance  # its InstanceServer looked up now: tests swap it
    from desktop.ui.widgets import bring_forward

    server = single_instance.InstanceServer(paths, window)
    server.raise_requested.connect(lambda: bring_forward(window))
    server.pack_requested.connect(
        lambda path: QTimer.singleShot(0, lambda: window.open_return_pack(path))
    )
    return server
