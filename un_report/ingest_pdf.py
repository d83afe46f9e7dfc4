"""Read a report PDF into `Line`s for the segmenter: the PDF half of ingest.

pdfplumber supplies characters with their positions and fonts, and the page's rectangles,
lines and curves (`_page_chars`). Everything after that is ours (`_lines_from_chars`) and
works from geometry, type and repetition alone, never from one report's wording:

1. glyphs → physical lines: clustered by baseline; superscripts (smaller, raised) folded
   into the line they belong to; a glyph drawn twice on itself (fake bold) kept once;
2. page furniture: segments near the top or bottom edge whose text, digits masked,
   recurs at the same height on many pages (running headers, footers, page numbers);
   segments near an edge that carry the job number found that way, or are set in a
   barcode font (print-job line, barcode);
3. regions: panels (boxes) from framed or shaded rectangles; the footnote area under a
   short rule in the lower half of a page (or a trailing run of small type); two columns
   split at a gutter;
4. blocks: the wrapped lines of one paragraph, split at extra leading, a changed indent,
   a number hanging left of the text column or followed by a tab stop, a short last line
   of justified (or CJK) text, a change of type, or a table-of-contents leader; each
   block becomes one `Line` (headings: one per printed line) with a role;
5. text: word spaces from gaps, never between two CJK characters; a hanging paragraph
   number joined to its text by one space; superscript digits as Unicode superscripts
   (¹ ²), so a footnote marker never merges into a number; wrapped lines joined without
   a space inside CJK text and numbers (13 / 0 亿美元 → 130 亿美元); an English line-end
   hyphen dropped only when the joined word occurs elsewhere in the document (or it is a
   soft hyphen). U+202F and other fixed spaces stay as printed.

Roles (`Line.role`):
  "heading"   bold or larger type, or a short wholly italic block, in the main text;
  "body"      main-text paragraphs (a numbered paragraph's Line starts "18. ...");
  None        a lone short line in body type with no number: a sub-heading set bold by
              stroking (invisible to pdfminer) or a paragraph's tail run on from the last
              page; the segmenter decides from the wording. Also the running header's
              own text printed elsewhere (the symbol on the cover);
  "box_title" / "box"  a panel's title and text (or a block set in smaller type under
              a heading);
  "footnote"  one Line per footnote, "¹ text": marker, one space, the note.
Front matter (cover, title, note, contents) is kept; furniture is dropped everywhere.
A paragraph running on to the next page continues in a new Line of that page (page
provenance), with no paragraph number. `Line.boxes` holds each character's PDF box.

Timing: `read_pdf_timed` returns the lines with pdfplumber's share (`_page_chars`, which
parses the page) and ours (`_lines_from_chars`) measured separately;
`scripts/pdf_debug/bench.py` prints them.
"""

from __future__ import annotations

import re
import statistics
import time
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any, NamedTuple

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.psexceptions import PSException
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from un_report.errors import InputError
from un_report.models import BBox, Line, LineRole

# ---------------------------------------------------------------------------------------
# Tolerances. "em" values are multiples of the type size in question; "share" values are
# fractions of a page's width or height, or of a set of glyphs or pages.
# ---------------------------------------------------------------------------------------

BASELINE_TOL_EM = 0.3  # glyphs whose baselines differ by less than this share a line
SUPER_SIZE_RATIO = 0.8  # a superscript's size is at most this share of its line's size
SUPER_RAISE_EM = 0.15  # ... and its baseline is at least this far above the line's
SPACE_GAP_EM = 0.2  # a gap wider than this between two glyphs is a word space
MARKER_GAP_EM = 0.5  # a superscript closer than this to the word before it belongs to it
ROTATION_TOL = 0.05  # glyphs whose matrix turns them more than this are not read
DUPLICATE_EM = 0.15  # the same glyph drawn again within this distance: fake bold
TAB_GAP_EM = 1.0  # a gap after a line's first token this wide ...
TAB_WORD_RATIO = 1.5  # ... and this much wider than its other word gaps is a tab stop

EDGE_LINES = 3  # furniture is among the first / last lines of a page ...
EDGE_BAND_SHARE = 0.2  # ... within this share of the page height from its edge
SEGMENT_GAP_EM = 2.0  # a gap this wide splits a furniture line into independent segments
REPEAT_PAGE_SHARE = 0.3  # furniture recurs on at least this share of the text pages ...
MIN_REPEAT_PAGES = 2  # ... and on at least this many pages
REPEAT_POS_TOL = 3.0  # points: "at the same height" on another page
JOB_BAND_SHARE = 0.3  # print-job lines and barcodes lie this close to a page edge
JOB_MIN_DIGITS = 5  # a constant numeric furniture segment with this many digits: job no.
BARCODE_FONT_MARKERS = ("barcode", "3of9", "code39", "code128", "ean13", "upc")

BOLD_MARKERS = ("bold", "heavy", "black", "semibold", "demi")  # in a font's name
ITALIC_MARKERS = ("italic", "oblique")
STYLE_SHARE = 0.8  # a line "is bold" when this share of its letters is
LARGER_STEP = 0.4  # points: type at least this much larger is larger type (a heading)
SIZE_STEP = 0.3  # points: type sizes closer than this are the same size
MAX_ITALIC_HEADING_LINES = 2  # a wholly italic block this short is a (sub-)heading

PANEL_MIN_WIDTH_SHARE = 0.25  # a panel is at least this share of the page width wide
PANEL_MIN_HEIGHT_EM = 2.0  # ... and this many body sizes high
PANEL_MAX_AREA_SHARE = 0.8  # larger filled or framed areas are page backgrounds
THIN = 2.0  # points: a rectangle this thin is a rule (part of a frame)
TOUCH = 1.5  # points: rules closer than this belong to one frame
CENTRED_TOL_EM = 1.0  # a line centred in its panel within this distance
CENTRED_MAX_WIDTH_SHARE = 0.7  # ... and narrower than this share of the panel

RULE_MIN_WIDTH_SHARE = 0.04  # a footnote rule spans this share of the page width ...
RULE_MAX_WIDTH_SHARE = 0.6  # ... at most this share
FOOTNOTE_ZONE_SHARE = 0.5  # a footnote rule lies in the lower half of the page
FOOTNOTE_SIZE_RATIO = 0.92  # footnotes are set smaller than this share of the body size
RULE_GLYPHS = frozenset("_‗─━—―")  # a line made only of these is a drawn rule

