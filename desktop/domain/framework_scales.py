"""Scales and bands in a format 2 framework file, checked with every problem collected.

Split from framework_format2 so each part reads in one sitting: here are the named answer
and rating scales (``[scales.NAME]``) and the bands of a scored section at question,
domain and whole-tool level, each checked against the scores possible at its level.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.domain.framework_lines import Path
from desktop.domain.framework_model import (
    BAND_LEVELS,
    LEVEL_DOMAIN,
    LEVEL_ITEM,
    LEVEL_TOOL,
    MAX_BANDS,
    MAX_KEY_CHARS,
    MAX_LABEL_CHARS,
    MAX_SCALE_OPTIONS,
    MAX_TEXT_CHARS,
    METHOD_SUM,
    Band,
    Domain,
    Item,
    Scale,
    ScaleOption,
)
from desktop.domain.framework_reader import Reader
from desktop.domain.problems import Message

__all__ = ["KEY_RE", "ScalesAndBands"]

KEY_RE = re.compile(r"[a-z][a-z0-9_]*")
_COLOUR_RE = re.compile(r"#[0-9A-Fa-f]{6}")
_GREEN, _AMBER, _RED, _GREY = "#2E7D32", "#B45309", "#B91C1C", "#6B7280"
_BAND_REQUIRED = ("key", "label", "from", "meaning", "next_step")
_BAND_OPTIONAL = ("to", "level", "colour")
_OPTION_REQUIRED = ("key", "label")
_OPTION_OPTIONAL = ("score", "colour", "meaning")


def _colour_by_position(position: float) -> str:
    """A default colour for an option or band, from 0 (worst) to 1 (best)."""
    if position >= 2 / 3:
        return _GREEN
    if position >= 1 / 3:
        return _AMBER
    return _RED


class ScalesAndBands:
    """Reads the scales and the bands, noting problems on the shared ``Reader``."""

    def __init__(self, reader: Reader) -> None:
        self.r = reader

    def scales(self, data: dict[str, Any]) -> dict[str, Scale]:
        """The named scales of ``[scales.NAME]``, each option checked."""
        r = self.r
        table = r.table(data, "scales", (), None, "[scales.NAME]")
        if table is None:
            return {}
        scales: dict[str, Scale] = {}
        for name, value in table.items():
            path: Path = ("scales", name)
            where = Message('scale "{name}"', name=name)
            if not isinstance(value, dict):
                r.note(
                    path,
                    where,
                    "a scale must be a table.",
                    "Write it as [scales.{name}] followed by [[scales.{name}.options]].",
                    name=name,
                )
                continue
            if not KEY_RE.fullmatch(name):
                r.note(
                    path,
                    where,
                    'the scale name "{name}" is not allowed.',
                    "Use lower-case letters, digits and _, starting with a letter.",
                    name=name,
                )
            r.keys(value, path, where, ("options",), ("label", "need_help"))
            label = r.text(value, "label", path, where, MAX_LABEL_CHARS) or name
            options = self._options(value, path, where, name)
            need_help = r.text(value, "need_help", path, where, MAX_KEY_CHARS)
            if need_help is not None and need_help not in {o.key for o in options}:
                r.note(
                    (*path, "need_help"),
                    where,
                    '"need_help" names the option "{key}", but the scale has no such option.',
                    "Use the key of the option that means “we need help”, or remove the line.",
                    key=need_help,
                )
                need_help = None
            scales[name] = Scale(name, label, options, need_help)
        return scales

    def _options(
        self, table: dict[str, Any], path: Path, where: Message, name: str
    ) -> tuple[ScaleOption, ...]:
        r = self.r
        entries = r.tables(table, "options", path, where, f"[[scales.{name}.options]]")
        if "options" in table and not entries:
            r.note((*path, "options"), where, "the scale has no options.", "Add at least one.")
        if len(entries) > MAX_SCALE_OPTIONS:
            r.note(
                (*path, "options"),
                where,
                "it has {count} options; the limit is {limit}.",
                "Remove some.",
                count=len(entries),
                limit=MAX_SCALE_OPTIONS,
            )
            return ()
        scores = [e.get("score") for e in entries if _is_number(e.get("score"))]
        low, high = (min(scores), max(scores)) if scores else (0, 0)
        options: list[ScaleOption] = []
        for index, entry in enumerate(entries):
            at: Path = (*path, "options", index)
            here = Message("{scale} option {number}", scale=where, number=index + 1)
            r.keys(entry, at, here, _OPTION_REQUIRED, _OPTION_OPTIONAL)
            key = r.text(entry, "key", at, here, MAX_KEY_CHARS)
            label = r.text(entry, "label", at, here, MAX_LABEL_CHARS)
            score = r.number(entry, "score", at, here)
            meaning = r.text(entry, "meaning", at, here, MAX_TEXT_CHARS) or ""
            colour = self._colour(entry, at, here)
            if key is not None and any(o.key == key for o in options):
                r.note(
                    (*at, "key"),
                    here,
                    'the key "{key}" is used by more than one option.',
                    "Give each option its own key.",
                    key=key,
                )
                continue
            if key is None or label is None:
                continue
            if colour is None:
                position = 0.5 if high == low else ((score or 0) - low) / (high - low)
                colour = _GREY if score is None else _colour_by_position(position)
            options.append(ScaleOption(key, label, score, colour, meaning))
        return tuple(options)

    def _colour(self, entry: dict[str, Any], at: Path, here: Message) -> str | None:
        if "colour" not in entry:
            return None
        return self.r.pattern(
            entry,
            "colour",
            at,
            here,
            7,
            _COLOUR_RE,
            "#2E7D32",
            "Write a hash and six hexadecimal digits, or leave the line out.",
        )

    def all_bands(
        self,
        entry: dict[str, Any],
        path: Path,
        where: Message,
        scale: Scale,
        method: str,
        domain_method: str,
        items: list[Item],
        domains: list[dict[str, Any]],
        domain_refs: dict[str, tuple[str, ...]],
    ) -> tuple[tuple[Band, ...], list[Domain]]:
        r = self.r
        low, high = scale.lowest, scale.highest
        raw = r.tables(entry, "bands", path, where, "[[sections.bands]]")
        by_level: dict[str, list[tuple[int, dict[str, Any]]]] = {level: [] for level in BAND_LEVELS}
        for index, band in enumerate(raw):
            at: Path = (*path, "bands", index)
            here = Message("{section}, band {number}", section=where, number=index + 1)
            level = r.choice(band, "level", at, here, BAND_LEVELS, LEVEL_TOOL)
            by_level[level].append((index, band))
        count = len(items)
        ranges = {
            LEVEL_ITEM: (low, high),
            LEVEL_TOOL: (count * low, count * high) if method == METHOD_SUM else (low, high),
        }
        bands: list[Band] = []
        for level in (LEVEL_ITEM, LEVEL_TOOL):
            bands += self._bands(by_level[level], path, where, level, ranges[level])
        domain_bands = by_level[LEVEL_DOMAIN]
        if domain_bands and not domains:
            r.note(
                (*path, "bands", domain_bands[0][0]),
                where,
                'a band is for level "domain", but this section has no domains.',
                'Add [[sections.domains]], or use level = "tool".',
            )
        built: list[Domain] = []
        for d in domains:
            size = len(domain_refs[d["key"]]) or 1
            span = (size * low, size * high) if domain_method == METHOD_SUM else (low, high)
            own_raw = r.tables(
                d["raw"], "bands", d["path"], d["where"], "[[sections.domains.bands]]"
            )
            own = self._bands(
                list(enumerate(own_raw)), d["path"], d["where"], LEVEL_DOMAIN, span, inner=True
            )
            built.append(Domain(d["key"], d["title"], d["text"], domain_refs[d["key"]], own))
        shared: tuple[Band, ...] = ()
        if domain_bands and domains:
            sizes = sorted({len(domain_refs[d["key"]]) for d in domains})
            if domain_method == METHOD_SUM and len(sizes) > 1:
                r.note(
                    (*path, "bands", domain_bands[0][0]),
                    where,
                    "the domains have different numbers of questions ({sizes}), so one set of "
                    "domain bands cannot fit them all.",
                    "Give each domain its own bands ([[sections.domains.bands]]), or set "
                    'domain_scoring = "mean".',
                    sizes=", ".join(str(n) for n in sizes),
                )
            else:
                size = sizes[0] or 1
                span = (size * low, size * high) if domain_method == METHOD_SUM else (low, high)
                shared = self._bands(domain_bands, path, where, LEVEL_DOMAIN, span)
        bands += shared
        if not raw and not any(d["raw"].get("bands") for d in domains):
            r.note(
                path,
                where,
                "a scored section needs bands, to say what a score means.",
                "Add [[sections.bands]] with key, label, from, meaning and next_step.",
            )
        return tuple(bands), built

    def _bands(
        self,
        entries: list[tuple[int, dict[str, Any]]],
        path: Path,
        where: Message,
        level: str,
        span: tuple[float, float],
        *,
        inner: bool = False,
    ) -> tuple[Band, ...]:
        """Check one level's bands against the scores possible at that level."""
        r = self.r
        if not entries:
            return ()
        if len(entries) > MAX_BANDS:
            r.note(
                (*path, "bands"),
                where,
                "there are {count} bands; the limit is {limit}.",
                "Remove some.",
                count=len(entries),
                limit=MAX_BANDS,
            )
            return ()
        low, high = span
        found: list[dict[str, Any]] = []
        before = len(r.problems)
        for index, entry in entries:
            at: Path = (*path, "bands", index)
            here = Message("{section}, band {number}", section=where, number=index + 1)
            if isinstance(entry.get("key"), str) and KEY_RE.fullmatch(entry["key"]):
                here = Message('{section}, band "{key}"', section=where, key=entry["key"])
            optional = ("to", "colour") if inner else _BAND_OPTIONAL
            r.keys(entry, at, here, _BAND_REQUIRED, optional)
            band = {
                "at": at,
                "here": here,
                "key": r.pattern(
                    entry,
                    "key",
                    at,
                    here,
                    MAX_KEY_CHARS,
                    KEY_RE,
                    "needs_work",
                    "Use lower-case letters, digits and _, starting with a letter.",
                ),
                "label": r.text(entry, "label", at, here, MAX_LABEL_CHARS),
                "from": r.number(entry, "from", at, here),
                "to": r.number(entry, "to", at, here),
                "meaning": r.text(entry, "meaning", at, here, MAX_TEXT_CHARS),
                "next_step": r.text(entry, "next_step", at, here, MAX_TEXT_CHARS),
                "colour": self._colour(entry, at, here),
            }
            if band["key"] is not None and any(f["key"] == band["key"] for f in found):
                r.note(
                    (*at, "key"),
                    here,
                    'the key "{key}" is used by more than one band at this level.',
                    "Give each band its own key.",
                    key=band["key"],
                )
                continue
            if any(band[k] is None for k in ("key", "label", "from", "meaning", "next_step")):
                continue
            start, end = band["from"], band["to"]
            if found and start <= found[-1]["from"]:
                r.note(
                    (*at, "from"),
                    here,
                    "it starts at {start:g}, which is not above where the band before it "
                    "starts ({before:g}).",
                    "List the bands from lowest to highest; each runs up to where the next "
                    "one starts.",
                    start=start,
                    before=found[-1]["from"],
                )
                continue
            if end is not None and end < start:
                r.note(
                    (*at, "to"),
                    here,
                    '"to" ({end:g}) is below "from" ({start:g}).',
                    "Swap them, or correct one.",
                    end=end,
                    start=start,
                )
                continue
            if found and found[-1]["to"] is not None and found[-1]["to"] >= start:
                r.note(
                    (*at, "from"),
                    here,
                    "it starts at {start:g}, but the band before it runs to {end:g}: they overlap.",
                    'End the band before lower (its "to"), or start this one higher.',
                    start=start,
                    end=found[-1]["to"],
                )
                continue
            found.append(band)
        if len(r.problems) > before or not found:
            return ()
        words = _LEVEL_WORDS[level]
        first, last = found[0], found[-1]
        if first["from"] > low:
            r.note(
                (*first["at"], "from"),
                first["here"],
                "the lowest {level} score possible is {low:g}, but the first band starts at "
                "{start:g}, so a score from {low:g} to below {start:g} would have no band.",
                "Start the first band at {low:g}.",
                level=words,
                low=low,
                start=first["from"],
            )
            return ()
        if last["from"] > high:
            r.note(
                (*last["at"], "from"),
                last["here"],
                "it starts at {start:g}, above the highest {level} score possible ({high:g}), "
                "so no score could fall in it.",
                "Check the number, and whether the section is scored by sum or by mean.",
                start=last["from"],
                level=words,
                high=high,
            )
            return ()
        if last["to"] is not None and last["to"] < high:
            r.note(
                (*last["at"], "to"),
                last["here"],
                "the last band runs to {end:g}, but a {level} score can be as high as {high:g}.",
                'Make its "to" {high:g}, or leave "to" out.',
                end=last["to"],
                level=words,
                high=high,
            )
            return ()
        bands: list[Band] = []
        for number, band in enumerate(found):
            upper = found[number + 1]["from"] if number + 1 < len(found) else high
            colour = band["colour"] or _colour_by_position(number / max(len(found) - 1, 1))
            bands.append(
                Band(
                    key=band["key"],
                    label=band["label"],
                    lower=band["from"],
                    upper=upper,
                    colour=colour,
                    action_hint=band["next_step"],
                    level=level,
                    meaning=band["meaning"],
                    to=band["to"],
                    top=high,
                )
            )
        return tuple(bands)


_LEVEL_WORDS = {LEVEL_ITEM: "question", LEVEL_DOMAIN: "domain", LEVEL_TOOL: "whole-tool"}


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
