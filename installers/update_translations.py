"""Update the translation sources (.ts) from the code, then compile them (.qm).

    python installers/update_translations.py          update every .ts, then compile
    python installers/update_translations.py --check  fail if a .ts is out of date

Why not pyside6-lupdate alone: our code translates through a small helper per module,
``def tr(text): return QCoreApplication.translate("Context", text)``, and lupdate cannot see
the context through it (it files every string under an empty context, so nothing would be
found at run time). This script reads the code with Python's ``ast`` instead and knows
three forms:
- ``tr("text")`` in a module whose ``tr`` helper names a context, and ``tr_n("%n thing(s)",
  n)``, a count in the same context (``ui/i18n.plural``): a message with "%n" is written as
  Qt's plural ("numerus") message, English getting its two forms from "(s)";
- ``QCoreApplication.translate("Context", "text")`` written out;
- ``self.tr("text")`` inside a class (Qt uses the class name as the context).
Fixed choices from desktop/domain/vocab.py (context "Vocab") and the theme names (context
"Themes") are added too, because the screens translate them from data.

Problems and refusals (desktop/domain/problems.py) are templates the window translates under
the context "Problems": ``Problem(field, "…")``, ``Message("…")``, ``marked("…")``, and the
template of ``UserError("…")`` or of any class that derives from it (its first argument, or
the one its ``__init__`` names ``template``; the classes are found by reading every class
definition under desktop/). The template may be a literal, an
``a if c else b`` of literals, a name assigned a literal in the same module, or literals and
such names joined with ``+``. A template kept in a table is found when wrapped in
``marked("…")``. The command
line's own errors (desktop/cli) are printed in English only and are not filed.

Each .ts keeps the translations it already has; new strings arrive marked unfinished and
strings no longer in the code are dropped. English (UK) is the language of the code, so its
.ts is complete by definition (every translation is the source). The pseudo-translation
(en_XA) is made from it by installers/pseudo_translate.py. Then pyside6-lrelease compiles
every .ts to the .qm the app loads.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en_GB"
PSEUDO_LANGUAGE = "en_XA"


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    comment: str = ""
    filename: str = ""
    line: int = 0


def _string(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_translate_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in {"QCoreApplication", "QApplication"}
    )


def _helper_context(tree: ast.Module) -> str | None:
    """The context named by a module-level ``def tr(...)`` helper, if there is one."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for inner in ast.walk(node):
                if _is_translate_call(inner):
                    return _string(inner.args[0]) if inner.args else None  # type: ignore[attr-defined]
    return None


PROBLEMS_CONTEXT = "Problems"
# Where the template is among the positional arguments of each root of the family; a class
# deriving from one takes the position of the parameter its own __init__ names "template"
# (``Rejected(kind, template)``), or its parent's when it has no __init__ of its own.
TEMPLATE_ROOTS: dict[str, int | None] = {"Message": 0, "Problem": 1, "UserError": 0}
# ``check.fail("…", where)``: the framework file checker's refusals.
TEMPLATE_FUNCTIONS: dict[str, int] = {"marked": 0, "fail": 0}
# ``reader.note(path, where, "what is wrong", "how to put it right")``: the format 2 checks,
# whose problem and fix are both templates.
TEMPLATE_ARGUMENTS: dict[str, tuple[int, ...]] = {"note": (2, 3)}


def _base_names(node: ast.ClassDef) -> set[str]:
    names: set[str] = set()
    for base in node.bases:
        if isinstance(base, ast.Name):
            names.add(base.id)
        elif isinstance(base, ast.Attribute):
            names.add(base.attr)
    return names


def _own_template_index(node: ast.ClassDef) -> tuple[bool, int | None]:
    """(has its own __init__, position of its "template" parameter or None)."""
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            names = [a.arg for a in [*item.args.posonlyargs, *item.args.args]][1:]
            return True, names.index("template") if "template" in names else None
    return False, None


def template_classes(paths: list[Path]) -> dict[str, int | None]:
    """Every class under desktop/ in the Message or UserError family, however deeply, with
    the position of its template argument (None: it takes no template, like ProblemsError)."""
    classes: dict[str, tuple[set[str], bool, int | None]] = {}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name not in TEMPLATE_ROOTS:
                own, index = _own_template_index(node)
                classes[node.name] = (_base_names(node), own, index)
    found: dict[str, int | None] = dict(TEMPLATE_ROOTS)
    grew = True
    while grew:
        grew = False
        for name, (parents, own, index) in classes.items():
            known = [p for p in parents if p in found]
            if name in found or not known:
                continue
            found[name] = index if own else found[known[0]]
            grew = True
    return found


def _literals(node: ast.AST | None, constants: dict[str, list[str]]) -> list[str]:
    """The template strings an argument can be: a literal, either side of an ``if``, or a
    name the module assigns a literal to."""
    text = _string(node)
    if text is not None:
        return [text]
    if isinstance(node, ast.IfExp):
        return _literals(node.body, constants) + _literals(node.orelse, constants)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "…again. " + NOT_CHANGED
        left, right = _literals(node.left, constants), _literals(node.right, constants)
        return [a + b for a in left for b in right]
    if isinstance(node, ast.Name):
        return constants.get(node.id, [])
    return []


