"""Section of "How it is run": how often each partner attends (Code 4.8(a)), from the
partners' attendance recorded meeting by meeting on the Meetings tab."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from desktop.domain.changes import Change
from desktop.domain.how_run import PartnerRate, overall_rate
from desktop.services.partner_attendance import rates_for
from desktop.ui.data import DataHub


def tr(text: str) -> str:
    return QCoreApplication.translate("HowItIsRun", text)


class RatesModel(QAbstractTableModel):
    """One row per partner: meetings while a member, present, apologies, absent, rate."""

    PARTNER, MEETINGS, PRESENT, APOLOGIES, ABSENT, RATE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rates: list[PartnerRate] = []

    def set_rates(self, rates: list[PartnerRate]) -> None:
        self.beginResetModel()
        self.rates = rates
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rates)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            tr("Partner"),
            tr("Meetings"),
            tr("Present"),
            tr("Apologies"),
            tr("Absent"),
            tr("Attendance"),
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        rate = self.rates[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.PARTNER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.PARTNER:
            return rate.partner
        if column == self.RATE:
            return tr("not recorded") if rate.percent is None else f"{rate.percent}%"
        return (rate.meetings, rate.present, rate.apologies, rate.absent)[column - 1]


def rates_summary(rates: list[PartnerRate]) -> str:
    """One sentence a person (or the health check's evidence) can read."""
    overall = overall_rate(rates)
    if overall is None:
        return tr(
            "No partner's attendance is recorded yet. Mark who was there for each meeting "
            "on the Meetings tab."
        )
    low = [r.partner for r in rates if r.percent is not None and r.percent < 50]
    text = tr("Partners were present at {percent}% of the places recorded.").format(percent=overall)
    if low:
        text += " " + tr("Present at fewer than half: {names}.").format(names=", ".join(low))
    return text


class AttendanceSection(QWidget):
    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.partnership_id: int | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Do all partners attend? (Code 4.8 a). Each partner's attendance at the "
                "meetings held while it was a member; these rates are shown beside the health "
                "check's question on attendance."
            )
        )
        intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("ratesSummary")
        self.summary.setWordWrap(True)
        self.model = RatesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Attendance of each partner"))
        self.table.verticalHeader().hide()
        from desktop.ui.sizing import size_columns

        self.columns = size_columns(self.table, RatesModel.PARTNER)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        hub.changed.connect(self._changed)

    def load(self, partnership_id: int) -> None:
        self.partnership_id = partnership_id
        self.refresh()

    def refresh(self) -> None:
        if self.partnership_id is None:
            return
        with self.hub.database().session() as session:
            rates = rates_for(session, self.partnership_id, until=date.today())
        self.model.set_rates(rates)
        self.summary.setText(rates_summary(rates))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.refresh()  # attendance may have been marked on the Meetings tab meanwhile

    def _changed(self, topic: Change) -> None:
        if topic == Change.PARTNERSHIPS and self.isVisible():
            self.refresh()
