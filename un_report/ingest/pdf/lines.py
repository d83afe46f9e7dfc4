"""Glyphs → printed lines, and what a line's geometry tells.

Glyphs are clustered by baseline; superscripts (smaller, raised) are folded into the
line they belong to; a glyph drawn twice on itself (fake bold) is kept once. The
measures at the end (word gaps, tab stops, the text column's left edge, footnote
markers) are shared by the region, block and text steps.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from functools import lru_cache

from un_report.ingest.pdf.glyphs import Glyph, GlyphRun
from un_report.ingest.pdf.tables import CLOSING_MARKS, DASH_NUMBER_STOPS, FULL_STOPS, HYPHENS, NUMBER_STOPS
from un_report.ingest.pdf.tolerances import (
    BASELINE_TOL_EM,
    DEFAULT_SPACE_EM,
    DUPLICATE_EM,
    DUPLICATE_LOOKBACK,
    FOLD_NEIGHBOURS,
    FOLD_REACH_EM,
    INDENT_TOL_EM,
    LETTER_GAP_MAX_EM,
    LETTER_GAPS_MIN,
    MAX_HANGING_TOKEN,
    MAX_MARKER_DIGITS,
    SLACK,
    SPACE_EM_RANGE,
    SPACE_GAP_EM,
    SUPER_NEAR_RAISE_EM,
    SUPER_NEAR_SIZE_RATIO,
    SUPER_RAISE_EM,
    SUPER_SIZE_RATIO,
    TAB_GAP_EM,
    TAB_WORD_RATIO,
    WORD_SPACE_SHARE,
)
from un_report.script import PARAGRAPH_NUMBER_DIGITS as PARA_NUMBER_DIGITS
from un_report.script import SCRIPT_CLASSES

ARABIC_LETTERS = re.compile(SCRIPT_CLASSES["arabic"])


UNPACKED_LINES = 512  # lines whose glyphs are kept as tuples at a time (the most recently read)


class TextLine:
    """One printed line: glyphs left to right, with the geometry of its main type.

    The glyphs are held compactly (`GlyphRun`): `glyphs` and `ink` give them as tuples,
    rebuilt when asked for and kept for the `UNPACKED_LINES` lines read last, so a step
    that reads a line several times rebuilds it once, and a document's lines never all
    hold tuples at once."""

    __slots__ = (
        "_glyphs", "_ink", "_letter", "baseline", "bottom", "foot", "page", "run", "size", "spaced", "strong", "top",
        "x0", "x1",
    )

    def __init__(self, page: int, glyphs: list[Glyph]) -> None:
        self.page = page
        self.run = GlyphRun(glyphs)
        self._glyphs: list[Glyph] | None = glyphs
        self._ink: list[Glyph] | None = None
        _unpacked(self)
        ink = self.ink
        letters = [g for g in ink if g.text.isalnum()] or ink
        self.size: float = Counter(round(g.size, 1) for g in letters).most_common(1)[0][0]  # of most letters
        full = [g for g in ink if g.size > SUPER_SIZE_RATIO * self.size] or ink
        self.baseline: float = statistics.median(g.baseline for g in full)
        self.foot: float = statistics.median(g.bottom for g in full)  # typical bottom of the main type
        main = [g for g in full if not self.is_super(g)] or full
        self.x0: float = ink[0].x0  # first / last visible glyph
        self.x1: float = max(g.x1 for g in ink)
        self.top: float = min(g.top for g in main)  # of the line's main type (superscripts excluded)
        self.bottom: float = max(g.bottom for g in main)
        self.strong: bool | None = None  # heading type? (set by stats.Doc)
        self._letter: float | None = None  # `letter_gap`, once measured
        self.spaced: str | None = None  # the text with its word spaces (set by stats.spaced)

    @property
    def glyphs(self) -> list[Glyph]:
        """All glyphs, left to right (spaces included)."""
        if self._glyphs is None:
            self._glyphs = self.run.glyphs()
            _unpacked(self)
        return self._glyphs

    @property
    def ink(self) -> list[Glyph]:
        """The visible glyphs."""
        glyphs = self.glyphs
        if self._ink is None:
            self._ink = [g for g in glyphs if g.ink]
        return self._ink

    @property
    def text(self) -> str:
        return self.run.text

    def pack(self) -> None:
        """Let go of the glyph tuples (the run keeps them)."""
        self._glyphs = self._ink = None

    def is_super(self, g: Glyph) -> bool:
        """Smaller type sitting clearly above the line's own (by position or text rise)."""
        small = g.size <= SUPER_NEAR_SIZE_RATIO * self.size  # checked first: most glyphs are not
        return g.ink and small and superscript(g.size, self.foot - g.bottom, self.size)


