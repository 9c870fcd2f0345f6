"""The icon: every size the platforms need, the same picture in each file."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QImage, QImageReader

from desktop.resource_paths import resources_dir
from desktop.ui.icons import ICON_SIZES, app_icon

ICONS = resources_dir() / "icons"
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "installers"))

import render_icons  # noqa: E402


def _same_picture(drawn: QImage, stored: QImage) -> bool:
    """Pixel for pixel, each channel within one step: Qt's renderer and its .ico reader
    (premultiplied alpha) round an edge pixel's colour a step either way from one Qt
    release to the next; a changed picture differs by far more."""
    a = drawn.convertToFormat(QImage.Format.Format_ARGB32)
    b = stored.convertToFormat(QImage.Format.Format_ARGB32)
    if a.size() != b.size():
        return False
    return all(
        abs(x - y) <= 1 for x, y in zip(bytes(a.constBits()), bytes(b.constBits()), strict=True)
    )


def test_the_window_icon_has_every_size(qapp) -> None:
    icon = app_icon()
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)


def test_the_pngs_are_the_svg_as_it_is_now(qapp) -> None:
    """Run installers/render_icons.py after changing the SVG, and commit what it makes."""
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "partnerbook.svg"))
    for size in (16, 256):
        drawn = render_icons.render(renderer, size)
        assert _same_picture(drawn, QImage(str(ICONS / f"partnerbook-{size}.png"))), size


def test_a_changed_picture_is_told_apart(qapp) -> None:
    """The one-step allowance still sees a pixel really changed."""
    stored = QImage(str(ICONS / "partnerbook-16.png"))
    changed = stored.convertToFormat(QImage.Format.Format_ARGB32)
    assert _same_picture(changed, stored)
    changed.setPixel(8, 8, 0xFF000000 if changed.pixel(8, 8) != 0xFF000000 else 0xFFFFFFFF)
    assert not _same_picture(changed, stored)


def test_the_windows_and_mac_icons_hold_every_size(qapp) -> None:
    for name, sizes in (
        ("partnerbook.ico", render_icons.ICO_SIZES),
        ("partnerbook.icns", (16, 32, 32, 64, 64, 128, 256, 256, 512, 512)),
    ):
        reader = QImageReader(str(ICONS / name))
        found = []
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            image = reader.read()
            found.append(image.width())
            expected = QImage(str(ICONS / f"partnerbook-{image.width()}.png"))
            assert _same_picture(image, expected), (name, image.width())
        assert found == list(sizes), name
