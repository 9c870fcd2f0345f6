"""Text from other people's returns, made safe to show and to write anywhere."""

from __future__ import annotations

import pytest

from desktop.domain.text_safety import one_line, visible


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Bideford Carers Café", "Bideford Carers Café"),
        ("Evil\x1b[31mRed\x1b[0m Group", "EvilRed Group"),  # a colour change, taken out
        ("title\x1b]0;owned\x07 here", "title here"),  # a window-title change, taken out
        ("bell\x07 and\x00 null", "bell\u2407 and\u2400 null"),
        ("lone \x1b escape", "lone \u241b escape"),
        ("del\x7f", "del\u2421"),
        ("c1\x85 and \x9b2J", "c1\ufffd and "),  # NEL shown; 8-bit CSI taken out
        ("bad \udcff byte", "bad \ufffd byte"),  # an undecodable file name
        ("two\r\nlines\rand\tmore", "two\nlines\nand\tmore"),
        (None, ""),
        (42, "42"),
    ],
)
def test_visible(text: object, shown: str) -> None:
    assert visible(text) == shown


def test_one_line_shows_breaks_and_tabs_as_symbols() -> None:
    assert one_line("Group\nFake row — 2026-27\tx") == "Group\u240aFake row — 2026-27\u2409x"
    assert one_line("a\r\nb") == "a\u240ab"
    assert one_line("\x1b[2Jcleared") == "cleared"
    assert "\n" not in one_line("x\n\r\x0b\x0c") and one_line("plain") == "plain"


def test_nothing_a_terminal_or_a_spreadsheet_acts_on_is_left() -> None:
    every = "".join(chr(c) for c in range(0x00, 0xA0)) + "\ud800"
    for made in (visible(every), one_line(every)):
        assert not any(ord(c) < 0x20 and c not in "\t\n" for c in made)
        assert not any(0x7F <= ord(c) <= 0x9F or 0xD800 <= ord(c) <= 0xDFFF for c in made)
    assert all(c.isprintable() for c in one_line(every))
