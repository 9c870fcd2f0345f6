"""200% scale: on a 1920x1080 screen at 200% (960x540 to Qt), nothing is cut off and the
window fits the screen. Qt's scale is fixed when the app starts, so the check runs in its
own process (scale_probe.py); the screenshots it can save are for a person to look at."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("scale_probe.py")
SCREEN = {
    "synchronousWindowSystemEvents": False,
    "windowFrameMargins": False,
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}
    ],
}


def probe(tmp_path: Path, scale: str) -> dict[str, object]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=scale,
        PARTNERBOOK_DATA_DIR=str(tmp_path / "unused"),
    )
    result = subprocess.run(
        [sys.executable, str(PROBE)], env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_nothing_is_cut_off_at_200_percent(tmp_path: Path) -> None:
    report = probe(tmp_path, "2")
    assert report["screen"] == [960, 540]
    assert report["problems"] == []
