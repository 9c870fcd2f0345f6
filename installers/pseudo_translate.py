"""Make the pseudo-translation en_XA from the English (UK) .ts, to test layouts.

    python installers/pseudo_translate.py   (update_translations.py runs it for you)

Every string comes out about 40% longer, with accented letters and in brackets:
"Save" becomes "[Šåvé ~~]". Run Partnerbook with PARTNERBOOK_LANG=en_XA and:
- a string in plain English was not put through tr() (it has no brackets);
- a cut-off bracket shows text clipped by a layout that cannot grow (German, Welsh and
  Polish run 30-40% longer than English);
- accents cut at the top or bottom show a line height that is too tight.
What the code fills in stays as it is, or the app would break: {placeholders}, HTML tags
and entities, %1-style arguments, and the letter after a mnemonic "&".
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Pieces the program reads or fills in: copied unchanged.
PROTECTED = re.compile(
    r"(\{[^{}]*\}"  # {name} placeholders for str.format
    r"|<[^<>]+>"  # HTML tags
    r"|&[a-zA-Z]+;|&#\d+;"  # entities
    r"|%L?\d+|%n"  # Qt's %1 arguments
    r"|&&|&.)",  # a literal & or a mnemonic with its letter
    re.DOTALL,
)
GROWTH = 0.4


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    parts = PROTECTED.split(text)
    out = []
    letters = 0
    for index, part in enumerate(parts):
        if index % 2:  # a protected piece
            out.append(part)
        else:
            out.append(part.translate(ACCENTED))
            letters += sum(c.isalnum() for c in part)
    padding = "~" * max(1, round(letters * GROWTH))
    # Multi-line and rich text get their padding inside, so the brackets stay readable.
    return f"[{''.join(out)} {padding}]"


def pseudo_translate_file(source: Path, target: Path) -> int:
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en_XA")
    count = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")
        if forms:  # a count: each plural form of the English, pseudo-translated
            for form in forms:
                form.text = pseudo(form.text or "")
        else:
            translation.text = pseudo(message.findtext("source") or "")
        translation.attrib.pop("type", None)
        count += 1
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    target.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    return count


def main() -> int:
    folder = Path(__file__).resolve().parent.parent / "resources" / "translations"
    count = pseudo_translate_file(folder / "partnerbook_en_GB.ts", folder / "partnerbook_en_XA.ts")
    print(f"Pseudo-translated {count} strings into partnerbook_en_XA.ts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
