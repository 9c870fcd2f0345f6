"""A collection's own window: what arrived, what was rejected and why, the area's picture.

The title says "Collection" and the file, so the officer always knows they are not in a
group's records. Returns are imported by dropping files or folders on the window, by
File → Import returns…, or by the command line into the same file (never both at once: the
window holds the collection's lock from opening to closing, so it is the only writer).

A shared collection on a PostgreSQL server (issue 19, ``path`` is then its connection
string) has no lock and no file backups: several officers work at once, the window shows
the person's role and picks up the others' changes within a few seconds (shared.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.domain.dates import format_date
from desktop.domain.periods import Period
from desktop.domain.text_safety import one_line, visible
from desktop.services.collection.importer import FileOutcome, ImportSummary
from desktop.services.collection.opening import CollectionDatabaseError, collection_lock, connect
from desktop.ui.background import Failure, FailureKind, Job, Task, explain, run_in_background
from desktop.ui.collection.dashboard import DashboardPage
from desktop.ui.collection.pages import (
    DetailPage,
    GroupsPage,
    LogPage,
    Page,
    PartnershipsPage,
    ResourcesPage,
    labelled,
)
from desktop.ui.collection.recent import remember_recent
from desktop.ui.collection.safety import CollectionSafety
from desktop.ui.i18n import plural
from desktop.ui.problem_text import said, translate

if TYPE_CHECKING:
    from desktop.services.collection.opening import Connection, InstanceLock
    from desktop.services.collection.withdraw import Withdrawn

SecondFolder = Callable[[], Path | None]


def tr(text: str) -> str:
    return QCoreApplication.translate("CollectionWindow", text)


def tr_n(text: str, n: int) -> str:
    """A count with its noun in the right form ("1 file", "3 files"; issue 21)."""
    return plural("CollectionWindow", text, n)


def _no_second_folder() -> Path | None:
    return None


def _plain(exc: Exception) -> str:
    """A full disk or a lost drive in the words the group's window uses; else the message."""
    from desktop.services.storage_errors import storage_problem_message

    return storage_problem_message(exc, translate) or said(exc)


