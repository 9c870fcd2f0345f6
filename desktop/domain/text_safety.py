"""Text from a return, made safe to write anywhere: a spreadsheet, a PDF, a window, a terminal.

A return is written by someone else's computer, so a group name, a file name or a reason
may hold control characters: a terminal obeys escape sequences (colours, moving the cursor,
changing the window title), a spreadsheet library refuses most of them outright, and a
carriage return can make one line look like another. Nothing a return holds may stop an
export or act on the officer's screen, yet the officer should see that something odd was
there, so:

- terminal escape sequences (ESC [ ... m and the like) are taken out whole;
- every other control character is shown as a visible symbol: U+2400 to U+2421 ("␛", "␇")
  for the C0 ones and DEL, and U+FFFD ("�") for the C1 ones and for anything that is not
  a character at all (half of a surrogate pair, as an undecodable file name gives);
- tabs and line breaks are kept by ``visible`` (a note may have several lines; Windows and
  old Mac line ends become plain line breaks) and shown as symbols by ``one_line``, for
  cells and terminal lines where a break would look like a new row.

Plain Python, no Qt: the services, the reports, the window and the command line all use it.
"""

from __future__ import annotations

import re

__all__ = ["one_line", "visible"]

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), DCS/SOS/PM/APC strings, two-character
# escapes (ESC 7, ESC c ...) and the 8-bit CSI: what terminals act on.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"
    r"|\x1b[PX^_][^\x1b]*\x1b\\"
    r"|\x1b[!-/]*[0-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_UNSAFE_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_REPLACEMENT = "\ufffd"


def _symbol(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return _REPLACEMENT


def visible(text: object) -> str:
    """``text`` with escape sequences removed and other control characters made visible.

    Tabs and line breaks stay (Windows and old Mac line ends become "\\n"). None is "".
    """
    value = "" if text is None else str(text)
    if value.isprintable():  # nearly every value: nothing to do
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _ESCAPES.sub("", value)
    return _UNSAFE.sub(_symbol, value)


def one_line(text: object) -> str:
    """As ``visible``, but for one line: tabs and line breaks are shown as symbols too."""
    value = "" if text is None else str(text)
    if value.isprintable():
        return value
    value = _ESCAPES.sub("", value.replace("\r\n", "\n"))
    return _UNSAFE_ONE_LINE.sub(_symbol, value)
