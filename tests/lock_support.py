"""Another process holding a lock, as a second copy of the app (or another program) would.

``lock_held_elsewhere(lock_file)`` holds a data folder's one-writer lock,
``lock_held_elsewhere(collection=path)`` a collection file's, until the block ends or
``holder.crash()`` kills it as a crash would (no clean release). ``child_ready(script)``
is the general form: a Python child that prints a word when it holds what it holds, then
waits for its input to close.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LockHolder", "child_ready", "lock_held_elsewhere"]

_DATA_FOLDER = """
from desktop.store.lock import InstanceLock
lock = InstanceLock(Path({path!r})).acquire()
"""
_COLLECTION = """
from desktop.store.collection.opening import collection_lock
lock = collection_lock(Path({path!r})).acquire()
"""
# Holds the lock until told to stop (its input closes) or killed; never on a clock.
_HOLD = """
import sys
from pathlib import Path
{take}
print("locked", flush=True)
sys.stdin.read()
"""


@dataclass
class LockHolder:
    child: subprocess.Popen[str]

    @property
    def pid(self) -> int:
        return self.child.pid

    def crash(self) -> None:
        """End the holder as a crash would: killed, its lock never released by it."""
        self.child.send_signal(signal.SIGKILL)
        self.child.wait(timeout=10)


@contextmanager
def child_ready(script: str, *args: str, ready: str) -> Iterator[subprocess.Popen[str]]:
    """Run ``script`` in another Python until it prints ``ready``; at the end of the block
    close its input (its cue to finish) and make sure it has gone."""
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == ready
        yield child
    finally:
        if child.stdin is not None:
            child.stdin.close()
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait(timeout=10)
        if child.stdout is not None:
            child.stdout.close()


@contextmanager
def lock_held_elsewhere(
    lock_file: Path | None = None, *, collection: Path | None = None
) -> Iterator[LockHolder]:
    """A process holding ``lock_file`` (a data folder's lock) or ``collection``'s lock."""
    if (lock_file is None) == (collection is None):
        raise ValueError("name either a data folder's lock file or a collection")
    take = (_COLLECTION if collection is not None else _DATA_FOLDER).format(
        path=str(collection if collection is not None else lock_file)
    )
    with child_ready(textwrap.dedent(_HOLD).format(take=take), ready="locked") as child:
        yield LockHolder(child)
