"""Logging to a rotating file in the logs folder, and reports of errors we did not expect.

No Qt here: the command line and the window share it. A report is a small text file a person
can attach to an email; it holds the traceback and versions, never the database.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import desktop

LOG_NAME = "partnerbook.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_HANDLER_NAME = "partnerbook-file"

log = logging.getLogger("partnerbook")


def setup_logging(logs: Path, level: int = logging.INFO) -> Path:
    """Send the app's log to ``logs/partnerbook.log`` (1 MB x 5 files). Safe to call twice."""
    logs.mkdir(parents=True, exist_ok=True)
    path = logs / LOG_NAME
    for handler in list(log.handlers):
        if handler.get_name() == _HANDLER_NAME:
            if Path(getattr(handler, "baseFilename", "")) == path:
                return path
            log.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    return path


def write_error_report(
    logs: Path,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    when: datetime | None = None,
) -> Path | None:
    """Log the error and save a report file; return its path (None if it could not be saved)."""
    when = when or datetime.now()
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("Unexpected error:\n%s", details)
    text = (
        f"Partnerbook {desktop.__version__} error report\n"
        f"Time: {when.isoformat(timespec='seconds')}\n"
        f"Python {sys.version.split()[0]} on {platform.platform()}\n\n{details}"
    )
    try:
        logs.mkdir(parents=True, exist_ok=True)
        path = logs / f"error-{when:%Y%m%d-%H%M%S}.txt"
        number = 1
        while path.exists():
            number += 1
            path = logs / f"error-{when:%Y%m%d-%H%M%S}-{number}.txt"
        path.write_text(text, encoding="utf-8")
    except OSError:
        return None
    return path
