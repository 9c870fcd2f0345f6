"""The Returns area's "For" row: make the return a pack from the CVS asks for, or one of
our own choosing. Choosing a pack sets the period to the pack's; contact details, if
included, then go in sealed for that CVS (issue 20)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.periods import Period
from desktop.services.pack_deadlines import PackDeadline, open_pack_deadlines

if TYPE_CHECKING:
    from desktop.services.types import ReadConnection


def tr(text: str) -> str:
    return QCoreApplication.translate("PackChoice", text)


class PackChoice(QComboBox):
    """No pack, or one of the packs opened (unanswered ones first, soonest deadline first)."""

    period_chosen = Signal(object)  # the pack's Period

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("The return is for"))
        self._packs: list[PackDeadline] = []
        self.currentIndexChanged.connect(self._chosen)

    def load(self, conn: ReadConnection) -> None:
        """Fill from the packs opened; keep the choice, else choose the first unanswered."""
        kept = self.pack_id()
        packs = open_pack_deadlines(conn)
        self._packs = [p for p in packs if not p.answered] + [p for p in packs if p.answered]
        self.blockSignals(True)
        self.clear()
        self.addItem(tr("A return of our own choosing"), None)
        for pack in self._packs:
            text = tr("{cvs}'s return pack: {period}, due {deadline}").format(
                cvs=pack.cvs_name,
                period=pack.period_label,
                deadline=f"{pack.deadline.day} {pack.deadline:%b %Y}",
            )
            if pack.answered:
                text = tr("{pack} (made already)").format(pack=text)
            self.addItem(text, pack.pack_id)
        ids = [p.pack_id for p in self._packs]
        if kept in ids:
            self.setCurrentIndex(ids.index(kept) + 1)
        elif self._packs and not self._packs[0].answered:
            self.setCurrentIndex(1)
        self.blockSignals(False)
        self.setVisible(bool(self._packs))
        self._chosen()

    def pack_id(self) -> str | None:
        value = self.currentData()
        return str(value) if value else None

    def cvs_name(self) -> str:
        pack = self._pack()
        return pack.cvs_name if pack else ""

    def _pack(self) -> PackDeadline | None:
        index = self.currentIndex() - 1
        return self._packs[index] if 0 <= index < len(self._packs) else None

    def _chosen(self) -> None:
        pack = self._pack()
        if pack is not None:
            period: Period = pack.period
            self.period_chosen.emit(period)
