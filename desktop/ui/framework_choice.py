"""A partnership's two framework choices: what its commitments are rated against, and the
tool its reviews use. Both are changed here, after a question, and never touch an answer
already given (that keeps the framework and version it was given under)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from desktop.domain.changes import Change
from desktop.services import frameworks
from desktop.ui.data import DataHub

COMMITMENTS = "commitments"
REVIEWS = "reviews"
TOPIC = Change.FRAMEWORKS


def tr(text: str) -> str:
    return QCoreApplication.translate("FrameworkChoice", text)


class FrameworkChoice(QComboBox):
    """The framework one partnership uses for ``role`` (commitments or reviews)."""

    chosen = Signal(str)

    def __init__(self, hub: DataHub, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert role in (COMMITMENTS, REVIEWS)
        self.hub = hub
        self.role = role
        self.partnership_id: int | None = None
        self.current_id = ""
        self.setAccessibleName(
            tr("Commitments framework") if role == COMMITMENTS else tr("Review tool")
        )
        self.setToolTip(
            tr("The framework this partnership's commitments are rated against.")
            if role == COMMITMENTS
            else tr(
                "The health-check tool new reviews of this partnership use. Reviews already "
                "made keep their own questions and answers."
            )
        )
        self.activated.connect(self._activated)

    def show_choice(
        self, choices: list[tuple[str, str]], partnership_id: int | None, current_id: str
    ) -> None:
        """Fill the list with ``(id, title)`` and show the partnership's current choice."""
        self.blockSignals(True)
        self.clear()
        for fid, title in choices:
            self.addItem(title, fid)
        self.partnership_id = partnership_id
        self.current_id = current_id
        self.setCurrentIndex(max(self.findData(current_id), 0))
        self.setEnabled(partnership_id is not None)
        self.blockSignals(False)

    def _activated(self, _index: int) -> None:
        fid = self.currentData()
        pid = self.partnership_id
        if pid is None or fid is None or fid == self.current_id:
            return
        title = self.currentText()
        if self.role == COMMITMENTS:
            question = tr(
                "Rate this partnership's commitments against “{title}” from now on? Ratings "
                "made against the other framework are kept, and come back if you switch back. "
                "Its reviews keep their own tool."
            )
        else:
            question = tr(
                "Use “{title}” for this partnership's new reviews? Reviews already made keep "
                "their own questions, answers and scores. Its commitments keep their framework."
            )
        answer = QMessageBox.question(
            self,
            tr("Use another framework")
            if self.role == COMMITMENTS
            else tr("Use another review tool"),
            question.format(title=title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.setCurrentIndex(max(self.findData(self.current_id), 0))
            return
        role = self.role
        self.hub.write(
            lambda s: frameworks.choose_frameworks(s, pid, **{role: fid}),
            TOPIC,
            tr("Framework changed") if role == COMMITMENTS else tr("Review tool changed"),
        )
        self.current_id = fid
        self.chosen.emit(fid)
