"""Untrusted files are read in worker processes, under a time limit and a memory cap.

A crafted PDF can make a parser loop or allocate without end. Running the reader in a
separate process means such a file is stopped (the process is killed and replaced) and
reported as "took too long", while the import carries on with the next file. Into a file,
two workers keep both cores busy, which is what brings 1,000 returns within the time
budget; into a server the import asks for one (importer._readers_for).

The "spawn" start method is used everywhere: forking a process that runs Qt threads is
unsafe, and spawn behaves the same on Windows, macOS and Linux.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import import_module
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from desktop.domain.problems import UserError, marked
from desktop.services.collection.intake import Limits, Rejected

__all__ = ["DEFAULT_READER", "ReaderPool", "ReaderStartError"]

DEFAULT_READER = "desktop.services.collection.intake:read_checked"
MEMORY_CAP_BYTES = 2 * 1024 * 1024 * 1024


def _load(reference: str) -> Callable[[str, Limits], dict[str, Any]]:
    module, _, name = reference.partition(":")
    return getattr(import_module(module), name)  # type: ignore[no-any-return]


def _serve(conn: Connection, reader_ref: str, limits: Limits) -> None:  # pragma: no cover
    """The worker's loop (runs in the child, so coverage does not see it)."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no resource module; the time limit still applies.
    reader = _load(reader_ref)
    # Load the heavy parts now, so the first file's time limit is not spent importing.
    import pypdf  # noqa: F401

    from desktop.services.collection.intake import warm_up

    warm_up()
    conn.send(("ready",))
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        try:
            conn.send(("ok", reader(path, limits)))
        except Rejected as exc:
            # The template and its values, so the window can still translate the reason.
            template, values = (
                (exc.message.template, exc.message.values) if exc.message else ("", {})
            )
            conn.send(("rejected", exc.kind, template or str(exc), values))
        except MemoryError:
            conn.send(("rejected", "too_large", TOO_MUCH_MEMORY, {}))
        except Exception:
            conn.send(("rejected", "damaged", UNREADABLE, {}))


STARTUP_SECONDS = 120.0  # a slow, busy laptop can take this long to start Python


# Reasons a reader process gives for a file it could not read at all.
TOO_MUCH_MEMORY = marked("reading it needed more memory than allowed")
UNREADABLE = marked("it is damaged and could not be read")


class ReaderStartError(UserError, RuntimeError):
    """The reader processes could not start; nothing was imported."""


@dataclass
class _Worker:
    process: Any
    conn: Connection
    job: int | None = None
    started: float = 0.0
    ready: bool = False


class ReaderPool:
    """Read many files in worker processes; results come back in the order asked."""

    def __init__(
        self,
        limits: Limits | None = None,
        workers: int | None = None,
        reader: str = DEFAULT_READER,
    ) -> None:
        self.limits = limits or Limits()
        self.size = workers or max(1, min(2, os.cpu_count() or 1))
        self.reader = reader
        self._context = multiprocessing.get_context("spawn")
        self._workers: list[_Worker] = []

    def __enter__(self) -> ReaderPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(child, self.reader, self.limits), daemon=True
        )
        process.start()
        child.close()
        return _Worker(process, parent, started=time.monotonic())

    def _await_ready(self) -> None:
        """Wait until every worker has loaded; the time limit counts from then."""
        for worker in self._workers:
            if worker.ready:
                continue
            left = STARTUP_SECONDS - (time.monotonic() - worker.started)
            try:
                message = worker.conn.recv() if worker.conn.poll(max(0.0, left)) else None
            except (EOFError, OSError):
                message = None
            if message != ("ready",):
                raise ReaderStartError(
                    "Partnerbook could not start the part that reads return files safely. "
                    "Close other programs and try again."
                )
            worker.ready = True

    def _replace(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        self._workers[self._workers.index(worker)] = self._start()

    def read_many(
        self, paths: Sequence[Path], cancelled: Callable[[], bool] | None = None
    ) -> Iterator[tuple[Path, Any]]:
        """Yield ``(path, what the reader gave or Rejected)`` for each path, in order, until
        cancelled. The default reader gives a ``ReturnRead``; others may give a payload."""
        while len(self._workers) < min(self.size, max(1, len(paths))):
            self._workers.append(self._start())
        results: dict[int, Any] = {}
        next_job, next_yield = 0, 0

        def dispatch() -> None:
            nonlocal next_job
            if cancelled is not None and cancelled():
                return
            for worker in self._workers:
                if worker.ready and worker.job is None and next_job < len(paths):
                    worker.conn.send(str(paths[next_job]))
                    worker.job, worker.started = next_job, time.monotonic()
                    next_job += 1

        while next_yield < len(paths):
            self._await_ready()
            dispatch()
            busy = [w for w in self._workers if w.job is not None]
            if not busy:
                return  # cancelled: nothing in flight
            deadline = min(w.started for w in busy) + self.limits.seconds
            ready = wait([w.conn for w in busy], timeout=max(0.0, deadline - time.monotonic()))
            for worker in busy:
                job = int(worker.job)  # type: ignore[arg-type]
                if worker.conn in ready:
                    results[job] = self._receive(worker)
                elif time.monotonic() - worker.started >= self.limits.seconds:
                    results[job] = Rejected(
                        "too_slow",
                        "reading it took longer than {seconds:g} seconds, so it "
                        "was stopped (the file may be damaged or made to cause trouble)",
                        seconds=self.limits.seconds,
                    )
                    worker.job = None
                    self._replace(worker)
            # Hand out the next files before the caller stores these results, so the
            # workers read while the collection is written.
            dispatch()
            while next_yield in results:
                yield paths[next_yield], results.pop(next_yield)
                next_yield += 1

    def _receive(self, worker: _Worker) -> Any:
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            worker.job = None
            self._replace(worker)
            return Rejected("damaged", "reading it made the reader stop; the file is damaged")
        worker.job = None
        if message[0] == "ok":
            return message[1]
        return Rejected(message[1], message[2], **message[3])

    def close(self) -> None:
        for worker in self._workers:
            try:
                if worker.job is None:
                    worker.conn.send(None)
            except OSError:
                pass
        for worker in self._workers:
            worker.process.join(2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(2)
            worker.conn.close()
        self._workers = []
