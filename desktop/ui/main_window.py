"""The main window: a list of areas on the left, the chosen area on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

import desktop
from desktop import APP_NAME
from desktop.ui.area import Area
from desktop.ui.areas import AreaSpec, default_areas
from desktop.ui.data import DataHub


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


# The user guide's section for each area (resources/help/guide.html), opened by F1 there.
GUIDE_SECTIONS = {
    "home": "due",
    "partnerships": "partnerships",
    "commitments": "commitments",
    "resources": "resources",
    "reviews": "reviews",
    "returns": "returns",
}


def standard_keys(key: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's shortcut, or ``fallback`` where the platform has none (Linux Quit)."""
    keys = QKeySequence.keyBindings(key)
    return keys or [QKeySequence(fallback)]


class MainWindow(QMainWindow):
    def __init__(self, hub: DataHub, areas: list[AreaSpec] | None = None) -> None:
        super().__init__()
        self.hub = hub
        self.area_specs = areas if areas is not None else default_areas()
        self._areas: dict[str, Area] = {}
        # Which mode and which file: a CVS officer may have a collection open beside this.
        if hub.is_read_only:
            title = tr("{app} — Our group's records (read only) — {file}")
        else:
            title = tr("{app} — Our group's records — {file}")
        self.setWindowTitle(title.format(app=APP_NAME, file=hub.paths.database))
        self.resize(1100, 720)

        central = QWidget()
        layout = QHBoxLayout(central)
        self.nav = QListWidget()
        self.nav.setAccessibleName(tr("Areas"))
        self.nav.setMaximumWidth(240)
        # Big targets for a trackpad on an old laptop; padding alone keeps the theme's colours.
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        nav_font = self.nav.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.15)
        self.nav.setFont(nav_font)
        self.stack = QStackedWidget()
        for spec in self.area_specs:
            item = QListWidgetItem(spec.title.replace("&", ""))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the real area when first shown
        # Never squeezed below its longest name by a wide area, in any language or scale.
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 8)
        self.nav.setMaximumWidth(max(240, self.nav.minimumWidth()))
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.read_only_banner: QWidget | None = None
        if hub.read_only is not None:
            from desktop.ui.read_only_banner import ReadOnlyBanner

            outer = QWidget()
            column = QVBoxLayout(outer)
            column.setContentsMargins(0, 0, 0, 0)
            self.read_only_banner = ReadOnlyBanner(hub.read_only)
            column.addWidget(self.read_only_banner)
            column.addWidget(central, 1)
            central = outer
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)

        self._build_menus()
        from desktop.ui.safety import install_safety_net  # backups, restore, People…

        self.safety = install_safety_net(self)
        if hub.is_read_only:
            self._disable_writing_actions()
        self.statusBar().showMessage(tr("Ready"))
        hub.saved.connect(self._say_saved)
        from desktop.ui.a11y import install_keyboard_helpers  # Enter on buttons, names…

        install_keyboard_helpers()
        self.nav.setCurrentRow(0)

    # Areas -------------------------------------------------------------------------------
    def area(self, key: str) -> Area:
        """The area widget for ``key``, built on first use."""
        if key not in self._areas:
            index = [s.key for s in self.area_specs].index(key)
            widget = self.area_specs[index].factory(self.hub)
            widget.setObjectName(f"area_{key}")
            old = self.stack.widget(index)
            from desktop.ui.fit import scrolling  # fits any screen at any scale

            self.stack.insertWidget(index, scrolling(widget))
            self.stack.removeWidget(old)
            old.deleteLater()
            self._areas[key] = widget
            from desktop.ui.a11y import set_help  # F1 here: the guide's part on this area

            anchor = GUIDE_SECTIONS.get(key, "")
            set_help(widget, lambda: self.help.show(anchor))
        return self._areas[key]

    def show_area(self, key: str) -> Area:
        index = [s.key for s in self.area_specs].index(key)
        self.nav.setCurrentRow(index)
        return self.area(key)

    def current_area_key(self) -> str:
        return self.area_specs[self.stack.currentIndex()].key

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        if not self._may_leave_current(row):
            return
        area = self.area(self.area_specs[row].key)
        if self.nav.hasFocus():  # the person is going down the list of areas: stay there
            self.stack.setCurrentIndex(row)
            return
        from desktop.ui.a11y import switch_page  # straight into the area, not via "Areas"

        switch_page(lambda: self.stack.setCurrentIndex(row), area)

    def _say_saved(self, message: str) -> None:
        """ "Saved" (or why not) in the status bar, read out by a screen reader too."""
        from desktop.ui.a11y import announce

        self.statusBar().showMessage(message, 5000)
        announce(self.statusBar(), message)

    def _may_leave_current(self, row: int) -> bool:
        """Ask the area being left whether typed text would be lost; stay there if asked to."""
        current = self.stack.currentIndex()
        if current < 0 or current == row:
            return True
        leaving = self._areas.get(self.area_specs[current].key)
        if leaving is None or not hasattr(leaving, "may_leave") or leaving.may_leave():
            return True
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(current)
        self.nav.blockSignals(False)
        return False

    # Menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(tr("&File"))
        self.new_partnership_action = QAction(tr("&New partnership…"), self)
        self.new_partnership_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_partnership_action.triggered.connect(self.new_partnership)
        self.file_menu.addAction(self.new_partnership_action)
        self.import_framework_action = QAction(tr("Import &framework…"), self)
        self.import_framework_action.triggered.connect(self.import_framework)
        self.file_menu.addAction(self.import_framework_action)
        self.open_pack_action = QAction(tr("Open a return &pack…"), self)
        self.open_pack_action.setStatusTip(tr("Open the return pack your CVS sent"))
        self.open_pack_action.triggered.connect(lambda: self.open_return_pack())
        self.file_menu.addAction(self.open_pack_action)
        self.file_menu.addSeparator()
        self.import_spreadsheet_action = QAction(
            tr("Import &partnerships from a spreadsheet…"), self
        )
        self.import_spreadsheet_action.triggered.connect(self.import_spreadsheet)
        self.file_menu.addAction(self.import_spreadsheet_action)
        from desktop.services.backups import second_backup_folder
        from desktop.ui.collection.menu import add_collection_actions

        add_collection_actions(
            self, self.file_menu, self.ui_settings(), lambda: second_backup_folder(self.hub.paths)
        )
        self.file_menu.addSeparator()
        self.quit_action = QAction(tr("&Quit"), self)
        self.quit_action.setShortcuts(standard_keys(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(tr("&Edit"))
        for label, key, slot in (
            (tr("Cu&t"), QKeySequence.StandardKey.Cut, "cut"),
            (tr("&Copy"), QKeySequence.StandardKey.Copy, "copy"),
            (tr("&Paste"), QKeySequence.StandardKey.Paste, "paste"),
            (tr("Select &all"), QKeySequence.StandardKey.SelectAll, "selectAll"),
        ):
            action = QAction(label, self)
            action.setShortcut(key)
            action.triggered.connect(lambda _=False, s=slot: self._edit(s))
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.group_action = QAction(tr("Our &group…"), self)
        self.group_action.triggered.connect(self.edit_group)
        self.edit_menu.addAction(self.group_action)

        self.view_menu = bar.addMenu(tr("&View"))
        self.area_actions: dict[str, QAction] = {}
        for number, spec in enumerate(self.area_specs, start=1):
            action = QAction(spec.title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=spec.key: self.show_area(k))
            self.view_menu.addAction(action)
            self.area_actions[spec.key] = action

        self.help_menu = bar.addMenu(tr("&Help"))
        from desktop.ui.help_menu import install_help_menu  # the guide loads when asked

        self.help = install_help_menu(self, self.help_menu)
        self.about_action = QAction(tr("&About Partnerbook"), self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _disable_writing_actions(self) -> None:
        """Menu entries that can only change the records do nothing useful while read only."""
        why = tr("Not while your records are open for reading only")
        for action in (
            self.new_partnership_action,
            self.import_framework_action,
            self.open_pack_action,
            self.import_spreadsheet_action,
            self.group_action,
            self.safety.backup_action,
            self.safety.restore_action,
            self.safety.people_action,
        ):
            action.setEnabled(False)
            action.setStatusTip(why)

    def import_spreadsheet(self) -> None:
        from desktop.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.hub, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def import_framework(self) -> None:
        from desktop.ui.framework_import import import_framework

        self.framework_import = import_framework(self, self.hub)  # the job, None if not begun

    def open_return_pack(self, path: str | None = None) -> None:
        from desktop.ui.pack_open import open_return_pack

        self.pack_opening = open_return_pack(self, self.hub, path)  # the job, None if not begun

    def new_partnership(self) -> None:
        self.show_area("partnerships").add_partnership()  # type: ignore[attr-defined]

    def edit_group(self) -> None:
        from desktop.ui.partnerships.dialogs import GroupProfileDialog, run_dialog

        run_dialog(GroupProfileDialog(self.hub, self))

    def ui_settings(self) -> QSettings:
        """Window settings (recent collections) kept in the data folder, beside the data."""
        return QSettings(str(self.hub.paths.data / "window.ini"), QSettings.Format.IniFormat)

    def _edit(self, slot: str) -> None:
        widget = self.focusWidget()
        if widget is not None and hasattr(widget, slot):
            getattr(widget, slot)()

    def about_text(self) -> str:
        return tr(
            "<h3>Partnerbook {version}</h3>"
            "<p>Keeps the record of the partnerships your group sits on, and sends it to "
            "your Council for Voluntary Service as a return.</p>"
            "<p>Your data stays on this computer, in:<br><code>{folder}</code></p>"
        ).format(version=desktop.__version__, folder=self.hub.paths.data)

    def show_about(self) -> None:
        QMessageBox.about(self, tr("About Partnerbook"), self.about_text())

    def closeEvent(self, event: QCloseEvent) -> None:
        for area in list(self._areas.values()):
            if hasattr(area, "may_leave") and not area.may_leave():
                event.ignore()  # the person chose to stay and put the field right
                return
        self.hub.close()
        super().closeEvent(event)
