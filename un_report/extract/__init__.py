"""Stage 3, extract: units → figure records.

Two steps, kept apart (STYLE.md §3): the matcher (`matcher.find_matches`) yields
candidate `Match`es over a unit's text; the resolver (`resolver.candidates`,
`resolver.resolve`) decides which are excluded and turns the others into typed
`Reading`s, or drops them. `extract` ties each reading to its unit, page and PDF box and adds
its subject (`subject`). All language knowledge comes from the `Language` given; this
package holds no word of any language.
"""

from __future__ import annotations

from itertools import pairwise

from un_report.extract.matcher import Patterns
from un_report.extract.resolver import Reading, candidates, resolve
from un_report.extract.subject import subject_for
from un_report.language import Language
from un_report.models import Figure, Unit
from un_report.numbers import ascii_view
from un_report.script import CLOSING_BRACKETS, OPENING_BRACKETS

__all__ = ["Reading", "extract", "extract_text"]


def extract_text(text: str, language: Language) -> list[Reading]:
    """The figures of one text in reading order (the engine's whole job).

    >>> from un_report.rules import language
    >>> [(r.kind, int(r.value), r.unit, r.qualifier) for r in extract_text("超过 1.16 亿人", language("zh"))]
    [('count', 116000000, '人', 'over')]
    """
    rules = language.rules
    patterns = language.patterns
    view = ascii_view(text)
    found: list[Reading] = []
    for candidate in candidates(text, patterns):
        if not candidate.figure:
            continue
        reading = resolve(candidate.match, view, rules, patterns)
        if reading is not None:
            reading.text = text[reading.start : reading.end]
            found.append(reading)
    _share_ranges(found, view, patterns)
    return _without_repeats([r for r in found if not r.pending], view)


def _without_repeats(found: list[Reading], text: str) -> list[Reading]:
    """A number in brackets right after the same number repeats it (two (2) men, 两(2)名)."""
    kept: list[Reading] = []
    for r in found:
        previous = kept[-1] if kept else None
        opened = previous is not None and text[previous.end : r.start].strip() in tuple(OPENING_BRACKETS)
        closed = text[r.end : r.end + 1] in tuple(CLOSING_BRACKETS)
        if previous is not None and opened and closed and r.value == previous.value:
            continue
        kept.append(r)
    return kept


def _share_ranges(found: list[Reading], text: str, patterns: Patterns) -> None:
    """The two ends of a range share what is written once: the first takes the percent sign
    or the unit of the second (87 to 92 per cent, 一至三个月, between one and three months),
    the second the qualifier of the first (not to exceed 3 to 5 per cent)."""
    for first, second in pairwise(found):
        if not patterns.range_joiner.match(text[first.end : second.start]):
            continue
        bare = first.kind == "count" and not first.unit
        if bare and second.kind == "percent":
            first.kind, first.unit, first.pending = "percent", "%", False
        elif bare and second.kind == "count" and second.unit:
            first.unit, first.pending = second.unit, False
        if second.qualifier == "exact" and first.kind == second.kind:
            second.qualifier = first.qualifier


def extract(units: list[Unit], language: Language) -> list[Figure]:
    """Every figure of every unit (all in `language`), each tied to its unit, offsets and page;
    none while the language has no figure rules."""
    figures: list[Figure] = []
    if language.figures is None:
        return figures
    for unit in units:
        for r in extract_text(unit.text, language):
            x0, top, x1, bottom = _bbox(unit, r.start, r.end)
            figures.append(
                Figure.of(
                    report=unit.report, source=unit.source, lang=unit.lang, part=unit.part, para=unit.para,
                    kind=r.kind, value=r.value, unit=r.unit, qualifier=r.qualifier,
                    subject=subject_for(unit.text, r.start, r.end, r.kind, r.unit, language),
                    text=r.text, start=r.start, end=r.end, page=_page_at(unit, r.start),
                    x0=x0, top=top, x1=x1, bottom=bottom, editions=1,
                )
            )
    return figures


def _page_at(unit: Unit, offset: int) -> int | None:
    if unit.pages and offset < len(unit.pages) and unit.pages[offset] is not None:
        return unit.pages[offset]
    return unit.page


def _bbox(unit: Unit, start: int, end: int) -> tuple[float | None, float | None, float | None, float | None]:
    """The union of the figure's character boxes on the page where it starts (PDF input)."""
    if not unit.boxes:
        return None, None, None, None
    page = _page_at(unit, start)
    boxes = [
        b
        for i, b in enumerate((unit.boxes or [])[start:end], start)
        if b is not None and (not unit.pages or unit.pages[i] == page)
    ]
    if not boxes:
        return None, None, None, None
    return min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)
