"""Framework file format 2: sections of declared kinds, named scales, domains and bands.

A format 2 file says what each section is (commitments to rate, scored questions, a
joining check, a glossary, stakeholder categories or plain guidance), which sections are
used for what (``[use]``), and, for scored sections, how they are scored: by the mean or
the sum, with domains (groups of questions) and bands at the question, domain or
whole-tool level whose ranges start where the tool's do (35-84 of 175, or a mean of 4 or
more). References are free text unique in the file ("SP1", "1", "3.1(a)").

Every problem is collected (see framework_reader); ``build_format2`` returns the
framework only when there are none. The guide for people writing these files is
resources/frameworks/GUIDE.md.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.domain.framework_lines import FileProblem, Path
from desktop.domain.framework_model import (
    KIND_COMMITMENTS,
    KIND_SCORED,
    LEVEL_DOMAIN,
    LEVEL_ITEM,
    LEVEL_TOOL,
    MAX_GUIDANCE_CHARS,
    MAX_ID_CHARS,
    MAX_ITEMS,
    MAX_KEY_CHARS,
    MAX_LABEL_CHARS,
    MAX_SECTIONS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    MAX_VERSION_CHARS,
    METHOD_MEAN,
    METHOD_SUM,
    SECTION_KINDS_2,
    USE_KINDS,
    Band,
    Domain,
    Framework,
    Item,
    Scale,
    Section,
    Source,
)
from desktop.domain.framework_reader import Reader
from desktop.domain.framework_scales import KEY_RE, ScalesAndBands
from desktop.domain.problems import Message

__all__ = ["build_format2"]

MAX_REF_CHARS = 80
MAX_CLAUSE_CHARS_2 = 40

_TOP_REQUIRED = ("format", "id", "version", "title", "source", "sections")
_TOP_OPTIONAL = ("short_title", "language", "about", "scale_note", "use", "scales")
_SECTION_REQUIRED = ("key", "kind", "title")
_SECTION_OPTIONAL = (
    "clause",
    "intro",
    "scale",
    "scoring",
    "domain_scoring",
    "domains",
    "bands",
    "items",
)
_ITEM_REQUIRED = ("ref", "text")
_ITEM_OPTIONAL = ("title", "guidance", "domain", "reversed")

_ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LANGUAGE_RE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


def _title_from(text: str) -> str:
    return text if len(text) <= 60 else text[:57].rstrip() + "…"


def build_format2(data: dict[str, Any], text: str) -> tuple[Framework | None, list[FileProblem]]:
    """Check a parsed format 2 file; the framework, or None and every problem found."""
    return _Builder(data, Reader(text)).build()


class _Builder:
    def __init__(self, data: dict[str, Any], reader: Reader) -> None:
        self.data = data
        self.r = reader
        self.refs: dict[str, str] = {}  # ref -> the key of the section it is in
        self.scales = ScalesAndBands(reader)
        self.declared: set[str] = set()  # section keys written, even of refused sections

    # ----------------------------------------------------------------------------------

    def build(self) -> tuple[Framework | None, list[FileProblem]]:
        r, data = self.r, self.data
        r.keys(data, (), None, _TOP_REQUIRED, _TOP_OPTIONAL)
        framework_id = r.pattern(
            data,
            "id",
            (),
            None,
            MAX_ID_CHARS,
            _ID_RE,
            "compact-example-2024",
            "Use lower-case letters and digits joined by hyphens.",
        )
        version = r.text(data, "version", (), None, MAX_VERSION_CHARS)
        title = r.text(data, "title", (), None, MAX_TITLE_CHARS)
        short_title = r.text(data, "short_title", (), None, MAX_LABEL_CHARS)
        language = "en-GB"
        if "language" in data:
            language = (
                r.pattern(
                    data,
                    "language",
                    (),
                    None,
                    MAX_KEY_CHARS,
                    _LANGUAGE_RE,
                    "en-GB",
                    "Use a language tag such as en-GB or cy.",
                )
                or language
            )
        about = r.text(data, "about", (), None, MAX_GUIDANCE_CHARS) or ""
        scale_note = r.text(data, "scale_note", (), None, MAX_TEXT_CHARS) or ""
        source = self._source()
        scales = self.scales.scales(self.data)
        sections = self._sections(scales)
        uses = self._uses(sections)
        if r.problems:
            # In the order of the file, so the person can work down it.
            return None, sorted(r.problems, key=lambda p: p.line or 0)
        assert framework_id and version and title and source and uses is not None
        first = {use: (sections[keys[0]] if keys else None) for use, keys in uses.items()}
        commitments, reviews = first["commitments"], first["reviews"]
        rating = commitments.scale.options if commitments and commitments.scale else ()
        answers = reviews.scale.options if reviews and reviews.scale else ()
        bands: tuple[Band, ...] = ()
        if reviews is not None:
            for level in (LEVEL_TOOL, LEVEL_ITEM, LEVEL_DOMAIN):
                bands = reviews.bands_at(level)
                if bands:
                    break
        framework = Framework(
            format=2,
            id=framework_id,
            version=version,
            title=title,
            short_title=short_title or title[:MAX_LABEL_CHARS],
            source=source,
            language=language,
            sections=sections,
            rating_scale=rating,
            answer_scale=answers,
            bands=bands,
            uses=uses,
            about=about,
            scale_note=scale_note,
        )
        return framework, []

    def _source(self) -> Source | None:
        r = self.r
        table = r.table(self.data, "source", (), None, "[source]")
        if table is None:
            return None
        where = Message("[source]")
        path: Path = ("source",)
        r.keys(table, path, where, ("publisher", "document", "date"), ("url",))
        values = [
            r.text(table, key, path, where, MAX_TITLE_CHARS)
            for key in ("publisher", "document", "date")
        ]
        url = r.text(table, "url", path, where, MAX_TEXT_CHARS) or ""
        if any(v is None for v in values):
            return None
        return Source(values[0] or "", values[1] or "", values[2] or "", url)

    def _uses(self, sections: dict[str, Section]) -> dict[str, tuple[str, ...]] | None:
        """Which sections are used for commitments, reviews and the joining check.

        Without ``[use]`` (or without one of its keys) every section of the matching kind
        is used, in file order.
        """
        r = self.r
        table = r.table(self.data, "use", (), None, "[use]") or {}
        where = Message("[use]")
        r.keys(table, ("use",), where, (), tuple(USE_KINDS))
        uses: dict[str, tuple[str, ...]] = {}
        for use, kind in USE_KINDS.items():
            names = r.names(table, use, ("use",), where)
            if names is None:
                uses[use] = tuple(k for k, s in sections.items() if s.kind == kind)
                continue
            chosen: list[str] = []
            for name in names:
                section = sections.get(name)
                if name in chosen:
                    r.note(
                        ("use", use),
                        where,
                        '"{name}" is named twice in "{use}".',
                        "Name each section once.",
                        name=name,
                        use=use,
                    )
                elif section is None and name in self.declared:
                    continue  # the section has problems of its own, reported there
                elif section is None:
                    r.note(
                        ("use", use),
                        where,
                        '"{use}" names the section "{name}", but there is no such section.',
                        "Use the key of one of the [[sections]] in the file.",
                        name=name,
                        use=use,
                    )
                elif section.kind != kind:
                    r.note(
                        ("use", use),
                        where,
                        '"{use}" names the section "{name}", which is of kind "{found}".',
                        'Only sections of kind "{kind}" can be used for {use}.',
                        name=name,
                        use=use,
                        found=section.kind,
                        kind=kind,
                    )
                else:
                    chosen.append(name)
            uses[use] = tuple(chosen)
        return uses

    # ----------------------------------------------------------------------------------

    # ----------------------------------------------------------------------------------

    def _sections(self, scales: dict[str, Scale]) -> dict[str, Section]:
        r = self.r
        entries = r.tables(self.data, "sections", (), None, "[[sections]]")
        if "sections" in self.data and not entries:
            r.note(("sections",), None, "there are no sections.", "Add at least one [[sections]].")
        if len(entries) > MAX_SECTIONS:
            r.note(
                ("sections",),
                None,
                "there are {count} sections; the limit is {limit}.",
                "Join some of them.",
                count=len(entries),
                limit=MAX_SECTIONS,
            )
            return {}
        total = sum(len(e["items"]) for e in entries if isinstance(e.get("items"), list))
        if total > MAX_ITEMS:
            r.note(
                ("sections",),
                None,
                "there are {count:,} items; the limit is {limit}.",
                "Split the framework into two files.",
                count=total,
                limit=MAX_ITEMS,
            )
            return {}
        sections: dict[str, Section] = {}
        for index, entry in enumerate(entries):
            section = self._section(entry, index, scales, sections)
            if section is not None:
                sections[section.key] = section
        return sections

    def _section(
        self,
        entry: dict[str, Any],
        index: int,
        scales: dict[str, Scale],
        done: dict[str, Section],
    ) -> Section | None:
        r = self.r
        path: Path = ("sections", index)
        where = Message("section {number}", number=index + 1)
        if isinstance(entry.get("key"), str) and KEY_RE.fullmatch(entry["key"]):
            where = Message('section "{key}"', key=entry["key"])
        r.keys(entry, path, where, _SECTION_REQUIRED, _SECTION_OPTIONAL)
        key = r.pattern(
            entry,
            "key",
            path,
            where,
            MAX_KEY_CHARS,
            KEY_RE,
            "shared_principles",
            "Use lower-case letters, digits and _, starting with a letter.",
        )
        if key is not None:
            self.declared.add(key)
        if key is not None and key in done:
            r.note(
                (*path, "key"),
                where,
                'the section key "{key}" is used twice.',
                "Give each section its own key.",
                key=key,
            )
            key = None
        kind = r.choice(entry, "kind", path, where, SECTION_KINDS_2, "")
        title = r.text(entry, "title", path, where, MAX_TITLE_CHARS)
        clause = r.text(entry, "clause", path, where, MAX_CLAUSE_CHARS_2) or ""
        intro = r.text(entry, "intro", path, where, MAX_GUIDANCE_CHARS) or ""
        scale = self._section_scale(entry, path, where, kind, scales)
        scored = kind == KIND_SCORED
        for only_scored in ("scoring", "domain_scoring", "domains", "bands"):
            if only_scored in entry and kind and not scored:
                r.note(
                    (*path, only_scored),
                    where,
                    '"{key}" is only used in sections of kind "scored".',
                    'Remove it, or make the section kind = "scored".',
                    key=only_scored,
                )
        method = r.choice(entry, "scoring", path, where, (METHOD_MEAN, METHOD_SUM), METHOD_MEAN)
        domain_method = r.choice(
            entry, "domain_scoring", path, where, (METHOD_MEAN, METHOD_SUM), method
        )
        domains = self._domains(entry, path, where) if scored else []
        items = self._items(entry, path, where, key or "", kind, domains)
        if key is None or not kind or title is None:
            return None
        domain_refs = {
            d["key"]: tuple(i.ref for i in items if i.domain == d["key"]) for d in domains
        }
        built_domains: list[Domain] = []
        bands: tuple[Band, ...] = ()
        if scored and scale is not None and items:
            bands, built_domains = self.scales.all_bands(
                entry, path, where, scale, method, domain_method, items, domains, domain_refs
            )
        for d in domains:
            if not domain_refs[d["key"]]:
                r.note(
                    d["path"],
                    d["where"],
                    "no item belongs to this domain.",
                    'Give some items domain = "{key}", or remove the domain.',
                    key=d["key"],
                )
        return Section(
            key=key,
            clause=clause,
            title=title,
            kind=kind,
            items=tuple(items),
            scale=scale,
            method=method,
            domain_method=domain_method,
            domains=tuple(built_domains),
            bands=bands,
            intro=intro,
        )

    def _section_scale(
        self,
        entry: dict[str, Any],
        path: Path,
        where: Message,
        kind: str,
        scales: dict[str, Scale],
    ) -> Scale | None:
        r = self.r
        needs = kind in (KIND_COMMITMENTS, KIND_SCORED)
        if "scale" not in entry:
            if needs:
                r.note(
                    path,
                    where,
                    'a section of kind "{kind}" needs a scale.',
                    'Add a line such as scale = "agreement", naming one of the [scales.…].',
                    kind=kind,
                )
            return None
        name = r.text(entry, "scale", path, where, MAX_KEY_CHARS)
        if name is None:
            return None
        if kind and not needs:
            r.note(
                (*path, "scale"),
                where,
                'a section of kind "{kind}" has no scale.',
                "Remove the line.",
                kind=kind,
            )
            return None
        if name not in scales:
            known = ", ".join(f'"{k}"' for k in scales) or "none"
            r.note(
                (*path, "scale"),
                where,
                'there is no scale called "{name}".',
                "Use one of the scales in the file ({known}), or add [scales.{name}].",
                name=name,
                known=known,
            )
            return None
        scale = scales[name]
        if kind == KIND_SCORED and scale.options and all(o.score is None for o in scale.options):
            r.note(
                (*path, "scale"),
                where,
                'no option of the scale "{name}" has a score, so nothing could be scored.',
                "Give the options a score (leave it out only for answers such as “Don't know”).",
                name=name,
            )
            return None
        return scale

    # ----------------------------------------------------------------------------------

    def _domains(self, entry: dict[str, Any], path: Path, where: Message) -> list[dict[str, Any]]:
        r = self.r
        found: list[dict[str, Any]] = []
        for index, raw in enumerate(
            r.tables(entry, "domains", path, where, "[[sections.domains]]")
        ):
            at: Path = (*path, "domains", index)
            here = Message("{section}, domain {number}", section=where, number=index + 1)
            r.keys(raw, at, here, ("key", "title"), ("text", "bands"))
            key = r.text(raw, "key", at, here, MAX_KEY_CHARS)
            title = r.text(raw, "title", at, here, MAX_TITLE_CHARS)
            text = r.text(raw, "text", at, here, MAX_TEXT_CHARS) or ""
            if key is not None and any(d["key"] == key for d in found):
                r.note(
                    (*at, "key"),
                    here,
                    'the domain key "{key}" is used twice in this section.',
                    "Give each domain its own key.",
                    key=key,
                )
                continue
            if key is None or title is None:
                continue
            found.append(
                {"key": key, "title": title, "text": text, "raw": raw, "path": at, "where": here}
            )
        return found

    def _items(
        self,
        entry: dict[str, Any],
        path: Path,
        where: Message,
        section_key: str,
        kind: str,
        domains: list[dict[str, Any]],
    ) -> list[Item]:
        r = self.r
        raw_items = r.tables(entry, "items", path, where, "[[sections.items]]")
        if not raw_items and kind and (kind != "guidance" or "intro" not in entry):
            r.note(
                path,
                where,
                "it has no items.",
                "Add at least one [[sections.items]] after it.",
            )
        domain_keys = [d["key"] for d in domains]
        items: list[Item] = []
        for index, raw in enumerate(raw_items):
            at: Path = (*path, "items", index)
            here = Message("{section}, item {number}", section=where, number=index + 1)
            ref = raw.get("ref")
            if isinstance(ref, str) and ref.strip() and ref.isprintable() and len(ref) <= 80:
                here = Message("{section}, item {ref}", section=where, ref=ref.strip())
            r.keys(raw, at, here, _ITEM_REQUIRED, _ITEM_OPTIONAL)
            ref = r.text(raw, "ref", at, here, MAX_REF_CHARS)
            text = r.text(raw, "text", at, here, MAX_TEXT_CHARS)
            title = r.text(raw, "title", at, here, MAX_TITLE_CHARS)
            guidance = r.text(raw, "guidance", at, here, MAX_GUIDANCE_CHARS)
            reversed_ = r.boolean(raw, "reversed", at, here)
            if "reversed" in raw and kind != KIND_SCORED:
                r.note(
                    (*at, "reversed"),
                    here,
                    '"reversed" is only used for questions in sections of kind "scored".',
                    "Remove the line.",
                )
            domain = ""
            if domains or "domain" in raw:
                domain = self._item_domain(raw, at, here, domain_keys, kind)
            if ref is not None:
                if ref in self.refs:
                    r.note(
                        (*at, "ref"),
                        here,
                        'the ref "{ref}" is used twice; it is also in section "{other}".',
                        "Every ref must be different in the whole file: change one of them.",
                        ref=ref,
                        other=self.refs[ref],
                    )
                    ref = None
                else:
                    self.refs[ref] = section_key
            if ref is None or text is None:
                continue
            items.append(
                Item(
                    ref=ref,
                    title=title or _title_from(text),
                    text=text,
                    guidance=guidance,
                    section_key=section_key,
                    domain=domain,
                    reversed=reversed_,
                )
            )
        return items

    def _item_domain(
        self, raw: dict[str, Any], at: Path, here: Message, domain_keys: list[str], kind: str
    ) -> str:
        r = self.r
        if kind != KIND_SCORED:
            r.note(
                (*at, "domain"),
                here,
                '"domain" is only used for questions in sections of kind "scored".',
                "Remove the line.",
            )
            return ""
        if "domain" not in raw:
            r.note(
                at,
                here,
                "this section has domains, but the item does not say which it is in.",
                'Add a line such as domain = "{example}".',
                example=domain_keys[0] if domain_keys else "…",
            )
            return ""
        domain = r.text(raw, "domain", at, here, MAX_KEY_CHARS)
        if domain is not None and domain not in domain_keys:
            known = ", ".join(f'"{k}"' for k in domain_keys) or "none: add [[sections.domains]]"
            r.note(
                (*at, "domain"),
                here,
                'there is no domain "{domain}" in this section.',
                "Use one of its domains ({known}).",
                domain=domain,
                known=known,
            )
            return ""
        return domain or ""

    # ----------------------------------------------------------------------------------
