"""Page furniture in a PDF, by position and repetition: dropped before anything is read.

Segments near the top or bottom edge whose text, digits masked, recurs at the same height
on many pages are running headers, footers and page numbers; segments near an edge that
carry the job number found that way, or are set in a barcode font, are the print-job
line and the barcode. The text path's shapes live in `un_report.ingest.furniture`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from un_report.ingest.furniture import JOB_NUMBER, LETTER, is_footer, shape
from un_report.ingest.pdf.glyphs import PageInput
from un_report.ingest.pdf.lines import TextLine, make_line
from un_report.ingest.pdf.stats import half_point
from un_report.ingest.pdf.tables import BARCODE_FONT_MARKERS
from un_report.ingest.pdf.tolerances import (
    EDGE_BAND_SHARE,
    EDGE_LINES,
    JOB_BAND_SHARE,
    JOB_MIN_DIGITS,
    LARGER_STEP,
    MIN_REPEAT_PAGES,
    REPEAT_PAGE_SHARE,
    REPEAT_POS_TOL,
    SCAN_BLEED_SHARE,
    SCAN_PAGE_SHARE,
    SCAN_REPEAT_POS_TOL,
    SEGMENT_GAP_EM,
    SLACK,
    TEXT_LEADING_EM,
)
from un_report.ingest.symbols import split_symbols
from un_report.rules.profiles import RECYCLE_NOTES

NON_DIGIT = re.compile(r"\D")
BARCODE_TEXT = re.compile(r"^\*[\dA-Z]{6,}\*$")  # a barcode's human-readable line: *2506692*
SPECKS = "-\u2010\u2013\u2014_~()[]|·•'`,;:^\u207b"  # marks a scan's OCR reads off its margins and edges
LEADING_NUMBER = re.compile(r"^(\d{1,4})\b(?![./-]\d)")  # "2 Adopted", "3 A/80/1"; not 25-07881 nor 3/24
RECYCLE = re.compile("|".join(re.escape(n) for n in RECYCLE_NOTES), re.IGNORECASE)


@dataclass(slots=True)
class _Segment:
    """A run of one edge line, split off at a wide gap (a footer's left or right item)."""

    page_index: int
    line: TextLine
    start: int  # the run's glyphs: line.glyphs[start:end]
    end: int
    edge: str  # "top" or "bottom"
    top: float
    outermost: bool  # the page's very first or last line
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.line.text[self.start : self.end].strip()

    @property
    def mask(self) -> str:
        """The text with each digit run masked, tokens sorted: '3/25 25-07881' → '9-9 9/9'."""
        return " ".join(sorted(shape(t) for t in self.text.split()))


def _digits(text: str) -> str:
    return NON_DIGIT.sub("", text)


def _segments(line: TextLine) -> list[tuple[int, int]]:
    """Split a line at wide gaps into independent runs (left and right footer items): the
    start and end of each in the line's glyphs."""
    starts: list[int] = [0]
    last_x1: float | None = None
    text = line.text  # read by column: the document's lines hold no glyph tuples
    for i, (ch, x0, x1) in enumerate(zip(text, line.run.column("x0"), line.run.column("x1"), strict=True)):
        if ch.isspace():
            continue
        if last_x1 is not None and x0 - last_x1 > SEGMENT_GAP_EM * line.size:
            starts.append(i)
        last_x1 = x1
    runs = zip(starts, [*starts[1:], len(text)], strict=True)
    return [(a, b) for a, b in runs if not text[a:b].isspace()]


def _edge_segments(
    page_index: int, page: PageInput, lines: list[TextLine], band_share: float, count: int
) -> list[_Segment]:
    """The segments of the first and last `count` lines within the band at each edge, lines
    of specks aside (a scan's dashes and brackets caught off the page beside it, a rule; not
    the continuation mark "/...")."""
    band = band_share * page.height
    ordered = sorted((ln for ln in lines if ln.text.strip(SPECKS + " ")), key=lambda ln: ln.top)
    picks = [("top", ln) for ln in ordered[:count] if ln.top < band]
    picks += [("bottom", ln) for ln in ordered[-count:] if ln.bottom > page.height - band]
    ends = (id(ordered[0]), id(ordered[-1])) if ordered else ()
    return [
        _Segment(page_index, line, start, end, edge, line.top, id(line) in ends)
        for edge, line in picks
        for start, end in _segments(line)
    ]


def _without_bleed(page: PageInput, lines: list[TextLine]) -> list[TextLine]:
    """A scanned page's lines minus what its OCR read of the neighbouring page's edge: runs
    of a line (split at wide gaps) lying wholly in the outer SCAN_BLEED_SHARE of the page's
    width, or off the page ("and 8. The ideas…" → "8. The ideas…")."""
    band = SCAN_BLEED_SHARE * page.width
    kept: list[TextLine] = []
    for line in lines:
        x0s, x1s = line.run.column("x0"), line.run.column("x1")
        drop: set[int] = set()
        for start, end in _segments(line):
            ink = [k for k in range(start, end) if not line.text[k].isspace()]
            left, right = min(x0s[k] for k in ink), max(x1s[k] for k in ink)
            if right <= band or left >= page.width - band or line.bottom <= 0 or line.top >= page.height:
                drop.update(range(start, end))
        if not drop:
            kept.append(line)
        elif rest := make_line(line.page, [g for k, g in enumerate(line.glyphs) if k not in drop]):
            kept.append(rest)
    return kept


def _leading_number(s: _Segment) -> int | None:
    m = LEADING_NUMBER.match(s.text)
    return int(m.group(1)) if m else None


def _same_number(a: _Segment, b: _Segment) -> bool:
    """Whether two segments of one shape open with the same number, or with numbers that
    move with the page (a page number): a footnote citing the same source on several pages
    ("2 Adopted under …", "6 Adopted under …") recurs in shape, its number does neither."""
    x, y = _leading_number(a), _leading_number(b)
    if x is None or y is None or x == y:
        return True
    return x - a.page_index == y - b.page_index


def _outside_text_blocks(furniture: list[_Segment], lines: list[list[TextLine]]) -> list[_Segment]:
    """The recurring segments minus those of a line set at the line pitch of a kept line of
    its size, under it at the bottom edge, over it at the top: a line of a footnote or of a
    paragraph, however often its wording recurs (a note's continuation line "FCCC/CP/2015/10/
    Add.1, decision 1/CP.21." under notes citing the same source). Running headers and footers
    stand apart from the text by more than a line's leading."""
    dropped = {edge: {id(s.line) for s in furniture if s.edge == edge} for edge in ("top", "bottom")}
    everywhere = dropped["top"] | dropped["bottom"]
    saved: set[int] = set()
    for page_lines in lines:
        ordered = sorted(page_lines, key=lambda ln: ln.top)
        for edge, run in (("bottom", ordered), ("top", ordered[::-1])):
            kept: TextLine | None = None
            for ln in run:
                if id(ln) not in everywhere or id(ln) in saved:
                    kept = ln
                elif id(ln) in dropped[edge] and kept is not None and _set_tight(kept, ln, edge):
                    saved.add(id(ln))
                    kept = ln
                else:
                    kept = None
    return [s for s in furniture if id(s.line) not in saved]


def _set_tight(kept: TextLine, line: TextLine, edge: str) -> bool:
    """A line at the leading of the kept line next to it, in the same type size."""
    upper, lower = (kept, line) if edge == "bottom" else (line, kept)
    gap = lower.top - upper.bottom
    return abs(kept.size - line.size) <= LARGER_STEP and -SLACK <= gap <= TEXT_LEADING_EM * line.size


def remove_furniture(pages: list[PageInput], lines: list[list[TextLine]]) -> frozenset[str]:
    """Drop running headers, footers, page numbers, print-job lines and barcodes in place.

    Furniture recurs at the same height on many pages (digits masked, so page numbers
    match); a page's outermost line in small type needs only to recur on a few pages
    (running headers that change with the chapter). Returns the texts that recur
    unchanged as furniture (the symbol of a running header, the job number).
    """
    # a scan's pages (each holding an image, the OCR text over it) lie a little askew: its
    # running lines recur only roughly at one height; and its margins catch the edge of the
    # page beside it
    scanned = sum(bool(p.image_count) for p in pages) >= SCAN_PAGE_SHARE * len(pages)
    if scanned:
        for i, page in enumerate(pages):
            lines[i] = _without_bleed(page, lines[i])
    text_pages = sum(1 for page_lines in lines if page_lines)
    need = max(MIN_REPEAT_PAGES, round(REPEAT_PAGE_SHARE * text_pages + 0.4999))  # rounded up
    sizes = Counter(
        half_point(size) for ls in lines for ln in ls for ch, size in zip(ln.text, ln.run.column("size"), strict=True)
        if not ch.isspace()
    )
    small = (sizes.most_common(1)[0][0] if sizes else 0.0) - LARGER_STEP
    segs = [s for i, page in enumerate(pages) for s in _edge_segments(i, page, lines[i], EDGE_BAND_SHARE, EDGE_LINES)]
    by_mask: dict[tuple[str, str], list[_Segment]] = {}
    for s in segs:
        by_mask.setdefault((s.edge, s.mask), []).append(s)
    furniture: list[_Segment] = []
    tol = SCAN_REPEAT_POS_TOL if scanned else REPEAT_POS_TOL
    for group in by_mask.values():
        for s in group:
            pages_here = {o.page_index for o in group if abs(o.top - s.top) <= tol and _same_number(o, s)}
            outer_small = s.outermost and s.line.size <= small
            if len(pages_here) >= (MIN_REPEAT_PAGES if outer_small else need):
                furniture.append(s)
    furniture = _outside_text_blocks(furniture, lines)
    # A constant, digits-only furniture token is the job number (alone, or beside the page
    # number in one footer); find it wherever it is printed near an edge (the print-job
    # line, the barcode) and drop those runs too.
    recurring = Counter(t for s in furniture for t in set(s.text.split()))
    job_digits = {
        _digits(t)
        for t, n in recurring.items()
        if n >= need and not LETTER.search(t) and len(_digits(t)) >= JOB_MIN_DIGITS
    }
    # A footer of no words with a job number or page fraction (25-06692 (E) 160525,
    # 2/47 25-06692), a barcode's text and the recycling note are furniture even printed
    # once (page 1's footer, a two-page document's page 2).
    edges = [
        s for i, page in enumerate(pages) for s in _edge_segments(i, page, lines[i], JOB_BAND_SHARE, len(lines[i]))
    ]
    for s in edges:
        if s.edge == "bottom" and is_footer(s.text):
            job_digits |= {_digits(m.group(0)) for m in JOB_NUMBER.finditer(s.text)}
    for s in edges:
        tokens = {_digits(t) for t in s.text.split()}
        fonts = set(islice(s.line.run.fonts(), s.start, s.end))
        barcode = any(m in font.lower() for font in fonts for m in BARCODE_FONT_MARKERS)
        printed_once = bool(is_footer(s.text) or BARCODE_TEXT.match(s.text) or RECYCLE.fullmatch(s.text))
        # a running header of a short document: its symbol alone, at the top of page 2 on
        printed_once = printed_once or (s.edge == "top" and s.page_index > 0 and bool(split_symbols(s.text)))
        if barcode or printed_once or tokens & job_digits:
            furniture.append(s)
    constant = frozenset(t for t, n in Counter(s.text for s in furniture).items() if n >= need)
    drop: dict[int, set[int]] = {}  # by line: the positions of its glyphs to drop
    for s in furniture:
        drop.setdefault(id(s.line), set()).update(range(s.start, s.end))
    for i, page_lines in enumerate(lines):
        kept: list[TextLine] = []
        for line in page_lines:
            if id(line) not in drop:
                kept.append(line)
            elif rest := make_line(line.page, [g for k, g in enumerate(line.glyphs) if k not in drop[id(line)]]):
                kept.append(rest)
        lines[i] = kept
    return constant
