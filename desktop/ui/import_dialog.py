"""Import partnerships from a spreadsheet: choose the file, match the columns, check, import.

Three steps in one dialog. The rules (what a column means, what is wrong with a row, all
or nothing) live in the services; this dialog only shows them and asks. The file is read
on the UI thread: it is at most 5 MB and checked before it is unpacked, so it takes well
under a second even on an old laptop, and a progress dialog would only slow it down.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.changes import Change
from desktop.domain.problems import UserError
from desktop.domain.spreadsheet_rows import (
    FIELDS,
    IGNORE,
    guess_mapping,
    ignored_columns,
    mapping_problems,
)
from desktop.services.backups import backup_now
from desktop.services.spreadsheet_import import (
    ImportPreview,
    ImportRefused,
    ImportResult,
    Sheet,
    SpreadsheetError,
    existing_partnership_names,
    import_partnerships,
    preview_import,
    read_spreadsheet,
)
from desktop.services.storage_errors import StorageProblem
from desktop.ui.background import Failure, Job, JobDialog, Task, run_in_background
from desktop.ui.data import DataHub
from desktop.ui.i18n import plural
from desktop.ui.import_preview_model import ImportPreviewModel
from desktop.ui.partnerships.fields import ProblemLabel
from desktop.ui.problem_text import said, translate
from desktop.ui.theme import problem_text

FILE_PAGE, COLUMNS_PAGE, PREVIEW_PAGE = range(3)


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


def tr_n(text: str, n: int) -> str:
    """A count with its noun in the right form ("%n action(s)": 1 action, 5 actions)."""
    return plural("ImportDialog", text, n)


class ImportDialog(JobDialog):
    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.sheet: Sheet | None = None
        self.preview: ImportPreview | None = None
        self.column_boxes: list[QComboBox] = []
        self.setWindowTitle(tr("Import partnerships from a spreadsheet"))
        self.resize(860, 600)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._preview_page())

        self.back_button = QPushButton(tr("< &Back"))
        self.next_button = QPushButton(tr("&Next >"))
        self.import_button = QPushButton(tr("&Import"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.import_button.clicked.connect(self.do_import)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)

        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: Job[ImportResult] | None = None
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # one transaction: there is no part-way to show
        self.progress.setAccessibleName(tr("Import progress"))
        self.busy_label = QLabel()
        self.busy_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self._set_busy(False)
        self._show_page(FILE_PAGE)

    # Pages ----------------------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            tr(
                "Choose a spreadsheet with one partnership on each row and the column headings "
                "in the first row. Partnerbook reads CSV (.csv) and Excel (.xlsx) files of up "
                "to 5 MB. Nothing is added until you have checked every row."
            )
        )
        intro.setWordWrap(True)
        row = QHBoxLayout()
        label = QLabel(tr("&File:"))
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(tr("Spreadsheet file"))
        label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(tr("B&rowse…"))
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        # Said under the file box like every problem in a dialog (read out, in words and
        # colour), and gone as soon as the file name is changed.
        self.file_error = ProblemLabel()
        self.path_edit.textEdited.connect(lambda _text: self.file_error.show_problem(""))
        template = QLabel(
            tr(
                "Not sure how to lay it out? Save the template, fill it in with your "
                "spreadsheet program, then import it here."
            )
        )
        template.setWordWrap(True)
        self.template_button = QPushButton(tr("Save a &template…"))
        self.template_button.clicked.connect(self.save_template)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.file_error)
        layout.addSpacing(16)
        layout.addWidget(template)
        layout.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _columns_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            tr(
                "Partnerbook has guessed what each column holds. Change any guess that is "
                "wrong, or choose “Do not import” for a column you do not need."
            )
        )
        intro.setWordWrap(True)
        self.columns_form = QFormLayout()
        holder = QWidget()
        holder.setLayout(self.columns_form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.columns_message = QLabel()
        self.columns_message.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.columns_message)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.preview_summary = QLabel()
        self.preview_summary.setWordWrap(True)
        label = QLabel(tr("&Rows to import:"))
        self.preview_model = ImportPreviewModel(self)
        self.preview_table = QTableView()
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setAccessibleName(tr("Rows to import"))
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setWordWrap(True)
        self.preview_table.verticalHeader().setVisible(False)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        label.setBuddy(self.preview_table)
        self.skip_bad = QCheckBox(tr("&Leave out the rows with problems and import the rest"))
        self.skip_bad.setAccessibleName(tr("Leave out the rows with problems"))
        self.skip_bad.toggled.connect(lambda _on: self._update_import_button())
        layout.addWidget(self.preview_summary)
        layout.addWidget(label)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.skip_bad)
        return page

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setEnabled(page != FILE_PAGE)
        self.next_button.setVisible(page != PREVIEW_PAGE)
        self.import_button.setVisible(page == PREVIEW_PAGE)
        self.next_button.setDefault(page != PREVIEW_PAGE)
        self.import_button.setDefault(page == PREVIEW_PAGE)
        if page == FILE_PAGE:
            self.path_edit.setFocus()

    # Steps ----------------------------------------------------------------------------------
    def browse(self) -> None:
        from desktop.ui.last_folder import remember, suggested

        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Choose a spreadsheet"),
            str(Path(self.path_edit.text()).parent)
            if self.path_edit.text()
            else suggested(self.hub),
            tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if path:
            remember(self.hub, path)
            self.path_edit.setText(path)
            self.go_next()

    def save_template(self) -> None:
        from desktop.services.import_template import write_template
        from desktop.ui.last_folder import remember, suggested

        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save the template"),
            suggested(self.hub, "partnerships-template.xlsx"),
            tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        remember(self.hub, path)
        try:
            write_template(Path(path))  # the service `partnerships template` calls too
        except UserError as exc:  # a SaveError: it names the file, why, and what to do
            QMessageBox.warning(self, tr("Template not saved"), said(exc))
            return
        self.hub.saved.emit(tr("Template saved to {path}").format(path=path))

    def go_next(self) -> None:
        page = self.pages.currentIndex()
        if page == FILE_PAGE:
            self.load_file()
        elif page == COLUMNS_PAGE:
            self.show_preview()

    def go_back(self) -> None:
        self._show_page(max(FILE_PAGE, self.pages.currentIndex() - 1))

    def load_file(self) -> bool:
        text = self.path_edit.text().strip()
        if not text:
            self._file_problem(tr("Choose the spreadsheet to import first."))
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheet = read_spreadsheet(Path(text))
        except SpreadsheetError as exc:
            self._file_problem(said(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.file_error.hide()
        self.sheet = sheet
        self._fill_columns(sheet)
        self._show_page(COLUMNS_PAGE)
        return True

    def _file_problem(self, message: str) -> None:
        self.file_error.show_problem(message)
        self.path_edit.setFocus()
        self.path_edit.setFocus()

    def _fill_columns(self, sheet: Sheet) -> None:
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.column_boxes = []
        for header, guess in zip(sheet.headers, guess_mapping(sheet.headers), strict=True):
            title = header or tr("(column with no heading)")
            box = QComboBox()
            box.addItem(tr("Do not import"), IGNORE)
            for spec in FIELDS:
                box.addItem(translate(spec.label), spec.key)
            box.setCurrentIndex(max(box.findData(guess), 0))
            box.setAccessibleName(tr("Column {name}").format(name=title))
            box.currentIndexChanged.connect(lambda _i: self._check_columns())
            label = QLabel(title.replace("&", "&&"))
            label.setBuddy(box)
            self.columns_form.addRow(label, box)
            self.column_boxes.append(box)
        self._check_columns()

    def mapping(self) -> list[str]:
        return [str(box.currentData()) for box in self.column_boxes]

    def _check_columns(self) -> None:
        if self.sheet is None:
            return
        mapping = self.mapping()
        blocking = mapping_problems(self.sheet.headers, mapping)
        ignored = ignored_columns(self.sheet.headers, mapping)
        colour = problem_text().name()
        lines = [f"<p style='color: {colour};'>{html.escape(said(p))}</p>" for p in blocking]
        if ignored:
            columns = html.escape(", ".join(ignored))
            lines.append("<p>" + tr("Not imported: {columns}.").format(columns=columns) + "</p>")
        self.columns_message.setText("".join(lines))
        self.next_button.setEnabled(not blocking)

    def show_preview(self) -> None:
        if self.sheet is None:
            return
        names = existing_partnership_names(self.hub.read())
        self.preview = preview_import(self.sheet, names, self.mapping())
        if self.preview.blocking:
            self._check_columns()
            return
        self.preview_model.set_rows(self.preview.rows)
        self.preview_table.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount() - 1):
            width = min(self.preview_table.columnWidth(column), 260)
            self.preview_table.setColumnWidth(column, width)
        bad = len(self.preview.bad_rows)
        total = len(self.preview.rows)
        if bad:
            self.preview_summary.setText(
                tr_n(
                    "Rows with problems: %n of {total} (shown in the last column). Fix them "
                    "in the spreadsheet and import it again, or leave those rows out.",
                    bad,
                ).format(total=total)
            )
        else:
            self.preview_summary.setText(
                tr_n("Ready to import: %n row(s), with no problems.", total)
            )
        self.skip_bad.setVisible(bool(bad))
        self.skip_bad.setChecked(False)
        self._update_import_button()
        self._show_page(PREVIEW_PAGE)

    def _update_import_button(self) -> None:
        preview = self.preview
        if preview is None:
            return
        count = len(preview.good_rows)
        self.import_button.setText(tr_n("&Import %n partnership(s)", count))
        self.import_button.setEnabled(preview.can_import(skip_bad_rows=self.skip_bad.isChecked()))

    def do_import(self) -> None:
        preview = self.preview
        if preview is None or self.job is not None:
            return
        try:
            self.hub.ensure_writable()  # never into a records file replaced behind the window
        except StorageProblem:
            return  # already said
        paths = self.hub.paths
        skip_bad_rows = self.skip_bad.isChecked()
        opened = self.hub.own_session()

        def work(_task: Task) -> ImportResult:
            # A backup before every import; if it cannot be made, nothing is imported. The
            # rows are then stored in one transaction: all of them or none.
            backup_now(paths, "before-import")
            with opened() as session:
                return import_partnerships(session, preview, skip_bad_rows=skip_bad_rows)

        self._set_busy(True)
        self.job = run_in_background(
            self,
            work,
            on_done=self._imported,
            on_failed=self._failed,
            what=tr("The import of the partnerships"),
            hub=self.hub,
            changes=Change.PARTNERSHIPS,
            pool=self.pool,
        )

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.busy_label.setVisible(busy)
        if busy and self.preview is not None:
            self.busy_label.setText(
                tr_n("Importing %n partnership(s)…", len(self.preview.good_rows))
            )
        for button in (self.back_button, self.import_button, self.cancel_button):
            button.setEnabled(not busy)
        self.skip_bad.setEnabled(not busy)

    def _imported(self, result: ImportResult) -> None:
        self.job = None
        self._set_busy(False)
        name = self.preview.sheet.path.name if self.preview else ""
        self.hub.saved.emit(tr("Imported partnerships from {file}").format(file=name))
        text = tr_n("Imported %n partnership(s) from {file}.", len(result.created)).format(
            file=name
        )
        if result.skipped_rows:
            # "Rows left out: 2" read as two rows when it meant row 2: say how many, then which.
            rows = ", ".join(str(r) for r in result.skipped_rows)
            text += " " + tr_n(
                "%n row(s) with problems left out: spreadsheet row(s) {rows}.",
                len(result.skipped_rows),
            ).format(rows=rows)
        QMessageBox.information(self, tr("Import finished"), text)
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self.job = None
        self._set_busy(False)
        self._update_import_button()
        QMessageBox.warning(self, tr("Nothing was imported"), failure.message)
        if isinstance(failure.error, ImportRefused):
            self.show_preview()  # the rows' problems, as they stand in the records now
