"""A 1366x768 laptop at 100% and 125%, and a 1920x1080 screen: everything fits, nothing cut.

Each check runs laptop_probe.py in its own process (Qt fixes the screen and scale when it
starts), over the example data and over partnerships and partners with long real names.
It visits every area, every section of a partnership, every page of the review wizard and
the form dialogs; no label, button or column title may be cut short, no name in a table's
main column may end in "…", and no window may be larger than the screen (the wizard's Next
and Finish stay on screen).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("laptop_probe.py")


def probe(tmp_path: Path, width: int, height: int, scale: str, *extra: str) -> dict[str, object]:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
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
        QT_SCALE_FACTOR=scale,
        PARTNERBOOK_DATA_DIR=str(tmp_path / "unused"),
    )
    result = subprocess.run(
        [sys.executable, str(PROBE), *extra], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("width", "height", "scale", "logical"),
    [
        (1366, 768, "1", [1366, 768]),
        (1366, 768, "1.25", [1093, 614]),
        (1920, 1080, "1", [1920, 1080]),
    ],
)
def test_nothing_is_cut_with_the_example_data(tmp_path, width, height, scale, logical) -> None:  # type: ignore[no-untyped-def]
    report = probe(tmp_path, width, height, scale)
    assert report["screen"] == logical
    assert report["problems"] == [], "\n".join(report["problems"])  # type: ignore[arg-type]


def test_nothing_is_cut_with_long_real_names_at_1366x768(tmp_path: Path) -> None:
    report = probe(tmp_path, 1366, 768, "1", "--long")
    assert report["problems"] == [], "\n".join(report["problems"])  # type: ignore[arg-type]
