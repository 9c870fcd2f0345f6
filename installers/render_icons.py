"""Render resources/icons/partnerbook.svg to the sizes each platform needs.

Run after changing the SVG:  QT_QPA_PLATFORM=offscreen python installers/render_icons.py
It writes, beside the SVG:
- partnerbook-<N>.png for N in SIZES (Linux hicolor theme, the window icon, the guide);
- partnerbook.ico (Windows: 16-256 in one file) and partnerbook.icns (macOS): Qt encodes the
  PNGs and this script writes the two simple containers, so no Pillow is needed.
The rendered files are committed, so building the app never needs this script.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "partnerbook.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG image.")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """One icon image in the classic form every Windows tool reads: a 32-bit bitmap, rows
    bottom up, with the (unused, all-zero) 1-bit mask after it."""
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # BGRA bytes in memory
    side = argb.width()
    stride = side * 4
    bits = bytes(argb.constBits())
    rows = [bits[y * argb.bytesPerLine() : y * argb.bytesPerLine() + stride] for y in range(side)]
    mask_row = bytes(((side + 31) // 32) * 4)
    header = struct.pack("<IiiHHIIiiII", 40, side, side * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    return header + b"".join(reversed(rows)) + mask_row * side


def ico_bytes(images: list[QImage]) -> bytes:
    """A Windows .ico holding every size: bitmaps up to 128 px, PNG for 256 px.

    Qt's own ico writer stores only one image per file, and Windows picks the closest size
    from the file, so a one-size icon looks blurred in Explorer and the taskbar. The
    container is simple enough to write here: a header, one entry per image, the images.
    Small sizes are bitmaps, not PNG, because older tools (resource editors, some
    installer builders) read only those; 256 px is PNG, as Windows itself expects.
    """
    blobs = [dib_bytes(i) if i.width() < 256 else png_bytes(i) for i in images]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return header + entries + b"".join(blobs)


# macOS icon types that hold PNG data, by pixel size (the @2x types reuse the bigger image).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
)


def icns_bytes(images: dict[int, QImage]) -> bytes:
    """A macOS .icns of PNG entries (macOS 10.7 and later); Qt's icns writer is unreliable."""
    body = b""
    for kind, size in ICNS_TYPES:
        png = png_bytes(images[size])
        body += kind + struct.pack(">I", len(png) + 8) + png
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG file.")
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        image.save(str(ICONS / f"partnerbook-{size}.png"))
    (ICONS / "partnerbook.ico").write_bytes(ico_bytes([images[s] for s in ICO_SIZES]))
    (ICONS / "partnerbook.icns").write_bytes(icns_bytes(images))
    print(f"Wrote {len(images)} PNGs, partnerbook.ico and partnerbook.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