GUTTER_MIN_EM = 1.0  # a column gutter is at least this many body sizes wide ...
GUTTER_ZONE = (0.3, 0.7)  # ... and its centre lies within this span of the text width
COLUMN_MIN_LINES = 3  # each column has at least this many lines

PARA_GAP_RATIO = 1.3  # baseline distance above this share of the usual pitch: new block
INDENT_TOL_EM = 0.6  # left edges closer than this are the same indent
MAX_HANGING_TOKEN = 5  # glyphs: a paragraph number or letter hanging left of the text
SHORT_LINE_EM = 2.0  # in justified text, a line ending this far short ends a paragraph
JUSTIFIED_SHARE = 0.5  # text is justified when this share of its lines reach the edge
RIGHT_EDGE_QUANTILE = 0.9  # the text's right edge: this quantile of line ends
HEADING_WRAP_EM = 6.0  # a heading line ending this close to the edge wraps onto the next
LEADER_RUN = 4  # this many leader dots in a row: a table-of-contents line
PITCH_MAX_EM = 2.5  # baseline distances above this are never ordinary line pitch
DEFAULT_PITCH_EM = 1.2  # pitch assumed for a type size with no measured pitch
CID_SHARE = 0.5  # more than this share of undecodable glyphs: no usable text layer

# ---------------------------------------------------------------------------------------
# Unicode facts (not language rules): superscript forms, CJK blocks, hyphens, leaders.
# ---------------------------------------------------------------------------------------

SUPERSCRIPTS = str.maketrans("0123456789+-=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾")
SUPERSCRIPT_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
CJK_RANGES = (  # code point ranges of CJK scripts and their punctuation (no word spaces)
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3100, 0x312F),  # Bopomofo
    (0x31C0, 0x31EF),  # CJK strokes
    (0x3400, 0x4DBF),  # CJK unified ideographs extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half- and fullwidth forms
    (0x20000, 0x3FFFF),  # CJK unified ideographs extensions B onwards
)
HYPHENS = frozenset("-\u2010")  # hyphen-minus, hyphen
SOFT_HYPHEN = "\u00ad"
LEADER_GLYPHS = frozenset(".·…‧․")
MARKER_PUNCT = frozenset(".)")  # dropped after a footnote number printed as "1." or "1)"
COLLAPSIBLE_SPACE = frozenset(" \t")  # runs of these become one space; U+202F etc. stay
LIGATURES = range(0xFB00, 0xFB07)  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ, expanded to their letters

_Piece = tuple[str, BBox | None]  # one character of output text and its PDF box


# ---------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageInput:
    """What pdfplumber gives for one page, untouched: the input to our processing."""

    number: int  # 1-based
    width: float
    height: float
    chars: list[dict[str, Any]]
    shapes: list[dict[str, Any]]  # rects, lines and curves
    image_count: int


@dataclass(frozen=True, slots=True)
class ReadTimings:
    """Seconds spent in pdfplumber (parsing pages) and in our processing."""

    pdfplumber_seconds: float
    our_seconds: float
    pages: int
    chars: int

    @property
    def pdfplumber_share(self) -> float:
        total = self.pdfplumber_seconds + self.our_seconds
        return self.pdfplumber_seconds / total if total else 0.0


def read_pdf(path: Path) -> list[Line]:
    """All lines of the document in reading order, page furniture removed."""
    return read_pdf_timed(path)[0]


def read_pdf_timed(path: Path) -> tuple[list[Line], ReadTimings]:
    """`read_pdf`, also reporting pdfplumber's time and ours separately."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "does not exist or is not a file")
    started = time.perf_counter()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with pdfplumber.open(path) as pdf:
                if not pdf.pages:
                    raise InputError(path, "has no pages")
                pages = [_page_chars(page) for page in pdf.pages]
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many types; all mean "cannot read this"
        raise InputError(path, _open_problem(exc)) from exc
    parsed = time.perf_counter()
    _check_text_layer(path, pages)
    lines = _lines_from_chars(pages)
    done = time.perf_counter()
    timings = ReadTimings(
        pdfplumber_seconds=parsed - started,
        our_seconds=done - parsed,
        pages=len(pages),
        chars=sum(len(p.chars) for p in pages),
    )
    return lines, timings


def _page_chars(page: Page) -> PageInput:
    """pdfplumber's part: parse one page into its characters and drawn shapes."""
    result = PageInput(
        number=page.page_number,
        width=float(page.width),
        height=float(page.height),
        chars=page.chars,
        shapes=[*page.rects, *page.lines, *page.curves],
        image_count=len(page.images),
    )
    page.close()
    return result


def _open_problem(exc: BaseException) -> str:
    """Say what is wrong with a PDF that pdfminer cannot open or parse."""
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in chain:
        chain.append(seen)
        inner = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = inner or seen.__cause__ or seen.__context__
    if any(isinstance(e, PDFEncryptionError) for e in chain):
        return "is encrypted (password-protected); save an unprotected copy and retry"
    detail = next((str(e) for e in reversed(chain) if str(e)), type(exc).__name__)
    if any(isinstance(e, (PSException, MalformedPDFException, PdfminerException)) for e in chain):
        return f"is damaged or truncated, not a readable PDF ({detail}); re-download it"
    return f"cannot be read as a PDF ({type(chain[-1]).__name__}: {detail})"


def _check_text_layer(path: Path, pages: Sequence[PageInput]) -> None:
    """Refuse a PDF without usable text: scanned pages, or glyphs with no Unicode."""
    texts = [c["text"] for p in pages for c in p.chars if not c["text"].isspace()]
    if not texts:
        if any(p.image_count for p in pages):
            raise InputError(path, "has no text layer (scanned?); OCR is needed")
        raise InputError(path, "contains no text")
    undecodable = sum(t.startswith("(cid:") for t in texts)
    if undecodable > CID_SHARE * len(texts):
        raise InputError(path, "has fonts without a Unicode mapping; OCR is needed")


# ---------------------------------------------------------------------------------------
# Glyphs and physical lines
# ---------------------------------------------------------------------------------------


