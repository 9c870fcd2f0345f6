"""The last steps of every PDF: the data attached, the metadata, and a safe write to disk.

A return is only useful if the file on disk is whole. We write to a temporary file in the
same folder and rename it over the final name in one step (``os.replace``), so a full disk
or a pulled USB stick leaves the old file or nothing, never half a return.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas

__all__ = ["SaveError", "finish_canvas", "write_atomically"]


class SaveError(Exception):
    """The file could not be saved; the message says why and what to do, in plain words."""


def finish_canvas(
    canvas: Canvas, *, attachment: tuple[str, bytes] | None, created: str | None
) -> None:
    """Attach the data (if any), name the program and fix the creation date.

    Called by the canvas just before it writes the file, so the PDF is made in one pass.
    (Attaching afterwards with pypdf meant reading all 150 pages of a long return back in,
    a tenth of the time the return took.) Title, author, subject and language (en-GB) are
    set by ``build_pdf``. ``created`` ("2026-11-28T10:30:00Z") becomes the creation date;
    without it reportlab's fixed date for reproducible output stays.
    """
    canvas.setProducer("Partnerbook (reportlab)")
    if created:
        stamp = "D:" + created.replace("-", "").replace(":", "").replace("T", "")
        canvas.setDateFormatter(lambda *_date: stamp)
    if attachment is not None:
        _embed(canvas, *attachment)


def _embed(canvas: Canvas, name: str, data: bytes) -> None:
    """Add ``data`` as an embedded file, listed in the document's EmbeddedFiles name tree.

    reportlab has no call for this, but its PDF object classes write these three objects
    exactly as the PDF standard (ISO 32000, 7.11.4) describes them; pypdf, poppler's
    pdfdetach and PDF readers list the file.
    """
    document = canvas._doc
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("EmbeddedFile"),
                # Written out by hand: PDFName would leave the "/" unescaped.
                "Subtype": "/application#2Fjson",
                "Params": PDFDictionary({"Size": len(data)}),
            }
        ),
        content=data,
        filters=[PDFZCompress],
    )
    spec = PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(name),
            "UF": PDFString(name),
            "EF": PDFDictionary({"F": document.Reference(stream)}),
            "AFRelationship": PDFName("Data"),
        }
    )
    names = PDFArray([PDFString(name), document.Reference(spec)])
    document.Catalog.Names = PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": names})})


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
