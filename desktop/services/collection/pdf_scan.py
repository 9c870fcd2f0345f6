"""Looking inside a PDF from a stranger without acting on anything in it.

One walk over the PDF's objects notes JavaScript and automatic actions (for the import log)
and finds two attached files shown under the same name (a reason to refuse the return).
Nothing found is ever run, followed or decoded: pypdf has no JavaScript engine, actions are
only looked at, and stream contents are never read.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

__all__ = ["PdfScan", "first_repeat", "same_name", "scan_pdf", "shown_name"]


@dataclass
class PdfScan:
    javascript: bool = False
    automatic: bool = False
    twice: str = ""  # an attachment name held by two attached files


_MAX_OBJECTS = 200_000  # a real return has a few thousand; the time limit covers the rest


def scan_pdf(root: Any) -> PdfScan:
    """Walk the PDF's objects once, never running or following anything they say.

    Notes JavaScript (an action of type JavaScript, a ``/JS`` script, the document's
    JavaScript names) and automatic actions (``/OpenAction``, ``/AA``), and finds two
    embedded files of the same name, whether in the attachments list or on a page: what a
    PDF reader would show twice. Stream contents are never decoded.
    """
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    scan = PdfScan()
    names: dict[str, int] = {}
    seen: set[tuple[int, int]] = set()
    stack: list[Any] = [root]
    visited = 0
    while stack and visited < _MAX_OBJECTS:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        visited += 1
        if isinstance(item, DictionaryObject):
            if "/OpenAction" in item or "/AA" in item:
                scan.automatic = True
            if item.get("/S") == "/JavaScript" or "/JS" in item or "/JavaScript" in item:
                scan.javascript = True
            if "/EF" in item:
                for name in _file_names(item):
                    if names.setdefault(name, visited) != visited and not scan.twice:
                        scan.twice = name
            stack.extend(item.values())
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return scan


def _file_names(spec: Any) -> set[str]:
    """The names an embedded file is shown under, compared as a person would read them."""
    found = set()
    for key in ("/UF", "/F"):
        value = spec.get(key)
        if isinstance(value, str):
            found.add(same_name(value))
    return found


def same_name(name: str) -> str:
    return unicodedata.normalize("NFKC", name).strip().casefold()


def first_repeat(names: list[str]) -> str | None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            return name
        seen.add(name)
    return None


def shown_name(name: str) -> str:
    """An attachment name, safe to print: control characters out, length capped."""
    clean = "".join(c if c.isprintable() else "?" for c in name)
    return clean[:80] or "(no name)"