class _Glyph(NamedTuple):
    """One character as printed (a NamedTuple: tens of thousands are made per report)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    font: str  # font name without subset prefix, e.g. "TimesNewRomanPS-BoldMT"
    baseline: float  # distance of the baseline from the page top
    ink: bool  # not whitespace
    cjk: bool
    bold: bool
    italic: bool

    @property
    def box(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass(slots=True)
class _TextLine:
    """One printed line: glyphs left to right, with the geometry of its main type."""

    page: int
    glyphs: list[_Glyph]
    ink: list[_Glyph] = field(init=False)  # the visible glyphs
    x0: float = field(init=False)  # first / last visible glyph
    x1: float = field(init=False)
    top: float = field(init=False)  # of the line's main type (superscripts excluded)
    bottom: float = field(init=False)
    foot: float = field(init=False)  # typical bottom of the main type
    size: float = field(init=False)  # the type size of most of its letters
    baseline: float = field(init=False)
    strong: bool | None = field(init=False, default=None)  # heading type? (set by _Doc)

    def __post_init__(self) -> None:
        self.ink = ink = [g for g in self.glyphs if g.ink]
        letters = [g for g in ink if g.text.isalnum()] or ink
        self.size = Counter(round(g.size, 1) for g in letters).most_common(1)[0][0]
        main = [g for g in ink if g.size > SUPER_SIZE_RATIO * self.size] or ink
        self.baseline = statistics.median(g.baseline for g in main)
        self.foot = statistics.median(g.bottom for g in main)
        self.x0, self.x1 = ink[0].x0, max(g.x1 for g in ink)
        self.top, self.bottom = min(g.top for g in main), max(g.bottom for g in main)

    @property
    def text(self) -> str:
        return "".join(g.text for g in self.glyphs)

    def is_super(self, g: _Glyph) -> bool:
        """Smaller type sitting clearly above the line's own (by position or text rise)."""
        return (
            g.ink
            and g.size <= SUPER_SIZE_RATIO * self.size
            and g.bottom <= self.foot - SUPER_RAISE_EM * self.size
        )


def _make_line(page: int, glyphs: Iterable[_Glyph]) -> _TextLine | None:
    ordered = sorted(glyphs, key=lambda g: g.x0)
    return _TextLine(page, ordered) if any(g.ink for g in ordered) else None


@lru_cache(maxsize=512)
def _font_style(fontname: str) -> tuple[str, bool, bool]:
    """(name without subset prefix, bold, italic) from a PDF font name."""
    name = fontname.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", fontname) else fontname
    lower = name.lower()
    return name, any(m in lower for m in BOLD_MARKERS), any(m in lower for m in ITALIC_MARKERS)


@lru_cache(maxsize=8192)
def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return code >= CJK_RANGES[0][0] and any(lo <= code <= hi for lo, hi in CJK_RANGES)


def _glyphs(page: PageInput) -> list[_Glyph]:
    """Upright glyphs of a page, one per character (ligatures expanded)."""
    out: list[_Glyph] = []
    for c in page.chars:
        text: str = c["text"]
        a, b, cc, d, _, f = c["matrix"]
        if not text or abs(b) + abs(cc) > ROTATION_TOL * (abs(a) + abs(d)):
            continue  # rotated or vertical text (margin stamps) is not reading text
        font, bold, italic = _font_style(c["fontname"])
        top, bottom, size = c["top"], c["bottom"], c["size"]
        baseline = bottom + c["y0"] - f
        if len(text) == 1:
            if ord(text) in LIGATURES:
                text = unicodedata.normalize("NFKC", text)
            else:
                x0, x1 = c["x0"], c["x1"]
                ink = not text.isspace()
                cjk = _is_cjk(text)
                out.append(_Glyph(text, x0, top, x1, bottom, size, font, baseline, ink, cjk, bold, italic))
                continue
        x0 = float(c["x0"])
        step = (float(c["x1"]) - x0) / len(text)
        for i, ch in enumerate(text):
            out.append(
                _Glyph(
                    ch,
                    x0 + i * step,
                    top,
                    x0 + (i + 1) * step,
                    bottom,
                    size,
                    font,
                    baseline,
                    not ch.isspace(),
                    _is_cjk(ch),
                    bold,
                    italic,
                )
            )
    return out


def _physical_lines(page: int, glyphs: list[_Glyph]) -> list[_TextLine]:
    """Cluster glyphs into printed lines by baseline; fold superscripts into their line."""
    groups: list[list[_Glyph]] = []
    head_baseline, head_size = float("-inf"), 0.0
    for g in sorted(glyphs, key=lambda g: g.baseline):
        size = g.size if g.size > head_size else head_size
        if g.baseline - head_baseline <= BASELINE_TOL_EM * size:
            groups[-1].append(g)
        else:
            groups.append([g])
            head_baseline, head_size = g.baseline, g.size
    lines = [line for grp in groups if (line := _make_line(page, _dedupe(grp)))]
    return _fold_small_lines(page, lines)


def _dedupe(glyphs: list[_Glyph]) -> list[_Glyph]:
    """Drop a glyph drawn again on top of itself (fake bold), marking the kept one bold."""
    out: list[_Glyph] = []
    for g in sorted(glyphs, key=lambda g: g.x0):
        twin = -1
        if g.ink:
            for k in range(len(out) - 1, max(-1, len(out) - 4), -1):
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


def _fold_small_lines(page: int, lines: list[_TextLine]) -> list[_TextLine]:
    """Merge a line of small, raised or lowered type into the nearby line it sits in."""
    merged: dict[int, int] = {}  # index of small line → index of its host
    for i, small in enumerate(lines):
        hosts = [
            j
            for j in range(max(0, i - 2), min(len(lines), i + 3))
            if j != i
            and small.size <= SUPER_SIZE_RATIO * lines[j].size
            and lines[j].top - 1 <= small.baseline <= lines[j].bottom + 1
            and lines[j].x0 - 2 * lines[j].size <= small.x0
            and small.x1 <= lines[j].x1 + 2 * lines[j].size
            and j not in merged
        ]
        if hosts:
            merged[i] = min(hosts, key=lambda j: abs(lines[j].baseline - small.baseline))
    if not merged:
        return lines
    extra: dict[int, list[_Glyph]] = {}
    for i, j in merged.items():
        extra.setdefault(j, []).extend(lines[i].glyphs)
    out: list[_TextLine] = []
    for j, line in enumerate(lines):
        if j in merged:
            continue
        if j in extra:
            # keep the host's own size and baseline: rebuild, then restore them
            host = _make_line(page, [*line.glyphs, *extra[j]])
            assert host is not None
            host.size, host.baseline, host.foot = line.size, line.baseline, line.foot
            host.top, host.bottom = line.top, line.bottom
            line = host
        out.append(line)
    return out


