"""The same questionnaire as plain text, for a partner who cannot use PDF forms.

They can answer in an email, by question number, or a screen reader can read it line by
line; the answers are then typed in as a viewpoint. Plain UTF-8 text with Windows line
endings, so Notepad shows it as written.
"""

from __future__ import annotations

import textwrap

from desktop.reports.questionnaire_pdf import QuestionnaireSheet

__all__ = ["render_questionnaire_text"]

WIDTH = 76


def _wrap(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent) or [""]


def render_questionnaire_text(sheet: QuestionnaireSheet) -> str:
    """The questions, their answers to choose from and how to reply, as plain text."""
    lines = [f"Health-check questionnaire: {sheet.partnership}", ""]
    asker = f"{sheet.group} asks " + (sheet.partner or "each partner") + " to answer for itself."
    lines += _wrap(
        f"{asker} The questions come from “{sheet.tool_title}” (version {sheet.tool_version})."
    )
    back = sheet.return_to or sheet.group
    lines.append("")
    lines += _wrap(
        "Reply by email or on paper"
        + (f" by {sheet.deadline}" if sheet.deadline else "")
        + f", to {back}: write each question's number and the answer you choose (and a "
        "comment if you wish), your organisation, and, if you like, your name. Say if you "
        "want your answers kept anonymous: they are then shown without your name or "
        "organisation, and only once at least three partners have answered."
    )
    heading = ""
    for question in sheet.questions:
        now = question.section + (f": {question.domain}" if question.domain else "")
        if now != heading:
            lines += ["", now.upper()]
            heading = now
        lines.append("")
        lines += _wrap(f"{question.number}. {question.title} ({question.ref})")
        if question.text and question.text != question.title:
            lines += _wrap(question.text, "   ")
        lines += _wrap("Answers: " + " / ".join(label for _key, label in question.options), "   ")
    lines += ["", "Thank you."]
    return "\r\n".join(lines) + "\r\n"
