"""Unexpected errors are logged to a rotating file and saved as a report."""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from pathlib import Path

from desktop.logging_setup import RotatingLog, log, setup_logging, write_error_report


def test_rotating_log_and_error_report(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    path = setup_logging(logs)
    assert setup_logging(logs) == path  # twice: still one handler
    handlers = [h for h in log.handlers if isinstance(h, RotatingLog)]
    assert len(handlers) == 1 and handlers[0].maxBytes > 0 and handlers[0].backupCount >= 3
    try:
        raise ZeroDivisionError("boom in the review chart")
    except ZeroDivisionError:
        report = write_error_report(logs, *sys.exc_info(), when=datetime(2026, 11, 28, 9, 5))  # type: ignore[arg-type]
    assert report == logs / "error-20261128-090500.txt"
    text = report.read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom in the review chart" in text and "Partnerbook" in text
    for handler in handlers:
        handler.flush()
    assert "boom in the review chart" in path.read_text(encoding="utf-8")
    log.removeHandler(handlers[0])
    handlers[0].close()
    logging.getLogger("partnerbook").setLevel(logging.NOTSET)


def test_a_full_log_rolls_over_keeping_the_newest_files(tmp_path: Path) -> None:
    path = tmp_path / "partnerbook.log"
    handler = RotatingLog(path, max_bytes=200, backup_count=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    for number in range(20):
        handler.emit(logging.makeLogRecord({"msg": f"line {number:02d} " + "x" * 40}))
    handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "partnerbook.log",
        "partnerbook.log.1",
        "partnerbook.log.2",
    ]
    assert all(len(p.read_bytes()) < 200 for p in tmp_path.iterdir())
    assert path.read_text(encoding="utf-8").endswith("line 19 " + "x" * 40 + "\n")
    lines = [
        line[:7]
        for name in ("partnerbook.log.2", "partnerbook.log.1", "partnerbook.log")
        for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()
    ]
    assert lines == [f"line {n:02d}" for n in range(20 - len(lines), 20)]  # in order, none lost