def _segments(line: _TextLine) -> list[list[_Glyph]]:
    """Split a line at wide gaps into independent runs (left and right footer items)."""
    runs: list[list[_Glyph]] = []
    last_x1: float | None = None
    for g in line.glyphs:
        if g.ink and last_x1 is not None and g.x0 - last_x1 > SEGMENT_GAP_EM * line.size:
            runs.append([])
        if not runs:
            runs.append([])
        runs[-1].append(g)
        if g.ink:
            last_x1 = g.x1
    return [r for r in runs if any(g.ink for g in r)]


# ---------------------------------------------------------------------------------------
# Page furniture
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Segment:
    page_index: int
    line: _TextLine
    glyphs: list[_Glyph]
    edge: str  # "top" or "bottom"
    top: float
    outermost: bool  # the page's very first or last line

    @property
    def text(self) -> str:
        return "".join(g.text for g in self.glyphs).strip()

    @property
    def mask(self) -> str:
        """The text with each digit run masked, tokens sorted: '3/25 25-07881' → '#-# #/#'."""
        return " ".join(sorted(re.sub(r"\d+", "#", t) for t in self.text.split()))


def _edge_segments(
    page_index: int, page: PageInput, lines: list[_TextLine], band_share: float, count: int
) -> list[_Segment]:
    band = band_share * page.height
    ordered = sorted(lines, key=lambda ln: ln.top)
    picks = [("top", ln) for ln in ordered[:count] if ln.top < band]
    picks += [("bottom", ln) for ln in ordered[-count:] if ln.bottom > page.height - band]
    ends = (id(ordered[0]), id(ordered[-1])) if ordered else ()
    return [
        _Segment(page_index, line, run, edge, line.top, id(line) in ends)
        for edge, line in picks
        for run in _segments(line)
    ]


def _remove_furniture(pages: list[PageInput], lines: list[list[_TextLine]]) -> frozenset[str]:
    """Drop running headers, footers, page numbers, print-job lines and barcodes in place.

    Furniture recurs at the same height on many pages (digits masked, so page numbers
    match); a page's outermost line in small type needs only to recur on a few pages
    (running headers that change with the chapter). Returns the texts that recur
    unchanged as furniture (the symbol of a running header, the job number).
    """
    text_pages = sum(1 for page_lines in lines if page_lines)
    need = max(MIN_REPEAT_PAGES, round(REPEAT_PAGE_SHARE * text_pages + 0.4999))
    sizes = Counter(round(g.size * 2) / 2 for ls in lines for ln in ls for g in ln.ink)
    small = (sizes.most_common(1)[0][0] if sizes else 0.0) - LARGER_STEP
    segs = [
        s
        for i, page in enumerate(pages)
        for s in _edge_segments(i, page, lines[i], EDGE_BAND_SHARE, EDGE_LINES)
    ]
    by_mask: dict[tuple[str, str], list[_Segment]] = {}
    for s in segs:
        by_mask.setdefault((s.edge, s.mask), []).append(s)
    furniture: list[_Segment] = []
    for group in by_mask.values():
        for s in group:
            pages_here = {o.page_index for o in group if abs(o.top - s.top) <= REPEAT_POS_TOL}
            outer_small = s.outermost and s.line.size <= small
            if len(pages_here) >= (MIN_REPEAT_PAGES if outer_small else need):
                furniture.append(s)
    # A constant, digits-only furniture text is the job number; find it wherever it is
    # printed near an edge (the print-job line, the barcode) and drop those runs too.
    texts = Counter(s.text for s in furniture)
    job_digits = {
        re.sub(r"\D", "", t)
        for t, n in texts.items()
        if n >= need and not re.search(r"[^\W\d_]", t) and len(re.sub(r"\D", "", t)) >= JOB_MIN_DIGITS
    }
    for i, page in enumerate(pages):
        for s in _edge_segments(i, page, lines[i], JOB_BAND_SHARE, len(lines[i])):
            tokens = {re.sub(r"\D", "", t) for t in s.text.split()}
            barcode = any(m in g.font.lower() for g in s.glyphs for m in BARCODE_FONT_MARKERS)
            if barcode or tokens & job_digits:
                furniture.append(s)
    constant = frozenset(t for t, n in Counter(s.text for s in furniture).items() if n >= need)
    drop = {id(g) for s in furniture for g in s.glyphs}
    touched = {id(s.line) for s in furniture}
    for i, page_lines in enumerate(lines):
        kept: list[_TextLine] = []
        for line in page_lines:
            if id(line) not in touched:
                kept.append(line)
            elif rest := _make_line(line.page, [g for g in line.glyphs if id(g) not in drop]):
                kept.append(rest)
        lines[i] = kept
    return constant


# ---------------------------------------------------------------------------------------
# Document statistics: body type, fonts, line pitch, vocabulary
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Doc:
    body_size: float
    body_font: dict[bool, str]  # by script: cjk → font name of most body text
    pitch: dict[float, float] = field(default_factory=dict)  # type size → line pitch
    vocab: frozenset[str] = frozenset()
    furniture: frozenset[str] = frozenset()  # texts printed unchanged as page furniture

    def line_pitch(self, size: float) -> float:
        return self.pitch.get(round(size), DEFAULT_PITCH_EM * size)

    def strong(self, line: _TextLine) -> bool:
        """Bold, larger, or (CJK) in another typeface than the body: a heading's type."""
        if line.strong is None:
            line.strong = self._strong(line)
        return line.strong

    def _strong(self, line: _TextLine) -> bool:
        letters = [g for g in line.ink if g.text.isalnum() and not line.is_super(g)]
        if not letters:
            return False
        if line.size >= self.body_size + LARGER_STEP:
            return True
        if sum(g.bold for g in letters) >= STYLE_SHARE * len(letters):
            return True
        cjk = [g for g in letters if g.cjk]
        return len(cjk) >= STYLE_SHARE * len(letters) and sum(
            g.font != self.body_font.get(True) for g in cjk
        ) >= STYLE_SHARE * len(cjk)

    def emphasised(self, line: _TextLine) -> bool:
        """Wholly italic, or wholly in another typeface than the body's."""
        letters = [g for g in line.ink if g.text.isalnum() and not line.is_super(g)]
        if not letters:
            return False
        other = sum(g.italic or g.font != self.body_font.get(g.cjk) for g in letters)
        return other >= STYLE_SHARE * len(letters)

    def cjk_text(self, lines: Sequence[_TextLine]) -> bool:
        letters = [g for ln in lines for g in ln.ink if g.text.isalnum()]
        return sum(g.cjk for g in letters) * 2 > len(letters)