class CollectionWindow(QMainWindow):
    def __init__(
        self,
        path: Path | str,
        settings: QSettings | None = None,
        lock: InstanceLock | None = None,
        second_folder: SecondFolder | None = None,
    ) -> None:
        """``path`` must already be open (services.collection.opening.open_collection).

        ``lock`` is the collection's lock, already held; without one the window takes it,
        raising AlreadyOpenError (nothing opened) when another window or command has it.
        ``second_folder`` gives the second backup folder the person chose, if any.
        """
        from desktop.ui.collection import shared

        if isinstance(path, str):  # a server: PostgreSQL keeps officers apart, no lock
            lock = lock or shared.NoLock()  # type: ignore[assignment]
        lock = lock if lock is not None else collection_lock(path).acquire()
        super().__init__()
        self.lock = lock
        self.path = path
        self.second_folder: SecondFolder = second_folder or _no_second_folder
        self.settings = settings or QSettings()
        self.conn: Connection = connect(path)
        self.import_job: Job[ImportSummary] | None = None
        self.export_job: Job[Path] | None = None
        self.withdraw_job: Job[Withdrawn] | None = None
        self._closing = False
        self.last_summary: ImportSummary | None = None
        if isinstance(path, Path):
            self.setWindowTitle(
                tr("{app} — Collection — {name} ({folder})").format(
                    app=APP_NAME, name=path.name, folder=path.parent
                )
            )
        self.setAcceptDrops(True)
        self.resize(1150, 760)

        self.groups = GroupsPage(self.edit_expected, self.withdraw, self.merge_groups)
        self.partnerships = PartnershipsPage(self.merge)
        self.detail = DetailPage()
        self.resources = ResourcesPage()
        self.log = LogPage()
        self.dashboard = DashboardPage()
        from desktop.ui.collection.run_page import RunPage

        self.run = RunPage()  # how groups' partnerships are run (issue 17)
        from desktop.ui.collection import trust_actions as trust
        from desktop.ui.collection.trust_page import TrustPage

        self.trust = TrustPage(
            lambda n: trust.confirm_held(self, n),
            lambda n: trust.refuse_held(self, n),
            lambda: trust.make_pack(self),
            lambda which: trust.keys_action(self, which),
            lambda: trust.show_contacts(self),
        )
        self.tabs = QTabWidget()
        for page, title in (
            (self.groups, tr("&Groups")),
            (self.partnerships, tr("&Partnerships")),
            (self.detail, tr("&One partnership")),
            (self.resources, tr("&Resources and help")),
            (self.dashboard, tr("Dashboard")),
            (self.run, tr("How i&t is run")),
            (self.log, tr("Import &log")),
            (self.trust, tr("Keys and packs")),  # every letter of it is taken here
        ):
            self.tabs.addTab(page, title)
        self.setCentralWidget(self._with_period_bar(self.tabs))
        self.partnerships.open_partnership.connect(self.show_partnership)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Import progress"))
        self.progress.setMaximumWidth(260)
        self.cancel_button = QPushButton(tr("&Cancel import"))
        self.cancel_button.clicked.connect(self.cancel_import)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self._set_busy(False)
        if isinstance(path, Path):
            self.safety = CollectionSafety(self)
        else:
            self.safety = shared.ServerSafety()  # type: ignore[assignment]
        self._build_menus()
        if isinstance(path, Path):
            remember_recent(self.settings, path)
        else:
            shared.show_shared(self)  # title, role, and others' changes every few seconds
        self.show_latest_period()
        self.statusBar().showMessage(
            tr("Drop return PDFs or folders here, or choose File → Import returns…")
        )

    # Menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        from desktop.ui.collection.menu import add_collection_actions

        menu = self.menuBar().addMenu(tr("&File"))
        add_collection_actions(self, menu, self.settings, self.second_folder)
        menu.addSeparator()
        self.import_action = QAction(tr("&Import returns…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.choose_files)
        menu.addAction(self.import_action)
        self.make_pack_action = QAction(tr("Make a return &pack…"), self)
        self.make_pack_action.triggered.connect(self.trust.make_pack_button.click)
        menu.addAction(self.make_pack_action)
        export = menu.addMenu(tr("&Export"))
        for label, slot in (
            (tr("This page as &CSV…"), self.export_csv),
            (tr("Every view as a &spreadsheet (XLSX)…"), self.export_xlsx),
            (tr("Area summary &PDF…"), self.export_pdf),
        ):
            action = QAction(label, self)
            action.triggered.connect(slot)
            export.addAction(action)
        menu.addSeparator()
        self.safety.add_actions(menu)
        menu.addSeparator()
        close = QAction(tr("&Close collection"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        menu.addAction(close)

    # Reading -----------------------------------------------------------------------------
    def release_connection(self) -> None:
        """Let go of the file (a restore is about to replace it); the lock stays held."""
        self.conn.close()

    def reconnect(self) -> None:
        self.conn = connect(self.path)
        self.refresh()

    # The period shown -------------------------------------------------------------------
    def _with_period_bar(self, tabs: QTabWidget) -> QWidget:
        """The period chooser above the pages: every page and export is for its period."""
        from datetime import date

        from desktop.ui.period_chooser import PeriodChooser

        self.period_chooser = PeriodChooser(date.today(), self)
        # Alt+P belongs to the Partnerships page here.
        self.period_chooser.kind_label.setText(tr("&Kind of period:"))
        self.period: Period | None = None
        self.period_note = QLabel()
        self.period_note.setWordWrap(True)
        self.period_note.setAccessibleName(tr("The period shown"))
        self.latest_button = QPushButton(tr("Latest period"))
        self.latest_button.clicked.connect(self.show_latest_period)
        # The periods the collection has returns for, to pick one straight away.
        self.known_periods = QComboBox()
        self.known_periods.setAccessibleName(tr("Periods with returns"))
        self.known_periods.activated.connect(self._known_period_chosen)
        form = QFormLayout()
        form.addRow(labelled(tr("Periods &with returns:"), self.known_periods), self.known_periods)
        self.period_chooser.add_rows(form)
        bar = QHBoxLayout()
        bar.addLayout(form)
        side = QVBoxLayout()
        side.addWidget(self.period_note)
        side.addWidget(self.latest_button, 0, Qt.AlignmentFlag.AlignLeft)
        bar.addLayout(side, 1)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.addLayout(bar)
        layout.addWidget(tabs, 1)
        self.period_chooser.changed.connect(self.refresh)
        return holder

    def show_latest_period(self) -> None:
        """Show the latest period the collection has returns for (the first thing shown)."""
        from desktop.services.collection.views import chosen_period

        latest = chosen_period(self.conn)
        if latest is not None:
            self.period_chooser.set_period(latest)
        self.refresh()

    def show_period(self, period: Period) -> None:
        self.period_chooser.set_period(period)
        self.refresh()

    def _known_period_chosen(self, index: int) -> None:
        period = self.known_periods.itemData(index)
        if isinstance(period, Period):
            self.show_period(period)

    def _list_known_periods(self) -> None:
        """The periods with returns, the one shown chosen (none when it has no returns)."""
        from desktop.services.collection.views import collection_periods

        shown = None if self.period is None else (self.period.start, self.period.end)
        self.known_periods.blockSignals(True)
        try:
            self.known_periods.clear()
            current = -1
            for known in collection_periods(self.conn):
                if (known.start, known.end) == shown:
                    current = self.known_periods.count()
                self.known_periods.addItem(
                    tr("{period} ({start} to {end})").format(
                        period=one_line(known.label),
                        start=format_date(known.start),
                        end=format_date(known.end),
                    ),
                    known,
                )
            self.known_periods.setCurrentIndex(current)
        finally:
            self.known_periods.blockSignals(False)

    def _chosen_period(self) -> Period | None:
        from desktop.domain.periods import PeriodError
        from desktop.services.collection.views import chosen_period, collection_periods

        try:
            period = self.period_chooser.period()
        except PeriodError as exc:
            self.period_note.setText(said(exc))
            return self.period
        if not collection_periods(self.conn):
            self.period_note.setText(tr("No returns yet."))
            return None
        period = chosen_period(self.conn, period)
        assert period is not None
        self.period_note.setText(
            tr(
                "Showing {period}: {start} to {end}. Only returns for exactly these dates "
                "count; a quarter is never added to its year."
            ).format(
                period=one_line(period.label),
                start=format_date(period.start),
                end=format_date(period.end),
            )
        )
        return period

    def refresh(self) -> None:
        self.period = self._chosen_period()
        self._list_known_periods()
        pages = (self.groups, self.partnerships, self.detail, self.resources, self.log, self.trust)
        pages = (*pages, self.run)
        from desktop.services.collection.views import one_reading

        # One reading for every page: the Dashboard, when shown, reuses the others' totals.
        with one_reading(self.conn):
            for page in (*pages, self.dashboard):
                page.period = self.period
                page.refresh(self.conn)

    def show_partnership(self, key: str) -> None:
        self.detail.show_partnership(key)
        self.tabs.setCurrentWidget(self.detail)

    def current_page(self) -> Page:
        page = self.tabs.currentWidget()
        assert isinstance(page, Page)
        return page

    # The officer's decisions -------------------------------------------------------------
    def merge(self, alias: str, into: str) -> None:
        from desktop.services.collection.merges import MergeError, merge_partnerships

        try:
            merge_partnerships(self.conn, alias, into)
        except (MergeError, CollectionDatabaseError) as exc:
            QMessageBox.warning(self, tr("Cannot merge"), _plain(exc))
            if isinstance(exc, MergeError):  # perhaps another officer's change: show it
                self.refresh()
            return
        self.safety.changed()
        self.refresh()
        self.statusBar().showMessage(tr("Merged. New returns will use the same name."), 5000)

    def withdraw(self, reference: str, reason: str | None = None) -> bool:
        """Withdraw a return, asking why (``reason`` given: asked already). A file is backed
        up first, which takes a while for a large collection, so it is done on a pool thread
        (ui/background.py) with its own connection. True once started."""
        from desktop.services.collection.opening import connected
        from desktop.services.collection.withdraw import withdraw_return

        if self.withdraw_job is not None:
            QMessageBox.information(
                self, tr("Withdrawing"), tr("Wait for the return being withdrawn.")
            )
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                tr("Withdraw a return"),
                tr(
                    "Why is {reference} withdrawn? The reason is kept in the import log. "
                    "The earlier return it replaced will count again."
                ).format(reference=one_line(reference)),
            )
            if not ok:
                return False
        location, second_folder, why = self.path, self.second_folder, reason

        def work(task: Task) -> Withdrawn:
            with connected(location) as conn:
                return withdraw_return(conn, location, reference, why, second_folder=second_folder)

        def done(result: Withdrawn) -> None:
            self.withdraw_job = None
            self.safety.changed()
            self.refresh()
            self.statusBar().showMessage(
                (
                    tr("Withdrew {reference}. The collection was backed up first.")
                    if isinstance(location, Path)
                    else tr("Withdrew {reference}.")  # a server's backups are its own
                ).format(reference=one_line(result.reference)),
                8000,
            )

        def failed(failure: Failure) -> None:
            self.withdraw_job = None
            QMessageBox.warning(self, tr("Cannot withdraw the return"), failure.message)
            if failure.kind is FailureKind.REFUSED:  # perhaps another officer's change
                self.refresh()

        self.statusBar().showMessage(
            tr("Withdrawing {reference}…").format(reference=one_line(reference))
        )
        self.withdraw_job = run_in_background(
            self, work, on_done=done, on_failed=failed, what=tr("The withdrawal")
        )
        return True

    def merge_groups(self, alias: str, into: str) -> None:
        """The officer says two group ids are one group: kept for later imports."""
        from desktop.services.collection.group_merges import GroupMergeError, merge_groups

        try:
            merge_groups(self.conn, alias, into)
        except (GroupMergeError, CollectionDatabaseError) as exc:
            QMessageBox.warning(self, tr("Cannot merge the groups"), _plain(exc))
            if isinstance(exc, GroupMergeError):  # perhaps another officer's change: show it
                self.refresh()
            return
        self.safety.changed()
        self.refresh()
        self.statusBar().showMessage(
            tr("Merged. Returns from either id now count as one group's, later ones too."), 8000
        )

    def edit_expected(self, name: str, add: bool) -> None:
        from desktop.services.collection.expected import expect_groups, stop_expecting
        from desktop.services.collection.merges import MergeError

        try:
            if add:
                expect_groups(self.conn, [name])
            else:
                stop_expecting(self.conn, name)
        except (MergeError, CollectionDatabaseError) as exc:
            QMessageBox.warning(self, tr("Expected groups"), _plain(exc))
            return
        self.safety.changed()
        self.refresh()

    # Importing ---------------------------------------------------------------------------
    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, tr("Import returns"), "", tr("Return PDFs (*.pdf);;All files (*)")
        )
        if files:
            self.start_import([Path(f) for f in files])

    def start_import(self, paths: list[Path]) -> bool:
        """Import on a pool thread (ui/background.py); Cancel stops between files. Each file
        is its own transaction in the service, so a cancel or a failure never leaves half a
        file behind, and the files read before it are kept."""
        from desktop.services.collection.importer import import_returns

        if self.import_job is not None:
            QMessageBox.information(
                self, tr("Import running"), tr("Wait for this import to finish, or cancel it.")
            )
            return False
        location, second_folder, files = self.path, self.second_folder, list(paths)

        def work(task: Task) -> ImportSummary:
            return import_returns(
                location,
                files,
                progress=task.progress,
                cancelled=task.cancelled,
                second_folder=second_folder,
            )

        self._set_busy(True)
        self.statusBar().showMessage(tr("Starting the import…"))
        self.import_job = run_in_background(
            self,
            work,
            on_done=self._on_finished,
            on_failed=self._on_failed,
            progress=self._on_progress,
            what=tr("The import of returns"),
        )
        return True

    def cancel_import(self) -> None:
        if self.import_job is not None:
            self.import_job.cancel()
            self.cancel_button.setEnabled(False)
            self.statusBar().showMessage(tr("Stopping after the file being read…"))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _on_progress(self, done: int, total: int, outcome: object) -> None:
        if self._closing or not isinstance(outcome, FileOutcome):
            return
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.statusBar().showMessage(
            tr("{done} of {total}: {file} — {outcome}").format(
                done=done,
                total=total,
                file=one_line(Path(outcome.path).name),
                outcome=outcome.outcome,
            )
        )

    def _on_finished(self, summary: ImportSummary) -> None:
        self.import_job = None
        self.last_summary = summary
        if self._closing:  # the window is going: nothing to show
            return
        if summary.outcomes:  # every file offered was written to the log, at least
            self.safety.changed()
        self._set_busy(False)
        if self.period is None:  # the first returns: show the latest period they bring
            self.show_latest_period()
        else:
            self.refresh()
        text = tr_n(
            "%n file(s): {imported} imported, {duplicate} already here, "
            "{supersedes} replaced an earlier return, {rejected} rejected.",
            len(summary.outcomes),
        ).format(
            imported=summary.count("imported"),
            duplicate=summary.count("duplicate"),
            supersedes=summary.count("supersedes"),
            rejected=summary.rejected,
        )
        if summary.cancelled:
            text = tr("Import cancelled. ") + text
        if summary.backup_problem:
            text += " " + said(summary.backup_problem)
        self.statusBar().showMessage(text)
        if summary.rejected:
            self.tabs.setCurrentWidget(self.log)
            QMessageBox.warning(
                self,
                tr("Some files were not imported"),
                text + "\n\n" + tr("The import log shows each file and the reason."),
            )

    def _on_failed(self, failure: Failure) -> None:
        """Say why the import stopped: the service's words, a full disk as the app says it,
        or (our bug, logged with its traceback by the helper) that it was unexpected."""
        self.import_job = None
        if self._closing:
            return
        self.safety.changed()  # files before the failure were kept
        self._set_busy(False)
        self.refresh()
        message = failure.message
        if failure.kind is FailureKind.UNEXPECTED:
            message = tr(
                "The import stopped because of an unexpected error ({kind}). The files "
                "imported before it are kept; the import log shows them. The details are in "
                "Partnerbook's log."
            ).format(kind=type(failure.error).__name__)
        QMessageBox.critical(self, tr("The import stopped"), visible(message))

    # Drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.start_import(paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    # Exports -----------------------------------------------------------------------------
    def _folder(self) -> Path:
        """Where exports are offered: beside the file, or (a server) the home folder."""
        return self.path.parent if isinstance(self.path, Path) else Path.home()

    def _stem(self) -> str:
        if isinstance(self.path, Path):
            return self.path.stem
        from desktop.services.collection.opening import server_label

        return server_label(self.path).split(" on ")[0]

    def _save_name(self, title: str, suggested: str, pattern: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(self._folder() / suggested), pattern)
        return Path(name) if name else None

    def _exported(self, work: Callable[[], object], target: Path) -> bool:
        """Make a quick export here, and say plainly if it could not be made (nothing is
        left behind: every export is written whole or not at all)."""
        try:
            work()
        except Exception as exc:  # every failure is told; explain() logs our own bugs
            self._export_failed(target, explain(exc, tr("The export")))
            return False
        self._export_saved(target)
        return True

    def _export_saved(self, target: Path) -> None:
        self.statusBar().showMessage(tr("Saved {file}").format(file=target), 8000)

    def _export_failed(self, target: Path, failure: Failure) -> None:
        """A refused save (SaveError names the file, says why and what to do) or a full disk
        in the app's words; else the file, and that nothing was saved there."""
        message = failure.message
        if failure.kind is FailureKind.UNEXPECTED and isinstance(failure.error, OSError):
            message = tr(
                "{file} could not be written: {why}. Choose another place or name."
            ).format(file=target, why=failure.error.strerror or failure.error)
        elif failure.kind is FailureKind.UNEXPECTED:  # our fault, not the officer's
            message = tr(
                "{file} was not made: something went wrong that Partnerbook did not "
                "expect. Nothing was saved there. The details are in Partnerbook's log."
            ).format(file=target)
        QMessageBox.warning(self, tr("Could not export"), message)

    def export_csv(self) -> None:
        from desktop.services.collection.exports import write_csv_folder
        from desktop.services.collection.views import period_table

        folder = QFileDialog.getExistingDirectory(self, tr("Export as CSV into folder"))
        if folder:
            tables = [*self.current_page().tables(), period_table(self.period)]
            self._exported(lambda: write_csv_folder(tables, Path(folder)), Path(folder))

    def export_xlsx(self) -> bool:
        """Every view of the period in one workbook, made on a pool thread."""
        from desktop.services.collection.exports import area_tables, write_xlsx

        if self._export_running():
            return False
        target = self._save_name(tr("Export spreadsheet"), f"{self._stem()}.xlsx", "Excel (*.xlsx)")
        period, shown = self.period, self.detail.tables()  # the partnership shown, as it is
        return self._export_in_background(
            target,
            lambda conn, path: write_xlsx(area_tables(conn, period) + shown, path),
            tr("Making the spreadsheet…"),
            tr("The spreadsheet"),
        )

    def export_pdf(self) -> bool:
        """The area summary PDF: the same service and title as ``collect summary --pdf``."""
        from desktop.services.collection.opening import collection_name
        from desktop.services.collection.summary import export_area_summary

        if self._export_running():
            return False
        target = self._save_name(
            tr("Save area summary"), f"{self._stem()} summary.pdf", "PDF (*.pdf)"
        )
        location, period = self.path, self.period
        return self._export_in_background(
            target,
            lambda conn, path: export_area_summary(
                conn, path, collection_name(location), period=period
            ),
            tr("Making the area summary…"),
            tr("The area summary"),
        )

    def _export_running(self) -> bool:
        """One export at a time: say so before asking where to save another."""
        if self.export_job is None:
            return False
        QMessageBox.information(
            self, tr("Export running"), tr("Wait for the export being made to finish.")
        )
        return True

    def _export_in_background(
        self,
        target: Path | None,
        make: Callable[[Connection, Path], Path],
        making: str,
        what: str,
    ) -> bool:
        """Make an export that reads every view on a pool thread, with its own connection
        (the window's belongs to this thread), so the window keeps answering. False when
        no file was chosen."""
        from desktop.services.collection.opening import connected

        if target is None:
            return False
        location, chosen = self.path, target

        def work(task: Task) -> Path:
            with connected(location) as conn:
                return make(conn, chosen)

        def done(saved: Path) -> None:
            self.export_job = None
            self._export_saved(saved)

        def failed(failure: Failure) -> None:
            self.export_job = None
            self._export_failed(target, failure)

        self.statusBar().showMessage(making)
        self.export_job = run_in_background(self, work, on_done=done, on_failed=failed, what=what)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        for job in (self.export_job, self.withdraw_job):
            if job is not None:  # the file or the withdrawal asked for is finished, not lost
                job.wait()
        if self.import_job is not None:
            self.import_job.cancel()
            self.import_job.wait()  # it stops after the file being read
            self.import_job = None
            self.safety.changed()  # the files read before the cancel were kept
        # Back up while the lock is still held, so no other writer slips in between.
        self.safety.on_close()
        self.conn.close()
        self.lock.release()
        super().closeEvent(event)
