"""A throwaway Linux desktop for screen-reader tests: X display, window manager, D-Bus, AT-SPI.

``desktop_session(root)`` starts Xvfb (1366×768, the laptop of issue 21), a small window
manager (matchbox: it gives new windows and dialogs the keyboard focus, as any desktop's
does), and a D-Bus session bus; the accessibility bus (at-spi-bus-launcher, at-spi2-registryd)
is started by D-Bus when the app asks for it. ``Reader`` runs tests/atspi/reader.py with
Debian's Python, which has the AT-SPI client bindings, and talks to it one request at a time.

Nothing here imports Qt: the app runs as a child process, as a person would start it.
What is missing is said by ``missing_tools()``; the tests skip with that reason, except
where CI=true or PARTNERBOOK_REQUIRE_ATSPI=1, where a missing piece fails them.
"""

from __future__ import annotations

import json
import os
import selectors
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

READER = Path(__file__).with_name("reader.py")
SYSTEM_PYTHON = Path("/usr/bin/python3")
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
# What each piece comes from on Debian (installers/dev-setup.sh --test installs them).
TOOLS = {
    "Xvfb": "xvfb",
    "dbus-daemon": "dbus",
    "matchbox-window-manager": "matchbox-window-manager",
}


def atspi_required() -> bool:
    return os.environ.get("CI", "").lower() == "true" or bool(
        os.environ.get("PARTNERBOOK_REQUIRE_ATSPI")
    )


def missing_tools() -> list[str]:
    """What this machine lacks for the screen-reader tests, each with its Debian package."""
    missing = [f"{tool} ({package})" for tool, package in TOOLS.items() if not shutil.which(tool)]
    if not BUS_LAUNCHER.exists():
        missing.append(f"{BUS_LAUNCHER} (at-spi2-core)")
    if not SYSTEM_PYTHON.exists():
        missing.append(f"{SYSTEM_PYTHON} (python3)")
    else:
        probe = subprocess.run(
            [
                str(SYSTEM_PYTHON),
                "-c",
                "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi",
            ],
            capture_output=True,
            timeout=30,
        )
        if probe.returncode:
            missing.append(
                "the AT-SPI bindings for /usr/bin/python3 (python3-gi, gir1.2-atspi-2.0)"
            )
    return missing


def _read_fd_line(fd: int, what: str, timeout: float = 60.0) -> str:
    """One line a starting server writes on ``fd`` (its display number, its bus address)."""
    chosen = selectors.DefaultSelector()
    chosen.register(fd, selectors.EVENT_READ)
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not chosen.select(left):
            raise TimeoutError(f"{what} did not start within {timeout:.0f} s")
        chunk = os.read(fd, 4096)
        if not chunk:
            raise RuntimeError(f"{what} stopped while starting")
        data += chunk
    chosen.close()
    return data.decode().strip()


@dataclass
class DesktopSession:
    root: Path
    env: dict[str, str]
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(self, command: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        """A child in its own process group, so stopping it stops what it started."""
        process = subprocess.Popen(command, env=self.env, start_new_session=True, **kwargs)
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.processes):
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


@contextmanager
def desktop_session() -> Iterator[DesktopSession]:
    # A short folder of its own: the buses' sockets live here and socket paths are short.
    root = Path(tempfile.mkdtemp(prefix="pb-atspi-"))
    home = root / "home"
    runtime = root / "run"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "DBUS_", "AT_SPI", "XDG_")) and key != "DISPLAY"
    }
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), XDG_CONFIG_HOME=str(home / ".config"))
    session = DesktopSession(root=root, env=env)
    try:
        read_end, write_end = os.pipe()
        session.start(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1366x768x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        env["DISPLAY"] = ":" + _read_fd_line(read_end, "Xvfb")
        os.close(read_end)
        # No key bindings of its own: Alt+letters belong to the app.
        no_keys = root / "wm-keys"
        no_keys.write_text("")
        session.start(
            [
                *("matchbox-window-manager", "-use_titlebar", "no", "-use_cursor", "no"),
                *("-kbdconfig", str(no_keys)),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        read_end, write_end = os.pipe()
        session.start(
            ["dbus-daemon", "--session", "--nofork", f"--print-address={write_end}"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        env["DBUS_SESSION_BUS_ADDRESS"] = _read_fd_line(read_end, "the D-Bus session bus")
        os.close(read_end)
        yield session
    finally:
        session.stop()
        shutil.rmtree(root, ignore_errors=True)


class ReaderError(AssertionError):
    pass


class Reader:
    """tests/atspi/reader.py, run by Debian's Python in the session; one request at a time."""

    def __init__(self, session: DesktopSession) -> None:
        self.process = session.start(
            [str(SYSTEM_PYTHON), str(READER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._buffer = b""
        self._next(60.0)  # "ready" (a deadline on a busy machine, not a wait)

    def _next(self, timeout: float) -> dict[str, Any]:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        chosen = selectors.DefaultSelector()
        chosen.register(fd, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not chosen.select(left):
                raise ReaderError(f"the AT-SPI reader gave no answer within {timeout:.0f} s")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise ReaderError("the AT-SPI reader stopped")
            self._buffer += chunk
        chosen.close()
        line, self._buffer = self._buffer.split(b"\n", 1)
        answer: dict[str, Any] = json.loads(line)
        if not answer.pop("ok"):
            raise ReaderError(answer["error"])
        return answer

    def ask(self, op: str, timeout: float = 30.0, **values: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write((json.dumps({"op": op, **values}) + "\n").encode())
        self.process.stdin.flush()
        return self._next(timeout + 5.0)
