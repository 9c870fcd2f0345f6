"""Every file Partnerbook saves is written whole or not at all, by this one writer.

A return, a backup, a person's report or a spreadsheet is written to a temporary file in the
same folder as its final name, flushed to the disk, and only then renamed over the final
name in one step (``os.replace``). A full disk, a folder we may not write to or a USB stick
pulled out part way therefore leaves the earlier file, or nothing, never half a file; and
the temporary file is removed on any failure, even Ctrl+C.

Variants: ``write_atomically`` (bytes), ``write_text`` (text in a chosen encoding),
``write_with`` (a callback that streams into the open file), ``copy_file`` (a byte copy of
another file) and ``replacing`` (a temporary path, for writers that need a path of their
own: SQLite's backup API). Each takes an optional ``mode``; without it a replaced file keeps
its permissions and a new one gets ``DEFAULT_MODE``. ``sync_folder`` makes a rename done
elsewhere (a restore's swap) survive a power cut.

``StagedFiles`` does the same for a set of files that must land together with a database
change (a return and its log entry): the files are written first, put in place with the
earlier copies kept aside, and either kept or all put back as they were.

Plain Python, no Qt: the store, the services and the command line all use it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.domain.problems import UserError, marked

__all__ = [
    "SaveError",
    "StagedFiles",
    "copy_file",
    "replacing",
    "save_error",
    "sync_folder",
    "write_atomically",
    "write_text",
    "write_with",
]

# Temporary files are hidden (a leading dot) and end in .partial, so a half-written file is
# never mistaken for a finished one, and tests can look for any left behind.
TEMP_SUFFIX = ".partial"
PREVIOUS_SUFFIX = ".previous"
# Readable by others, as a file saved by any other program would be: returns are sent on.
DEFAULT_MODE = 0o644

# Windows: "the file is being used by another process" (a spreadsheet open in Excel).
_WINDOWS_IN_USE = (32, 33)


class SaveError(UserError, OSError):
    """A file could not be saved: the message names it, says why and what to do.

    Also an OSError, so code written to catch a failed write (``except OSError``) still
    catches it; nothing was left behind when it is raised.
    """


FULL = marked(
    "The disk holding {folder} is full, so {name} was not saved. Free some space or choose "
    "another place (a USB stick, say), then try again."
)
MISSING_FOLDER = marked(
    "The folder {folder} does not exist, so {name} was not saved. Choose a folder that does, "
    "and try again."
)
NOT_ALLOWED = marked(
    "Partnerbook is not allowed to save files in {folder}, so {name} was not saved. Choose "
    "another folder, such as your Documents folder, and try again."
)
UNREACHABLE = marked(
    "The drive holding {folder} could not be reached, so {name} was not saved. If it is a "
    "USB stick or a network drive, reconnect it and try again."
)
IN_USE = marked(
    "{name} is open in another program, so it was not replaced. Close it there, or choose "
    "another name, and try again."
)
IS_FOLDER = marked(
    "{path} is a folder, so the file was not saved. Choose another name, and try again."
)
OTHER = marked("{name} could not be saved in {folder} ({why}). Nothing was changed there.")


def save_error(exc: BaseException, target: Path) -> SaveError:
    """The plain SaveError for a failed write of ``target`` (``exc`` is what the OS said)."""
    folder, name = target.parent, target.name
    code = getattr(exc, "errno", None)
    if getattr(exc, "winerror", None) in _WINDOWS_IN_USE:
        return SaveError(IN_USE, name=name)
    if code in (errno.ENOSPC, errno.EDQUOT):
        return SaveError(FULL, folder=str(folder), name=name)
    if code == errno.EISDIR:
        return SaveError(IS_FOLDER, path=str(target))
    if code in (errno.ENOENT, errno.ENOTDIR) and not folder.is_dir():
        return SaveError(MISSING_FOLDER, folder=str(folder), name=name)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return SaveError(NOT_ALLOWED, folder=str(folder), name=name)
    if code in (errno.EIO, errno.ENODEV, errno.ENXIO, errno.ESTALE, errno.ENOENT):
        return SaveError(UNREACHABLE, folder=str(folder), name=name)
    why = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return SaveError(OTHER, name=name, folder=str(folder), why=why)


def _remove(path: Path | str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX only; Windows cannot open folders)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _mode_for(target: Path) -> int:
    """Keep the permissions of the file being replaced (a private copy stays private)."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return DEFAULT_MODE


def _temp_beside(target: Path, suffix: str) -> Path:
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(handle)
    return Path(name)


def _sync_file(path: Path) -> None:
    # Opened for writing: Windows can only flush a file through a handle that may write it.
    with open(path, "r+b") as fh:
        os.fsync(fh.fileno())


@contextlib.contextmanager
def replacing(target: str | os.PathLike[str], *, mode: int | None = None) -> Iterator[Path]:
    """A temporary path beside ``target``; it becomes ``target`` only if the block completes.

    For writers that need a path of their own (SQLite's backup, a PDF library). Errors are
    left as they are (the caller words them); the temporary file never outlives a failure.
    ``mode`` sets the file's permissions (default: those of the file replaced, if any).
    """
    final = Path(target)
    temp = _temp_beside(final, TEMP_SUFFIX)
    try:
        yield temp
        _sync_file(temp)
        os.chmod(temp, _mode_for(final) if mode is None else mode)
        os.replace(temp, final)
    except BaseException:
        _remove(temp)
        raise
    sync_folder(final.parent)


