"""A clock the test moves by hand, for the automatic backups' timers and the like.

``clock = FakeClock()`` is handed to what asks the time (``AutoBackup(clock=clock)``);
``clock.now += timedelta(minutes=45)`` is the time passing, with no waiting.
"""

from __future__ import annotations

from datetime import datetime

__all__ = ["FakeClock"]


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.now = start if start is not None else datetime.now().replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now