def _doc_stats(lines: list[list[_TextLine]]) -> _Doc:
    sizes: Counter[float] = Counter()
    for page_lines in lines:
        for line in page_lines:
            sizes.update(round(g.size * 2) / 2 for g in line.ink if g.text.isalnum())
    body_size = sizes.most_common(1)[0][0] if sizes else 10.0
    fonts: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    words: set[str] = set()
    for page_lines in lines:
        for line in page_lines:
            for g in line.ink:
                if g.text.isalnum() and abs(g.size - body_size) < SIZE_STEP:
                    fonts[g.cjk][g.font] += 1
            words.update(w.lower() for w in re.findall(r"[^\W\d_]+", line.text))
    body_font = {k: c.most_common(1)[0][0] for k, c in fonts.items() if c}
    return _Doc(body_size=body_size, body_font=body_font, vocab=frozenset(words))


def _measure_pitch(doc: _Doc, regions: Iterable[_Region]) -> None:
    """The usual baseline distance of consecutive lines, per type size."""
    deltas: dict[float, Counter[float]] = {}
    for region in regions:
        for a, b in pairwise(region.lines):
            delta = b.baseline - a.baseline
            if abs(a.size - b.size) < SIZE_STEP and 0.8 * a.size < delta < PITCH_MAX_EM * a.size:
                deltas.setdefault(round(a.size), Counter())[round(delta * 2) / 2] += 1
    doc.pitch = {size: c.most_common(1)[0][0] for size, c in deltas.items()}


# ---------------------------------------------------------------------------------------
# Regions: panels (boxes), footnote area, columns
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Region:
    kind: str  # "main", "panel", "footnote"
    lines: list[_TextLine]
    order: tuple[int, int]  # (group, column) for reading order within the page
    bbox: tuple[float, float, float, float] | None = None  # panels: x0, top, x1, bottom
    text_left: float = field(init=False)

    def __post_init__(self) -> None:
        self.text_left = _text_left(self.lines)


def _is_white(color: Any) -> bool:
    if color is None:
        return True
    values = color if isinstance(color, (tuple, list)) else (color,)
    if not all(isinstance(v, (int, float)) for v in values):
        return False  # pattern or named colour: treat as a visible fill
    if len(values) == 4:  # CMYK
        return all(v <= 0.02 for v in values)
    return all(v >= 0.98 for v in values)


def _panels(page: PageInput, body_size: float) -> list[tuple[float, float, float, float]]:
    """Framed or shaded rectangles big enough to hold a titled panel."""
    min_w = PANEL_MIN_WIDTH_SHARE * page.width
    min_h = PANEL_MIN_HEIGHT_EM * body_size
    max_area = PANEL_MAX_AREA_SHARE * page.width * page.height
    boxes: list[tuple[float, float, float, float]] = []
    rules: list[tuple[float, float, float, float]] = []
    for s in page.shapes:
        x0, top, x1, bottom = float(s["x0"]), float(s["top"]), float(s["x1"]), float(s["bottom"])
        w, h = x1 - x0, bottom - top
        if w < THIN or h < THIN:
            rules.append((x0, top, x1, bottom))
        elif (s.get("fill") and not _is_white(s.get("non_stroking_color"))) or s.get("stroke"):
            boxes.append((x0, top, x1, bottom))
    boxes += _frames(rules)
    found = [
        b
        for b in boxes
        if b[2] - b[0] >= min_w and b[3] - b[1] >= min_h and (b[2] - b[0]) * (b[3] - b[1]) <= max_area
    ]
    return _merge_overlapping(found)


def _frames(rules: list[tuple[float, float, float, float]]) -> list[tuple[float, float, float, float]]:
    """Bounding boxes of groups of touching rules that include a vertical one."""
    groups = _merge_overlapping(rules, TOUCH)
    return [
        g
        for g in groups
        if any(r[3] - r[1] >= THIN and _inside(r, g) for r in rules)
        and any(r[2] - r[0] >= THIN and _inside(r, g) for r in rules)
    ]


def _inside(r: tuple[float, float, float, float], g: tuple[float, float, float, float]) -> bool:
    return r[0] >= g[0] - 0.01 and r[1] >= g[1] - 0.01 and r[2] <= g[2] + 0.01 and r[3] <= g[3] + 0.01


def _merge_overlapping(
    boxes: list[tuple[float, float, float, float]], tol: float = 0.0
) -> list[tuple[float, float, float, float]]:
    merged = list(boxes)
    changed = True
    while changed:
        changed = False
        out: list[tuple[float, float, float, float]] = []
        for b in merged:
            for k, o in enumerate(out):
                if b[0] <= o[2] + tol and o[0] <= b[2] + tol and b[1] <= o[3] + tol and o[1] <= b[3] + tol:
                    out[k] = (min(b[0], o[0]), min(b[1], o[1]), max(b[2], o[2]), max(b[3], o[3]))
                    changed = True
                    break
            else:
                out.append(b)
        merged = out
    return merged


def _split_by(lines: list[_TextLine], key: Callable[[_Glyph], int]) -> dict[int, list[_TextLine]]:
    """Split each line's glyphs by a key (region, column); lines keep their order."""
    out: dict[int, list[_TextLine]] = {}
    for line in lines:
        parts: dict[int, list[_Glyph]] = {}
        for g in line.glyphs:
            parts.setdefault(key(g), []).append(g)
        for k, glyphs in parts.items():
            if len(parts) == 1:
                out.setdefault(k, []).append(line)
            elif part := _make_line(line.page, glyphs):
                out.setdefault(k, []).append(part)
    return out


