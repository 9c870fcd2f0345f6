"""Problems and refusals in the person's language: the one place the window words them.

The domain, store and services raise ``UserError`` and report ``Problem`` with English
templates (desktop/domain/problems.py, no Qt). Here the template goes through Qt's
translation (context "Problems", where installers/update_translations.py files every
template) and the values are filled in afterwards, so a translation can move them around.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.problems import CONTEXT, Message, Problem, UserError, problem_from


def translate(template: str) -> str:
    """A template in the person's language; a fixed choice's label (a value inside a
    problem, ``Choices``) is filed under "Vocab" and found there instead."""
    text = QCoreApplication.translate(CONTEXT, template)
    if text == template:
        return QCoreApplication.translate("Vocab", template)
    return text


def said(thing: Message | UserError | BaseException | str) -> str:
    """What to show for a problem, a message, or a caught error, translated when it can be.

    An exception that is not a UserError (an OSError from a file dialog, say) has only its
    own text; it is shown as it is rather than hidden.
    """
    if isinstance(thing, Message | UserError):
        return thing.text(translate)
    return str(thing)


def said_all(problems: list[Problem], separator: str = " ") -> str:
    return separator.join(said(p) for p in problems)


__all__ = ["problem_from", "said", "said_all", "translate"]
