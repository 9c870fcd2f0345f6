"""Hex strings in a PDF read in one pass, for the return readers (issue 19 import speed).

pypdf reads a hex string (``<48656c6c6f>``) one byte at a time in Python. A signed return
carries one of 16 KB (its PDF signature, mostly zero padding), and reading it that way was
a third of the time it takes to look at a return's PDF. ``read_hex_string`` gives the same
string object for the same bytes and leaves the stream at the same place; anything it is
not sure of (a byte that is not a hex digit or whitespace, a string with no end, a stream
that is not in memory) is left to pypdf's own reader from the same position, so a damaged or
hostile file fails in exactly the same way.

``install()`` puts it in pypdf's object parser; the reader processes call it once
(``intake.warm_up``).
"""

from __future__ import annotations

import io
import re
from typing import Any

__all__ = ["install", "read_hex_string"]

# pypdf's whitespace (pypdf._utils.WHITESPACES), skipped between the digits as it does.
_WHITESPACE = b"\x00\t\n\x0c\r "
# The digits and whitespace up to the closing ">", from just after the opening "<".
_BODY = re.compile(rb"[0-9A-Fa-f\x00\t\n\x0c\r ]*>")

_original: Any = None


def read_hex_string(stream: Any, forced_encoding: Any = None) -> Any:
    """pypdf's ``read_hex_string_from_stream``, with the stream at the opening ``<``."""
    from pypdf.generic import create_string_object

    if not isinstance(stream, io.BytesIO):
        return _original(stream, forced_encoding)
    start = stream.tell()
    view = stream.getbuffer()
    try:
        found = _BODY.match(view, start + 1)
        if found is None:  # a stray byte or no end: pypdf says which, as always
            return _original(stream, forced_encoding)
        digits = bytes(view[start + 1 : found.end() - 1]).translate(None, _WHITESPACE)
    finally:
        view.release()
    if len(digits) % 2:
        digits += b"0"  # an odd count: the last digit is followed by 0, as pypdf reads it
    stream.seek(found.end())
    return create_string_object(bytes.fromhex(digits.decode("ascii")), forced_encoding)


def install() -> None:
    """Let pypdf's object parser read hex strings with ``read_hex_string`` (once)."""
    global _original
    from pypdf.generic import _data_structures

    current = _data_structures.read_hex_string_from_stream
    if current is read_hex_string:
        return
    _original = current
    _data_structures.read_hex_string_from_stream = read_hex_string
