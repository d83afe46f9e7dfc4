"""Stage 1, PDF path: a report PDF → `Line`s for the segmenter, in reading order.

pdfplumber parses each page into characters with their positions and fonts, and the
page's rectangles, lines and curves (`pdf.objects`, which reads pdfminer's objects without
pdfplumber's dict per object; each page is released once its printed lines are made).
Everything after that is ours (`_read_page`, `_lines_from_pages`,
the modules of `un_report.ingest.pdf`) and works from geometry, type and repetition alone,
never from one report's wording:

1. `pdf.glyphs`, `pdf.lines`: characters → glyphs → printed lines, clustered by
   baseline; superscripts folded into their line; fake bold kept once;
2. `pdf.furniture`: running headers, footers, page numbers, print-job lines and
   barcodes dropped, found by position and repetition;
3. `pdf.stats`: body type and fonts, vocabulary, line pitch;
   `pdf.exhibits`: tables and charts set aside (each given as one Line, role "exhibit");
4. `pdf.regions`: panels (boxes), the footnote area, two columns split at a gutter;
5. `pdf.blocks`: the wrapped lines of one paragraph;
6. `pdf.join`: word spaces, superscript markers, wrapped lines joined into one text;
7. `pdf.roles`: each block one `Line` with a role (heading, body, box, footnote).

Front matter (cover, title, note, contents) is kept; furniture is dropped everywhere.
A paragraph running on to the next page continues in a new Line of that page (page
provenance), with no paragraph number. `Line.boxes` holds each character's PDF box.
Thresholds are in `pdf.tolerances`.

`read_pdf_text` also gives the texts dropped as furniture that recur unchanged (the
running header's document symbol, the job number), from which `un_report.ingest` reads
the symbol when the front matter does not print it.

Timing: `read_pdf_timed` returns the lines with pdfplumber's share (`page_input`, which
parses the page) and ours (everything after) measured separately; `scripts/bench.py`
(`make bench`) prints them.
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError
from pdfminer.pdftypes import resolve1
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from un_report.errors import InputError
from un_report.ingest.files import check_regular_file
from un_report.ingest.pdf.exhibits import split_exhibits, with_exhibits
from un_report.ingest.pdf.furniture import remove_furniture
from un_report.ingest.pdf.glyphs import PageInput, page_glyphs
from un_report.ingest.pdf.lines import TextLine, pack_all, physical_lines
from un_report.ingest.pdf.masthead import Segment, masthead_segments
from un_report.ingest.pdf.objects import page_input
from un_report.ingest.pdf.orientation import upright_page
from un_report.ingest.pdf.regions import mark_continued_panels, page_regions
from un_report.ingest.pdf.roles import page_lines
from un_report.ingest.pdf.rtl import is_rtl, logical_lines, mirrored, unmirror
from un_report.ingest.pdf.stats import doc_stats, measure_pitch, spaced
from un_report.ingest.pdf.tolerances import CID_SHARE
from un_report.models import Line

__all__ = ["PageInput", "PdfText", "ReadTimings", "read_pdf", "read_pdf_text", "read_pdf_timed"]


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


@dataclass(frozen=True, slots=True)
class PdfText:
    """What the reader gets out of one PDF."""

    lines: list[Line]  # in reading order, page furniture removed
    furniture: tuple[str, ...]  # texts printed unchanged as furniture on many pages, sorted
    timings: ReadTimings
    masthead: tuple[Segment, ...] = ()  # page 1's text runs with their positions
    page_size: tuple[float, float] = (0.0, 0.0)  # page 1's width and height


def read_pdf(path: Path) -> list[Line]:
    """All lines of the document in reading order, page furniture removed."""
    return read_pdf_text(path).lines


def read_pdf_timed(path: Path) -> tuple[list[Line], ReadTimings]:
    """`read_pdf`, also reporting pdfplumber's time and ours separately."""
    text = read_pdf_text(path)
    return text.lines, text.timings


