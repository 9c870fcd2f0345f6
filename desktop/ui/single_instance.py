"""A second start on the same data folder brings the first window forward instead.

QtNetwork is imported only when it is used (~6 ms of every start otherwise): a start asks
for the first window only when the folder's lock file says one may be open, and the first
window listens once it is shown.
"""

from __future__ import annotations

import getpass
import os
import zlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QObject, QTimer, Signal

from desktop.logging_setup import log
from desktop.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

RAISE_MESSAGE = b"raise"
# A double-clicked return pack while the window is open: "raise\npack:<path>" (issue 20).
PACK_PREFIX = b"\npack:"
# Two starts at once: the one that took the lock listens only once its window is built, so
# the other keeps asking for this long before it says "already open".
WAIT_FOR_FIRST_MS = 5000
ASK_AGAIN_MS = 50


def server_name(paths: AppPaths) -> str:
    """One name per user and data folder, short enough for every platform's socket paths."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user name on some systems
        user = "user"
    # Two checksums make 16 hex digits; zlib is loaded already, hashlib would load OpenSSL
    # (~3 ms of start-up) for a name that need only differ between folders, not be secret.
    key = f"{user}\n{paths.data}".encode()
    return f"partnerbook-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"


def may_be_open_elsewhere(paths: AppPaths) -> bool:
    """True if another Partnerbook may hold this data folder: its lock file holds a process
    number, written by whoever holds the lock and cleared when they let go (a crash leaves
    it, so this says "may"). Only the file's size is read: Windows locks its first byte."""
    try:
        return os.stat(paths.lock_file).st_size > 0
    except OSError:
        return False


def ask_running_instance_to_raise(
    paths: AppPaths, timeout_ms: int = 300, *, within_ms: int = 0, pack: str | None = None
) -> bool:
    """True when another Partnerbook answered and was asked to come forward.

    ``within_ms``: keep asking for that long (the other may be starting, not yet listening).
    Between tries the event loop waits, so nothing spins. ``pack``: a return pack for the
    running window to open.
    """
    deadline = QDeadlineTimer(within_ms)
    while not _ask_once(paths, timeout_ms, pack):
        if deadline.hasExpired():
            return False
        _wait(min(ASK_AGAIN_MS, max(deadline.remainingTime(), 1)))
    return True


def _wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _ask_once(paths: AppPaths, timeout_ms: int, pack: str | None = None) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(paths))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE_MESSAGE + (PACK_PREFIX + pack.encode("utf-8") if pack else b""))
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts and emits ``raise_requested``."""

    raise_requested = Signal()
    pack_requested = Signal(str)  # a return pack double-clicked while this window is open

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = server_name(paths)
        # A socket file left by a crash would stop us listening: clear it (we hold the lock).
        QLocalServer.removeServer(self.name)
        self._sockets: list[QLocalSocket] = []
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.listening = self.server.listen(self.name)

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            self._sockets.append(socket)
            socket.readyRead.connect(self._read_all)

    def _read_all(self) -> None:
        for socket in list(self._sockets):
            data = bytes(socket.readAll().data()) if socket.bytesAvailable() else b""
            if data.startswith(RAISE_MESSAGE):
                log.info("Another start on this data folder asked this window to come forward")
                self.raise_requested.emit()
                _, found, pack = data.partition(PACK_PREFIX)
                if found and pack:
                    self.pack_requested.emit(pack.decode("utf-8", "replace"))
            if socket.state() != socket.LocalSocketState.ConnectedState:
                self._sockets.remove(socket)
                socket.deleteLater()

    def close(self) -> None:
        self.server.close()
        for socket in self._sockets:
            socket.abort()
        self._sockets.clear()
