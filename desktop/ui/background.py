"""The one way the window runs a long job: off the UI thread, with progress, told plainly.

Exporting a return, importing a folder of returns, backing up, restoring: done in the
window's thread, the window would stop answering ("Not responding" on Windows). Every such
job goes through ``run_in_background`` (work that opens what it needs itself: a collection,
a file) or ``run_in_session`` (a service call in its own database session, one
transaction). Either way:

- ``work`` runs on a pool thread and is handed a ``Task``: ``task.progress(done, total,
  detail)`` to report, ``task.cancelled()`` / ``task.stop_if_cancelled()`` to stop where the
  work allows (between files, before the commit);
- ``on_done(result)``, ``on_failed(failure)``, ``on_cancelled()`` and ``progress(...)``
  are called on the UI thread, never on the pool thread, so they may touch widgets;
- a failure is put in the app's words: a ``UserError`` as it says, a full disk or a locked
  file as the rest of the app says it (and on the hub's status line), our own bug logged
  with its traceback and told as "could not be finished… Nothing was saved". Without an
  ``on_failed`` the message is shown in a dialog, so a failure is never silent;
- on success the hub announces what changed, as typed ``Change`` topics: fixed ones, or
  the ones the result names (``changes=lambda result: result.changes``).

The shape follows Anki's CollectionOp/QueryOp: the caller says what to run and what to do
with the answer; threads, sessions and error wording live here once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.domain.changes import Change, changes_of
from desktop.domain.problems import UserError

if TYPE_CHECKING:
    from desktop.services.types import Session
    from desktop.ui.data import DataHub

__all__ = [
    "Cancelled",
    "Failure",
    "FailureKind",
    "Job",
    "Task",
    "run_in_background",
    "run_in_session",
]

T = TypeVar("T")
ChangesOf = Change | Iterable[Change] | Callable[[Any], Iterable[Change]]


def tr(text: str) -> str:
    return QCoreApplication.translate("Background", text)


class Cancelled(Exception):
    """Raised by ``Task.stop_if_cancelled``: the work stopped because the person asked."""


class Task:
    """What the work is handed on its thread: a way to report progress and to see Cancel."""

    def __init__(self, report: Callable[[int, int, object], None]) -> None:
        self._report = report
        self._cancel = threading.Event()

    def progress(self, done: int, total: int = 0, detail: object = None) -> None:
        """``done`` of ``total`` steps (0 when unknown), and what it is doing (any value)."""
        self._report(done, total, detail)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def stop_if_cancelled(self) -> None:
        """Stop here if Cancel was pressed; in a session, nothing of this job is saved."""
        if self._cancel.is_set():
            raise Cancelled


class FailureKind(Enum):
    REFUSED = "refused"  # a UserError: the work said why, in its own words
    STORAGE = "storage"  # the disk, a permission, a lock: the person's world
    UNEXPECTED = "unexpected"  # our bug: logged with its traceback


@dataclass(frozen=True)
class Failure:
    error: BaseException
    message: str  # in the person's language, ready to show
    kind: FailureKind


def explain(error: BaseException, what: str) -> Failure:
    """Put a failure of the job ``what`` in the app's words; log our own bugs."""
    from desktop.services.storage_errors import storage_problem_message
    from desktop.ui.problem_text import said, translate

    if isinstance(error, UserError):
        return Failure(error, said(error), FailureKind.REFUSED)
    storage = storage_problem_message(error, translate)
    if storage is not None:
        return Failure(error, storage, FailureKind.STORAGE)
    from desktop.logging_setup import log

    log.error("%s failed in the background", what or "A job", exc_info=error)
    message = tr(
        "{what} could not be finished because of an unexpected error ({kind}). Nothing was "
        "saved. Please try again, and tell us if it happens again."
    ).format(what=what or tr("The work"), kind=type(error).__name__)
    return Failure(error, message, FailureKind.UNEXPECTED)


class _Relay(QObject):
    """Made on the UI thread, emitted from the pool thread: Qt queues each call to the Job."""

    progressed = Signal(int, int, object)
    done = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()