def read_pdf_text(path: Path) -> PdfText:
    """The document's lines, the furniture texts dropped from them, and the time taken.

    Pages are read one at a time: each is parsed, turned into its printed lines and
    released (pdfplumber's objects of a page never outlive it), so memory grows with the
    lines kept, not with the characters parsed."""
    path = Path(path)
    if check_regular_file(path) == 0:
        raise InputError(path, "the file is empty")
    pages: list[_ReadPage] = []
    plumber = ours = 0.0
    masthead: tuple[Segment, ...] = ()
    try:
        with warnings.catch_warnings(), _quiet_pdfminer():
            warnings.simplefilter("ignore")
            with pdfplumber.open(path) as pdf:
                if not pdf.pages:
                    raise InputError(path, _no_pages_problem(pdf.doc))
                for page in pdf.pages:
                    began = time.perf_counter()
                    parsed = page_input(page)
                    middle = time.perf_counter()
                    upright = upright_page(parsed)
                    if not pages:
                        masthead = tuple(masthead_segments(page_glyphs(upright)))
                    pages.append(_read_page(upright))
                    ours += time.perf_counter() - middle
                    plumber += middle - began
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many types; all mean "cannot read this"
        raise InputError(path, _open_problem(exc)) from exc
    began = time.perf_counter()
    _check_text_layer(path, pages)
    inputs, printed = [p.page for p in pages], [p.lines for p in pages]
    rtl = {p.page.number: p.page.width for p in pages if p.rtl}
    count, chars = len(pages), sum(p.chars for p in pages)
    pages.clear()  # `printed` alone holds the glyphs now: released page by page as they are read
    lines, furniture = _lines_from_pages(inputs, printed, rtl)
    pack_all()  # no glyph tuples outlive the document
    timings = ReadTimings(
        pdfplumber_seconds=plumber, our_seconds=ours + time.perf_counter() - began, pages=count, chars=chars
    )
    first = inputs[0]
    return PdfText(lines, tuple(sorted(furniture)), timings, masthead, (first.width, first.height))


@dataclass(frozen=True, slots=True)
class _ReadPage:
    """One page once read: its shapes (its characters released), its printed lines, and
    what the text-layer check needs to know of its characters."""

    page: PageInput  # chars emptied
    lines: list[TextLine]
    rtl: bool
    chars: int
    visible: int  # characters that are not whitespace
    undecodable: int  # of which with no Unicode mapping, "(cid:N)"


def _read_page(page: PageInput) -> _ReadPage:
    """An upright page's printed lines (a right-to-left page mirrored, then read in logical
    order), and its characters counted for the text-layer check."""
    texts = [c["text"] for c in page.chars if not c["text"].isspace()]
    rtl = is_rtl(page)
    seen = mirrored(page) if rtl else page
    lines = physical_lines(seen.number, page_glyphs(seen))
    lines = logical_lines(lines) if rtl else lines
    for line in lines:
        spaced(line)  # now, while the glyph tuples are at hand
    undecodable = sum(t.startswith("(cid:") for t in texts)
    return _ReadPage(replace(seen, chars=[]), lines, rtl, len(page.chars), len(texts), undecodable)


@contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """pdfminer logs a warning per odd font ("Could not get FontBBox ..."), hundreds per
    report, none of which changes what is read: only its errors get through meanwhile."""
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(max(level, logging.ERROR))
    try:
        yield
    finally:
        logger.setLevel(level)


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


def _no_pages_problem(doc: PDFDocument) -> str:
    """Say why a PDF that opened has no page: its page tree holds none (a 0-page PDF), or
    its cross-references lead to no page tree, or to one whose pages cannot be read (every
    offset pointing to the wrong place: pdfminer then finds no catalog at all)."""
    tree = resolve1(doc.catalog.get("Pages")) if doc.catalog else None
    count = resolve1(tree.get("Count")) if isinstance(tree, dict) else None
    if isinstance(tree, dict) and not count:
        return "has no pages"
    if not isinstance(tree, dict):
        return "is damaged, not a readable PDF (its cross-references lead to no page tree); re-download it"
    return f"is damaged, not a readable PDF (its page tree promises {count} pages, none readable); re-download it"


def _check_text_layer(path: Path, pages: Sequence[_ReadPage]) -> None:
    """Refuse a PDF without usable text: scanned pages, or glyphs with no Unicode."""
    visible = sum(p.visible for p in pages)
    if not visible:
        if any(p.page.image_count for p in pages):
            raise InputError(path, "has no text layer (scanned?); OCR is needed")
        raise InputError(path, "contains no text")
    if sum(p.undecodable for p in pages) > CID_SHARE * visible:
        raise InputError(path, "has fonts without a Unicode mapping; OCR is needed")


def _lines_from_pages(
    pages: list[PageInput], lines: list[list[TextLine]], rtl: dict[int, float]
) -> tuple[list[Line], frozenset[str]]:
    """Our part: every page's printed lines and shapes → lines with roles, and the
    furniture texts that recur unchanged. `rtl`: the widths of the mirrored pages.

    `lines` is emptied: a page's printed lines (its glyphs) are released once its Lines
    are made."""
    furniture = remove_furniture(pages, lines)
    split = [split_exhibits(p, on_page) for p, on_page in zip(pages, lines, strict=True)]  # tables, charts
    lines[:] = [kept for kept, _ in split]
    doc = doc_stats(lines)
    doc.furniture = furniture
    regions = [page_regions(page, printed, doc) for page, printed in zip(pages, lines, strict=True)]
    mark_continued_panels(regions)
    measure_pitch(doc, (region.lines for on_page in regions for region in on_page))
    read: list[Line] = []
    for i, exhibits in enumerate([exhibits for _, exhibits in split]):
        read += with_exhibits(page_lines(regions[i], doc), exhibits)
        regions[i], lines[i], split[i] = [], [], ([], [])
    return (unmirror(read, rtl) if rtl else read), furniture