def _footnote_top(page: PageInput, lines: list[_TextLine], doc: _Doc) -> tuple[float | None, list[_TextLine]]:
    """Where the footnote area starts (below a short rule), and the lines minus the rule."""
    zone = FOOTNOTE_ZONE_SHARE * page.height
    lo, hi = RULE_MIN_WIDTH_SHARE * page.width, RULE_MAX_WIDTH_SHARE * page.width
    small = FOOTNOTE_SIZE_RATIO * doc.body_size
    rules: list[tuple[float, _TextLine | None]] = [
        (float(s["bottom"]), None)
        for s in page.shapes
        if float(s["bottom"]) - float(s["top"]) < THIN
        and lo <= float(s["x1"]) - float(s["x0"]) <= hi
        and float(s["top"]) > zone
    ]
    rules += [
        (ln.bottom, ln)
        for ln in lines
        if ln.top > zone and lo <= ln.x1 - ln.x0 <= hi and all(g.text in RULE_GLYPHS for g in ln.ink)
    ]
    for y, rule_line in sorted(rules, key=lambda r: r[0]):
        below = [ln for ln in lines if ln.top >= y - 1 and ln is not rule_line]
        if below and all(ln.size < small for ln in below):
            return y, [ln for ln in lines if ln is not rule_line]
    # No rule: a trailing run of small type whose first line opens with a marker.
    run: list[_TextLine] = []
    for ln in sorted(lines, key=lambda ln: ln.top, reverse=True):
        if ln.size >= small or ln.top < zone:
            break
        run.append(ln)
    if run and _marker_length(run[-1], run) and len(run) < len(lines):
        return run[-1].top - 1, lines
    return None, lines


def _column_gutter(lines: list[_TextLine], body_size: float) -> float | None:
    """The x of a vertical gutter splitting the lines into two columns, if any."""
    if len(lines) < COLUMN_MIN_LINES:
        return None
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    span = right - left
    covered = bytearray(int(span) + 2)
    for ln in lines:
        run_x0, run_x1 = ln.ink[0].x0, ln.ink[0].x1
        for g in ln.ink[1:]:  # runs of touching glyphs, then one slice per run
            if g.x0 - run_x1 > 1.0:
                a, b = max(0, int(run_x0 - left)), int(run_x1 - left) + 1
                covered[a:b] = b"\x01" * (b - a)
                run_x0 = g.x0
            run_x1 = max(run_x1, g.x1)
        a, b = max(0, int(run_x0 - left)), int(run_x1 - left) + 1
        covered[a:b] = b"\x01" * (b - a)
    best: tuple[int, int] | None = None
    start = None
    for x, c in enumerate(covered):
        if not c and start is None:
            start = x
        elif c and start is not None:
            if best is None or x - start > best[1] - best[0]:
                best = (start, x)
            start = None
    if best is None or best[1] - best[0] < GUTTER_MIN_EM * body_size:
        return None
    mid = left + (best[0] + best[1]) / 2
    if not GUTTER_ZONE[0] * span <= mid - left <= GUTTER_ZONE[1] * span:
        return None
    sides = (sum(ln.x0 < mid for ln in lines), sum(ln.x1 > mid for ln in lines))
    return mid if min(sides) >= COLUMN_MIN_LINES else None


def _regions(page: PageInput, lines: list[_TextLine], doc: _Doc) -> list[_Region]:
    panels = _panels(page, doc.body_size)

    def panel_of(g: _Glyph) -> int:
        cx, cy = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
        return next(
            (k for k, (x0, t, x1, b) in enumerate(panels) if x0 - 1 <= cx <= x1 + 1 and t - 1 <= cy <= b + 1),
            -1,
        )

    near = [ln for ln in lines if any(ln.top <= b + 1 and t - 1 <= ln.bottom for _, t, _, b in panels)]
    parts = _split_by(near, panel_of) if near else {}
    near_ids = {id(ln) for ln in near}
    parts.setdefault(-1, []).extend(ln for ln in lines if id(ln) not in near_ids)
    main = sorted(parts.get(-1, []), key=lambda ln: ln.top)
    regions = [
        _Region("panel", sorted(parts[k], key=lambda ln: ln.top), (0, 0), panels[k])
        for k in range(len(panels))
        if parts.get(k)
    ]
    fn_top, main = _footnote_top(page, main, doc)
    if fn_top is not None:
        notes = [ln for ln in main if ln.top >= fn_top - 1]
        main = [ln for ln in main if ln.top < fn_top - 1]
        regions.append(_Region("footnote", notes, (1, 0)))
    gutter = _column_gutter(main, doc.body_size)
    if gutter is None:
        regions.append(_Region("main", main, (0, 0)))
    else:
        split_x = gutter
        columns = _split_by(main, lambda g: int((g.x0 + g.x1) / 2 > split_x))
        for col, col_lines in sorted(columns.items()):
            regions.append(_Region("main", col_lines, (0, col)))
        for r in regions:
            if r.kind == "panel" and r.bbox:
                r.order = (0, int((r.bbox[0] + r.bbox[2]) / 2 > split_x))
    return regions


# ---------------------------------------------------------------------------------------
# Blocks: the wrapped lines of one paragraph
# ---------------------------------------------------------------------------------------


def _has_leaders(line: _TextLine) -> bool:
    run = 0
    for g in line.ink:
        run = run + 1 if g.text in LEADER_GLYPHS else 0
        if run >= LEADER_RUN:
            return True
    return False


def _word_gaps(line: _TextLine) -> list[float]:
    """Widths of the gaps between the line's words, left to right."""
    gaps: list[float] = []
    last: _Glyph | None = None
    spaced = False
    for g in line.glyphs:
        if not g.ink:
            spaced = last is not None
            continue
        if last is not None and (spaced or g.x0 - last.x1 > SPACE_GAP_EM * line.size):
            gaps.append(g.x0 - last.x1)
        last, spaced = g, False
    return gaps


def _tab_after_first_token(line: _TextLine) -> bool:
    """A tab stop after the first token: a gap wider than an em and than any word space."""
    gaps = _word_gaps(line)
    if not gaps or gaps[0] <= TAB_GAP_EM * line.size:
        return False
    return all(gaps[0] > TAB_WORD_RATIO * other for other in gaps[1:])


def _right_edge(lines: Sequence[_TextLine]) -> tuple[float, bool]:
    """The text's right edge and whether most lines reach it (justified / CJK text)."""
    ends = sorted(ln.x1 for ln in lines)
    right = ends[min(len(ends) - 1, int(RIGHT_EDGE_QUANTILE * len(ends)))]
    reach = sum(ln.x1 >= right - ln.size for ln in lines)
    return right, len(lines) >= 3 and reach >= JUSTIFIED_SHARE * len(lines)


def _text_left(lines: Sequence[_TextLine]) -> float:
    """The left edge of most lines: where text starts when no number hangs before it."""
    return Counter(round(ln.x0) for ln in lines).most_common(1)[0][0] if lines else 0.0


def _hangs(line: _TextLine, text_left: float) -> bool:
    return line.x0 < text_left - INDENT_TOL_EM * line.size


