"""Counts are Qt plural ("numerus") messages in the translation files (issue 21, item 6):
English gets "1 file" and "5 files" from "%n file(s)", a translator gets a form per plural
form of their language, and the pseudo-translation keeps the forms. Built and compiled in a
temporary folder: the shipped files are left to installers/update_translations.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

INSTALLERS = Path(__file__).resolve().parents[2] / "installers"
sys.path.insert(0, str(INSTALLERS))

import pseudo_translate  # noqa: E402
import update_translations as ut  # noqa: E402

COUNT = ut.Message("Ctx", "%n file(s) imported", "", "desktop/ui/x.py", 1)
PLAIN = ut.Message("Ctx", "Import", "", "desktop/ui/x.py", 2)


def _qm(tmp_path: Path, language: str, known: dict) -> Path:  # type: ignore[type-arg]
    ts = tmp_path / f"t_{language}.ts"
    ts.write_text(ut.ts_text(ut.build_ts(language, [COUNT, PLAIN], known)), encoding="utf-8")
    return ts


def _compile(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([str(ut.lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def test_english_gets_both_forms_and_qt_picks_them(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTranslator

    ts = _qm(tmp_path, "en_GB", {})
    text = ts.read_text(encoding="utf-8")
    assert 'numerus="yes"' in text
    assert "<numerusform>%n file imported</numerusform>" in text
    assert "<numerusform>%n files imported</numerusform>" in text
    # Read back, the forms are kept together (as a translator's are for their language).
    known = ut.read_ts(ts)
    assert known[("Ctx", COUNT.source, "")][0].split(ut.NUMERUS_SEPARATOR) == [
        "%n file imported",
        "%n files imported",
    ]
    translator = QTranslator()
    assert translator.load(str(_compile(ts)))
    QCoreApplication.installTranslator(translator)
    try:
        said = [QCoreApplication.translate("Ctx", COUNT.source, None, n) for n in (1, 5)]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert said == ["1 file imported", "5 files imported"]


def test_the_pseudo_translation_keeps_each_form(tmp_path: Path) -> None:
    english = _qm(tmp_path, "en_GB", {})
    pseudo = tmp_path / "t_en_XA.ts"
    assert pseudo_translate.pseudo_translate_file(english, pseudo) == 2
    text = pseudo.read_text(encoding="utf-8")
    assert text.count("<numerusform>[%n ƒîļé îɱþöŕţéđ") == 1
    assert text.count("<numerusform>[%n ƒîļéš îɱþöŕţéđ") == 1


@pytest.fixture
def qapp():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def test_window_counts_take_the_right_noun_without_a_translation(qapp) -> None:  # type: ignore[no-untyped-def]
    """Issue 21: "5 action(s)" in the window; English without a loaded file still says
    "1 action" and "5 actions"."""
    from desktop.ui.review_results import tr_n

    assert tr_n("%n action(s) added to What's due", 1) == "1 action added to What's due"
    assert tr_n("%n action(s) added to What's due", 5) == "5 actions added to What's due"