_UNPACKED: deque[TextLine] = deque()


def _unpacked(line: TextLine) -> None:
    """`line` holds its glyph tuples now: the line unpacked longest ago lets go of its own."""
    _UNPACKED.append(line)
    if len(_UNPACKED) > UNPACKED_LINES:
        _UNPACKED.popleft().pack()


def pack_all() -> None:
    """Every line lets go of its glyph tuples (a document read: none is kept for the next)."""
    while _UNPACKED:
        _UNPACKED.popleft().pack()


def superscript(size: float, rise: float, line_size: float) -> bool:
    """Type of `size` raised by `rise` over a line of `line_size` is a superscript: type
    much smaller need only sit a little higher; type nearly the line's size (a browser's
    `<sup>`, set `smaller`) must sit well above the line."""
    if size <= SUPER_SIZE_RATIO * line_size:
        return rise >= SUPER_RAISE_EM * line_size
    return size <= SUPER_NEAR_SIZE_RATIO * line_size and rise >= SUPER_NEAR_RAISE_EM * line_size


def make_line(page: int, glyphs: Iterable[Glyph]) -> TextLine | None:
    """A line of these glyphs, left to right; None if none of them is visible."""
    ordered = sorted(glyphs, key=lambda g: g.x0)
    return TextLine(page, ordered) if any(g.ink for g in ordered) else None


def physical_lines(page: int, glyphs: list[Glyph]) -> list[TextLine]:
    """Cluster glyphs into printed lines by baseline; fold superscripts into their line."""
    groups: list[list[Glyph]] = []
    head_baseline, head_size = float("-inf"), 0.0
    for g in sorted(glyphs, key=lambda g: g.baseline):
        size = g.size if g.size > head_size else head_size
        if g.baseline - head_baseline <= BASELINE_TOL_EM * size:
            groups[-1].append(g)
        else:
            groups.append([g])
            head_baseline, head_size = g.baseline, g.size
    lines = [line for grp in groups if (line := make_line(page, _dedupe(grp)))]
    return _fold_small_lines(page, lines)


def _dedupe(glyphs: list[Glyph]) -> list[Glyph]:
    """Drop a glyph drawn again on top of itself (fake bold), marking the kept one bold."""
    out: list[Glyph] = []
    for g in sorted(glyphs, key=lambda g: g.x0):
        twin = -1
        if g.ink:
            for k in range(len(out) - 1, max(-1, len(out) - 1 - DUPLICATE_LOOKBACK), -1):
                o = out[k]
                near = DUPLICATE_EM * g.size
                if o.text == g.text and abs(o.x0 - g.x0) < near and abs(o.top - g.top) < near:
                    twin = k
                    break
        if twin < 0:
            out.append(g)
        elif not out[twin].bold:
            out[twin] = out[twin]._replace(bold=True)
    return out


