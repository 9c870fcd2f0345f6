"""The return readers' hex-string reader gives pypdf's own result for any bytes: the same
string object and stream position, or the same error (pdf_hex, issue 19 import speed)."""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf.generic import _utils as pypdf_utils

from desktop.services.collection import pdf_hex


def _read(reader: Any, data: bytes, at: int = 0) -> tuple[Any, ...]:
    stream = io.BytesIO(data)
    stream.seek(at)
    try:
        value = reader(stream)
    except Exception as exc:  # pypdf's errors are the thing compared
        return ("error", type(exc), str(exc), stream.tell())
    return ("ok", type(value), bytes(value.original_bytes), str(value), stream.tell())


@pytest.fixture(autouse=True)
def installed() -> None:
    pdf_hex.install()


HEXISH = st.lists(
    st.sampled_from([*b"0123456789abcdefABCDEF \n\r\t\x00\x0c>x<", 0xFF, 0x80]),
    max_size=80,
).map(bytes)


@settings(max_examples=400, deadline=None)
@given(body=HEXISH, tail=st.binary(max_size=8))
def test_any_bytes_read_as_pypdf_reads_them(body: bytes, tail: bytes) -> None:
    data = b"<" + body + tail
    assert _read(pdf_hex.read_hex_string, data) == _read(
        pypdf_utils.read_hex_string_from_stream, data
    )


@pytest.mark.parametrize(
    "data",
    [
        b"<>",
        b"<4>",
        b"<48656C6C6F>",
        b"<48 65\n6c\r6c\t6f\x00\x0c>rest",
        b"<FEFF00480069>",  # UTF-16 with its mark: a text string
        b"<" + b"30" * 8192 + b"00" * 4000 + b">",  # a signature's size, zero padded
        b"<4865",  # no end
        b"<48g5>",  # not a digit
    ],
)
def test_known_strings(data: bytes) -> None:
    assert _read(pdf_hex.read_hex_string, data) == _read(
        pypdf_utils.read_hex_string_from_stream, data
    )


def test_read_in_the_middle_of_a_file() -> None:
    data = b"1 0 obj << /Contents <0102> >> endobj"
    at = data.index(b"<0102>")
    assert _read(pdf_hex.read_hex_string, data, at) == _read(
        pypdf_utils.read_hex_string_from_stream, data, at
    )
    assert _read(pdf_hex.read_hex_string, data, at)[-1] == at + len(b"<0102>")


def test_pypdf_objects_use_it_once_installed() -> None:
    from pypdf.generic import _data_structures

    assert _data_structures.read_hex_string_from_stream is pdf_hex.read_hex_string
    pdf_hex.install()  # a second time changes nothing
    assert pdf_hex._original is pypdf_utils.read_hex_string_from_stream
