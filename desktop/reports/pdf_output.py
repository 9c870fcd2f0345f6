"""The last steps of every PDF: the data attached, the metadata, and a safe write to disk.

A return is only useful if the file on disk is whole. We write to a temporary file in the
same folder and rename it over the final name in one step (``os.replace``), so a full disk
or a pulled USB stick leaves the old file or nothing, never half a return.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import tempfile
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

__all__ = ["SaveError", "finish_pdf", "write_atomically"]


class SaveError(Exception):
    """The file could not be saved; the message says why and what to do, in plain words."""


def finish_pdf(
    pdf: bytes,
    *,
    title: str,
    author: str,
    subject: str,
    attachment: tuple[str, bytes] | None = None,
    created: str | None = None,
) -> bytes:
    """Attach the data (if any) and set title, author, subject and language (en-GB).

    ``created`` ("2026-11-28T10:30:00Z") becomes the PDF's creation date; without it the
    fixed date reportlab uses for reproducible output stays.
    """
    # Incremental: the reportlab file is kept as it is and the additions appended, which
    # is much faster than copying every page object of a long return.
    source = io.BytesIO(pdf)
    writer = PdfWriter(PdfReader(source), incremental=True)
    if attachment is not None:
        name, data = attachment
        writer.add_attachment(name, data)
    writer.add_metadata(
        {
            "/Title": title,
            "/Author": author,
            "/Subject": subject,
            "/Creator": "Partnerbook",
            "/Producer": "Partnerbook (reportlab, pypdf)",
        }
    )
    if created:
        stamp = "D:" + created.replace("-", "").replace(":", "").replace("T", "")
        info = {"/CreationDate": stamp, "/ModDate": stamp}
        writer.add_metadata(info)
    writer._root_object[NameObject("/Lang")] = TextStringObject("en-GB")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _plain(exc: OSError, path: Path) -> str:
    folder = path.parent
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return (
            f"The disk holding {folder} is full, so {path.name} was not saved. Free some space "
            "or choose another place (a USB stick, say), then export again."
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not folder.is_dir():
        return f"The folder {folder} does not exist. Choose a folder that does, and try again."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT):
        return (
            f"Partnerbook is not allowed to save files in {folder}. Choose another folder, "
            "such as your Documents folder, and export again."
        )
    return f"{path.name} could not be saved in {folder} ({exc.strerror or exc})."


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all; SaveError in plain English."""
    target = Path(path)
    temp_name = ""
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private to us; a return is meant to be shared and sent.
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, target)
        temp_name = ""
    except OSError as exc:
        raise SaveError(_plain(exc, target)) from exc
    finally:
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
    return target
