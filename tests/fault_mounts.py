"""Real storage faults for tests: a nearly full disk and a read-only folder.

A small tmpfs filled with a ballast file is a disk with only a few KB free; a read-only bind
mount is read-only media. Both need root (CI runs as root): elsewhere the fixtures skip and
say why. Every mount is undone in the fixture's teardown, even when the test fails.

Root ignores file permissions, so a chmod'd folder proves nothing when run as root: use
``read_only_folder`` for "no permission to write".

Use the fixtures by importing them into a test module:
``from fault_mounts import read_only_folder, small_disk  # noqa: F401`` (pytest fixtures).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

BALLAST = "ballast.bin"
# Big enough for a database, its backups and a few returns; filled to what a test leaves free.
DISK_SIZE = "8m"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=False)


def _need_root() -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root to mount a small disk or a read-only folder (CI runs as root)")


def _unmount(folder: Path) -> None:
    if _run("umount", str(folder)).returncode != 0:
        _run("umount", "-l", str(folder))  # still busy (a file left open): detach it anyway


@contextlib.contextmanager
def mounted_tmpfs(folder: Path, size: str = DISK_SIZE) -> Iterator[Path]:
    """A tmpfs of ``size`` at ``folder``; skips the test when it cannot be mounted."""
    _need_root()
    folder.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder))
    if done.returncode != 0:
        pytest.skip(f"could not mount a small tmpfs: {done.stderr.strip() or done.returncode}")
    try:
        yield folder
    finally:
        _unmount(folder)


def fill(folder: Path, leave_free: int) -> Path:
    """Write a ballast file into ``folder`` until only about ``leave_free`` bytes are free.

    Written with real bytes, not made sparse, so the disk really is that full. Returns the
    ballast, which a test may delete to give the room back.
    """
    ballast = folder / BALLAST
    free = shutil.disk_usage(folder).free
    chunk = b"\0" * (64 * 1024)
    with ballast.open("ab") as fh:
        left = free - leave_free
        while left > 0:
            try:
                left -= fh.write(chunk[: min(len(chunk), left)])
            except OSError:  # full already: that is as full as it gets
                break
        fh.flush()
        os.fsync(fh.fileno())
    return ballast


def free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """An empty folder on its own small disk (a tmpfs of DISK_SIZE); fill it with ``fill``."""
    with mounted_tmpfs(tmp_path / "small-disk") as folder:
        yield folder


@contextlib.contextmanager
def read_only_bind(source: Path, target: Path) -> Iterator[Path]:
    """``source`` seen read-only at ``target``; skips the test when it cannot be mounted."""
    _need_root()
    target.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "--bind", str(source), str(target))
    if done.returncode != 0:
        pytest.skip(f"could not bind-mount a folder: {done.stderr.strip() or done.returncode}")
    try:
        again = _run("mount", "-o", "remount,ro,bind", str(target))
        if again.returncode != 0:
            pytest.skip(f"could not make a bind mount read-only: {again.stderr.strip()}")
        yield target
    finally:
        _unmount(target)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(writable, read_only): one folder seen twice; write in the first, test on the second."""
    writable = tmp_path / "writable"
    writable.mkdir()
    with read_only_bind(writable, tmp_path / "read-only") as read_only:
        yield writable, read_only
