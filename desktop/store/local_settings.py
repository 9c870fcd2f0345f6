"""Settings that belong to this computer, not to the group's records.

A second backup folder on a USB stick, or "keep my data in this OneDrive folder", is true of
one laptop; copying the database to another machine must not carry it along. So these live
in ``settings.json`` in the data folder, written atomically, and a damaged file reads as empty
(settings are conveniences; losing them must never stop the app starting).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.atomic_write import write_atomically

MAX_BYTES = 256 * 1024


def read_settings(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_BYTES:
            return {}
        import json  # only once there is a file: every start asks, few folders have one

        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_setting(path: Path, key: str, value: Any) -> None:
    """Set one key (None removes it); the file is replaced whole, never half-written."""
    data = read_settings(path)
    if value is None:
        data.pop(key, None)
    else:
        data[key] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    import json

    write_atomically(path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
