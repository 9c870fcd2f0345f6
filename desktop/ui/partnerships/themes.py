"""Pick a partnership's themes from the usual list, or add your own."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.vocab import THEMES


def tr(text: str) -> str:
    return QCoreApplication.translate("ThemePicker", text)


class ThemePicker(QWidget):
    """A list of ticks (space bar ticks one), and a box to add a theme of your own."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Themes"))
        self.list.setMinimumHeight(120)
        self.list.setMaximumHeight(200)
        own = QHBoxLayout()
        self.own = QLineEdit()
        self.own.setAccessibleName(tr("A theme of your own"))
        self.own.setPlaceholderText(tr("A theme of your own, for example Food poverty"))
        self.add_button = QPushButton(tr("Add &your own theme"))
        self.add_button.setAccessibleName(tr("Add your own theme"))
        own.addWidget(self.own, 1)
        own.addWidget(self.add_button)
        layout.addWidget(self.list)
        layout.addLayout(own)
        self.setFocusProxy(self.list)
        self._loading = False
        self.set_themes([])
        self.list.itemChanged.connect(self._item_changed)
        self.add_button.clicked.connect(self.add_own)
        self.own.returnPressed.connect(self.add_own)

    def _add_item(self, theme: str, checked: bool) -> None:
        item = QListWidgetItem(QCoreApplication.translate("Themes", theme))
        item.setData(Qt.ItemDataRole.UserRole, theme)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def set_themes(self, themes: Iterable[str]) -> None:
        chosen = list(themes)
        self._loading = True
        self.list.clear()
        for theme in THEMES:
            self._add_item(theme, theme in chosen)
        for theme in chosen:
            if theme not in THEMES:
                self._add_item(theme, True)
        self._loading = False

    def themes(self) -> list[str]:
        """The ticked themes, in the order of the list (the usual ones first)."""
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def add_own(self) -> None:
        theme = " ".join(self.own.text().split())
        if not theme:
            return
        known = {
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole)).casefold(): i
            for i in range(self.list.count())
        }
        if theme.casefold() in known:
            self.list.item(known[theme.casefold()]).setCheckState(Qt.CheckState.Checked)
        else:
            self._add_item(theme, True)
            self.changed.emit()
        self.own.clear()

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()