def _string_constants(tree: ast.Module) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
            if isinstance(target, ast.Name):
                text = _string(value)
                if text is not None:
                    found.setdefault(target.id, []).append(text)
    return found


def problem_messages_in(path: Path, positions: dict[str, int | None]) -> Iterator[Message]:
    """Every problem template in one module, filed under the "Problems" context."""
    relative = path.relative_to(ROOT).as_posix()
    if relative.startswith("desktop/cli/"):
        return
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    constants = _string_constants(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else None
        if isinstance(func, ast.Attribute):
            name = func.attr
        if name is None:
            continue
        index = positions.get(name, TEMPLATE_FUNCTIONS.get(name))
        indexes = TEMPLATE_ARGUMENTS.get(name, () if index is None else (index,))
        for index in indexes:
            if len(node.args) <= index:
                continue
            for text in _literals(node.args[index], constants):
                # A bare "{detail}" carries text made elsewhere: there is nothing to translate.
                if any(c.isalpha() for c in re.sub(r"\{[^{}]*\}", "", text)):
                    yield Message(PROBLEMS_CONTEXT, text, "", relative, node.lineno)


def messages_in(path: Path) -> Iterator[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    module_context = _helper_context(tree)
    relative = path.relative_to(ROOT).as_posix()

    def visit(node: ast.AST, class_name: str | None) -> Iterator[Message]:
        for child in ast.iter_child_nodes(node):
            inner_class = child.name if isinstance(child, ast.ClassDef) else class_name
            if isinstance(child, ast.Call):
                yield from call(child, class_name)
            yield from visit(child, inner_class)

    def call(node: ast.Call, class_name: str | None) -> Iterator[Message]:
        func = node.func
        if _is_translate_call(node) and len(node.args) >= 2:
            context, text = _string(node.args[0]), _string(node.args[1])
            comment = _string(node.args[2]) if len(node.args) > 2 else None
            if context and text:
                yield Message(context, text, comment or "", relative, node.lineno)
        elif (
            isinstance(func, ast.Name)
            and func.id in {"tr", "tr_n"}
            and node.args
            and module_context
        ):
            text = _string(node.args[0])
            if text:
                yield Message(module_context, text, "", relative, node.lineno)
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "tr"
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
            and class_name
            and node.args
        ):
            text = _string(node.args[0])
            if text:
                yield Message(class_name, text, "", relative, node.lineno)

    yield from visit(tree, None)
    if module_context:
        yield from _tables(tree, module_context, relative)
        yield from _looped_tables(tree, module_context, relative)


def _tables(tree: ast.Module, context: str, relative: str) -> Iterator[Message]:
    """Strings in a constant table read through tr: ``HEADERS = ("Name", ...)`` and then
    ``tr(self.HEADERS[column])``, the usual shape of a Qt model's column titles."""
    names: set[str] = set()
    for node in ast.walk(tree):
        is_tr = isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        if is_tr and node.func.id == "tr" and node.args:  # type: ignore[attr-defined]
            argument = node.args[0]  # type: ignore[attr-defined]
            if isinstance(argument, ast.Subscript):
                target = argument.value
                if isinstance(target, ast.Name):
                    names.add(target.id)
                elif isinstance(target, ast.Attribute):
                    names.add(target.attr)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(
            node.value, ast.Tuple | ast.List
        ):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in names for t in targets):
                for element in node.value.elts:
                    text = _string(element)
                    if text:
                        yield Message(context, text, "", relative, element.lineno)


def _looped_tables(tree: ast.Module, context: str, relative: str) -> Iterator[Message]:
    """Strings in a table of tuples read through tr in a loop: ``for key, label, ref in
    QUESTIONS: ... tr(label)`` files the label of each row (not its key or its ref)."""
    positions: dict[str, set[int]] = {}
    for loop in ast.walk(tree):
        if not (isinstance(loop, ast.For) and isinstance(loop.iter, ast.Name)):
            continue
        if not isinstance(loop.target, ast.Tuple):
            continue
        index = {t.id: i for i, t in enumerate(loop.target.elts) if isinstance(t, ast.Name)}
        for node in ast.walk(loop):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Name)
                and node.args[0].id in index
            ):
                positions.setdefault(loop.iter.id, set()).add(index[node.args[0].id])
    for node in tree.body:
        if not isinstance(node, ast.Assign | ast.AnnAssign):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        names = [t.id for t in targets if isinstance(t, ast.Name) and t.id in positions]
        if not names or not isinstance(node.value, ast.Tuple | ast.List):
            continue
        for row in node.value.elts:
            if isinstance(row, ast.Tuple):
                for at in sorted(positions[names[0]]):
                    text = _string(row.elts[at]) if at < len(row.elts) else None
                    if text:
                        yield Message(context, text, "", relative, row.lineno)


