"""Stage 3, extract: units → figure records.

Two steps, kept apart (STYLE.md §3): the matcher (`matcher.find_matches`) yields
candidate `Match`es over a unit's text; the resolver (`resolver.candidates`,
`resolver.resolve`) decides which are excluded and turns the others into typed
`Reading`s, or drops them. `extract` ties each reading to its unit, page and PDF box and adds
its subject (`subject`). All language knowledge comes from the `Language` given; this
package holds no word of any language.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice, pairwise

from un_report.columns import FigureTable, UnitTable
from un_report.extract.matcher import Patterns, holds_anchor, moved
from un_report.extract.resolver import NOT_A_FIGURE, Reading, classified, resolve
from un_report.extract.subject import subject_for
from un_report.extract.windows import Excluding, Found, found_in
from un_report.language import Language
from un_report.models import Unit
from un_report.numbers import VIEW_CHANGES, ascii_view
from un_report.script import CLOSING_BRACKETS, OPENING_BRACKETS

__all__ = ["Reading", "extract", "extract_text"]


def extract_text(text: str, language: Language) -> list[Reading]:
    """The figures of one text in reading order (the engine's whole job).

    >>> from un_report.rules import language
    >>> [(r.kind, int(r.value), r.unit, r.qualifier) for r in extract_text("超过 1.16 亿人", language("zh"))]
    [('count', 116000000, '人', 'over')]
    """
    return [replace(r, start=r.start + offset, end=r.end + offset) for r, offset, _ in readings(text, language)]


def readings(text: str, language: Language) -> Iterator[tuple[Reading, int, str]]:
    """The figures of one text in reading order, each as a reading, the offset its start and
    end are counted from, and its subject. A reading may be shared with another figure read
    on a like stretch of text (`windows`): it is never to be changed.

    Matches are read in runs: two follow in one run when the text between them may join them
    (`_joins`: a list, a range, a repeat in brackets). A run of one match is read on its own
    stretch of text (`windows.Local`); a longer run is read again in the whole text."""
    view = ascii_view(text)
    patterns = language.patterns
    if not holds_anchor(view, patterns):  # no figure can hold none of its characters
        return
    excluding = Excluding(view, patterns)
    run: list[Found] = []
    for found in found_in(text, view, language):
        if run and not _joins(run, found, view, patterns, excluding):
            if len(run) == 1:  # most runs: no generator for them
                alone = _read_alone(run[0], excluding)
                if alone is not None:
                    yield alone
            else:
                yield from _read_run(run, text, view, language, excluding)
            run = [found]
        else:
            run.append(found)
    if run:
        yield from _read_run(run, text, view, language, excluding)


def _joins(run: list[Found], found: Found, view: str, patterns: Patterns, excluding: Excluding) -> bool:
    """Whether a match goes on the run before it: the text between may make them one list,
    range or repeat; or none is between, and the match before may be no figure, which then
    makes this one none either (`resolver.classified`: 第二个十年)."""
    last = run[-1]
    gap = view[last.offset + last.local.match.end : found.offset + found.local.match.start]
    if gap:
        return patterns.joins(gap)
    return len(run) > 1 or last.excluded(excluding) in NOT_A_FIGURE


def _read_run(
    run: list[Found], text: str, view: str, language: Language, excluding: Excluding
) -> Iterator[tuple[Reading, int, str]]:
    """The figures of a run of matches (`readings`)."""
    if len(run) == 1:
        alone = _read_alone(run[0], excluding)
        if alone is not None:
            yield alone
        return
    patterns = language.patterns
    words, spans = excluding.stretches()
    matches = [moved(found.local.match, found.offset) for found in run]
    read: list[Reading] = []
    for candidate in classified(matches, view, patterns, words, spans):
        if not candidate.figure:
            continue
        reading = resolve(candidate.match, view, language.rules, patterns)
        if reading is not None:
            reading.text = text[reading.start : reading.end]
            read.append(reading)
    _share_ranges(read, view, patterns)
    for r in _without_repeats([r for r in read if not r.pending], view):
        yield r, 0, subject_for(text, r.start, r.end, r.kind, r.unit, language)


def _read_alone(found: Found, excluding: Excluding) -> tuple[Reading, int, str] | None:
    """The figure of a run of one match, if any (`readings`)."""
    reading = found.reading(excluding)
    return None if reading is None else (reading, found.offset, found.local.subject)


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


def extract(units: Iterable[Unit], language: Language) -> FigureTable:
    """Every figure of every unit (all in `language`), each tied to its unit, offsets and page;
    none while the language has no figure rules."""
    figures = FigureTable()
    if language.figures is None:
        return figures
    rows = units if isinstance(units, Sequence) else list(units)
    texts = iter(rows.text if isinstance(rows, UnitTable) else [u.text for u in rows])
    patterns = language.patterns
    numbered: _Numbered = {}
    for start in range(0, len(rows), SKIMMED):
        group = list(islice(texts, SKIMMED))
        # units apart on lines of their own: no anchor in them all, none in any (`holds_anchor`);
        # read off the text itself, which is its `ascii_view` unless it holds what that changes
        joined = "\n".join(group)
        if not holds_anchor(joined, patterns) and VIEW_CHANGES.search(joined) is None:
            continue
        for i, text in enumerate(group, start):
            _extract_unit(figures, rows, i, text, language, numbered)
    return figures


SKIMMED = 256  # units looked at together for an anchor (a text without figures is read at once)
NO_BOX: tuple[None, None, None, None] = (None, None, None, None)


NUMBERED_KEPT = 1024  # readings whose number in the table `_extract_unit` keeps, before it starts over
_Numbered = dict[int, tuple[Reading, str, int]]  # id of a reading → it, its subject, its number in the table


def _extract_unit(
    figures: FigureTable, rows: Sequence[Unit], i: int, text: str, language: Language, numbered: _Numbered
) -> None:
    """Append the figures of unit `i` of `rows` (its text `text`) to `figures`. A reading
    shared by figures read on like stretches (`windows`) is numbered in the table once
    (`numbered`: kept by identity, with the reading itself, which is never changed)."""
    where: int | None = None
    for r, offset, subject in readings(text, language):
        if where is None:  # a unit with figures: its record, built once
            unit = rows[i]
            where = figures.where_number(unit.report, unit.source, unit.lang, unit.part, unit.para)
            placed = bool(unit.pages or unit.boxes)  # else every figure is on the unit's page, with no box
        start, end = r.start + offset, r.end + offset
        page, box = (_page_at(unit, start), _bbox(unit, start, end)) if placed else (unit.page, NO_BOX)
        known = numbered.get(id(r))
        if known is not None and known[0] is r and known[1] == subject:
            number = known[2]
        else:
            if len(numbered) >= NUMBERED_KEPT:
                numbered.clear()
            number = figures.reading_number(r.kind, r.value, r.unit, subject, r.qualifier, r.text)
            numbered[id(r)] = r, subject, number
        figures.append_read(where, number, start, end, page, box)


def _page_at(unit: Unit, offset: int) -> int | None:
    if unit.pages and offset < len(unit.pages) and unit.pages[offset] is not None:
        return unit.pages[offset]
    return unit.page


def _bbox(unit: Unit, start: int, end: int) -> tuple[float | None, float | None, float | None, float | None]:
    """The union of the figure's character boxes on the page where it starts (PDF input)."""
    if not unit.boxes:
        return NO_BOX
    page = _page_at(unit, start)
    boxes = [
        b
        for i, b in enumerate((unit.boxes or [])[start:end], start)
        if b is not None and (not unit.pages or unit.pages[i] == page)
    ]
    if not boxes:
        return NO_BOX
    return min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)
