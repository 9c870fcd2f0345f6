"""File menu actions for collections, shared by the group window and collection windows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu, QMessageBox

from desktop.services.collection.opening import StoreError
from desktop.ui.collection.recent import recent_collections
from desktop.ui.problem_text import said

FILE_FILTER = "Partnerbook collection (*.pbcollection *.db);;All files (*)"
_open_windows: list[QMainWindow] = []  # kept so Python does not close them


def tr(text: str) -> str:
    return QCoreApplication.translate("CollectionMenu", text)


def open_window_for(path: Path) -> QMainWindow | None:
    """This process's open window on ``path`` (by the real file, however it was spelled)."""
    from desktop.ui.collection.window import CollectionWindow

    wanted = Path(path).resolve()
    for widget in QApplication.topLevelWidgets():
        # A closed window lingers until deleted; it has let go of its lock.
        if (
            isinstance(widget, CollectionWindow)
            and isinstance(widget.path, Path)  # a shared collection's window has no file
            and widget.lock.held
            and widget.path.resolve() == wanted
        ):
            return widget
    return None


def _bring_forward(path: Path) -> QMainWindow | None:
    existing = open_window_for(path)
    if existing is not None:
        from desktop.ui.widgets import bring_forward

        bring_forward(existing)
    return existing


def open_collection_window(
    parent: QMainWindow | None,
    path: Path,
    settings: QSettings,
    *,
    create: bool = False,
    second_folder: Callable[[], Path | None] | None = None,
) -> QMainWindow | None:
    """Check and open ``path`` in its own window; say plainly why not, if it cannot be.

    A collection already open in this process is brought forward instead; one open in
    another Partnerbook (or being written by a command) is refused, naming the file.
    """
    from desktop.services.collection.opening import (
        AlreadyOpenError,
        DamagedDatabaseError,
        check_collection,
        collection_lock,
        open_collection,
    )
    from desktop.ui.collection.window import CollectionWindow

    existing = _bring_forward(path)
    if existing is not None:
        return existing
    from desktop.ui.collection.opening_checks import (
        check_collection_place,
        offer_collection_backup,
    )

    try:
        # Read-only first, so a wrong file gets its message and nothing is made beside it.
        check_collection(path, create=create)
    except DamagedDatabaseError as exc:
        if not offer_collection_backup(parent, path, said(exc)):
            return None
    except (StoreError, OSError) as exc:
        QMessageBox.critical(parent, tr("Cannot open the collection"), said(exc))
        return None
    if not create:
        path = check_collection_place(parent, path, settings)
        existing = _bring_forward(path)  # the copy on this computer may be open already
        if existing is not None:
            return existing
    lock = collection_lock(path)
    try:
        check_collection(path, create=create)
        lock.acquire()
        open_collection(path, create=create)
    except AlreadyOpenError as exc:
        QMessageBox.warning(parent, tr("The collection is already open"), said(exc))
        return None
    except (StoreError, OSError) as exc:
        lock.release()
        QMessageBox.critical(parent, tr("Cannot open the collection"), said(exc))
        return None
    window = CollectionWindow(path, settings, lock, second_folder)
    register_window(window)
    window.show()
    return window


def register_window(window: QMainWindow) -> None:
    """Keep a collection window alive (Python would close it) until it is closed."""
    _open_windows.append(window)
    window.destroyed.connect(
        lambda *_: _open_windows.remove(window) if window in _open_windows else None
    )


def add_collection_actions(
    window: QMainWindow,
    menu: QMenu,
    settings: QSettings | None = None,
    second_folder: Callable[[], Path | None] | None = None,
) -> None:
    """New collection…, Open collection… and Open recent collection ▸ in ``menu``."""
    settings = settings or QSettings()

    def new() -> None:
        name, _ = QFileDialog.getSaveFileName(
            window, tr("New collection"), "returns.pbcollection", tr(FILE_FILTER)
        )
        if name:
            path = Path(name)
            if path.suffix == "":
                path = path.with_suffix(".pbcollection")
            if path.exists() and path.stat().st_size > 0:
                QMessageBox.warning(
                    window,
                    tr("New collection"),
                    tr("{file} already exists. Use Open collection… to open it.").format(file=path),
                )
                return
            open_collection_window(window, path, settings, create=True, second_folder=second_folder)

    def open_() -> None:
        name, _ = QFileDialog.getOpenFileName(window, tr("Open collection"), "", tr(FILE_FILTER))
        if name:
            open_collection_window(window, Path(name), settings, second_folder=second_folder)

    new_action = QAction(tr("New co&llection…"), window)
    new_action.triggered.connect(new)
    open_action = QAction(tr("&Open collection…"), window)
    open_action.triggered.connect(open_)
    menu.addAction(new_action)
    menu.addAction(open_action)
    shared_action = QAction(tr("Open &shared collection…"), window)  # on a server (issue 19)
    shared_action.triggered.connect(lambda: _open_shared(window, settings))
    menu.addAction(shared_action)
    window.open_shared_action = shared_action  # type: ignore[attr-defined]
    recent = menu.addMenu(tr("Open &recent collection"))

    def fill_recent() -> None:
        recent.clear()
        paths = recent_collections(settings)
        for number, item in enumerate(paths, start=1):
            action = recent.addAction(f"&{number} {item}")
            action.triggered.connect(
                lambda _=False, p=item: open_collection_window(
                    window, Path(p), settings, second_folder=second_folder
                )
            )
        if not paths:
            recent.addAction(tr("(none yet)")).setEnabled(False)

    recent.aboutToShow.connect(fill_recent)
    fill_recent()
    window.new_collection_action = new_action  # type: ignore[attr-defined]
    window.open_collection_action = open_action  # type: ignore[attr-defined]
    window.recent_collections_menu = recent  # type: ignore[attr-defined]


def _open_shared(window: QMainWindow, settings: QSettings) -> None:
    from desktop.ui.collection.shared import open_shared_collection

    open_shared_collection(window, settings)


def run_collection(
    app: QApplication,
    file: str,
    exit_when_ready: bool = False,
    second_folder: Callable[[], Path | None] | None = None,
) -> int:
    """``partnerbook --open-collection LOCATION``: the app with just this collection open.

    LOCATION is a collection file or a server (``postgresql://…``, ``service=…``), as the
    ``collect`` commands take; a server opens as File → Open shared collection would.
    """
    from PySide6.QtCore import QTimer

    from desktop.services.collection.opening import is_server

    window: QMainWindow | None
    if is_server(file):
        from desktop.ui.collection.shared import open_shared_collection

        window = open_shared_collection(None, QSettings(), location=file)
    else:
        window = open_collection_window(None, Path(file), QSettings(), second_folder=second_folder)
    if window is None:
        return 1
    if exit_when_ready:
        QTimer.singleShot(0, window.close)
    return app.exec()
