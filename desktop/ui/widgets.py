"""Small widgets used across the app."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """What a newcomer sees in an area with nothing in it: what it is for, what to do first."""

    action_clicked = Signal()

    def __init__(
        self, title: str, text: str, action_text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("emptyStateTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.text_label = QLabel(text)
        self.text_label.setWordWrap(True)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setMaximumWidth(560)
        layout.addWidget(self.title_label)
        # Centred by stretches, not by an alignment flag: a layout item with an alignment
        # gets its one-line size hint, so a wrapped label lost its second line.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text_label, 4)
        row.addStretch(1)
        layout.addLayout(row)
        self.button: QPushButton | None = None
        if action_text:
            self.button = QPushButton(action_text)
            self.button.setAccessibleName(action_text.replace("&", ""))
            self.button.clicked.connect(self.action_clicked)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


def bring_forward(window: QWidget) -> None:
    """Show ``window`` on top and give it the keyboard, restoring it if minimised."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
