"""Each match read once per distinct stretch of text around it.

What the matcher, the resolver and the subject read of a match lies within a bounded
stretch around it (`Patterns.look_before` before the first start the matcher tries,
`MAX_FIGURE_AFTER_ANCHOR` and `Patterns.look_after` after its anchor). Only two things
look further: the stretches of the whole text that exclude numbers (words with a numeral,
web addresses, times of day: `Excluding`), looked up for each match in the whole text,
and the passes that read neighbouring matches together (lists, ranges, repeats). So a
match read on its own stretch, as if that stretch were the whole text, is read as in the
whole text whenever no neighbour is joined to it (`extract.readings` sees to that).

The reading of a stretch is kept in a bounded memo keyed by the stretch's text: a text that
repeats itself (a figure-dense table, a paragraph of like clauses, a figure written a
hundred thousand times) costs a look-up per figure instead of the matcher's and the
resolver's work, and one that does not costs a slice.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from un_report.extract.matcher import (
    MAX_FIGURE_AFTER_ANCHOR,
    Match,
    Patterns,
    Stretches,
    anchored,
    excluded_spans,
    first_match,
    non_figure_spans,
    to_match,
)
from un_report.extract.resolver import (
    NOT_A_FIGURE,
    Exclusion,
    NearExclusions,
    Reading,
    first_exclusion,
    in_excluded_word,
    near_exclusions,
    resolve,
)
from un_report.extract.subject import subject_for
from un_report.language import Language

WINDOWS_KEPT = 1024  # stretches read per language before the memo starts over


class Excluding:
    """The stretches of a text where no number is one or no figure (`excluded_spans`,
    `non_figure_spans`), found when a match first needs them."""

    def __init__(self, view: str, patterns: Patterns) -> None:
        self.view, self.patterns = view, patterns
        self.found: tuple[tuple[Stretches, Stretches], Stretches] | None = None
        self.some = True  # whether any stretch was found (True until they are looked for)

    def stretches(self) -> tuple[tuple[Stretches, Stretches], Stretches]:
        if self.found is None:
            words, spans = excluded_spans(self.view, self.patterns), non_figure_spans(self.view, self.patterns)
            self.found = words, spans
            self.some = bool(words[0].starts or words[1].starts or spans.starts)
        return self.found


class Local(NamedTuple):
    """A match as read on its own stretch of text, offsets counted from the stretch's start:
    what the text around it excludes it as (`resolver.near_exclusions`), its reading (None
    when it is no figure whatever the excluding stretches) and the reading's subject."""

    match: Match
    near: NearExclusions
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

    def excluded(self, excluding: Excluding) -> Exclusion | None:
        """The exclusion that holds for the match in the whole text, before the passes over
        its neighbours (`resolver.exclusion`)."""
        words, spans = excluding.stretches()
        m, offset = self.local.match, self.offset
        in_word = bool(words[0].starts or words[1].starts) and in_excluded_word(m, words, offset)
        in_span = bool(spans.starts) and spans.holding(m.bounds()[0] + offset) is not None
        return first_exclusion(in_word, self.local.near, in_span)

    def reading(self, excluding: Excluding) -> Reading | None:
        """The figure the match is alone, if any; its offsets count from `offset`. Where no
        stretch of the text excludes anything, the reading on the stretch is it (a match the
        text around it excludes has none: `read_local`)."""
        reading = self.local.reading
        if reading is None or reading.pending:
            return None
        excluding.stretches()
        if excluding.some and self.excluded(excluding) in NOT_A_FIGURE:
            return None
        return reading


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
        try:
            local = memo[key]
        except KeyError:
            if len(memo) >= WINDOWS_KEPT:
                memo.clear()
            # the view's own slice: a full-width comma's reading depends on its neighbours,
            # and the stretch's edges (LOOK_MARGIN) are never read
            local = memo[key] = read_local(key[0], view[lo:hi], key[1:], language)
        return None if local is None else (Found(lo, local), lo + local.match.end)

    return anchored(view, patterns, at)


def read_local(text: str, view: str, where: tuple[int, int, int], language: Language) -> Local | None:
    """The match that holds the anchor in `text` (first start tried, anchor, anchor's end),
    read as if `text` were all there is; None when none holds it."""
    patterns = language.patterns
    first, anchor, anchor_end = where
    found = first_match(view, first, anchor, anchor_end + MAX_FIGURE_AFTER_ANCHOR, patterns)
    if found is None:
        return None
    match = to_match(found)
    near = near_exclusions(match, view, patterns)
    if any(reason in NOT_A_FIGURE for reason in near):
        return Local(match, near, None, "")
    reading = resolve(match, view, language.rules, patterns)
    if reading is None:
        return Local(match, near, None, "")
    reading.text = text[reading.start : reading.end]
    subject = subject_for(text, reading.start, reading.end, reading.kind, reading.unit, language)
    return Local(match, near, reading, subject)