def _fold_small_lines(page: int, lines: list[TextLine]) -> list[TextLine]:
    """Merge a line of small, raised or lowered type (or a superscript nearly the line's
    size) into the nearby line it sits in."""
    merged: dict[int, int] = {}  # index of small line → index of its host
    for i, small in enumerate(lines):
        hosts = [
            j
            for j in range(max(0, i - FOLD_NEIGHBOURS), min(len(lines), i + FOLD_NEIGHBOURS + 1))
            if j != i
            and lines[j].top - SLACK <= small.baseline <= lines[j].bottom + SLACK
            and (
                small.size <= SUPER_SIZE_RATIO * lines[j].size
                or superscript(small.size, lines[j].baseline - small.baseline, lines[j].size)
            )
            and lines[j].x0 - FOLD_REACH_EM * lines[j].size <= small.x0
            and small.x1 <= lines[j].x1 + FOLD_REACH_EM * lines[j].size
            and j not in merged
        ]
        if hosts:
            merged[i] = min(hosts, key=lambda j: abs(lines[j].baseline - small.baseline))
    if not merged:
        return lines
    extra: dict[int, list[Glyph]] = {}
    for i, j in merged.items():
        extra.setdefault(j, []).extend(lines[i].glyphs)
    out: list[TextLine] = []
    for j, line in enumerate(lines):
        if j in merged:
            continue
        if j in extra:
            # keep the host's own size and baseline: rebuild, then restore them
            host = make_line(page, [*line.glyphs, *extra[j]])
            assert host is not None
            host.size, host.baseline, host.foot = line.size, line.baseline, line.foot
            host.top, host.bottom = line.top, line.bottom
            line = host
        out.append(line)
    return out


# --- What a line's geometry tells ---------------------------------------------------------


def letter_gap(line: TextLine) -> float:
    """The line's usual gap between two letters of a word, in em of its type: the median of
    the gaps between neighbouring visible glyphs with no printed space between them (most
    of them fall inside words; tracking or justification by letter spacing widens them all
    alike); 0.0 on a line with too few to tell, at most `LETTER_GAP_MAX_EM`."""
    if line._letter is None:
        line._letter = _letter_gap(line)
    return line._letter


def _letter_gap(line: TextLine) -> float:
    gaps: list[float] = []
    prev: Glyph | None = None
    for g in line.glyphs:
        if not g.ink:
            prev = None
            continue
        if prev is not None and not (g.cjk or prev.cjk):
            gaps.append((g.x0 - prev.x1) / (min(g.size, prev.size) or 1.0))
        prev = g
    if len(gaps) < LETTER_GAPS_MIN:
        return 0.0
    return max(-LETTER_GAP_MAX_EM, min(LETTER_GAP_MAX_EM, statistics.median(gaps)))


def word_space(a: Glyph, b: Glyph, letter: float) -> float:
    """The gap (points) beyond which `b` is a new word after `a` on a line whose usual letter
    gap is `letter` (em): that gap plus a share of the space the fonts give a word (the
    narrower of the two fonts' own space width, or a text face's where a font gives none)."""
    return (letter + WORD_SPACE_SHARE * _space_em(a.space, b.space)) * min(a.size, b.size)


@lru_cache(maxsize=1024)
def _space_em(a: float, b: float) -> float:
    """The narrower of two fonts' space widths (em), each believed within `SPACE_EM_RANGE`."""
    lo, hi = SPACE_EM_RANGE
    spaces = [min(hi, max(lo, s)) for s in (a, b) if s > 0]
    return min(spaces) if spaces else DEFAULT_SPACE_EM


def _word_gaps(line: TextLine) -> list[float]:
    """Widths of the gaps between the line's words, left to right."""
    gaps: list[float] = []
    last: Glyph | None = None
    spaced = False
    for g in line.glyphs:
        if not g.ink:
            spaced = last is not None
            continue
        if last is not None and (spaced or g.x0 - last.x1 > SPACE_GAP_EM * line.size):
            gaps.append(g.x0 - last.x1)
        last, spaced = g, False
    return gaps


def tab_after_first_token(line: TextLine) -> bool:
    """A tab stop after the first token: a gap wider than an em and than any word space."""
    gaps = _word_gaps(line)
    if not gaps or gaps[0] <= TAB_GAP_EM * line.size:
        return False
    return all(gaps[0] > TAB_WORD_RATIO * other for other in gaps[1:])


def text_left(lines: Sequence[TextLine]) -> float:
    """The left edge of most lines: where text starts when no number hangs before it."""
    return Counter(round(ln.x0) for ln in lines).most_common(1)[0][0] if lines else 0.0


