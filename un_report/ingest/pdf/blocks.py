"""A region's lines → blocks: the wrapped lines of one paragraph (or heading, or title).

A new block starts at extra leading, a changed indent, a number hanging left of the text
column or followed by a tab stop, after a short last line of justified (or CJK) text, at
a paragraph number opening a line after a sentence's end (whatever the justification),
at a change of type, and around a table-of-contents leader line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from un_report.ingest.pdf.glyphs import Glyph
from un_report.ingest.pdf.lines import (
    TextLine,
    ends_sentence,
    hanging_token,
    hangs,
    opens_numbered,
    tab_after_first_token,
    text_left,
)
from un_report.ingest.pdf.stats import Doc
from un_report.ingest.pdf.tables import CLOSING_MARKS, FULL_STOPS, LEADER_GLYPHS
from un_report.ingest.pdf.tolerances import (
    INDENT_TOL_EM,
    JUSTIFIED_MIN_LINES,
    JUSTIFIED_SHARE,
    LEADER_RUN,
    PARA_GAP_RATIO,
    RIGHT_EDGE_QUANTILE,
    SHORT_LINE_EM,
    SIZE_STEP,
    SPACE_GAP_EM,
)

SENTENCE_WORD_LETTERS = 4  # a first token of this many letters closing a sentence is a word, not a label
ROMAN_LETTERS = frozenset("IVXLCivxlc")
PAGE_REFERENCE = re.compile(r"[\dIVXLCivxlc.,/()\-–—\s]*")  # after a contents row's leaders: 12, 3-5, (i) - (ix)


def _has_leaders(line: TextLine) -> bool:
    """A run of leader dots up to the line's end or to a page (or paragraph) reference: a
    table-of-contents line. Dots followed by words are an ellipsis in a sentence ("the
    intergovernmental machinery .... so as to ensure")."""
    ink = line.ink
    run = 0
    for k, g in enumerate(ink):
        if g.text in LEADER_GLYPHS:
            run += 1
            continue
        if run >= LEADER_RUN and PAGE_REFERENCE.fullmatch("".join(h.text for h in ink[k:])):
            return True
        run = 0
    return run >= LEADER_RUN


def right_edge(lines: Sequence[TextLine]) -> tuple[float, bool]:
    """The text's right edge and whether most lines reach it (justified / CJK text)."""
    ends = sorted(ln.x1 for ln in lines)
    right = ends[min(len(ends) - 1, int(RIGHT_EDGE_QUANTILE * len(ends)))]
    reach = sum(ln.x1 >= right - ln.size for ln in lines)
    return right, len(lines) >= JUSTIFIED_MIN_LINES and reach >= JUSTIFIED_SHARE * len(lines)


def ends_short(line: TextLine, right: float) -> bool:
    """The line stops well short of the right edge (a paragraph's last line)."""
    return line.x1 < right - SHORT_LINE_EM * line.size


def _opens_with_sentence_end(line: TextLine) -> bool:
    """The line's first token is a word closing a sentence ("Conference".", "Committee."):
    the wide gap after it is a typewriter's two spaces after a full stop, not the tab after a
    label (1., (a), IV.)."""
    token = "".join(g.text for g in _first_word(line))
    letters = [ch for ch in token if ch.isalpha()]
    word = len(letters) >= SENTENCE_WORD_LETTERS and not all(ch in ROMAN_LETTERS for ch in letters)
    return word and token.rstrip("".join(CLOSING_MARKS))[-1:] in FULL_STOPS


def _next_word_fits(prev: TextLine, cur: TextLine, right: float) -> bool:
    """Whether the first word of a line would have fitted at the end of the line before:
    then that line was ended on purpose (a paragraph's last line). Where it would not, the
    text wrapped, however short the line (ragged typewritten text, a long word)."""
    word = _first_word(cur)
    return not word or prev.x1 + SPACE_GAP_EM * prev.size + (word[-1].x1 - word[0].x0) <= right


def _first_word(line: TextLine) -> list[Glyph]:
    """The line's first word: its glyphs up to a space or a gap as wide as one (a
    typewriter's text may print no space glyphs)."""
    word: list[Glyph] = []
    for g in line.glyphs:
        if not g.ink:
            if word:
                break
            continue
        if word and g.x0 - word[-1].x1 > SPACE_GAP_EM * line.size:
            break
        word.append(g)
    return word


def _runs_on(block: list[TextLine], cur: TextLine, right: float, left: float, doc: Doc) -> bool:
    """A paragraph's text running on into a line wholly in bold (or out of one): the block
    holds text in the body's weight, its last line reaches the right edge with its sentence
    open, and the line starts at the column's left edge. A heading starts after a paragraph's
    short or closed last line."""
    prev = block[-1]
    plain = any(not doc.strong(ln) for ln in block)
    at_left = abs(cur.x0 - left) <= INDENT_TOL_EM * cur.size
    return plain and at_left and prev.x1 >= right - prev.size and not ends_sentence(prev)


def split_blocks(lines: list[TextLine], doc: Doc) -> list[list[TextLine]]:
    """Group a region's lines into paragraphs (and heading or title blocks)."""
    if not lines:
        return []
    right, justified = right_edge(lines)
    left = text_left(lines)
    blocks: list[list[TextLine]] = [[lines[0]]]
    for cur in lines[1:]:
        block, prev = blocks[-1], blocks[-1][-1]
        new = (
            (doc.strong(prev) != doc.strong(cur) and not _runs_on(block, cur, right, left, doc))
            or abs(prev.size - cur.size) > SIZE_STEP
            or cur.baseline - prev.baseline > PARA_GAP_RATIO * doc.line_pitch(prev.size)
            or _has_leaders(prev)
            or _has_leaders(cur)
            or (tab_after_first_token(cur) and not _opens_with_sentence_end(cur))
            or hanging_token(cur, left) > 0  # a number hanging left (not a wrapped line set further left)
            or (hangs(cur, left) and opens_numbered(cur))  # a numbered line set far left of the column
            or (len(block) >= 2 and abs(cur.x0 - block[1].x0) > INDENT_TOL_EM * cur.size)
            or (justified and ends_short(prev, right) and _next_word_fits(prev, cur, right))
            or (opens_numbered(cur) and ends_sentence(prev))
        )
        if new:
            blocks.append([cur])
        else:
            block.append(cur)
    return blocks
