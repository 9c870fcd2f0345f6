"""Load the translation for the person's language at start.

The language is ``PARTNERBOOK_LANG`` when set (``cy``, ``pl_PL``, or ``en_XA`` for the
pseudo-translation that shows untranslated or clipped text), else the system's UI languages
in order of preference. Partnerbook's own strings come from
resources/translations/partnerbook_<language>.qm; Qt's own (the standard buttons of file
and message dialogs) from the qtbase_<language>.qm files that ship with Qt.

English (UK) is the language of the code, so an English system needs no file at all and a
language with no translation yet falls back to English, never to blank text.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resource_paths import resources_dir

ENV_VAR = "PARTNERBOOK_LANG"
PREFIX = "partnerbook_"


@dataclass
class Translation:
    """What was loaded; the translators stay installed while this object lives."""

    language: str = ""
    translators: list[QTranslator] = field(default_factory=list)


def vocab(label: str) -> str:
    """A fixed choice's label (``Sector.label_of(key)``, ``member.label``) in the person's
    language. The labels live in desktop/domain/vocab.py, which has no Qt; the translation
    script files them under the "Vocab" context."""
    return QCoreApplication.translate("Vocab", label)


def counted(translated: str, n: int) -> str:
    """A count said right: pass ``QCoreApplication.translate(context, "%n action(s)
    added", None, n)`` (written out, so the translation script finds it).

    Qt fills in %n and, where the language's file gives plural forms, picks the right one.
    English is the language of the code and has no file of its own plural forms, so an
    untranslated "(s)" is settled here: "1 action added", "5 actions added".
    """
    if "(s)" not in translated:
        return translated
    return translated.replace("(s)", "" if n == 1 else "s")


def plural(context: str, text: str, n: int) -> str:
    """``text`` with "%n" (and "(s)") translated under ``context`` for the count ``n``.

    Modules wrap it as ``def tr_n(text, n): return plural("Context", text, n)`` beside
    their ``tr``; the translation script files ``tr_n("…", n)`` under that context.
    """
    return counted(QCoreApplication.translate(context, text, None, n), n)


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def available_languages() -> list[str]:
    """The languages there is a compiled translation for, such as ``en_GB`` and ``en_XA``."""
    folder = resources_dir() / "translations"
    return sorted(p.stem.removeprefix(PREFIX) for p in folder.glob(f"{PREFIX}*.qm"))


def install_translator(
    app: QCoreApplication | None = None, language: str | None = None
) -> Translation:
    """Install the best translation for ``language`` (or the environment, or the system)."""
    app = app or QCoreApplication.instance()
    chosen = language or os.environ.get(ENV_VAR, "").strip()
    result = Translation()
    ours = QTranslator(app)
    if chosen:
        # An explicit name: load exactly that file (en_XA is no real locale, so no fallback).
        loaded = ours.load(PREFIX + chosen.replace("-", "_"), translations_dir())
        locale = QLocale(chosen)
    else:
        locale = QLocale.system()
        loaded = ours.load(locale, "partnerbook", "_", translations_dir())
    if loaded and app is not None:
        app.installTranslator(ours)
        result.translators.append(ours)
        result.language = ours.language() or chosen
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_folder) and app is not None:
        app.installTranslator(qt)
        result.translators.append(qt)
    return result


def remove_translation(translation: Translation, app: QCoreApplication | None = None) -> None:
    app = app or QCoreApplication.instance()
    if app is None:
        return
    for translator in translation.translators:
        app.removeTranslator(translator)
    translation.translators.clear()


_installed: Translation | None = None


def install_once(app: QCoreApplication) -> Translation:
    """``install_translator`` the first time only: make_application may be called again."""
    global _installed
    if _installed is None:
        _installed = install_translator(app)
    return _installed
