"""The last steps of every PDF: the data attached and the metadata.

Reports turn data into bytes; saving them is ``desktop.atomic_write``'s job (whole or not
at all), called by the services, the command line and the window.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas

__all__ = ["finish_canvas"]


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
