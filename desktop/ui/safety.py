"""The safety net in the window: automatic backups, and the menu entries that reach it.

``install_safety_net(window)`` is the one call the main window makes. It adds File → Back up
now / Restore from backup… / Second backup folder…, and Edit → People…, and starts the
automatic backups: every 30 minutes while there are changes no backup holds, and on close.
The rule for "is a backup due?" is domain.backup_policy.BackupSchedule; this only drives it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from desktop.domain.backup_policy import BackupSchedule
from desktop.domain.changes import Change
from desktop.services.backups import (
    BackupOutcome,
    BackupTarget,
    group_target,
    second_backup_folder,
    set_second_backup_folder,
)
from desktop.services.opening import BackupError
from desktop.ui.background import Failure, Job, jobs_within, run_in_background, wait_for
from desktop.ui.data import DataHub
from desktop.ui.problem_text import said

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

CHECK_EVERY_MS = 60_000


def tr(text: str) -> str:
    return QCoreApplication.translate("Safety", text)


class AutoBackup(QObject):
    """Backs up while the window is open; ``clock`` is replaceable so tests need not wait.

    Timed backups run in a worker thread (a large database must not freeze the window);
    the backup on close and "Back up now" run at once, because the person is waiting for them.
    ``source`` is the group's DataHub (its saves are noticed through ``changed``) or any
    BackupTarget, such as a collection, whose window calls ``note_change()`` after it writes.
    """

    backed_up = Signal(str)
    problem = Signal(str)

    def __init__(
        self,
        source: DataHub | BackupTarget,
        parent: QObject | None = None,
        *,
        clock: Callable[[], datetime] = datetime.now,
        check_every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        if isinstance(source, BackupTarget):
            self.target = source
        else:
            self.target = group_target(source.paths)
            source.changed.connect(self._on_changed)
        self.clock = clock
        self.schedule = BackupSchedule()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._job: Job[BackupOutcome] | None = None
        self._paused = False
        self._was_ticking = False
        self.schedule.last_backup = self.target.newest_backup_time()
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _on_changed(self, _topic: Change) -> None:
        self.note_change()

    def note_change(self) -> None:
        """Something was written that no backup holds yet."""
        self.schedule.changed(self.clock())

    def check(self) -> None:
        """What the timer does: start a backup in the background when one is due."""
        if self._job is not None or self._paused or not self.schedule.due(self.clock()):
            return
        self._start("automatic", tr("The automatic backup"))

    def start(
        self, reason: str, then: Callable[[BackupOutcome | None], None] | None = None
    ) -> Job[BackupOutcome]:
        """Back up now, in the background (Back up now): ``then`` gets the outcome, or None
        when it failed (said through ``problem``, as every backup failure is)."""
        self.wait()  # never two backups at once
        return self._start(reason, tr("The backup"), then)

    def _start(
        self,
        reason: str,
        what: str,
        then: Callable[[BackupOutcome | None], None] | None = None,
    ) -> Job[BackupOutcome]:
        target, now, started = self.target, self.clock(), self.schedule.begin()

        def done(outcome: BackupOutcome) -> None:
            self._job_done(outcome, now, started)
            if then is not None:
                then(outcome)

        def failed(failure: Failure) -> None:
            self._job_failed(failure)
            if then is not None:
                then(None)

        # The backup opens its own read-only connection to the file, on a pool thread.
        self._job = run_in_background(
            self,
            lambda _task: target.back_up(reason, now=now),
            on_done=done,
            on_failed=failed,
            what=what,
            pool=self.pool,
        )
        return self._job

    def _job_done(self, outcome: BackupOutcome, when: datetime, started: int) -> None:
        self._job = None
        self.schedule.finished(when, started)
        self.backed_up.emit(str(outcome.path))
        if outcome.second_problem:
            self.problem.emit(said(outcome.second_problem))

    def _job_failed(self, failure: Failure) -> None:
        self._job = None
        self.problem.emit(failure.message)  # the status bar and, once, a dialog say it

    def wait(self) -> None:
        """Let a backup in the background finish and take in its result (before a restore,
        say, which must not replace the file while the backup is copying it)."""
        if self._job is not None:
            self._job.wait()

    def pause(self) -> None:
        """No backups until ``resume`` (a restore is replacing the file): the one running
        finishes first."""
        self._paused = True
        self._was_ticking = self.timer.isActive()
        self.timer.stop()
        self.wait()

    def resume(self) -> None:
        self._paused = False
        if self._was_ticking:  # a timer stopped before (the window closing) stays stopped
            self.timer.start()

    def run(self, reason: str) -> BackupOutcome | None:
        """Back up now; a failure is reported, never raised (the records themselves are safe)."""
        self.wait()  # never two backups at once
        now = self.clock()
        started = self.schedule.begin()
        try:
            outcome = self.target.back_up(reason, now=now)
        except (BackupError, OSError) as exc:
            self.problem.emit(said(exc))
            return None
        self.schedule.finished(now, started)
        self.backed_up.emit(str(outcome.path))
        if outcome.second_problem:
            self.problem.emit(said(outcome.second_problem))
        return outcome

    def restored(self) -> None:
        """The records now match a backup that exists: nothing new to back up."""
        self.schedule.finished(self.clock(), self.schedule.begin())

    def on_close(self) -> BackupOutcome | None:
        self.timer.stop()
        self.wait()
        return self.run("on-close") if self.schedule.pending else None


class BackupFeedback(QObject):
    """What the person is told about one window's backups, in plain words.

    "Backed up" in the status bar; a failure there and, once per run of failures, in a
    dialog (after that the status bar is enough, or a full disk would bring the same dialog
    back every minute); and the result of Back up now. Never a traceback.
    """

    def __init__(self, auto: AutoBackup, window: QMainWindow) -> None:
        super().__init__(window)
        self.auto = auto
        self.window = window
        self._warned = False
        auto.backed_up.connect(self._made)
        auto.problem.connect(self._problem)

    def back_up_now(self) -> BackupOutcome | None:
        """Back up at once, waiting for it (a collection's window still does)."""
        outcome = self.auto.run("manual")
        self._told(outcome)
        return outcome

    def back_up_in_background(self) -> Job[BackupOutcome]:
        """Back up now while the window keeps answering; say so when it is done."""
        self.window.statusBar().showMessage(tr("Backing up…"))
        return self.auto.start("manual", self._told)

    def _told(self, outcome: BackupOutcome | None) -> None:
        if outcome is not None:
            QMessageBox.information(
                self.window,
                tr("Backed up"),
                tr("Your records were backed up and checked:\n{path}").format(path=outcome.path),
            )

    def _made(self, _path: str) -> None:
        self._warned = False
        self.window.statusBar().showMessage(tr("Backed up"), 5000)

    def _problem(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 15000)
        if not self._warned:
            self._warned = True
            QMessageBox.warning(self.window, tr("Backup not made"), message)


class SafetyNet(QObject):
    """Owns the automatic backups and the menu actions for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.auto = AutoBackup(window.hub, self)
        self.feedback = BackupFeedback(self.auto, window)
        window.installEventFilter(self)
        self._build_actions()

    def _build_actions(self) -> None:
        w = self.window
        self.backup_action = QAction(tr("&Back up now"), w)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(tr("&Restore from backup…"), w)
        self.restore_action.triggered.connect(self.open_restore)
        self.second_folder_action = QAction(tr("Second backup &folder…"), w)
        self.second_folder_action.triggered.connect(self.choose_second_folder)
        before = getattr(w, "quit_action", None)
        for action in (self.backup_action, self.restore_action, self.second_folder_action):
            w.file_menu.insertAction(before, action)
        w.file_menu.insertSeparator(before)
        self.people_action = QAction(tr("Pe&ople…"), w)
        self.people_action.triggered.connect(self.open_people)
        w.edit_menu.addSeparator()
        w.edit_menu.addAction(self.people_action)

    # Actions ---------------------------------------------------------------------------
    def back_up_now(self) -> Job[BackupOutcome]:
        return self.feedback.back_up_in_background()

    def open_restore(self) -> None:
        from desktop.ui.restore import RestoreDialog

        RestoreDialog(self.window.hub, self.auto, self.window).exec()

    def open_people(self) -> None:
        from desktop.ui.people import PeopleDialog

        PeopleDialog(self.window.hub, self.window).exec()

    def choose_second_folder(self) -> None:
        paths = self.window.hub.paths
        current = second_backup_folder(paths)
        folder = QFileDialog.getExistingDirectory(
            self.window,
            tr("Choose a second folder for backups (for example a USB stick)"),
            str(current or paths.backups.parent),
        )
        if not folder:
            return
        set_second_backup_folder(paths, Path(folder))
        self.auto.start("manual")  # proves the new folder works; a problem is said

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            # An import still storing its rows finishes first, so the last backup holds it.
            wait_for(jobs_within(self.window))
            self.auto.on_close()
        return False


def install_safety_net(window: MainWindow) -> SafetyNet:
    return SafetyNet(window)
