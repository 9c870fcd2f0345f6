"""The bar across the top of the window when the records are open for reading only.

It says why (a full disk, a read-only folder), what still works (looking, exporting to
another disk) and how to be able to save again, so a volunteer never types into a form
believing it is being saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from desktop.services.opening import Diagnosis, Fault, size_text


def tr(text: str) -> str:
    return QCoreApplication.translate("ReadOnly", text)


def read_only_text(found: Diagnosis) -> str:
    if found.fault is Fault.NO_SPACE:
        return tr(
            "<b>Read only: the disk is full.</b> The disk that holds your records has only "
            "{free} left, so changes cannot be saved. You can still look at everything and "
            "export returns and briefs to another disk, such as a USB stick. To save again, "
            "free some space (empty the wastebasket, or delete large files you no longer "
            "need), then close Partnerbook and start it again."
        ).format(free=size_text(found.free_bytes or 0))
    return tr(
        "<b>Read only: Partnerbook is not allowed to change the folder that holds your "
        "records</b> ({folder}). You can still look at everything and export returns and "
        "briefs to another folder. To save again: if your records are on a USB stick or a "
        "memory card, check its lock switch; otherwise ask whoever looks after this "
        "computer to let your account change that folder. Then close Partnerbook and start "
        "it again."
    ).format(folder=found.database.parent)


class ReadOnlyBanner(QFrame):
    def __init__(self, found: Diagnosis, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Amber like a warning sign, readable in the light and dark themes alike.
        self.setStyleSheet(
            "#readOnlyBanner { background: #fff4ce; border: 1px solid #c9a227; }"
            "#readOnlyBanner QLabel { color: #3b2f00; }"
        )
        layout = QHBoxLayout(self)
        self.label = QLabel(read_only_text(found))
        self.label.setWordWrap(True)
        self.label.setAccessibleName(tr("Read only"))
        layout.addWidget(self.label)
