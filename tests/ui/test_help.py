"""Help: the offline guide (F1), the glossary, and Compact terms explained where they appear."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

import desktop.ui.help as help_module
from desktop.domain.frameworks import load_builtin
from desktop.resource_paths import resources_dir
from desktop.ui.help import guide_html, guide_path
from desktop.ui.terms import explain, explain_terms, find_term, term_text


def test_f1_opens_the_user_guide_with_the_framework_glossary(main_window, qtbot) -> None:
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    dialog = main_window.help.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith("Partnerbook user guide")
    for item in load_builtin().glossary:
        assert item.title in text and item.text in text
    qtbot.waitUntil(dialog.browser.hasFocus)


def test_help_glossary_jumps_to_the_words_explained(main_window, qtbot) -> None:
    main_window.help.glossary_action.trigger()
    dialog = main_window.help.dialog
    qtbot.waitExposed(dialog)
    bar = dialog.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    top = dialog.browser.cursorForPosition(dialog.browser.viewport().rect().topLeft())
    top.select(top.SelectionType.BlockUnderCursor)
    assert "Words explained" in top.selectedText()


def test_the_help_menu_lists_the_guide_first_with_mnemonics(main_window) -> None:
    texts = [a.text() for a in main_window.help_menu.actions() if not a.isSeparator()]
    assert texts[:4] == ["&User guide", "Help for &this", "&Glossary", "&What's this?"]
    assert texts[-1] == "&About Partnerbook"
    assert main_window.help.here_action.shortcut().toString() == "F1"


def test_every_contents_link_goes_to_a_section() -> None:
    page = guide_html(["en-GB"])
    links = set(re.findall(r'href="#([\w-]+)"', page))
    anchors = set(re.findall(r'name="([\w-]+)"', page))
    assert links and links <= anchors


def test_explain_gives_a_tooltip_and_whats_this_from_the_glossary(qtbot) -> None:
    label = QLabel("Added value")
    qtbot.addWidget(label)
    explain(label, "G:added-value")
    assert "none of them would have achieved alone" in label.toolTip()
    assert label.whatsThis() == label.toolTip()
    assert label.accessibleDescription().startswith("Added value: What partners achieve")


def test_explain_knows_clauses_and_our_own_words(qtbot) -> None:
    assert term_text("3.1(a)")[0] == "3.1(a) Value every partner's part"
    assert "Council for Voluntary Service" in term_text("app:cvs")[1]
    with pytest.raises(KeyError):
        term_text("G:no-such-term")


def test_a_translated_guide_is_used_when_there_is_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "help").mkdir()
    (tmp_path / "help" / "guide.html").write_text("English", encoding="utf-8")
    (tmp_path / "help" / "guide.cy.html").write_text("Cymraeg", encoding="utf-8")
    monkeypatch.setattr(help_module, "resources_dir", lambda: tmp_path)
    assert guide_path(["cy-GB", "en-GB"]).name == "guide.cy.html"
    assert guide_path(["fr-FR"]).name == "guide.html"
    assert guide_path(["en-GB"]) != resources_dir() / "help" / "guide.html"


def test_terms_on_a_screen_are_explained_without_the_screen_asking(qtbot) -> None:
    from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    box = QGroupBox("Stakeholders: who should be round the table (Code 4.2)")
    own = QLabel("The &CVS we report to")
    own.setToolTip("Set by the screen itself")
    plain = QLabel("Name")
    button = QPushButton("Add an &outcome")
    for widget in (box, own, plain, button):
        layout.addWidget(widget)
    assert explain_terms(page) == 2
    assert "interest in an organisation" in box.toolTip()
    assert "end results" in button.whatsThis()
    assert own.toolTip() == "Set by the screen itself" and plain.toolTip() == ""


def test_common_words_and_sentences_are_left_alone() -> None:
    assert find_term("New partnership…") is None
    assert find_term("Rural or urban") == "G:rurality"
    assert find_term("A long sentence that mentions stakeholders " + "and more " * 10) is None


def test_the_main_window_explains_the_terms_on_each_area(main_window, qtbot) -> None:
    area = main_window.show_area("returns")

    def explained() -> bool:
        tips = [w.toolTip() for w in area.findChildren(QLabel)]
        return any("Council for Voluntary Service" in tip for tip in tips)

    qtbot.waitUntil(explained)
