"""Each match read once per distinct stretch of text around it.

What the matcher, the resolver and the subject read of a match lies within a bounded
stretch around it (`Patterns.look_before` before the first start the matcher tries,
`MAX_FIGURE_AFTER_ANCHOR` and `Patterns.look_after` after its anchor). Only two things
look further: the stretches of the whole text that exclude numbers (words with a numeral,
web addresses, times of day: `Stretches`), and the passes that read neighbouring matches
together (lists, ranges, repeats). So a match read on its own stretch, as if that stretch
were the whole text, is read as in the whole text whenever no excluding stretch touches it
and no neighbour is joined to it; extract checks both (`extract.readings`).

The reading of a stretch is kept in a bounded memo keyed by the stretch's text: a text that
repeats itself (a figure-dense table, a paragraph of like clauses, a figure written a
hundred thousand times) costs a look-up per figure instead of the matcher's and the
resolver's work, and one that does not costs a slice.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from un_report.extract.matcher import MAX_FIGURE_AFTER_ANCHOR, Match, Stretches, anchored, first_match, to_match
from un_report.extract.resolver import NOT_A_FIGURE, Exclusion, Reading, exclusion, resolve
from un_report.extract.subject import subject_for
from un_report.language import Language

WINDOWS_KEPT = 1024  # stretches read per language before the memo starts over
_NO_STRETCHES = Stretches(())


class Local(NamedTuple):
    """A match as read on its own stretch of text, offsets counted from the stretch's start:
    the exclusion that applies to it there, its reading (None when it is no figure) and the
    reading's subject."""

    match: Match
    excluded: Exclusion | None
    reading: Reading | None
    subject: str


class Found(NamedTuple):
    """A match of a text: its reading on its stretch, and where the stretch starts."""

    offset: int
    local: Local

    @property
    def start(self) -> int:
        return self.offset + self.local.match.start

    @property
    def end(self) -> int:
        return self.offset + self.local.match.end


_Key = tuple[str, int, int, int]  # the stretch's text; first start tried, anchor and its end in it
_MEMOS: dict[str, tuple[Language, dict[_Key, Local | None]]] = {}


def found_in(text: str, view: str, language: Language) -> Iterator[Found]:
    """Every match of `text` (`view`: its `ascii_view`), as `find_matches` finds them, each
    read on its own stretch."""
    patterns = language.patterns
    cached = _MEMOS.get(language.code)
    if cached is None or cached[0] is not language:
        cached = _MEMOS[language.code] = (language, {})
    memo = cached[1]
    before, after = patterns.look_before, MAX_FIGURE_AFTER_ANCHOR + patterns.look_after

    def at(first: int, anchor: int, anchor_end: int) -> tuple[Found, int] | None:
        lo, hi = max(0, first - before), anchor_end + after
        key = (text[lo:hi], first - lo, anchor - lo, anchor_end - lo)
        if key in memo:
            local = memo[key]
        else:
            if len(memo) >= WINDOWS_KEPT:
                memo.clear()
            # the view's own slice: a full-width comma's reading depends on its neighbours,
            # and the stretch's edges (LOOK_MARGIN) are never read
            local = memo[key] = read_local(key[0], view[lo:hi], key[1:], language)
        return None if local is None else (Found(lo, local), lo + local.match.end)

    return anchored(view, patterns, at)


def read_local(text: str, view: str, where: tuple[int, int, int], language: Language) -> Local | None:
    """The match that holds the anchor in `text` (first start tried, anchor, anchor's end),
    read as if `text` were all there is, or None when none holds it."""
    patterns = language.patterns
    first, anchor, anchor_end = where
    found = first_match(view, first, anchor, anchor_end + MAX_FIGURE_AFTER_ANCHOR, patterns)
    if found is None:
        return None
    match = to_match(found)
    excluded = exclusion(match, view, patterns, (_NO_STRETCHES, _NO_STRETCHES), _NO_STRETCHES)
    reading = resolve(match, view, language.rules, patterns) if excluded not in NOT_A_FIGURE else None
    if reading is None:
        return Local(match, excluded, None, "")
    reading.text = text[reading.start : reading.end]
    return Local(match, excluded, reading, subject_for(text, reading.start, reading.end, reading.kind, reading.unit,
                                                       language))
