"""Unexpected errors are logged to a rotating file and saved as a report."""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.logging_setup import log, setup_logging, write_error_report


def test_rotating_log_and_error_report(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    path = setup_logging(logs)
    assert setup_logging(logs) == path  # twice: still one handler
    handlers = [h for h in log.handlers if isinstance(h, RotatingFileHandler)]
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