class Job(QObject, Generic[T]):
    """One running job. Keep it to cancel or wait for it; it lets go of itself when done."""

    _running: ClassVar[set[Job[Any]]] = set()  # so a job nobody keeps still delivers its result
    # The work's progress on the UI thread (done, total, detail), for whoever watches the job.
    progressed = Signal(int, int, object)

    def __init__(
        self,
        parent: QObject | None,
        work: Callable[[Task], T],
        *,
        on_done: Callable[[T], None],
        on_failed: Callable[[Failure], None] | None,
        on_cancelled: Callable[[], None] | None,
        progress: Callable[[int, int, object], None] | None,
        what: str,
        hub: DataHub | None,
        changes: ChangesOf,
    ) -> None:
        # A child of ``parent``: if the window goes, the answer goes unheard with it.
        super().__init__(parent)
        self.parent_widget = parent if isinstance(parent, QWidget) else None
        self.what = what
        self.hub = hub
        self._work = work
        self._on_done = on_done
        self._on_failed = on_failed
        self._on_cancelled = on_cancelled
        self._on_progress = progress
        self._changes = changes
        self._finished = threading.Event()
        self.finished = False  # True once the answer was delivered on the UI thread
        self.relay = _Relay()
        self.relay.progressed.connect(self._progressed)
        self.relay.done.connect(self._done)
        self.relay.failed.connect(self._failed)
        self.relay.cancelled.connect(self._cancelled)
        self.task = Task(self.relay.progressed.emit)
        Job._running.add(self)
        self.destroyed.connect(lambda *_: Job._running.discard(self))

    # On the pool thread ----------------------------------------------------------------
    def _run(self) -> None:
        relay = self.relay  # only the relay is touched here: it outlives a closed window
        try:
            result = self._work(self.task)
        except Cancelled:
            relay.cancelled.emit()
        except Exception as exc:  # every failure is told; explain() logs our own bugs
            relay.failed.emit(exc)
        else:
            relay.done.emit(result)
        finally:
            self._finished.set()

    # On the UI thread ------------------------------------------------------------------
    def cancel(self) -> None:
        """Ask the work to stop where it can; it says so through ``on_cancelled``."""
        self.task._cancel.set()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the work ends and deliver its answer now (before a restore replaces
        the file a backup is reading, say). False if it did not end within ``timeout_ms``."""
        deadline = None if timeout_ms < 0 else timeout_ms / 1000
        if not self._finished.wait(deadline):
            return False
        QCoreApplication.sendPostedEvents(self)
        QCoreApplication.sendPostedEvents(self.relay)
        return True

    def _progressed(self, done: int, total: int, detail: object) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, detail)
        self.progressed.emit(done, total, detail)

    def _done(self, result: T) -> None:
        self._let_go()
        if self.hub is not None:
            changes = self._changes(result) if callable(self._changes) else self._changes
            self.hub.announce(*changes_of(changes))
        self._on_done(result)

    def _failed(self, error: BaseException) -> None:
        self._let_go()
        failure = explain(error, self.what)
        if failure.kind is FailureKind.STORAGE and self.hub is not None:
            self.hub.failed.emit(failure.message)  # the status line, as the hub's writes do
        if self._on_failed is not None:
            self._on_failed(failure)
        elif failure.kind is FailureKind.STORAGE:
            from desktop.ui.errors import show_storage_problem

            show_storage_problem(failure.message, self.parent_widget)
        else:
            QMessageBox.warning(self.parent_widget, tr("Not done"), failure.message)

    def _cancelled(self) -> None:
        self._let_go()
        if self._on_cancelled is not None:
            self._on_cancelled()

    def _let_go(self) -> None:
        self.finished = True
        Job._running.discard(self)


def run_in_background(
    parent: QObject | None,
    work: Callable[[Task], T],
    *,
    on_done: Callable[[T], None],
    on_failed: Callable[[Failure], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    progress: Callable[[int, int, object], None] | None = None,
    what: str = "",
    hub: DataHub | None = None,
    changes: ChangesOf = (),
    pool: QThreadPool | None = None,
) -> Job[T]:
    """Run ``work(task)`` on a pool thread; answer on the UI thread (see the module text).

    ``what`` names the job for a message about an unexpected error ("The return"), already
    in the person's language. ``hub`` announces ``changes`` on success. ``pool`` is the
    global pool unless given (one with a single thread keeps jobs one at a time).
    """
    job = Job(
        parent,
        work,
        on_done=on_done,
        on_failed=on_failed,
        on_cancelled=on_cancelled,
        progress=progress,
        what=what,
        hub=hub,
        changes=changes,
    )
    (pool or QThreadPool.globalInstance()).start(job._run)
    return job


def run_in_session(
    hub: DataHub,
    parent: QObject | None,
    work: Callable[[Session, Task], T],
    *,
    on_done: Callable[[T], None],
    on_failed: Callable[[Failure], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    progress: Callable[[int, int, object], None] | None = None,
    what: str = "",
    changes: ChangesOf = (),
    read_only: bool | None = None,
    pool: QThreadPool | None = None,
) -> Job[T]:
    """Run the service call ``work(session, task)`` in its own session of the hub's records,
    one transaction: committed when it returns, rolled back if it raises or is cancelled.

    ``read_only`` opens the records for reading only (the hub's own state by default).
    Leave it alone for a job that merely reads: True opens the file as immutable, which is
    right for read-only media but does not see what the window saved since its last
    checkpoint (the WAL), so a job on writable records would read stale or missing rows.
    """
    opener = hub.own_session(read_only=read_only)

    def in_session(task: Task) -> T:
        with opener() as session:
            return work(session, task)

    return run_in_background(
        parent,
        in_session,
        on_done=on_done,
        on_failed=on_failed,
        on_cancelled=on_cancelled,
        progress=progress,
        what=what,
        hub=hub,
        changes=changes,
        pool=pool,
    )


def jobs_within(owner: QObject) -> list[Job[Any]]:
    """The jobs still running that were started for ``owner`` or anything inside it (its
    dialogs, say): what a closing window waits for."""
    found: list[Job[Any]] = []
    for job in list(Job._running):
        parent = job.parent()
        while parent is not None and parent is not owner:
            parent = parent.parent()
        if parent is owner:
            found.append(job)
    return found


def any_running() -> bool:
    """True while some job has not yet delivered its answer (the app must not end under it)."""
    return bool(Job._running)


def wait_for(jobs: Iterable[Job[Any]], timeout_ms: int = -1) -> None:
    """Let running jobs end and deliver their answers (a window closing, say)."""
    deadline = QDeadlineTimer(timeout_ms) if timeout_ms >= 0 else None
    for job in list(jobs):
        job.wait(-1 if deadline is None else max(0, deadline.remainingTime()))


class JobDialog(QDialog):
    """A dialog that will not close (Esc, Cancel or the title bar) while its ``job`` runs,
    so the work it started finishes whole, or not at all, with the person still watching."""

    job: Job[Any] | None = None

    def reject(self) -> None:
        if self.job is None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            event.ignore()
            return
        super().closeEvent(event)