def _blocks(lines: list[_TextLine], doc: _Doc) -> list[list[_TextLine]]:
    """Group a region's lines into paragraphs (and heading or title blocks)."""
    if not lines:
        return []
    right, justified = _right_edge(lines)
    text_left = _text_left(lines)
    blocks: list[list[_TextLine]] = [[lines[0]]]
    for cur in lines[1:]:
        block, prev = blocks[-1], blocks[-1][-1]
        new = (
            doc.strong(prev) != doc.strong(cur)
            or abs(prev.size - cur.size) > SIZE_STEP
            or cur.baseline - prev.baseline > PARA_GAP_RATIO * doc.line_pitch(prev.size)
            or _has_leaders(prev)
            or _has_leaders(cur)
            or _tab_after_first_token(cur)
            or _hangs(cur, text_left)
            or (len(block) >= 2 and abs(cur.x0 - block[1].x0) > INDENT_TOL_EM * cur.size)
            or (justified and prev.x1 < right - SHORT_LINE_EM * prev.size)
        )
        if new:
            blocks.append([cur])
        else:
            block.append(cur)
    return blocks


# ---------------------------------------------------------------------------------------
# Text: spaces, superscripts, joining wrapped lines
# ---------------------------------------------------------------------------------------


def _pieces(line: _TextLine, text_left: float, marker: int = 0) -> tuple[list[_Piece], bool]:
    """The line's characters with their boxes, trimmed, and whether it ended in a space.

    `text_left`: a short token left of it hangs (a paragraph number) and is followed by
    one space however close the text starts. `marker`: number of leading visible glyphs
    that form a footnote marker printed on the baseline; they become superscripts too.
    """
    out: list[_Piece] = []
    prev: _Glyph | None = None
    seen_ink = 0
    hanging = _hanging_token(line, text_left)
    for g in line.glyphs:
        if not g.ink:
            if out and out[-1][0] != " " and g.text in COLLAPSIBLE_SPACE:
                out.append((" ", None if g.text != " " else g.box))
            elif g.text not in COLLAPSIBLE_SPACE and out:
                out.append((g.text, g.box))  # U+202F, U+00A0, U+3000 stay as printed
            continue
        seen_ink += 1
        text = g.text
        if line.is_super(g) or seen_ink <= marker:
            text = text.translate(SUPERSCRIPTS)
        if prev is not None and out and not out[-1][0].isspace():
            gap = g.x0 - prev.x1
            marker = line.is_super(g) and gap < MARKER_GAP_EM * line.size  # ends a word
            if seen_ink == hanging + 1 or (
                gap > SPACE_GAP_EM * min(g.size, prev.size) and not (g.cjk and prev.cjk) and not marker
            ):
                out.append((" ", None))
        out.append((text, g.box))
        prev = g
    trailing = bool(out) and out[-1][0].isspace()
    while out and out[-1][0].isspace():
        out.pop()
    return out, trailing


def _hanging_token(line: _TextLine, text_left: float) -> int:
    """How many visible glyphs hang left of the text column as a short token (18. / A.)."""
    if not _hangs(line, text_left):
        return 0
    count = 0
    for g in line.ink:
        if g.x1 > text_left + SPACE_GAP_EM * g.size:  # reaches into the text column
            break
        count += 1
    token = line.ink[:count]
    if count == len(line.ink) or count > MAX_HANGING_TOKEN or any(g.cjk for g in token):
        return 0
    return count


def _word_end(pieces: list[_Piece]) -> str:
    letters: list[str] = []
    for ch, _ in reversed(pieces):
        if not ch.isalpha():
            break
        letters.append(ch)
    return "".join(reversed(letters))


def _word_start(pieces: list[_Piece]) -> str:
    letters: list[str] = []
    for ch, _ in pieces:
        if not ch.isalpha():
            break
        letters.append(ch)
    return "".join(letters)


def _join(parts: list[tuple[list[_Piece], bool]], cjk: bool, vocab: frozenset[str]) -> list[_Piece]:
    """Join the printed lines of one block into one text."""
    out: list[_Piece] = []
    trailing = False
    for pieces, next_trailing in parts:
        if not pieces:
            continue
        if out:
            a, b = out[-1][0], pieces[0][0]
            if a == SOFT_HYPHEN:
                out.pop()
            elif a in HYPHENS and not trailing:
                # a hyphen at the line end: undone only if the joined word is used elsewhere
                word = _word_end(out[:-1]) + _word_start(pieces)
                if b.isalpha() and len(out) > 1 and out[-2][0].isalpha() and word.lower() in vocab:
                    out.pop()
            elif _is_cjk(a) or _is_cjk(b):
                pass  # no space in CJK text, whatever the line ended with
            elif trailing or not cjk or (a.isascii() and a.isalpha() and b.isascii() and b.isalpha()):
                out.append((" ", None))
        out.extend(pieces)
        trailing = next_trailing
    return out


def _marker_length(line: _TextLine, lines: Sequence[_TextLine]) -> int:
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
    if not digits or digits > 3 or digits == len(ink):
        return 0
    others = [ln.x0 for ln in lines if ln is not line]
    hanging = bool(others) and line.x0 < min(others) - INDENT_TOL_EM * line.size
    smaller = ink[0].size <= SUPER_SIZE_RATIO * line.size
    return digits if (hanging or smaller or _tab_after_first_token(line)) else 0


def _marker_text(pieces: list[_Piece], marker: int) -> list[_Piece]:
    """'¹.References' / '¹References' → '¹ References': one space after the marker."""
    k = 0
    while k < len(pieces) and pieces[k][0] in SUPERSCRIPT_DIGITS:
        k += 1
    if not k:
        return pieces
    rest = pieces[k:]
    if marker and rest and rest[0][0] in MARKER_PUNCT:
        rest = rest[1:]
    while rest and rest[0][0].isspace():
        rest = rest[1:]
    return [*pieces[:k], (" ", None), *rest] if rest else pieces[:k]


def _to_line(pieces: list[_Piece], page: int, role: LineRole | None) -> Line | None:
    while pieces and pieces[0][0].isspace():
        pieces = pieces[1:]
    while pieces and pieces[-1][0].isspace():
        pieces = pieces[:-1]
    if not pieces:
        return None
    return Line.model_construct(  # our own well-typed data: skip re-validation
        text="".join(ch for ch, _ in pieces),
        page=page,
        role=role,
        boxes=tuple(box for _, box in pieces),
    )


# ---------------------------------------------------------------------------------------
# Roles
# ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Out:
    top: float
    order: tuple[int, int]
    line: Line