def write_with(
    path: str | os.PathLike[str], write: Callable[[BinaryIO], None], *, mode: int | None = None
) -> Path:
    """Save what ``write`` writes to an open file, whole or not at all; SaveError if not."""
    target = Path(path)
    try:
        with replacing(target, mode=mode) as temp, open(temp, "wb") as out:
            write(out)
    except OSError as exc:
        if isinstance(exc, SaveError):
            raise
        raise save_error(exc, target) from exc
    return target


def write_atomically(path: str | os.PathLike[str], data: bytes, *, mode: int | None = None) -> Path:
    """Save ``data`` as ``path``, whole or not at all; SaveError in plain words if not."""
    return write_with(path, lambda out: out.write(data), mode=mode)


def write_text(
    path: str | os.PathLike[str],
    text: str,
    *,
    encoding: str = "utf-8",
    mode: int | None = None,
) -> Path:
    """Save ``text`` as ``path`` in ``encoding``, whole or not at all; SaveError if not.

    Line ends are written as given (no translation), so a CSV's ``\r\n`` stays as it is.
    """
    return write_atomically(path, text.encode(encoding), mode=mode)


def copy_file(
    source: str | os.PathLike[str], path: str | os.PathLike[str], *, mode: int | None = None
) -> Path:
    """Copy the bytes of ``source`` to ``path``, whole or not at all; SaveError if not.

    Streamed, so a large file is never held in memory. A ``source`` that cannot be read is
    reported as the OSError it is, since nothing about the target is wrong.
    """
    with open(source, "rb") as original:
        return write_with(path, lambda out: shutil.copyfileobj(original, out), mode=mode)


@dataclass
class _Staged:
    target: Path
    temp: Path | None
    previous: Path | None = None  # the earlier file, kept aside until the set is kept
    placed: bool = False


class StagedFiles:
    """Files that must appear together, or not at all, alongside a database change.

    ``stage`` writes each file beside its target; ``put_in_place`` moves them all in,
    keeping any earlier file aside; then ``keep`` (the change was saved: drop the earlier
    copies) or ``undo`` (put everything back as it was). Used as a context manager, a
    failure anywhere in the block undoes everything.
    """

    def __init__(self) -> None:
        self._files: list[_Staged] = []
        self._made_folders: list[Path] = []

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(self, exc_type: object, *_rest: object) -> None:
        if exc_type is not None:
            self.undo()

    def make_folder(self, folder: Path) -> None:
        """Make ``folder`` (and missing parents); an undo removes them again if still empty."""
        missing = [p for p in (folder, *folder.parents) if not p.exists()]
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise save_error(exc, folder / "") from exc
        self._made_folders += missing  # deepest first, so they can be removed in order

    def stage(self, target: str | os.PathLike[str], data: bytes) -> None:
        """Write ``data`` beside ``target`` now; nothing at ``target`` changes yet."""
        final = Path(target)
        if final.is_dir():  # never set a folder aside in its place
            raise SaveError(IS_FOLDER, path=str(final))
        entry = _Staged(final, None)
        self._files.append(entry)
        try:
            entry.temp = _temp_beside(final, TEMP_SUFFIX)
            with open(entry.temp, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(entry.temp, _mode_for(final))
        except OSError as exc:
            raise save_error(exc, final) from exc

    def put_in_place(self) -> list[Path]:
        """Move every staged file to its name; earlier files are kept aside, not lost."""
        for entry in self._files:
            assert entry.temp is not None
            try:
                if entry.target.exists():
                    entry.previous = self._set_aside(entry.target)
                os.replace(entry.temp, entry.target)
            except OSError as exc:
                raise save_error(exc, entry.target) from exc
            entry.placed = True
        for folder in {entry.target.parent for entry in self._files}:
            sync_folder(folder)
        return [entry.target for entry in self._files]

    @staticmethod
    def _set_aside(target: Path) -> Path:
        # A hard link keeps the earlier file under a second name while the new one replaces
        # the first atomically; drives without links (FAT USB sticks) get a rename instead.
        aside = _temp_beside(target, PREVIOUS_SUFFIX)
        _remove(aside)
        try:
            os.link(target, aside)
        except OSError:
            os.replace(target, aside)
        return aside

    def keep(self) -> None:
        """The change these files belong to was saved: the earlier copies can go."""
        for entry in self._files:
            if entry.previous is not None:
                _remove(entry.previous)
        self._files.clear()
        self._made_folders.clear()

    def undo(self) -> None:
        """Put everything back as it was: earlier files restored, new ones and temps gone."""
        for entry in reversed(self._files):
            if entry.placed:
                if entry.previous is not None:
                    with contextlib.suppress(OSError):
                        os.replace(entry.previous, entry.target)
                else:
                    _remove(entry.target)
            elif entry.previous is not None:  # set aside, but the new file never arrived
                with contextlib.suppress(OSError):
                    if entry.target.exists():
                        _remove(entry.previous)
                    else:
                        os.replace(entry.previous, entry.target)
            if entry.temp is not None:
                _remove(entry.temp)
        for folder in self._made_folders:
            with contextlib.suppress(OSError):
                folder.rmdir()
        self._files.clear()
        self._made_folders.clear()
