"""Asking who a partner's questionnaire is for, by when, and where it goes back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.partnerships.fields import DateEdit, ProblemLabel


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPartners", text)


class QuestionnaireDialog(QDialog):
    """Who the questionnaire is for, the deadline, where to send it back; then a file."""

    def __init__(self, partners: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Make a questionnaire"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "A fillable PDF form with the review's questions, for a partner to answer in "
                "any PDF reader (or on paper). Make one for each partner organisation, or "
                "one that any partner may fill in."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.partner = QComboBox()
        self.partner.setEditable(True)
        self.partner.addItem(tr("Any partner (one questionnaire for everyone)"), "")
        for name in partners:
            self.partner.addItem(name, name)
        self.partner.setAccessibleName(tr("Who the questionnaire is for"))
        form.addRow(tr("&For:"), self.partner)
        self.deadline = DateEdit()
        self.deadline.setAccessibleName(tr("Deadline for the answers"))
        form.addRow(tr("Answer &by:"), self.deadline)
        self.return_to = QLineEdit()
        self.return_to.setPlaceholderText(tr("for example: reviews@ourgroup.org.uk"))
        self.return_to.setAccessibleName(tr("Where to send the answers back"))
        form.addRow(tr("&Send back to:"), self.return_to)
        layout.addLayout(form)
        self.text_copy = QCheckBox(
            tr("Also save the questions as &plain text (for partners who cannot use forms)")
        )
        layout.addWidget(self.text_copy)
        self.problem = ProblemLabel()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_partner(self) -> str:
        text = self.partner.currentText().strip()
        index = self.partner.findText(text)
        return str(self.partner.itemData(index) or "") if index >= 0 else text