def _join_block(block: list[_TextLine], text_left: float, doc: _Doc) -> list[_Piece]:
    return _join([_pieces(ln, text_left) for ln in block], doc.cjk_text(block), doc.vocab)


def _heading_lines(block: list[_TextLine], right: float) -> list[list[_TextLine]]:
    """Headings stay one Line per printed line, unless a line visibly wraps onto the next."""
    groups: list[list[_TextLine]] = []
    for ln in block:
        if groups and groups[-1][-1].x1 >= right - HEADING_WRAP_EM * groups[-1][-1].size:
            groups[-1].append(ln)
        else:
            groups.append([ln])
    return groups


def _emit(out: list[_Out], region: _Region, lines: list[_TextLine], role: LineRole | None, doc: _Doc) -> None:
    """Append one block as a Line; the furniture's own text printed elsewhere (the symbol
    on the cover) is kept for the front matter but gets no role."""
    pieces = _join_block(lines, region.text_left, doc)
    if (line := _to_line(pieces, lines[0].page, role)) is not None:
        if line.text in doc.furniture:
            line = line.model_copy(update={"role": None})
        out.append(_Out(lines[0].top, region.order, line))


def _main_lines(region: _Region, doc: _Doc) -> list[_Out]:
    """Headings, body paragraphs, and blocks in small type (boxes without a frame).

    A lone short line in body type with no paragraph number gets no role: the layout
    cannot tell a heading set bold by stroking (invisible to pdfminer) from the last line
    of a paragraph run on from the previous page, so the segmenter decides from wording.
    """
    out: list[_Out] = []
    right = _right_edge(region.lines)[0] if region.lines else 0.0
    title: _Out | None = None  # the heading just above: a box title if small type follows
    for block in _blocks(region.lines, doc):
        first = block[0]
        strong = all(doc.strong(ln) for ln in block)
        if strong or (len(block) <= MAX_ITALIC_HEADING_LINES and all(doc.emphasised(ln) for ln in block)):
            for group in _heading_lines(block, right) if strong else [block]:
                _emit(out, region, group, "heading", doc)
            title = out[-1] if out else None
            continue
        if first.size <= doc.body_size - LARGER_STEP and len(block) >= 2:
            if title is not None and title.line.role == "heading":
                title.line = title.line.model_copy(update={"role": "box_title"})
            _emit(out, region, block, "box", doc)
        elif (
            len(block) == 1
            and not _tab_after_first_token(first)
            and not _hangs(first, region.text_left)
            and first.x1 < right - SHORT_LINE_EM * first.size
        ):
            _emit(out, region, block, None, doc)
        else:
            _emit(out, region, block, "body", doc)
        title = None
    return out


def _panel_lines(region: _Region, doc: _Doc) -> list[_Out]:
    """A panel's title and its text.

    The title is the panel's first block when it is bold or in larger type, or when it is
    a single line, centred, short or in another size, followed by more text.
    """
    out: list[_Out] = []
    blocks = _blocks(region.lines, doc)
    right = _right_edge(region.lines)[0]
    text_size = Counter(ln.size for ln in region.lines).most_common(1)[0][0]
    titled = False
    for k, block in enumerate(blocks):
        leading = k == 0 or titled
        larger = all(doc.strong(ln) or ln.size >= text_size + LARGER_STEP for ln in block)
        if leading and larger and len(blocks) > 1:
            for group in _heading_lines(block, right):
                _emit(out, region, group, "box_title", doc)
            titled = True
            continue
        alone = k == 0 and len(blocks) > 1 and len(block) == 1
        if alone and (
            _centred(block[0], region)
            or block[0].x1 < right - SHORT_LINE_EM * block[0].size
            or abs(block[0].size - text_size) >= LARGER_STEP
        ):
            _emit(out, region, block, "box_title", doc)
            titled = True
            continue
        titled = False
        _emit(out, region, block, "box", doc)
    return out


def _centred(line: _TextLine, region: _Region) -> bool:
    if region.bbox is None:
        return False
    x0, _, x1, _ = region.bbox
    return abs(
        (line.x0 + line.x1) / 2 - (x0 + x1) / 2
    ) <= CENTRED_TOL_EM * line.size and line.x1 - line.x0 < CENTRED_MAX_WIDTH_SHARE * (x1 - x0)


def _footnote_lines(region: _Region, doc: _Doc) -> list[_Out]:
    """One Line per footnote; a note's first line opens with its superscript marker."""
    out: list[_Out] = []
    notes: list[list[tuple[_TextLine, int]]] = []
    for ln in region.lines:
        marker = _marker_length(ln, region.lines)
        if marker or not notes:
            notes.append([])
        notes[-1].append((ln, marker))
    for note in notes:
        lines = [ln for ln, _ in note]
        parts = [_pieces(ln, 0.0, marker) for ln, marker in note]
        first_marker = note[0][1]
        if parts and (first_marker or any(ch in SUPERSCRIPT_DIGITS for ch, _ in parts[0][0][:1])):
            plain = 0 if lines[0].is_super(lines[0].ink[0]) else first_marker
            parts[0] = (_marker_text(parts[0][0], plain), parts[0][1])
        pieces = _join(parts, doc.cjk_text(lines), doc.vocab)
        if (line := _to_line(pieces, lines[0].page, "footnote")) is not None:
            out.append(_Out(lines[0].top, region.order, line))
    return out


ROLE_WRITERS: dict[str, Callable[[_Region, _Doc], list[_Out]]] = {
    "main": _main_lines,
    "panel": _panel_lines,
    "footnote": _footnote_lines,
}


# ---------------------------------------------------------------------------------------
# The whole of our part
# ---------------------------------------------------------------------------------------


def _lines_from_chars(pages: list[PageInput]) -> list[Line]:
    """Our part: pdfplumber's characters and shapes of every page → lines with roles."""
    lines = [_physical_lines(p.number, _glyphs(p)) for p in pages]
    furniture = _remove_furniture(pages, lines)
    doc = _doc_stats(lines)
    doc.furniture = furniture
    regions = [_regions(page, page_lines, doc) for page, page_lines in zip(pages, lines, strict=True)]
    _measure_pitch(doc, (r for page_regions in regions for r in page_regions))
    result: list[Line] = []
    for page_regions in regions:
        written = [o for r in page_regions for o in ROLE_WRITERS[r.kind](r, doc)]
        written.sort(key=lambda o: (o.order, o.top))
        result.extend(o.line for o in written)
    return result