def hangs(line: TextLine, left: float) -> bool:
    """The line starts left of the text column (a hanging paragraph number)."""
    return line.x0 < left - INDENT_TOL_EM * line.size


def hanging_token(line: TextLine, text_left: float) -> int:
    """How many visible glyphs hang left of the text column as a short token (18. / A.)."""
    if not hangs(line, text_left):
        return 0
    count = 0
    for g in line.ink:
        if g.x1 > text_left + SPACE_GAP_EM * g.size:  # reaches into the text column
            break
        count += 1
    token = line.ink[:count]
    if not count or count == len(line.ink) or count > MAX_HANGING_TOKEN or any(g.cjk for g in token):
        return 0
    # a word of a line set left of the column (a wrapped line) runs on across it: the
    # token ends in a gap, or with a mark (18. / (a) / •) before a letter, not in a letter
    # or a hyphen (Vice-Chairs)
    after, last = line.ink[count], token[-1]
    tight = after.x0 - last.x1 <= SPACE_GAP_EM * after.size
    runs_on = (last.text.isalpha() or last.text in HYPHENS) and after.text.isalpha()
    if tight and (after.x0 < text_left - SPACE_GAP_EM * after.size or runs_on):
        return 0
    return count


def ends_sentence(line: TextLine) -> bool:
    """The line ends on a full stop (closing quotes, brackets and superscripts after it)."""
    for g in reversed(line.ink):
        if g.text not in CLOSING_MARKS and not line.is_super(g):
            return g.text in FULL_STOPS
    return False


def opens_numbered(line: TextLine) -> bool:
    """The line opens with a paragraph number: a few digits and a full stop, then text
    (not a decimal such as 1.5: a digit right after the stop, with no space between)."""
    ink = line.ink
    digits = 0
    while digits < len(ink) and ink[digits].text.isdigit() and not line.is_super(ink[digits]):
        digits += 1
    if not 0 < digits <= PARA_NUMBER_DIGITS or digits + 1 >= len(ink):
        return False
    if ink[digits].text not in NUMBER_STOPS:  # "1 -" in Arabic script
        return ink[digits].text in DASH_NUMBER_STOPS and any(ARABIC_LETTERS.match(g.text) for g in ink[digits:])
    stop = ink[digits]
    after = line.glyphs[line.glyphs.index(stop) + 1]
    return not (after.ink and after.text.isdigit() and after.x0 - stop.x1 <= SPACE_GAP_EM * line.size)


def marker_length(line: TextLine, lines: Sequence[TextLine]) -> int:
    """Visible glyphs of a footnote marker opening the line (raised or on the baseline)."""
    ink = line.ink
    raised = 0
    while raised < len(ink) and line.is_super(ink[raised]) and ink[raised].text.isdigit():
        raised += 1
    if raised:
        return raised
    digits = 0
    while digits < len(ink) and ink[digits].text.isdigit():
        digits += 1
    if not digits or digits > MAX_MARKER_DIGITS or digits == len(ink):
        return 0
    others = [ln.x0 for ln in lines if ln is not line]
    hanging = bool(others) and hangs(line, min(others))
    smaller = ink[0].size <= SUPER_SIZE_RATIO * line.size
    return digits if (hanging or smaller or tab_after_first_token(line) or _glued_marker(line, digits)) else 0


def _glued_marker(line: TextLine, digits: int) -> bool:
    """A note's number on the baseline in the note's own size with no gap before its text
    (as word processors set them): the digits touch a capital or an ideograph ("1See",
    "2援助"); a wrapped line of a note starts with a word, or a number and a space."""
    first, after = line.ink[digits - 1], line.ink[digits]
    touching = after.x0 - first.x1 <= SPACE_GAP_EM * line.size
    no_space = not any(not g.ink for g in line.glyphs[line.glyphs.index(first) + 1 : line.glyphs.index(after)])
    return touching and no_space and (after.text.isupper() or after.cjk)
