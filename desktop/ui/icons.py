"""The Partnerbook icon for windows, dialogs and the taskbar.

Built from the rendered PNGs (installers/render_icons.py makes them from the SVG) rather than
the SVG itself, so the window never needs Qt's SVG plugin and each size is the crisp one.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop.resource_paths import resources_dir

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        path = folder / f"partnerbook-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon
