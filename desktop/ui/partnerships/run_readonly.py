"""A closed partnership's page: a note at the top, and its record read-only.

Closing keeps the record whole: every tab can still be read, scrolled and copied from,
and the partnership is still in the list, its returns and its exports. What can no longer
be changed is its overview, partners, seat, meetings and plan. The "How it is run" tab
stays open, because the closing note and the learning log are often written afterwards
(and "Reopen" lives there). Reopening makes everything editable again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.dates import format_date
from desktop.domain.run_registers import ClosureScope
from desktop.services.governance.closure import closure_of
from desktop.ui.data import DataHub

EDITABLE_WHEN_CLOSED = ("run",)


def tr(text: str) -> str:
    return QCoreApplication.translate("RunReadOnly", text)


class ClosedGuard(QObject):
    """Keeps a partnership page's tabs read-only while the partnership is closed."""

    def __init__(
        self,
        hub: DataHub,
        tabs: QTabWidget,
        keys: list[str],
        banner: QLabel,
        partnership_id: Callable[[], int | None],
    ) -> None:
        super().__init__(tabs)
        self.hub, self.tabs, self.keys, self.banner = hub, tabs, keys, banner
        self._partnership_id = partnership_id
        self.closed = False
        self._disabled: list[QWidget] = []  # what we turned off, to turn back on
        self._read_only: list[QLineEdit | QPlainTextEdit] = []
        banner.setWordWrap(True)
        banner.setObjectName("closedBanner")
        banner.hide()
        tabs.currentChanged.connect(lambda _i: self.apply())
        hub.changed.connect(self._changed)

    def refresh(self) -> None:
        """Read whether the shown partnership is closed, and show it so."""
        pid = self._partnership_id()
        stored = None
        if pid is not None:
            with self.hub.database().session() as session:
                stored = closure_of(session, pid)
        self.closed = stored is not None
        if stored is not None:
            self.banner.setText(
                tr(
                    "Closed on {day}: {what}. Its record is kept as it was: read it, put it "
                    "in a return, export it. To change it, reopen it (How it is run, Closing)."
                ).format(
                    day=format_date(stored["closed_on"]),
                    what=ClosureScope.label_of(stored["scope"]).lower(),
                )
            )
        self.banner.setVisible(self.closed)
        self.apply()

    def _changed(self, topic: Change) -> None:
        if topic == Change.PARTNERSHIPS:
            self.refresh()

    def apply(self) -> None:
        """Make every built tab but "How it is run" read-only (or editable again)."""
        if not self.closed:
            self._release()
            return
        for index, key in enumerate(self.keys):
            if key in EDITABLE_WHEN_CLOSED:
                continue
            holder = self.tabs.widget(index)
            for widget in holder.findChildren(QWidget):
                self._lock(widget)

    def _lock(self, widget: QWidget) -> None:
        # Text stays selectable and copyable (read-only, not disabled); a date's calendar
        # button, choices, ticks and buttons are turned off.
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            if not widget.isReadOnly() and widget not in self._read_only:
                widget.setReadOnly(True)
                self._read_only.append(widget)
        elif (
            isinstance(widget, QComboBox | QAbstractButton)
            and widget.isEnabled()
            and widget not in self._disabled
        ):
            widget.setEnabled(False)
            self._disabled.append(widget)

    def _release(self) -> None:
        for widget in [*self._read_only, *self._disabled]:
            try:
                if isinstance(widget, QLineEdit | QPlainTextEdit):
                    widget.setReadOnly(False)
                else:
                    widget.setEnabled(True)
            except RuntimeError:
                pass  # a row's form rebuilt since: nothing left to turn back on
        self._read_only, self._disabled = [], []
