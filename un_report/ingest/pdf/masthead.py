"""Page 1's masthead, read from the glyphs' positions before any line assembly.

A UN document prints in its first page's top area, at the right, its symbol (a large
series letter and the rest in smaller type: `A/80/74-E/2025/53`, continued on the next
line after a `/` or `-`), then `Distr.: General`, the date and `Original: English`; at
the left, under the organ, the session and agenda item; below, the title in bold; at the
foot, the job number (`25-06692 (E) 160525`), a barcode and "Please recycle".

Here the glyphs of page 1 become *segments*: runs of glyphs whose heights overlap (so a
big letter and smaller type beside it share one), split where a gap wider than a few type
sizes separates two columns. `un_report.ingest.front` reads the fields out of them.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from un_report.ingest.pdf.glyphs import Glyph
from un_report.ingest.pdf.tolerances import MASTHEAD_COLUMN_GAP_EM, MASTHEAD_SPACE_EM

SAME_SIZE = 0.5  # points: type sizes (or positions) this close are the same


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of page-1 text on one printed line, with where it stands and its type."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # the largest type in it
    bold: bool  # most of its letters are bold


def masthead_segments(glyphs: list[Glyph]) -> list[Segment]:
    """Page 1's text as segments, top to bottom, left to right."""
    ink = [g for g in glyphs if g.ink or g.text == " "]
    out: list[Segment] = []
    for band in _bands(ink):
        for column in _columns(sorted(band, key=lambda g: g.x0)):
            out += _split(column)
    return sorted(out, key=lambda s: (round(s.top), s.x0))


def _bands(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs whose heights overlap, in bands: a large series letter and the smaller type
    beside it share one. A band of a column set in large type (the organ's name) may take
    in two lines of the other column's smaller type; `_columns` parts them again."""
    bands: list[list[Glyph]] = []
    spans: list[tuple[float, float]] = []  # each band's vertical extent
    for g in sorted(glyphs, key=lambda g: (g.top, g.x0)):
        middle = (g.top + g.bottom) / 2
        for i, (top, bottom) in enumerate(spans):
            if top <= middle <= bottom or (g.top <= (top + bottom) / 2 <= g.bottom):
                bands[i].append(g)
                spans[i] = (min(top, g.top), max(bottom, g.bottom))
                break
        else:
            bands.append([g])
            spans.append((g.top, g.bottom))
    return [band for band in bands if any(g.ink for g in band)]


def _columns(band: list[Glyph]) -> list[list[Glyph]]:
    """A band's glyphs (left to right) in the columns a wide gap parts; a column whose
    glyphs stand one above the other holds several printed lines (the date and the edition's
    language beside the organ's large type), banded again on their own."""
    columns: list[list[Glyph]] = []
    right = None
    for g in band:
        if right is None or g.x0 - right > MASTHEAD_COLUMN_GAP_EM * (g.size or 1.0):
            columns.append([])
        columns[-1].append(g)
        right = g.x1 if right is None else max(right, g.x1)
    out: list[list[Glyph]] = []
    for column in columns:
        bands = _bands(column) if _stacked(column) else [column]
        if len(bands) > 1:
            out += [part for b in bands for part in _columns(sorted(b, key=lambda g: g.x0))]
        else:
            out.append(column)
    return out


def _stacked(column: list[Glyph]) -> bool:
    """Whether two inked glyphs of a column (left to right) share their place across, one
    above the other: two printed lines, not one."""
    ink = [g for g in column if g.ink]
    return any(
        b.x0 < a.x1 - SAME_SIZE and (b.bottom <= a.top + SAME_SIZE or a.bottom <= b.top + SAME_SIZE)
        for a, b in itertools.pairwise(ink)
    )


def _split(band: list[Glyph]) -> list[Segment]:
    """A band's glyphs → segments: a word space where the PDF prints one or the gap is wider
    than a space; a new segment across a column gap."""
    segments: list[Segment] = []
    run: list[Glyph] = []
    text = ""
    for g in band:
        if not g.ink:  # a printed space, in the type of the glyph before it
            if run and abs(g.size - run[-1].size) < SAME_SIZE and g.x0 >= run[-1].x1 - SAME_SIZE:
                text += "" if text.endswith(" ") else " "
            continue
        if run:
            prev = run[-1]
            gap = g.x0 - prev.x1
            size = min(prev.size, g.size) or 1.0
            if gap > MASTHEAD_COLUMN_GAP_EM * size:
                segments.append(_segment(text, run))
                run, text = [], ""
            elif gap > MASTHEAD_SPACE_EM * size and not text.endswith(" "):
                text += " "
        run.append(g)
        text += g.text
    if run:
        segments.append(_segment(text, run))
    return segments


def _segment(text: str, run: list[Glyph]) -> Segment:
    letters = [g for g in run if g.text.isalpha()]
    bold = bool(letters) and sum(g.bold for g in letters) * 2 > len(letters)
    return Segment(
        text.strip(),
        min(g.x0 for g in run),
        min(g.top for g in run),
        max(g.x1 for g in run),
        max(g.bottom for g in run),
        max(g.size for g in run),
        bold,
    )
