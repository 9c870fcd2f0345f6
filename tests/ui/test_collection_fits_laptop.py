"""The collection window on a 1366x768 laptop: every column of every table on screen, every
column title whole (issue 21: the Groups table's "Signed by" column was off to the right).

The check runs collection_laptop_probe.py in its own process, since Qt fixes the screen
when it starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("collection_laptop_probe.py")


def test_every_collection_table_fits_a_1366x768_laptop(
    tmp_path: Path, collection_location: Path | str
) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96}
    config.write_text(
        json.dumps(
            {
                "synchronousWindowSystemEvents": False,
                "windowFrameMargins": False,
                "screens": [screen],
            }
        ),
        encoding="utf-8",
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR="1",
        PARTNERBOOK_DATA_DIR=str(tmp_path / "unused"),
    )
    # A file made by the probe itself, or the server collection (issue 19).
    where = [collection_location] if isinstance(collection_location, str) else []
    result = subprocess.run(
        [sys.executable, str(PROBE), *where], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["screen"] == [1366, 768]
    assert report["problems"] == [], "\n".join(report["problems"])
