"""A region's lines → blocks: the wrapped lines of one paragraph (or heading, or title).

A new block starts at extra leading, a changed indent, a number hanging left of the text
column or followed by a tab stop, after a short last line of justified (or CJK) text, at
a paragraph number opening a line after a sentence's end (whatever the justification),
at a change of type, and around a table-of-contents leader line.
"""

from __future__ import annotations

from collections.abc import Sequence

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
from un_report.ingest.pdf.tables import LEADER_GLYPHS
from un_report.ingest.pdf.tolerances import (
    INDENT_TOL_EM,
    JUSTIFIED_MIN_LINES,
    JUSTIFIED_SHARE,
    LEADER_RUN,
    PARA_GAP_RATIO,
    RIGHT_EDGE_QUANTILE,
    SHORT_LINE_EM,
    SIZE_STEP,
)


def _has_leaders(line: TextLine) -> bool:
    """A run of leader dots: a table-of-contents line."""
    run = 0
    for g in line.ink:
        run = run + 1 if g.text in LEADER_GLYPHS else 0
        if run >= LEADER_RUN:
            return True
    return False


def right_edge(lines: Sequence[TextLine]) -> tuple[float, bool]:
    """The text's right edge and whether most lines reach it (justified / CJK text)."""
    ends = sorted(ln.x1 for ln in lines)
    right = ends[min(len(ends) - 1, int(RIGHT_EDGE_QUANTILE * len(ends)))]
    reach = sum(ln.x1 >= right - ln.size for ln in lines)
    return right, len(lines) >= JUSTIFIED_MIN_LINES and reach >= JUSTIFIED_SHARE * len(lines)


def ends_short(line: TextLine, right: float) -> bool:
    """The line stops well short of the right edge (a paragraph's last line)."""
    return line.x1 < right - SHORT_LINE_EM * line.size


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
            or tab_after_first_token(cur)
            or hanging_token(cur, left) > 0  # a number hanging left (not a wrapped line set further left)
            or (hangs(cur, left) and opens_numbered(cur))  # a numbered line set far left of the column
            or (len(block) >= 2 and abs(cur.x0 - block[1].x0) > INDENT_TOL_EM * cur.size)
            or (justified and ends_short(prev, right))
            or (opens_numbered(cur) and ends_sentence(prev))
        )
        if new:
            blocks.append([cur])
        else:
            block.append(cur)
    return blocks
