"""Languages: every string through Qt's translation system, English (UK) complete, and a
pseudo-translation (every string ~40% longer, accented, in brackets) that the layouts cope
with: nothing untranslated, nothing cut off."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.domain.changes import Change
from desktop.resource_paths import resources_dir
from desktop.ui.i18n import available_languages, install_translator, remove_translation
from tests.ui.layout_checks import clipped, untranslated

INSTALLERS = Path(__file__).resolve().parents[2] / "installers"
sys.path.insert(0, str(INSTALLERS))

import pseudo_translate  # noqa: E402
import update_translations  # noqa: E402

TRANSLATIONS = resources_dir() / "translations"


@pytest.fixture
def pseudo_language(qapp: QApplication) -> Iterator[None]:
    translation = install_translator(qapp, "en_XA")
    assert translation.language == "en_XA"
    yield
    remove_translation(translation, qapp)


def test_compiled_translations_ship_for_english_uk_and_the_pseudo_language() -> None:
    assert {"en_GB", "en_XA"} <= set(available_languages())


def test_english_uk_is_complete() -> None:
    """Every string in the code is in the English (UK) file, translated.

    If this fails after adding strings, run: python installers/update_translations.py
    """
    in_code = {(m.context, m.source) for m in update_translations.collect()}
    root = ET.parse(TRANSLATIONS / "partnerbook_en_GB.ts").getroot()
    in_file = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") is None and message.findtext("translation")
    }
    missing = sorted(in_code - in_file)
    assert not missing, f"{len(missing)} strings not in partnerbook_en_GB.ts: {missing[:5]}"


def test_the_extractor_sees_each_way_the_code_translates() -> None:
    found = {(m.context, m.source) for m in update_translations.collect()}
    assert ("Welcome", "&Set up our group") in found  # a module's tr() helper
    assert ("Vocab", "Active") in found  # fixed choices translated from data
    assert ("MainWindow", "&Help") in found


def test_pseudo_translation_keeps_what_the_program_fills_in() -> None:
    text = "<b>{n} partnerships</b> &amp; &Save %1"
    out = pseudo_translate.pseudo(text)
    assert out.startswith("[") and out.endswith("]")
    for kept in ("<b>", "</b>", "{n}", "&amp;", "&S", "%1"):
        assert kept in out
    assert "ÞåŕţñéŕšĥîþšŠåṽé" not in out and "þåŕţñéŕšĥîþš" in out
    plain = "Keep the record of the partnerships"
    assert len(pseudo_translate.pseudo(plain)) >= 1.4 * len(plain)


def test_partnerbook_lang_chooses_the_language(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARTNERBOOK_LANG", "en_XA")
    translation = install_translator(qapp)
    try:
        assert QCoreApplication.translate("MainWindow", "&Help") == "[&Héļþ ~]"
    finally:
        remove_translation(translation, qapp)
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Help"


def test_every_area_is_translated_and_nothing_is_cut_off(pseudo_language, hub, qtbot) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(hub)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.menuBar().actions()[0].text() == "[&Fîļé ~]"
    problems: list[str] = []
    for spec in window.area_specs:
        window.show_area(spec.key)
        QApplication.processEvents()
        problems += [f"{spec.key}: {p}" for p in clipped(window)]
        problems += [f"{spec.key}: untranslated {p}" for p in untranslated(window)]
    assert problems == []


def test_the_welcome_and_the_guide_cope_with_longer_text(pseudo_language, hub, qtbot) -> None:
    from desktop.ui.help import HelpDialog
    from desktop.ui.welcome import WelcomeDialog

    welcome = WelcomeDialog(hub.paths)
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.waitExposed(welcome)
    assert list(clipped(welcome)) == []
    assert [p for p in untranslated(welcome) if str(hub.paths.data) not in p] == []
    guide = HelpDialog()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    assert guide.windowTitle().startswith("[")
    assert list(clipped(guide)) == []


def test_export_progress_is_told_in_the_chosen_language(
    pseudo_language, demo_database, main_window, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "r.pdf"), "")
    )
    main_window.hub.announce(Change.EVERYTHING)
    area = main_window.show_area("returns")
    shown: list[str] = []
    qtbot.mouseClick(area.export_button, Qt.MouseButton.LeftButton)
    # Connected after the area's own slot, so this sees the label the area has just set.
    area.job.progressed.connect(lambda *_: shown.append(area.status.text()))
    qtbot.waitUntil(lambda: area.job is None, timeout=60_000)
    assert (tmp_path / "r.pdf").exists()
    stages = ["Gathering the records for the return", "Drawing the PDF", "Saving", "Done"]
    translated = [pseudo_translate.pseudo(stage) for stage in stages]
    # The first stage may be told before the test starts listening; the last two cannot be.
    assert shown[-2:] == translated[-2:]
    assert set(shown) <= set(translated)