def data_messages() -> Iterator[Message]:
    """Labels the screens translate from data: the fixed choices and the theme names."""
    sys.path.insert(0, str(ROOT))
    from desktop.domain import how_run, vocab

    # Choices defined beside their rules (how a partnership is run) are shown as Vocab too.
    for module in (vocab, how_run):
        source = "desktop/domain/" + module.__name__.rsplit(".", 1)[-1] + ".py"
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, vocab.Choice)
                and value is not vocab.Choice
                and value.__module__ == module.__name__
            ):
                for member in value:
                    yield Message("Vocab", member.label, "", source, 0)
    for theme in vocab.THEMES:
        yield Message("Themes", theme, "", "desktop/domain/vocab.py", 0)


def collect() -> list[Message]:
    """Every message once (the first place it appears), sorted by context then source."""
    found: dict[tuple[str, str, str], Message] = {}
    paths = [p for p in sorted(SOURCES.rglob("*.py")) if "migrations" not in p.parts]
    positions = {**template_classes(paths), **TEMPLATE_FUNCTIONS}
    for path in paths:
        for message in messages_in(path):
            found.setdefault((message.context, message.source, message.comment), message)
        for message in problem_messages_in(path, positions):
            found.setdefault((message.context, message.source, message.comment), message)
    for message in data_messages():
        found.setdefault((message.context, message.source, message.comment), message)
    return sorted(found.values())


# Keeps a plural message's forms together in ``read_ts``'s (translation, type) pairs.
NUMERUS_SEPARATOR = "\x1f"


def english_forms(source: str) -> list[str]:
    """English's two plural forms of a count: "%n file(s)" -> "%n file", "%n files"."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def read_ts(path: Path) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(context, source, comment) -> (translation, type) from an existing .ts file."""
    if not path.exists():
        return {}
    known: dict[tuple[str, str, str], tuple[str, str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            forms = [form.text or "" for form in translation.findall("numerusform")]
            text = NUMERUS_SEPARATOR.join(forms) if forms else (translation.text or "")
            known[key] = (text, translation.get("type", ""))
    return known


def build_ts(
    language: str, messages: list[Message], known: dict[tuple[str, str, str], tuple[str, str]]
) -> ET.ElementTree:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    contexts: dict[str, ET.Element] = {}
    for message in messages:
        if message.context not in contexts:
            element = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = message.context
            contexts[message.context] = element
        element = ET.SubElement(contexts[message.context], "message")
        ET.SubElement(
            element, "location", filename=f"../../{message.filename}", line=str(message.line)
        )
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        key = (message.context, message.source, message.comment)
        if language == SOURCE_LANGUAGE:
            text, kind = message.source, ""
        else:
            text, kind = known.get(key, ("", "unfinished"))
        translation = ET.SubElement(element, "translation")
        if "%n" in message.source:
            # A count (``tr_n``): one form per plural form of the language (Qt picks).
            element.set("numerus", "yes")
            if language == SOURCE_LANGUAGE:
                forms = english_forms(message.source)
            else:
                forms = text.split(NUMERUS_SEPARATOR) if text else [""]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
        if kind:
            translation.set("type", kind)
    ET.indent(root, space="    ")
    return ET.ElementTree(root)


def ts_text(tree: ET.ElementTree) -> str:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def lrelease() -> Path:
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lrelease", here / "pyside6-lrelease.exe"):
        if candidate.exists():
            return candidate
    found = shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease was not found: install PySide6 in this Python.")
    return Path(found)


def ts_files() -> list[Path]:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = {p for p in TRANSLATIONS.glob("partnerbook_*.ts")}
    files.add(TRANSLATIONS / f"partnerbook_{SOURCE_LANGUAGE}.ts")
    return sorted(files)


def language_of(path: Path) -> str:
    return path.stem.removeprefix("partnerbook_")


def main(argv: list[str]) -> int:
    check = "--check" in argv
    messages = collect()
    stale: list[str] = []
    for path in ts_files():
        language = language_of(path)
        if language == PSEUDO_LANGUAGE:
            continue  # made from the English (UK) file below
        tree = build_ts(language, messages, read_ts(path))
        if check:
            old = path.read_text(encoding="utf-8") if path.exists() else ""
            if old != ts_text(tree):
                stale.append(path.name)
            continue
        path.write_text(ts_text(tree), encoding="utf-8")
        done = sum(1 for m in tree.getroot().iter("translation") if m.get("type") is None)
        print(f"{path.name}: {len(messages)} strings, {done} translated")
    if check:
        if stale:
            print("Out of date: " + ", ".join(stale) + ". Run installers/update_translations.py")
            return 1
        print(f"Translations are up to date ({len(messages)} strings).")
        return 0
    from pseudo_translate import pseudo_translate_file  # beside this script

    pseudo = TRANSLATIONS / f"partnerbook_{PSEUDO_LANGUAGE}.ts"
    pseudo_translate_file(TRANSLATIONS / f"partnerbook_{SOURCE_LANGUAGE}.ts", pseudo)
    print(f"{pseudo.name}: pseudo-translated")
    for path in ts_files():
        subprocess.run(
            [str(lrelease()), "-silent", str(path), "-qm", str(path.with_suffix(".qm"))],
            check=True,
        )
    print(f"Compiled {len(ts_files())} .qm files in {TRANSLATIONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main(sys.argv[1:]))
